import * as fs from "node:fs";
import * as path from "node:path";
import { sha256Hex } from "./atomic-write";
import { catalogIds, seriesInfo } from "./catalog";
import { defaultCacheDir, defaultSnapshotDir } from "./paths";
import { seriesFromCsv, snapshotSpec } from "./series-csv";
import { crossChecksFirst } from "./series-order";
import { storeParsedSeries, type StoredSeries } from "./store";

/** Where to import from and to. */
export interface SnapshotOptions {
  /** Snapshot folder (default env R2K_SNAPSHOT_DIR, else <project root>/../shared/market-data). */
  dir?: string;
  /** Cache folder (default env R2K_CACHE_DIR, else <project root>/data/cache). */
  cacheDir?: string;
  /** Gap threshold for the validation report (default by frequency). */
  maxGapDays?: number;
}

/** The outcome of importing one series of a batch. */
export type ImportOutcome = ({ ok: true } & StoredSeries) | { ok: false; id: string; error: Error };

/**
 * The sums listed in a folder's SHA256SUMS (`sha256sum` output: "<hex>  <file>"), by file name.
 *
 * @example
 * readChecksums("/work/shared/market-data").get("RUT.csv"); // "3189f0b4…"
 */
export function readChecksums(dir: string): Map<string, string> {
  const file = path.join(dir, "SHA256SUMS");
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: the snapshot cannot be verified; copy the whole snapshot folder again (it ships SHA256SUMS)`);
  }
  const sums = new Map<string, string>();
  fs.readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
      if (!match) throw new Error(`${file} line ${i + 1}: expected '<64 hex digits>  <file name>'; regenerate it with \`sha256sum *.csv > SHA256SUMS\``);
      sums.set(match[2], match[1].toLowerCase());
    });
  return sums;
}

/**
 * Imports one catalog series from the snapshot folder: verifies the file against
 * SHA256SUMS, parses and validates it, writes it to the cache (atomically) and returns
 * the manifest with the validation report. Throws, naming the file and the fix, on a
 * missing file, a missing or wrong checksum, or invalid data; the cache is then untouched.
 *
 * @example
 * importSnapshotSeries("RUT").validation.suspectRows.length; // 17
 */
export function importSnapshotSeries(id: string, options: SnapshotOptions = {}, sums?: Map<string, string>): StoredSeries {
  const info = seriesInfo(id);
  const dir = options.dir ?? defaultSnapshotDir();
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const name = info.snapshot.file;
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: copy it into the snapshot folder, or import from another folder with --from DIR`);
  const bytes = fs.readFileSync(file);
  const expected = (sums ?? readChecksums(dir)).get(name);
  if (!expected) {
    throw new Error(
      `${name} has no line in ${path.join(dir, "SHA256SUMS")}: the file cannot be verified; ` +
        `add its sum (\`sha256sum ${name} >> SHA256SUMS\`) only if you trust where it came from`,
    );
  }
  const actual = sha256Hex(bytes);
  if (actual !== expected) {
    throw new Error(
      `${file}: sha256 is ${actual.slice(0, 16)}… but SHA256SUMS says ${expected.slice(0, 16)}…: the file changed after the ` +
        `snapshot was made; copy it again from its source (see MANIFEST.md), or update SHA256SUMS if the change is intended`,
    );
  }
  const parsed = seriesFromCsv(bytes.toString("utf8"), name, snapshotSpec(info));
  const origin = { source: "snapshot", sourceFile: file, sourceSha256: actual, fetchedAt: new Date().toISOString() } as const;
  return storeParsedSeries(parsed, origin, { cacheDir, maxGapDays: options.maxGapDays });
}

/**
 * Imports the named series (default: the whole catalog) from the snapshot folder. Each
 * series succeeds or fails on its own; cross-check series (IWM) go first so that the
 * reports of the series they check (RUT) include the comparison.
 *
 * @example
 * const failed = importSnapshot().filter((o) => !o.ok);
 */
export function importSnapshot(ids: readonly string[] = catalogIds(), options: SnapshotOptions = {}): ImportOutcome[] {
  const dir = options.dir ?? defaultSnapshotDir();
  let sums: Map<string, string>;
  try {
    sums = readChecksums(dir);
  } catch (error) {
    return ids.map((id) => ({ ok: false, id, error: error as Error }));
  }
  const outcomes = new Map<string, ImportOutcome>();
  for (const id of crossChecksFirst(ids)) {
    try {
      outcomes.set(id, { ok: true, ...importSnapshotSeries(id, { ...options, dir }, sums) });
    } catch (error) {
      outcomes.set(id, { ok: false, id, error: error as Error });
    }
  }
  return ids.map((id) => outcomes.get(id) as ImportOutcome);
}
