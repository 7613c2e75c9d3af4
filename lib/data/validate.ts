import { lowerBound, type DailySeries } from "../series/daily-series";
import { dayNumber } from "../series/dates";
import type { Frequency } from "./catalog";
import type { ParsedSeries } from "./series-csv";
import { applySuspectPolicy, findSuspectRows, type SuspectPolicy, type SuspectRow } from "./suspect-rows";

/** A stretch of calendar days without a row, longer than the allowed gap. */
export interface Gap {
  /** Last date before the gap. */
  from: string;
  /** First date after the gap. */
  to: string;
  /** Calendar days from `from` to `to`. */
  days: number;
}

/** Choices for {@link validateSeries}. */
export interface ValidateOptions {
  /** Calendar days between rows above which a gap is reported (default 10 daily, 45 monthly). */
  maxGapDays?: number;
  /** What to do with suspect rows (default "keep"). */
  suspectRows?: SuspectPolicy;
  /** The series whose moves check (and may replace) suspect rows, e.g. IWM for RUT. */
  crossCheck?: DailySeries;
  /**
   * First date of daily rows (catalog `dailyFrom`): rows before it must be month-end values,
   * one per month, and are checked for gaps with the monthly allowance (45 days).
   */
  dailyFrom?: string;
  /** Look for suspect rows (default true); false for a composed series, whose input was checked. */
  detectSuspects?: boolean;
  /** The day the data were fetched or imported (YYYY-MM-DD, see {@link dataDay}): a row dated later is refused. */
  latestDate?: string;
}

/** What validation found: errors are thrown, everything here is a warning or a count. */
export interface ValidationReport {
  id: string;
  /** The file read (snapshot, provider response or cache). */
  file: string;
  /** Rows read, after dropping holidays and before the suspect-row policy. */
  rowsRead: number;
  /** Rows in the returned series. */
  rows: number;
  first: string;
  last: string;
  /** Holiday rows (empty or "." values) dropped when the source was read. */
  droppedHolidays: number;
  maxGapDays: number;
  /** First date of daily rows when earlier rows are month-end values (absent: daily throughout). */
  dailyFrom?: string;
  gaps: Gap[];
  suspectPolicy: SuspectPolicy;
  suspectRows: SuspectRow[];
  /** One sentence per gap, suspect row and fallback. */
  warnings: string[];
}

/**
 * The gap allowed between rows by default: 10 calendar days for daily series (the longest
 * routine US market closure is 4 days), 45 for monthly ones.
 *
 * @example
 * defaultMaxGapDays("monthly"); // 45
 */
export function defaultMaxGapDays(frequency: Frequency): number {
  return frequency === "monthly" ? 45 : 10;
}

/**
 * Stretches of more than `maxGapDays` calendar days between consecutive dates.
 *
 * @example
 * findGaps(["2001-09-10", "2001-09-17"], 5); // [{ from: "2001-09-10", to: "2001-09-17", days: 7 }]
 */
export function findGaps(dates: readonly string[], maxGapDays: number): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 1; i < dates.length; i++) {
    const days = dayNumber(dates[i]) - dayNumber(dates[i - 1]);
    if (days > maxGapDays) gaps.push({ from: dates[i - 1], to: dates[i], days });
  }
  return gaps;
}

/**
 * The day a fetch or import happened, as the latest date its rows may carry: the UTC date
 * of the timestamp. Every catalog series is dated in US time (New York exchanges, FRED),
 * which never runs ahead of UTC, so a later row cannot be a close that day produced.
 *
 * @example
 * dataDay("2026-03-02T01:30:00.000Z"); // "2026-03-02" (still 2026-03-01 in New York: both pass)
 */
export function dataDay(timestamp: string): string {
  const day = new Date(timestamp);
  if (Number.isNaN(day.getTime())) throw new Error(`'${timestamp}' is not a timestamp; expected an ISO date-time such as 2026-03-02T01:30:00.000Z`);
  return day.toISOString().slice(0, 10);
}

/**
 * Refuses the first row dated after `latestDate` (the day the data were fetched or
 * imported): a placeholder or a typo that every "latest close" would otherwise read.
 */
function refuseRowsAfter(parsed: ParsedSeries, latestDate: string): void {
  const { dates } = parsed.series;
  if (dates.length === 0 || dates[dates.length - 1] <= latestDate) return;
  let first = dates.length - 1;
  while (first > 0 && dates[first - 1] > latestDate) first--;
  const count = dates.length - first;
  const more = count > 1 ? ` (and the ${count - 1} row${count > 2 ? "s" : ""} after it)` : "";
  throw new Error(
    `${parsed.file} line ${parsed.lines[first]}: date ${dates[first]}${more} is after ${latestDate}, the day the data were ` +
      `fetched or imported; remove the row (a placeholder or a typo?) or fix the source, then import or refresh again`,
  );
}

/**
 * Checks a parsed series for what is worth a warning (long gaps, suspect rows), applies
 * the suspect-row policy and returns the series to use with the report. With `dailyFrom`,
 * the rows before it must be month-end values (else it throws, naming the row and the fix).
 * Rows dated after `latestDate` are refused (thrown, naming file and line), like any other bad row.
 *
 * @example
 * const { series, report } = validateSeries(parsed, "daily", { suspectRows: "replace", crossCheck: iwm });
 * report.warnings.forEach((w) => console.log(w));
 */
