import * as fs from "node:fs";
import * as path from "node:path";
import type { DailySeries } from "../series/daily-series";
import { isTempFile, sha256Hex, writeFileAtomic, type AtomicWriteHooks } from "./atomic-write";
import { SERIES_COLUMNS, type SeriesColumn } from "./catalog";
import type { ExtensionRecord } from "./extension";
import { formatCsv } from "./csv";
import { defaultCacheDir } from "./paths";
import { readIfPresent, withFileLock } from "./file-lock";

/** Where cached data came from; "composed" = built by the data layer from other cached series. */
export type DataSource = "snapshot" | "yahoo" | "fred" | "composed";

/** One input of a composed series: which rows of it were used, and the checksum of its source. */
export interface ComposedInput {
  id: string;
  /** Publisher and symbol, e.g. "FRED RU2000PR". */
  origin: string;
  source: DataSource;
  sha256: string;
  /** The factor applied to its levels (before: after's close / before's close on the join date; after: 1). */
  scale: number;
  /** The rows taken from it. */
  first: string;
  last: string;
  rows: number;
}

/** `<id>.manifest.json`: where a cached series came from and what the cached file holds. */
export interface CacheManifest {
  id: string;
  source: DataSource;
  /** The snapshot file imported (absolute path). */
  sourceFile?: string;
  /** The provider address fetched. */
  sourceUrl?: string;
  /** SHA-256 of the source file or provider response as received. */
  sourceSha256?: string;
  /** When the data were imported or fetched (ISO timestamp). */
  fetchedAt: string;
  rows: number;
  first: string;
  last: string;
  /** SHA-256 of the cached CSV file. */
  sha256: string;
  /** Columns of the cached CSV, in order. */
  columns: SeriesColumn[];
  /** Holiday rows dropped when the source was read. */
  droppedHolidays: number;
  /** The archive appended after the source's last date, and how the two compare (snapshot import). */
  extension?: ExtensionRecord;
  /** A composed series' inputs (RUT_LONG: RU2000PR, then RUT). */
  inputs?: ComposedInput[];
}

/** What the writer of a cache entry knows about its origin; the rest is computed. */
export type CacheOrigin = Pick<CacheManifest, "source" | "sourceFile" | "sourceUrl" | "sourceSha256" | "fetchedAt" | "droppedHolidays" | "extension">;

/** A cached series as stored: the CSV text and its manifest. */
export interface CacheEntry {
  /** Path of the cached CSV. */
  file: string;
  text: string;
  manifest: CacheManifest;
}

/**
 * The files of a cached series in `dir`: the data and its manifest, and, while a write is
 * under way, the previous data (kept until the new manifest is in place) and the write lock.
 *
 * @example
 * cachePaths("RUT", "/tmp/cache").data; // "/tmp/cache/RUT.csv"
 */
export function cachePaths(id: string, dir: string = defaultCacheDir()): { data: string; manifest: string; previous: string; lock: string } {
  const at = (suffix: string) => path.join(dir, `${id}${suffix}`);
  return { data: at(".csv"), manifest: at(".manifest.json"), previous: at(".csv.previous"), lock: at(".lock") };
}


/**
 * Puts back the data a killed writer left half-replaced: when the data no longer matches the
 * manifest but the kept previous data does, the previous data returns. Called holding the lock.
 */
function rollBackInterruptedWrite(files: ReturnType<typeof cachePaths>): void {
  const previous = readIfPresent(files.previous);
  if (previous === undefined) return;
  const manifest = readIfPresent(files.manifest);
  const expected = manifest === undefined ? undefined : (JSON.parse(manifest) as CacheManifest).sha256;
  const data = readIfPresent(files.data);
  if (data !== undefined && sha256Hex(data) !== expected && sha256Hex(previous) === expected) fs.renameSync(files.previous, files.data);
  else fs.rmSync(files.previous, { force: true });
}

/**
 * A series as normalised CSV: date,close[,open,high,low,volume] with every digit kept; a
 * volume that was not recorded (NaN) is an empty field.
 *
 * @example
 * seriesToCsv({ id: "X", dates: ["2025-01-02"], close: Float64Array.of(1.5) }).text; // "date,close\n2025-01-02,1.5\n"
 */
