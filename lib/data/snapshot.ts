import * as fs from "node:fs";
import * as path from "node:path";
import { sha256Hex } from "./atomic-write";
import { catalogIds, seriesInfo, snapshotLayout, type ComposeSpec } from "./catalog";
import { extendSeries, type ExtensionRecord } from "./extension";
import { loadSeries } from "./load";
import { defaultCacheDir, defaultSnapshotDir } from "./paths";
import { extensionSpec, seriesFromCsv, snapshotSpec } from "./series-csv";
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
 * Imports one catalog series from the snapshot folder: verifies the file (and its
 * extension archive, if the catalog names one and the folder has it) against SHA256SUMS, parses and validates
 * it, appends the extension's rows after the file's last date, writes it to the cache
 * (atomically) and returns the manifest with the validation report. Throws, naming the file
 * and the fix, on a missing file, a missing or wrong checksum, or invalid data; the cache
 * is then untouched. A composed series is built from its cached inputs and validated.
 *
 * @example
 * importSnapshotSeries("RUT").validation.suspectRows.length; // 17
 */
export function importSnapshotSeries(id: string, options: SnapshotOptions = {}, sums?: Map<string, string>): StoredSeries {
  const info = seriesInfo(id);
  const dir = options.dir ?? defaultSnapshotDir();
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  if (info.compose) return importComposed(info.compose, id, options);
  const layout = snapshotLayout(info);
  const checksums = sums ?? readChecksums(dir);
  const base = readVerified(dir, layout.file, checksums);
  let parsed = seriesFromCsv(base.text, layout.file, snapshotSpec(info));
  let extension: ExtensionRecord | undefined;
  // The extension archive is optional: a snapshot without it still gives the series to its file's last date.
  const missingExtension = layout.extension && !fs.existsSync(path.join(dir, layout.extension.file)) ? layout.extension.file : null;
  if (layout.extension && !missingExtension) {
    const ext = readVerified(dir, layout.extension.file, checksums);
    const joined = extendSeries(parsed, seriesFromCsv(ext.text, layout.extension.file, extensionSpec(info)));
    parsed = joined.parsed;
    extension = { ...joined.record, sourceFile: ext.file, sha256: ext.sha256 };
  }
  const origin = { source: "snapshot", sourceFile: base.file, sourceSha256: base.sha256, fetchedAt: new Date().toISOString(), extension } as const;
  const stored = storeParsedSeries(parsed, origin, { cacheDir, maxGapDays: options.maxGapDays });
  if (missingExtension) {
    stored.validation.warnings.push(`${missingExtension} is not in ${dir}: ${id} imported to its file's last date, without the extension archive`);
  }
  return stored;
}

/** A snapshot file's text after checking its bytes against SHA256SUMS; throws naming the file and the fix. */
function readVerified(dir: string, name: string, sums: Map<string, string>): { file: string; text: string; sha256: string } {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: copy it into the snapshot folder, or import from another folder with --from DIR`);
  const bytes = fs.readFileSync(file);
  const expected = sums.get(name);
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
  return { file, text: bytes.toString("utf8"), sha256: actual };
}

/**
 * A composed series has no file: once its inputs are cached it is built and validated by
 * loading it (nothing is written), so a later refresh of an input carries into it.
 */
function importComposed(compose: ComposeSpec, id: string, options: SnapshotOptions): StoredSeries {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const { manifest, validation } = loadSeries(id, { cacheDir, maxGapDays: options.maxGapDays });
  if (!manifest.inputs?.length) throw new Error(`${id}: composed from ${compose.before} and ${compose.after} but no inputs were recorded`);
  return { id, manifest, validation };
}

/**
 * Imports the named series (default: the whole catalog) from the snapshot folder. Each
 * series succeeds or fails on its own; cross-check series (IWM) go first so that the
 * reports of the series they check (RUT) include the comparison. A composed series
 * (RUT_LONG) is built last from its inputs, which are imported too when not named (their
 * outcomes follow the named ones).
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
  // A composed series (RUT_LONG) is built after its inputs, which join the batch when not named.
  const composed = ids.filter((id) => tryInfo(id)?.compose);
  const inputsOf = (id: string) => {
    const c = tryInfo(id)?.compose;
    return c ? [c.before, c.after] : [];
  };
  const files = [...new Set([...ids.filter((id) => !composed.includes(id)), ...composed.flatMap(inputsOf)])];
  const ordered = [...crossChecksFirst(files), ...composed];
  const outcomes = new Map<string, ImportOutcome>();
  for (const id of ordered) {
    const failedInput = inputsOf(id).find((input) => outcomes.get(input)?.ok === false);
    if (failedInput) {
      outcomes.set(id, { ok: false, id, error: new Error(`not built: its input ${failedInput} failed to import (see its line)`) });
      continue;
    }
    try {
      outcomes.set(id, { ok: true, ...importSnapshotSeries(id, { ...options, dir }, sums) });
    } catch (error) {
      outcomes.set(id, { ok: false, id, error: error as Error });
    }
  }
  return [...new Set([...ids, ...files])].map((id) => outcomes.get(id) as ImportOutcome);
}

function tryInfo(id: string) {
  try {
    return seriesInfo(id);
  } catch {
    return undefined;
  }
}