export function validateSeries(
  parsed: ParsedSeries,
  frequency: Frequency,
  options: ValidateOptions = {},
): { series: DailySeries; report: ValidationReport } {
  const raw = parsed.series;
  const maxGapDays = options.maxGapDays ?? defaultMaxGapDays(frequency);
  if (!(Number.isInteger(maxGapDays) && maxGapDays >= 1)) {
    throw new Error(`maxGapDays ${maxGapDays}: must be a whole number of calendar days >= 1`);
  }
  if (options.latestDate !== undefined) refuseRowsAfter(parsed, options.latestDate);
  const policy = options.suspectRows ?? "keep";
  const { dailyFrom } = options;
  if (dailyFrom !== undefined) checkMonthEndRows(parsed, dailyFrom);
  const firstDaily = dailyFrom === undefined ? 0 : lowerBound(raw.dates, dailyFrom);
  const monthly = defaultMaxGapDays("monthly");
  // Month-end rows (and the step from the last of them to the first daily row) get the monthly allowance.
  const gaps = [
    ...findGaps(raw.dates.slice(0, firstDaily + 1), monthly),
    ...findGaps(raw.dates.slice(firstDaily), maxGapDays),
  ];
  const findings = options.detectSuspects === false ? [] : findSuspectRows(raw);
  const { series, rows } = applySuspectPolicy(raw, findings, policy, options.crossCheck, parsed.lines);
  if (series.dates.length === 0) throw new Error(`${parsed.file} has no rows of data; fetch or import the series again`);
  const warnings = [
    ...gaps.map((g) => `${raw.id}: no row for ${g.days} calendar days, from ${g.from} to ${g.to}`),
    ...rows.map((r) => describeSuspectRow(raw.id, r)),
  ];
  const report: ValidationReport = {
    id: raw.id,
    file: parsed.file,
    rowsRead: raw.dates.length,
    rows: series.dates.length,
    first: series.dates[0],
    last: series.dates[series.dates.length - 1],
    droppedHolidays: parsed.droppedHolidays,
    maxGapDays,
    dailyFrom: firstDaily > 0 ? dailyFrom : undefined,
    gaps,
    suspectPolicy: policy,
    suspectRows: rows,
    warnings,
  };
  return { series, report };
}

/** Month-end rows are dated in the last days of their month: the 28th at the earliest (February). */
const MONTH_END_FROM_DAY = 28;

/**
 * Throws unless every row before `dailyFrom` is a month-end value: dated on or after the 28th
 * and the only row of its month. Catches a catalog `dailyFrom` set later than the source's
 * first daily row (daily rows would be taken for month-end ones).
 */
function checkMonthEndRows(parsed: ParsedSeries, dailyFrom: string): void {
  const { dates } = parsed.series;
  for (let i = 0; i < dates.length && dates[i] < dailyFrom; i++) {
    const sameMonth = i > 0 && dates[i - 1].slice(0, 7) === dates[i].slice(0, 7);
    if (sameMonth || Number(dates[i].slice(8, 10)) < MONTH_END_FROM_DAY) {
      const where = parsed.lines[i] === undefined ? dates[i] : `${dates[i]} (line ${parsed.lines[i]})`;
      throw new Error(
        `${parsed.file}: ${parsed.series.id} row ${where} is before dailyFrom ${dailyFrom} but is not a month-end value ` +
          `(${sameMonth ? "a second row in its month" : "dated before the 28th"}); set dailyFrom in data/catalog.json to the first date of daily rows`,
      );
    }
  }
}

const percent = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(2)}%`;

const REASON_TEXT = {
  "zero volume": () => "volume 0",
  "off-grid close": (close: number) => `close ${round4(close)} off the cent grid`,
  "midpoint of neighbours": (close: number) => `close ${round4(close)} exactly midway between its rounded neighbours`,
} as const;

/**
 * One sentence on a suspect row: why it is suspect and what that suggests, its move
 * beside the cross-check's, and what the policy did.
 *
 * @example
 * describeSuspectRow("RUT", row);
 * // "RUT 2025-09-10 (line 9600): volume 0, close 2378.0142 off the cent grid (an intraday capture?); RUT -0.65% vs IWM -0.60% that day; kept"
 */
export function describeSuspectRow(id: string, row: SuspectRow): string {
  const where = row.line === undefined ? row.date : `${row.date} (line ${row.line})`;
  const why = row.reasons.map((r) => REASON_TEXT[r](row.close)).join(", ");
  const guess = row.reasons.includes("midpoint of neighbours") ? "an interpolated row?" : "an intraday capture?";
  const moves =
    row.change === undefined
      ? ""
      : row.crossCheck
        ? `; ${id} ${percent(row.change)} vs ${row.crossCheck.id} ${percent(row.crossCheck.change)} that day`
        : `; ${id} ${percent(row.change)} that day`;
  const action = row.action === "replaced" ? `replaced by ${round4(row.replacement ?? NaN)}` : row.fallback ?? row.action;
  return `${id} ${where}: ${why} (${guess})${moves}; ${action}`;
}

const round4 = (x: number) => String(Math.round(x * 10000) / 10000);
