import * as fs from "node:fs";
import * as path from "node:path";
import type { DailySeries } from "../series/daily-series";
import { isTempFile, sha256Hex, writeFileAtomic, type AtomicWriteHooks } from "./atomic-write";
import { SERIES_COLUMNS, type SeriesColumn } from "./catalog";
import { formatCsv } from "./csv";
import { defaultCacheDir } from "./paths";

/** Where cached data came from. */
export type DataSource = "snapshot" | "yahoo" | "fred";

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
}

/** What the writer of a cache entry knows about its origin; the rest is computed. */
export type CacheOrigin = Pick<CacheManifest, "source" | "sourceFile" | "sourceUrl" | "sourceSha256" | "fetchedAt" | "droppedHolidays">;

/** A cached series as stored: the CSV text and its manifest. */
export interface CacheEntry {
  /** Path of the cached CSV. */
  file: string;
  text: string;
  manifest: CacheManifest;
}

/**
 * The two files of a cached series in `dir`.
 *
 * @example
 * cachePaths("RUT", "/tmp/cache"); // { data: "/tmp/cache/RUT.csv", manifest: "/tmp/cache/RUT.manifest.json" }
 */
export function cachePaths(id: string, dir: string = defaultCacheDir()): { data: string; manifest: string } {
  return { data: path.join(dir, `${id}.csv`), manifest: path.join(dir, `${id}.manifest.json`) };
}

/**
 * A series as normalised CSV: date,close[,open,high,low,volume] with every digit kept.
 *
 * @example
 * seriesToCsv({ id: "X", dates: ["2025-01-02"], close: Float64Array.of(1.5) }).text; // "date,close\n2025-01-02,1.5\n"
 */
export function seriesToCsv(series: DailySeries): { text: string; columns: SeriesColumn[] } {
  const columns = SERIES_COLUMNS.filter((c) => c === "date" || series[c] !== undefined);
  const rows = series.dates.map((date, i) => columns.map((c) => (c === "date" ? date : (series[c] as Float64Array)[i])));
  return { text: formatCsv(columns, rows), columns };
}

/**
 * Writes a series and then its manifest into the cache, each atomically, so a reader
 * never sees a half-written file and the manifest never describes data not yet written.
 * If the manifest cannot be written, the previous data file is restored.
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
  const previous = fs.existsSync(files.data) ? fs.readFileSync(files.data, "utf8") : undefined;
  writeFileAtomic(files.data, text, hooks);
  try {
    writeFileAtomic(files.manifest, JSON.stringify(manifest, null, 2) + "\n", hooks);
  } catch (error) {
    // Put the old data back, so the old manifest still describes it.
    if (previous === undefined) fs.rmSync(files.data, { force: true });
    else writeFileAtomic(files.data, previous);
    throw error;
  }
  return manifest;
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
