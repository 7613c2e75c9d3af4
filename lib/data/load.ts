import type * as aq from "arquero";
import { seriesToTable, type DailySeries } from "../series/daily-series";
import { sha256Hex } from "./atomic-write";
import { readCachedSeries, seriesToCsv, type CacheManifest, type ComposedInput } from "./cache";
import { seriesInfo, type ComposeSpec, type SeriesInfo } from "./catalog";
import { chainByDailyReturns } from "./compose";
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
  /**
   * First date of daily rows when the earlier rows are month-end values (RU2000GPR/VPR/GTR/VTR:
   * "1993-06-01"); absent when daily throughout. Also on `series.dailyFrom`, where the
   * forward-return code reads it (a trading-day horizon cannot start before it).
   */
  dailyFrom?: string;
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
  if (info.compose) return loadComposed(info, info.compose, { ...options, cacheDir: dir });
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
  const { series, report } = validateSeries(parsed, info.frequency, { ...options, crossCheck, dailyFrom: info.dailyFrom, latestDate });
  if (checkId && !crossCheck && report.suspectRows.length > 0) {
    report.warnings.push(`${checkId} is not in the cache: ${id}'s suspect rows were not cross-checked (import ${checkId} too)`);
  }
  return finish(info, series, entry.manifest, report);
}

/** The loaded form of a validated series: month-end rows marked, table and provenance added. */
function finish(info: SeriesInfo, series: DailySeries, manifest: CacheManifest, validation: ValidationReport, inputNotes: string[] = []): LoadedSeries {
  if (validation.dailyFrom !== undefined) series.dailyFrom = validation.dailyFrom;
  const loaded = { info, series, manifest, validation, dailyFrom: validation.dailyFrom };
  return { ...loaded, table: seriesToTable(series), provenance: provenanceOf(loaded, inputNotes) };
}

/**
 * Builds a composed series (RUT_LONG) from its cached inputs, loaded with the same options (so
 * `suspectRows` applies to RUT's rows), and validates the result: gaps are checked on the whole;
 * suspect rows are those of the inputs' rows used (already judged by the policy).
 */
function loadComposed(info: SeriesInfo, spec: ComposeSpec, options: LoadOptions): LoadedSeries {
  const before = loadSeries(spec.before, options);
  const after = loadSeries(spec.after, options);
  const chained = chainByDailyReturns(before.series, after.series, spec.join, info.id);
  const { series } = chained;
  const { text, columns } = seriesToCsv(series);
  const used = (input: LoadedSeries, from: number, rows: number, scale: number): ComposedInput => ({
    id: input.info.id,
    scale,
    origin: input.provenance.origin,
    source: input.manifest.source,
    sha256: input.provenance.sha256,
    first: input.series.dates[from],
    last: input.series.dates[from + rows - 1],
    rows,
  });
  const afterStart = after.series.dates.length - chained.afterRows;
  const inputs = [used(before, 0, chained.beforeRows, chained.scale), used(after, afterStart, chained.afterRows, 1)];
  const file = `${info.id} (composed from ${spec.before} and ${spec.after})`;
  const parsed = { file, series, lines: [], droppedHolidays: 0 };
  const { report } = validateSeries(parsed, info.frequency, { ...options, crossCheck: undefined, detectSuspects: false, dailyFrom: series.dailyFrom });
  const inherited = [before, after].flatMap((input) =>
    input.validation.suspectRows.filter((r) => inputs.some((u) => u.id === input.info.id && r.date >= u.first && r.date <= u.last)),
  );
  report.suspectPolicy = after.validation.suspectPolicy;
  report.suspectRows = inherited;
  if (inherited.length > 0) {
    report.warnings.push(`${info.id}: its ${inherited.length} suspect rows are ${spec.after}'s (policy "${report.suspectPolicy}"), listed under ${spec.after}`);
  }
  const fetchedAt = [before.manifest.fetchedAt, after.manifest.fetchedAt].sort()[1];
  const manifest: CacheManifest = {
    id: info.id,
    source: "composed",
    fetchedAt,
    rows: series.dates.length,
    first: series.dates[0],
    last: series.dates[series.dates.length - 1],
    sha256: sha256Hex(text),
    columns,
    droppedHolidays: 0,
    inputs,
  };
  const inputNotes = [before, after].flatMap((input) => input.provenance.notes.map((note) => `${input.info.id}: ${note}`));
  return finish(info, series, manifest, report, inputNotes);
}

/** One date both sources have: their closes and how far apart they are (b / a - 1, a fraction). */
export interface SharedDay {
  date: string;
  a: number;
  b: number;
  relative: number;
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
  /** The date where the closes differ most, relative to `a` (relative = b / a - 1; percent = relative x 100). */
  largest?: SharedDay & { percent: number };
  /** With a tolerance: every shared date where |b / a - 1| > tolerance, in date order. */
  beyondTolerance?: SharedDay[];
  /** Dates inside the shared span that only one side has (calendar or holiday differences). */
  onlyInA: number;
  onlyInB: number;
}

/**
 * Compares the closes of two sources (e.g. GSPC from Yahoo vs SP500 from FRED). With a
 * `tolerance` (a fraction: 0.0002 = 0.02%), every shared date on which they differ by more
 * is listed in `beyondTolerance`.
 *
 * @example
 * const c = compareSources(loadSeries("GSPC"), loadSeries("SP500"), 0.0002);
 * c.largest; // { date, a, b, relative, percent }: the worst disagreement
 * c.beyondTolerance?.length; // days more than 0.02% apart
 */
export function compareSources(a: DailySeries | LoadedSeries, b: DailySeries | LoadedSeries, tolerance?: number): SourceComparison {
  const left = "series" in a ? a.series : a;
  const right = "series" in b ? b.series : b;
  if (tolerance !== undefined && !(tolerance >= 0)) throw new Error(`tolerance ${tolerance}: must be a fraction >= 0 (0.0002 = 0.02%)`);
  const result: SourceComparison = { a: left.id, b: right.id, overlap: 0, onlyInA: 0, onlyInB: 0 };
  if (tolerance !== undefined) result.beyondTolerance = [];
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
    const day: SharedDay = { date, a: left.close[i], b: other, relative: other / left.close[i] - 1 };
    if (!result.largest || Math.abs(day.relative) > Math.abs(result.largest.relative)) result.largest = { ...day, percent: day.relative * 100 };
    if (tolerance !== undefined && Math.abs(day.relative) > tolerance) result.beyondTolerance?.push(day);
  });
  result.onlyInB = right.dates.filter((d) => d >= from && d <= to && !leftDates.has(d)).length;
  return result;
}