export function seriesToCsv(series: DailySeries): { text: string; columns: SeriesColumn[] } {
  const columns = SERIES_COLUMNS.filter((c) => c === "date" || series[c] !== undefined);
  // A NaN volume (not recorded) is written empty; normalisedSpec reads it back as NaN.
  const cell = (c: Exclude<SeriesColumn, "date">, i: number) => {
    const value = (series[c] as Float64Array)[i];
    return c === "volume" && Number.isNaN(value) ? null : value;
  };
  const rows = series.dates.map((date, i) => columns.map((c) => (c === "date" ? date : cell(c, i))));
  return { text: formatCsv(columns, rows), columns };
}

/**
 * Writes a series and then its manifest into the cache, each atomically, so a reader
 * never sees a half-written file and the manifest never describes data not yet written.
 * The previous data stays beside the new (a hard link, `<id>.csv.previous`) until the new
 * manifest is in place, so a writer killed in between leaves the previous data readable;
 * a per-series lock keeps two writers from interleaving. If the manifest cannot be written,
 * the previous data file is restored.
 *
 * @example
 * writeCachedSeries(series, { source: "snapshot", sourceFile, sourceSha256, fetchedAt: new Date().toISOString(), droppedHolidays: 0 });
 */
export function writeCachedSeries(
  series: DailySeries,
  origin: CacheOrigin,
  dir: string = defaultCacheDir(),
  hooks?: AtomicWriteHooks,
): CacheManifest {
  if (series.dates.length === 0) throw new Error(`${series.id}: no rows to cache; check the source`);
  fs.mkdirSync(dir, { recursive: true });
  const { text, columns } = seriesToCsv(series);
  const manifest: CacheManifest = {
    id: series.id,
    ...origin,
    rows: series.dates.length,
    first: series.dates[0],
    last: series.dates[series.dates.length - 1],
    sha256: sha256Hex(text),
    columns,
  };
  const files = cachePaths(series.id, dir);
  return withFileLock(files.lock, `the cache of ${series.id}`, () => {
    rollBackInterruptedWrite(files);
    const hadData = fs.existsSync(files.data);
    if (hadData) fs.linkSync(files.data, files.previous);
    writeFileAtomic(files.data, text, hooks);
    try {
      writeFileAtomic(files.manifest, JSON.stringify(manifest, null, 2) + "\n", hooks);
    } catch (error) {
      // Put the old data back, so the old manifest still describes it.
      if (hadData) fs.renameSync(files.previous, files.data);
      else fs.rmSync(files.data, { force: true });
      throw error;
    }
    fs.rmSync(files.previous, { force: true });
    return manifest;
  });
}

/**
 * The cached CSV and manifest of a series, or undefined when it is not cached. Throws when
 * only one of the two files exists or the CSV does not match the manifest's sha256.
 *
 * @example
 * const entry = readCachedSeries("RUT");
 * entry?.manifest.source; // "snapshot"
 */
export function readCachedSeries(id: string, dir: string = defaultCacheDir()): CacheEntry | undefined {
  const files = cachePaths(id, dir);
  const hasData = fs.existsSync(files.data);
  const hasManifest = fs.existsSync(files.manifest);
  if (!hasData && !hasManifest) return undefined;
  const redo = `run \`npm run data -- import ${id}\` (snapshot) or \`npm run data -- refresh ${id}\` (online)`;
  if (!hasData || !hasManifest) {
    const [present, missing] = hasData ? [files.data, files.manifest] : [files.manifest, files.data];
    throw new Error(`cache has ${present} but not ${missing}: ${redo}`);
  }
  // Read twice at most: a writer may replace the data between our two reads.
  for (let attempt = 0; ; attempt++) {
    const manifest = JSON.parse(fs.readFileSync(files.manifest, "utf8")) as CacheManifest;
    const text = fs.readFileSync(files.data, "utf8");
    const sha256 = sha256Hex(text);
    if (sha256 === manifest.sha256) return { file: files.data, text, manifest };
    // A writer between its data and its manifest (running, or killed there) keeps the previous data.
    const previous = readIfPresent(files.previous);
    if (previous !== undefined && sha256Hex(previous) === manifest.sha256) return { file: files.data, text: previous, manifest };
    if (attempt === 1) {
      throw new Error(
        `${files.data} does not match its manifest (sha256 ${sha256.slice(0, 12)}… vs ${manifest.sha256?.slice(0, 12)}…): ` +
          `it was changed outside the data layer; ${redo}`,
      );
    }
  }
}

/**
 * Ids of the series in the cache folder (those with a manifest), sorted.
 *
 * @example
 * cachedIds(); // ["DGS10", "IWM", "RUT", ...]
 */
export function cachedIds(dir: string = defaultCacheDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".manifest.json") && !isTempFile(name))
    .map((name) => name.slice(0, -".manifest.json".length))
    .sort();
}
