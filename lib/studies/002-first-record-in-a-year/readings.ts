import { formatShare } from "../../claims/format";
import { readingsTried, readingsTriedNote, type ReadingsTried, type TriedReading } from "../../claims/readings-tried";
import { crossSeriesEventStudy, type CrossSeriesStudy } from "../../events/cross-series";
import { sliceByDate, type DailySeries } from "../../series/daily-series";
import { ARTICLE_COUNT, ARTICLE_SP500_AFTER, countClaim } from "./claims";
import { horizonsOf, type Params } from "./params";
import { recordBreakouts, type DroughtUnit, type RecordBreakout } from "./record-breakouts";

/**
 * One reading of "since 1980, a first all-time high after more than a year without one": how the
 * drought is measured and from which date closes count as history. Records are always closing
 * records (the long history has closes only).
 */
export interface BreakoutReading {
  label: string;
  unit: DroughtUnit;
  /** Shortest drought, in `unit` days. */
  minDrought: number;
  /** First close that can set a record: the data's first day, or `since` (the history cut there). */
  historyFrom: string;
}

type ReadingParams = Pick<Params, "minDroughtDays" | "minDroughtTradingDays" | "since">;

/**
 * The readings tried for 002-3 and 002-4, the default (the standard one, fixed before looking)
 * first: a drought of `minDroughtDays` calendar days or `minDroughtTradingDays` trading days,
 * with the whole history setting records or only closes from `since` on.
 *
 * @example
 * breakoutReadings(rutLong, defaults).map((r) => r.label);
 * // ["366+ calendar days, closes from 1978-12-29", "253+ trading days, closes from 1978-12-29",
 * //  "366+ calendar days, closes from 1980-01-01", "253+ trading days, closes from 1980-01-01"]
 */
export function breakoutReadings(series: DailySeries, params: ReadingParams): BreakoutReading[] {
  const starts = [series.dates[0], ...(params.since > series.dates[0] ? [params.since] : [])];
  const droughts: [DroughtUnit, number][] = [["calendar", params.minDroughtDays], ["trading", params.minDroughtTradingDays]];
  return starts.flatMap((historyFrom) =>
    droughts.map(([unit, minDrought]) => ({ label: `${minDrought}+ ${unit} days, closes from ${historyFrom}`, unit, minDrought, historyFrom })),
  );
}

/**
 * The breakouts of one reading dated within [from, to]. A reading that cuts the history gives
 * rows of the cut series (use the dates, not the row numbers, across readings).
 *
 * @example
 * readingBreakouts(rutLong, breakoutReadings(rutLong, defaults)[0], { from: "1980-01-01", to: "2025-09-17" }).length; // 11
 */
export function readingBreakouts(
  series: DailySeries,
  reading: BreakoutReading,
  range: { from?: string; to?: string; firstDayCounts?: boolean },
): RecordBreakout[] {
  const history = reading.historyFrom > series.dates[0] ? sliceByDate(series, reading.historyFrom) : series;
  return recordBreakouts(history, { minDays: reading.minDrought, unit: reading.unit, ...range });
}

/** One reading's breakouts and the S&P 500 after them, at both horizons. */
export interface ReadingResult {
  reading: BreakoutReading;
  breakouts: RecordBreakout[];
  spx: CrossSeriesStudy;
}

/**
 * Every reading's breakouts from `since` to `to` (the day before the article's) and the S&P 500's
 * returns after them over `horizonDays` trading days and `horizonYears` calendar years.
 *
 * @example
 * measureReadings(rutLong, gspc, "2025-09-17", defaults).map((r) => r.breakouts.length); // [11, 11, 11, 11]
 */
export function measureReadings(
  source: DailySeries,
  target: DailySeries,
  to: string,
  params: ReadingParams & Pick<Params, "firstDayCounts" | "horizonDays" | "horizonYears" | "maxLagDays">,
): ReadingResult[] {
  const horizons = horizonsOf(params);
  return breakoutReadings(source, params).map((reading) => {
    const breakouts = readingBreakouts(source, reading, { from: params.since, to, firstDayCounts: params.firstDayCounts });
    const spx = crossSeriesEventStudy(target, breakouts.map((b) => b.date), { horizons, maxLagDays: params.maxLagDays });
    return { reading, breakouts, spx };
  });
}

/** The readings side by side, with the columns to print as percents (the means). */
export interface ReadingsTable {
  rows: Record<string, string | number>[];
  percent: string[];
}

/**
 * Which breakouts a reading adds to the default's ("+1995-05-16") and which it drops
 * ("-2013-01-02"), or "same breakouts".
 *
 * @example
 * breakoutDifference(readings[0].breakouts, readings[3].breakouts); // "same breakouts"
 */
