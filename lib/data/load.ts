import type * as aq from "arquero";
import { seriesToTable, type DailySeries } from "../series/daily-series";
import { readCachedSeries, type CacheManifest } from "./cache";
import { seriesInfo, type SeriesInfo } from "./catalog";
import { defaultCacheDir } from "./paths";
import { provenanceOf, type Provenance } from "./provenance";
import { normalisedSpec, seriesFromCsv } from "./series-csv";
import { dataDay, validateSeries, type ValidateOptions, type ValidationReport } from "./validate";

/** Choices for {@link loadSeries}. */
export interface LoadOptions extends Omit<ValidateOptions, "crossCheck" | "latestDate"> {
  /** Cache folder (default env R2K_CACHE_DIR, else <project root>/data/cache). */
  cacheDir?: string;
  /** Load the catalog's cross-check series (IWM for RUT) to check suspect rows. Default true. */
  crossCheck?: boolean;
}

/** A cached series, validated, in the forms the studies use, with where it came from. */
export interface LoadedSeries {
  info: SeriesInfo;
  /** The series after the suspect-row policy. */
  series: DailySeries;
  /** The same rows as an arquero table: date, close[, open, high, low, volume]. */
  table: aq.ColumnTable;
  manifest: CacheManifest;
  validation: ValidationReport;
  provenance: Provenance;
}

/**
 * Loads a series from the cache and validates it (every load: a cache edited by hand is
 * caught here). Suspect rows are kept unless `suspectRows` says "drop" or "replace"; the
 * catalog's cross-check series (IWM for RUT) is loaded from the cache to check them.
 *
 * @example
 * const rut = loadSeries("RUT", { suspectRows: "replace" });
 * rut.validation.suspectRows.length; // 17 in the snapshot
 * rut.table.filter((d) => d.date >= "2025-01-01").numRows();
 */
export function loadSeries(id: string, options: LoadOptions = {}): LoadedSeries {
  const info = seriesInfo(id);
  const dir = options.cacheDir ?? defaultCacheDir();
  const entry = readCachedSeries(id, dir);
  if (!entry) {
    throw new Error(
      `series ${id} is not in the cache (${dir}): run \`npm run data -- import\` (snapshot folder) or \`npm run data -- refresh ${id}\` (online)`,
    );
  }
  const parsed = seriesFromCsv(entry.text, entry.file, normalisedSpec(info, entry.manifest.columns));
  parsed.droppedHolidays = entry.manifest.droppedHolidays;
  const checkId = options.crossCheck === false ? undefined : info.crossCheck;
  const crossCheck =
    checkId && readCachedSeries(checkId, dir) ? loadSeries(checkId, { cacheDir: dir, crossCheck: false }).series : undefined;
  const latestDate = dataDay(entry.manifest.fetchedAt);
  const { series, report } = validateSeries(parsed, info.frequency, { ...options, crossCheck, latestDate });
  if (checkId && !crossCheck && report.suspectRows.length > 0) {
    report.warnings.push(`${checkId} is not in the cache: ${id}'s suspect rows were not cross-checked (import ${checkId} too)`);
  }
  const loaded = { info, series, manifest: entry.manifest, validation: report };
  return { ...loaded, table: seriesToTable(series), provenance: provenanceOf(loaded) };
}

/** How two sources of the same quantity agree over the dates they share. */
export interface SourceComparison {
  a: string;
  b: string;
  /** Dates both sides have. */
  overlap: number;
  /** The shared span: from the later first date to the earlier last date. */
  from?: string;
  to?: string;
  /** The date where the closes differ most, relative to `a` (percent = (b / a - 1) x 100). */
  largest?: { date: string; a: number; b: number; percent: number };
  /** Dates inside the shared span that only one side has (calendar or holiday differences). */
  onlyInA: number;
  onlyInB: number;
}

/**
 * Compares the closes of two sources (e.g. GSPC from Yahoo vs SP500 from FRED).
 *
 * @example
 * const c = compareSources(loadSeries("GSPC"), loadSeries("SP500"));
 * c.largest; // { date, a, b, percent }: the worst disagreement
 */
export function compareSources(a: DailySeries | LoadedSeries, b: DailySeries | LoadedSeries): SourceComparison {
  const left = "series" in a ? a.series : a;
  const right = "series" in b ? b.series : b;
  const result: SourceComparison = { a: left.id, b: right.id, overlap: 0, onlyInA: 0, onlyInB: 0 };
  if (left.dates.length === 0 || right.dates.length === 0) return result;
  const from = left.dates[0] > right.dates[0] ? left.dates[0] : right.dates[0];
  const last = (s: DailySeries) => s.dates[s.dates.length - 1];
  const to = last(left) < last(right) ? last(left) : last(right);
  if (from > to) return result;
  result.from = from;
  result.to = to;
  const rightClose = new Map(right.dates.map((d, i) => [d, right.close[i]]));
  const leftDates = new Set<string>();
  left.dates.forEach((date, i) => {
    if (date < from || date > to) return;
    leftDates.add(date);
    const other = rightClose.get(date);
    if (other === undefined) {
      result.onlyInA++;
      return;
    }
    result.overlap++;
    const percent = (other / left.close[i] - 1) * 100;
    if (!result.largest || Math.abs(percent) > Math.abs(result.largest.percent)) {
      result.largest = { date, a: left.close[i], b: other, percent };
    }
  });
  result.onlyInB = right.dates.filter((d) => d >= from && d <= to && !leftDates.has(d)).length;
  return result;
}
