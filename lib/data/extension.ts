import { OPTIONAL_COLUMNS, type DailySeries } from "../series/daily-series";
import type { SeriesColumn } from "./catalog";
import { compareSources, type SharedDay } from "./load";
import type { ParsedSeries } from "./series-csv";

/**
 * How far apart (relative: |extension / base - 1|) the two archives' closes may be on a day
 * both have before the day is listed as a disagreement: 0.0002 = 0.02%. The two ^RUT archives
 * differ by at most 0.02 index points on ordinary days (under 0.002% at RUT's 1,100 to 2,700),
 * so 0.02% leaves rounding noise out and catches a close that is a different reading of the
 * day (2025-09-08: 2393.69 vs 2394.89, 0.05% apart).
 *
 * @example
 * extendSeries(base, extension, OVERLAP_TOLERANCE).record.beyondTolerance; // the days listed
 */
export const OVERLAP_TOLERANCE = 0.0002;

/** How an extension archive was joined to a snapshot file: what was appended, how the shared days compare. */
export interface ExtensionRecord {
  /** The extension's file name in the snapshot folder, e.g. "RUT_EXT.csv". */
  file: string;
  /** Absolute path imported, and the SHA-256 of its bytes. */
  sourceFile?: string;
  sha256?: string;
  /** The base file's last date: only the extension's rows after it are appended. */
  baseLast: string;
  /** Rows appended, and their first and last dates (absent when there were none). */
  appended: number;
  appendedFrom?: string;
  appendedTo?: string;
  /** Columns the base has and the extension does not: NaN on appended rows (volume). */
  missingColumns: SeriesColumn[];
  /** Days both files have, and their span. */
  overlapDays: number;
  overlapFrom?: string;
  overlapTo?: string;
  /** Dates inside the shared span that only one file has (a missing or extra day). */
  onlyInBase: number;
  onlyInExtension: number;
  /** The shared day whose closes differ most (a = base, b = extension, relative = b / a - 1). */
  largest?: SharedDay;
  /** The tolerance used (relative), and every shared day beyond it. */
  tolerance: number;
  beyondTolerance: SharedDay[];
}

/**
 * Appends the rows of `extension` dated after `base`'s last date, and compares the closes on
 * the days both have. The base's rows are never changed (its suspect rows, such as RUT.csv's
 * last row, stay for the suspect-row policy to judge). Columns the base has and the extension
 * lacks must be volume only: those are NaN on appended rows. A base with no volume keeps none.
 *
 * @example
 * const { parsed, record } = extendSeries(rutCsv, rutExtCsv);
 * record.appendedFrom; // "2026-02-24"
 * record.beyondTolerance.map((d) => d.date); // ["2025-09-08"]
 */
export function extendSeries(
  base: ParsedSeries,
  extension: ParsedSeries,
  tolerance: number = OVERLAP_TOLERANCE,
): { parsed: ParsedSeries; record: ExtensionRecord } {
  const a = base.series;
  const b = extension.series;
  if (a.dates.length === 0) throw new Error(`${base.file} has no rows to extend; check the source`);
  const missing = OPTIONAL_COLUMNS.filter((c) => a[c] !== undefined && b[c] === undefined);
  const notVolume = missing.filter((c) => c !== "volume");
  if (notVolume.length > 0) {
    throw new Error(
      `${extension.file} has no ${notVolume.join(", ")} column but ${base.file} has: appended rows would lack them; ` +
        `map those columns in the catalog's snapshot.extension.columns, or remove them from snapshot.columns`,
    );
  }
  const comparison = compareSources(a, b, tolerance);
  const baseLast = a.dates[a.dates.length - 1];
  const start = b.dates.findIndex((d) => d > baseLast);
  const from = start < 0 ? b.dates.length : start;
  const take = (values: Float64Array | undefined, fallback: number) =>
    values ? values.subarray(from) : new Float64Array(b.dates.length - from).fill(fallback);
  const series: DailySeries = { id: a.id, dates: [...a.dates, ...b.dates.slice(from)], close: concat(a.close, b.close.subarray(from)) };
  for (const c of OPTIONAL_COLUMNS) {
    const values = a[c];
    if (values) series[c] = concat(values, take(b[c], NaN));
  }
  const appended = b.dates.length - from;
  const record: ExtensionRecord = {
    file: extension.file,
    baseLast,
    appended,
    appendedFrom: appended > 0 ? b.dates[from] : undefined,
    appendedTo: appended > 0 ? b.dates[b.dates.length - 1] : undefined,
    missingColumns: missing,
    overlapDays: comparison.overlap,
    overlapFrom: comparison.from,
    overlapTo: comparison.to,
    onlyInBase: comparison.onlyInA,
    onlyInExtension: comparison.onlyInB,
    largest: comparison.largest && { date: comparison.largest.date, a: comparison.largest.a, b: comparison.largest.b, relative: comparison.largest.relative },
    tolerance,
    beyondTolerance: comparison.beyondTolerance ?? [],
  };
  const parsed: ParsedSeries = {
    file: base.file,
    series,
    lines: [...base.lines, ...extension.lines.slice(from)],
    droppedHolidays: base.droppedHolidays,
  };
  return { parsed, record };
}

/**
 * One sentence on an extension for provenance notes and `data status`: what was appended,
 * and how the shared days compare.
 *
 * @example
 * describeExtension(record);
 * // "extended by RUT_EXT.csv (sha256 6e5126a0…): 124 rows 2026-02-24 to 2026-08-21, without volume (NaN); ..."
 */
export function describeExtension(record: ExtensionRecord): string {
  const sum = record.sha256 ? ` (sha256 ${record.sha256.slice(0, 8)}…)` : "";
  const rows = record.appended > 0 ? `${record.appended} rows ${record.appendedFrom} to ${record.appendedTo}` : "no rows after the base's last date";
  const without = record.missingColumns.length > 0 ? `, without ${record.missingColumns.join(", ")} (NaN)` : "";
  const pct = (x: number) => `${x >= 0 ? "+" : ""}${Math.abs(x) >= 1e-5 ? (x * 100).toFixed(3) : (x * 100).toPrecision(2)}%`;
  const largest = record.largest ? `, largest difference ${pct(record.largest.relative)} on ${record.largest.date}` : "";
  const only = [record.onlyInBase && `${record.onlyInBase} only in the base`, record.onlyInExtension && `${record.onlyInExtension} only in ${record.file}`];
  const missing = only.some(Boolean) ? `, ${only.filter(Boolean).join(", ")}` : "";
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const beyond = record.beyondTolerance.map((d) => `${d.date} ${round(d.a)} vs ${round(d.b)}`).join(", ");
  const tol = `${Number((record.tolerance * 100).toPrecision(6))}%`;
  return (
    `extended by ${record.file}${sum} after ${record.baseLast}: ${rows}${without}; ` +
    `overlap ${record.overlapDays} days${record.overlapFrom ? ` (${record.overlapFrom} to ${record.overlapTo})` : ""}${missing}${largest}; ` +
    `${record.beyondTolerance.length} beyond ${tol}${beyond ? `: ${beyond}` : ""}`
  );
}

function concat(x: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out;
}