export function breakoutDifference(byDefault: readonly RecordBreakout[], other: readonly RecordBreakout[]): string {
  const [base, dates] = [new Set(byDefault.map((b) => b.date)), new Set(other.map((b) => b.date))];
  const changes = [...other.filter((b) => !base.has(b.date)).map((b) => `+${b.date}`), ...byDefault.filter((b) => !dates.has(b.date)).map((b) => `-${b.date}`)];
  return changes.length === 0 ? "same breakouts" : changes.join(", ");
}

/**
 * The readings side by side: the count, the S&P 500's record at each horizon (higher n of m,
 * mean), and the breakouts each reading adds to or drops from the default's.
 *
 * @example
 * const t = readingsTable(readings); showTable(t.rows, { percent: t.percent });
 */
export function readingsTable(results: readonly ReadingResult[]): ReadingsTable {
  const labels = results[0]?.spx.horizons.map((h) => h.label) ?? [];
  const byDefault = results[0]?.breakouts ?? [];
  const rows = results.map(({ reading, breakouts, spx }) => {
    const row: Record<string, string | number> = { reading: reading.label, breakouts: breakouts.length };
    for (const h of spx.horizons) {
      row[`sp500Higher${h.label}`] = `${Math.round(h.summary.hitRate * h.summary.n)} of ${h.summary.n}`;
      row[`sp500Mean${h.label}`] = h.summary.mean;
    }
    row.vsDefault = breakoutDifference(byDefault, breakouts);
    return row;
  });
  return { rows, percent: labels.map((l) => `sp500Mean${l}`) };
}

/** How the readings tried sit against the article's count, its hit rate and its average. */
export interface ReadingsSummary {
  /** Each reading's count against the article's 11 (tolerance: the claim's). */
  count: ReadingsTried;
  /** Each reading × horizon's S&P 500 hit rate (percent) against 10 of 11, within `hitRateTolerance`. */
  hitRate: ReadingsTried;
  /** Each reading × horizon's S&P 500 mean (percent) against about 15, within `meanTolerance`. */
  mean: ReadingsTried;
}

/**
 * The readings-tried summaries of 002-3 (one value per reading) and 002-4 (one per reading and
 * horizon), the default reading (and the main horizon) first.
 *
 * @example
 * summarizeReadings(readings, defaults).count; // { tried: 4, reproducing: 4, share: 1, defaultRank: 1, ... }
 */
export function summarizeReadings(results: readonly ReadingResult[], params: Pick<Params, "hitRateTolerance" | "meanTolerance">): ReadingsSummary {
  const counts: TriedReading[] = results.map((r) => ({ label: r.reading.label, value: r.breakouts.length }));
  const outcomes = results.flatMap((r) => r.spx.horizons.map((h) => ({ label: `${r.reading.label}, ${h.label}`, summary: h.summary })));
  const hits = outcomes.map((o) => ({ label: o.label, value: 100 * o.summary.hitRate }));
  const means = outcomes.map((o) => ({ label: o.label, value: 100 * o.summary.mean }));
  const articleHitRate = (100 * ARTICLE_SP500_AFTER.higher) / ARTICLE_SP500_AFTER.cases;
  return {
    count: readingsTried(counts, counts[0].label, ARTICLE_COUNT, countClaim.tolerance ?? 0),
    hitRate: readingsTried(hits, hits[0].label, articleHitRate, params.hitRateTolerance),
    mean: readingsTried(means, means[0].label, 100 * ARTICLE_SP500_AFTER.mean, params.meanTolerance),
  };
}

/**
 * The readings-tried sentences for the count, the hit rate and the mean, as a Markdown list.
 *
 * @example
 * showMarkdown(readingsText(summarizeReadings(readings, defaults)));
 */
export function readingsText(tried: ReadingsSummary): string {
  const articleHitRate = formatShare(ARTICLE_SP500_AFTER.higher / ARTICLE_SP500_AFTER.cases, 1);
  return [
    `- **The count** against the article's ${ARTICLE_COUNT}: ${readingsTriedNote(tried.count, `${ARTICLE_COUNT}`)}`,
    `- **The S&P 500's hit rate** against ${ARTICLE_SP500_AFTER.higher} of ${ARTICLE_SP500_AFTER.cases}: ${readingsTriedNote(tried.hitRate, articleHitRate)}`,
    `- **Its mean** against about ${100 * ARTICLE_SP500_AFTER.mean}%: ${readingsTriedNote(tried.mean, `${100 * ARTICLE_SP500_AFTER.mean}%`)}`,
  ].join("\n");
}
