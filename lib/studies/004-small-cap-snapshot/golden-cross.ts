import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatShare } from "../../claims/format";
import { isUnusual, SIGNIFICANT_PERCENTILE } from "../../claims/thresholds";
import type { Holds } from "../../claims/verdict";
import type { EventMarker, NamedLine } from "../../charts/traces";
import type { Baseline } from "../../events/baseline";
import { eventStudy, type EventStudy } from "../../events/event-study";
import { eventsVsRandom, type EventsVsRandomRow } from "../../events/events-vs-random";
import { horizonOutcomeRows, type HorizonOutcomeRow } from "../../events/outcome-rows";
import { movingAverageCrossRule } from "../../events/rules";
import { sliceByDate, sliceColumnByDate } from "../../series/daily-series";
import { monthHorizon } from "../../series/month-horizon";
import { rollingMean } from "../../series/rolling";
import { claimSpec } from "./claims";
import type { StudyData } from "./data";
import { dailyMove } from "./daily-move";
import type { Params } from "./params";

/** The horizons after each cross, in months (21 trading days or a calendar month each). */
export const CROSS_HORIZON_MONTHS = [1, 3, 6, 12] as const;

/** The dates the chart of the 2025 cross shows. */
export const CROSS_ZOOM = { from: "2024-07-01", to: "2025-12-31" } as const;

/**
 * Golden and death crosses of the `fast`- and `slow`-day averages of ^RUT, the cross after the
 * article, and what followed past crosses against random entry days.
 *
 * @example
 * measureCrosses(data, params).nextGoldenDate; // "2025-08-06"
 */
export interface Crosses {
  fastAverage: Float64Array;
  slowAverage: Float64Array;
  /** Rows of the golden (fast above slow) and death (fast below slow) crosses. */
  golden: number[];
  death: number[];
  /** The first golden cross after the article's date (row and date), if any. */
  nextGolden?: number;
  nextGoldenDate?: string;
  /** Trading days from the article's date to that cross. */
  daysToCross?: number;
  /** fast / slow - 1 on the article's date (negative: the fast average is below). */
  spreadOnArticleDay: number;
  /** First day a cross can occur: the slow average's first value. */
  crossFrom: string;
  goldenStudy: EventStudy;
  deathStudy: EventStudy;
  /** The horizons' labels ("21d" … "252d"), the columns of the outcome table. */
  labels: string[];
  goldenVsRandom: { rows: EventsVsRandomRow[]; baselines: Baseline[] };
  deathVsRandom: { rows: EventsVsRandomRow[]; baselines: Baseline[] };
  /** The horizons at which golden crosses beat random entry (isUnusual: SIGNIFICANT_PERCENTILE). */
  beatsRandom: string[];
  /** Whether the golden cross came within `crossWindowDays` trading days after the article. */
  crossCame: boolean;
  /** The returns after the cross that followed the article (out of sample), if any. */
  outOfSample?: HorizonOutcomeRow;
}

/**
 * Every cross of the two averages, the event study of the forward returns that followed and
 * the comparison with random entry days at each horizon.
 *
 * @example
 * const crosses = measureCrosses(data, DEFAULTS);
 * crosses.goldenVsRandom.rows.map((r) => [r.horizon, r.percentile]);
 */
export function measureCrosses(
  data: StudyData,
  params: Pick<Params, "articleDate" | "fast" | "slow" | "crossWindowDays" | "horizonUnit" | "draws" | "seed">,
): Crosses {
  const rut = data.rut.series;
  const { fast, slow } = params;
  const articleIndex = dailyMove(rut, params.articleDate).index;
  const fastAverage = rollingMean(rut.close, fast);
  const slowAverage = rollingMean(rut.close, slow);
  const golden = movingAverageCrossRule({ fast, slow })(rut);
  const death = movingAverageCrossRule({ fast, slow, direction: "down" })(rut);
  const nextGolden = golden.find((i) => rut.dates[i] > params.articleDate);
  const horizons = CROSS_HORIZON_MONTHS.map((m) => monthHorizon(m, params.horizonUnit));
  const crossFrom = rut.dates[slow - 1];
  const goldenStudy = eventStudy(rut, golden, { horizons });
  const deathStudy = eventStudy(rut, death, { horizons });
  const options = { from: crossFrom, draws: params.draws, seed: params.seed };
  const goldenVsRandom = eventsVsRandom(rut, goldenStudy, options);
  const daysToCross = nextGolden === undefined ? undefined : nextGolden - articleIndex;
  const nextGoldenDate = nextGolden === undefined ? undefined : rut.dates[nextGolden];
  return {
    fastAverage,
    slowAverage,
    golden,
    death,
    nextGolden,
    nextGoldenDate,
    daysToCross,
    spreadOnArticleDay: fastAverage[articleIndex] / slowAverage[articleIndex] - 1,
    crossFrom,
    goldenStudy,
    deathStudy,
    labels: goldenStudy.horizons.map((h) => h.label),
    goldenVsRandom,
    deathVsRandom: eventsVsRandom(rut, deathStudy, options),
    beatsRandom: horizonsBeatingRandom(goldenVsRandom.rows),
    crossCame: crossCameWithin(daysToCross, params.crossWindowDays),
    outOfSample: nextGoldenDate === undefined ? undefined : horizonOutcomeRows(goldenStudy).find((r) => r.date === nextGoldenDate),
  };
}

/**
 * The chart of the averages around the article: the close and both averages (index points)
 * over {@link CROSS_ZOOM}, and the crosses and the article's date as markers.
 *
 * @example
 * const zoom = crossZoomChart(data, crosses, params);
 * lineChart(zoom.lines, { title, caption, yTitle, events: zoom.events });
 */
export function crossZoomChart(data: StudyData, crosses: Crosses, params: Pick<Params, "articleDate" | "fast" | "slow">): { lines: NamedLine[]; events: EventMarker[] } {
  const rut = data.rut.series;
  const { from, to } = CROSS_ZOOM;
  const zoomed = sliceByDate(rut, from, to);
  const inZoom = (i: number) => rut.dates[i] >= from && rut.dates[i] <= to;
  const spread = crosses.spreadOnArticleDay;
  const events = [
    ...crosses.golden.filter(inZoom).map((i) => ({ date: rut.dates[i], text: `golden cross (${params.fast}-day above ${params.slow}-day)` })),
    ...crosses.death.filter(inZoom).map((i) => ({ date: rut.dates[i], text: `death cross (${params.fast}-day below ${params.slow}-day)` })),
    { date: params.articleDate, text: `the article: ${params.fast}-day ${Math.abs(100 * spread).toFixed(2)}% ${spread < 0 ? "below" : "above"} the ${params.slow}-day` },
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    lines: [
      { name: "Russell 2000 close", dates: zoomed.dates, values: zoomed.close, color: "#8c959f" },
      { name: `${params.fast}-day average`, dates: zoomed.dates, values: sliceColumnByDate(rut, crosses.fastAverage, from, to), color: "#1f4e79" },
      { name: `${params.slow}-day average`, dates: zoomed.dates, values: sliceColumnByDate(rut, crosses.slowAverage, from, to), color: "#e08a00" },
    ],
    events,
  };
}

/**
 * The sentence on the 2025 cross: how far apart the averages were and when the cross came.
 *
 * @example
 * showMarkdown(nextCrossSummary(crosses, params, rut.provenance.last));
 */
export function nextCrossSummary(crosses: Crosses, params: Pick<Params, "articleDate" | "fast" | "slow">, dataEnd: string): string {
  const spread = crosses.spreadOnArticleDay;
  return `On ${params.articleDate} the ${params.fast}-day average was **${Math.abs(100 * spread).toFixed(2)}% ${spread < 0 ? "below" : "above"}** the ${params.slow}-day. `
    + (crosses.nextGoldenDate !== undefined
      ? `The next golden cross came on **${crosses.nextGoldenDate}**, ${crosses.daysToCross} trading days after the article.`
      : `No golden cross followed in our data (to ${dataEnd}).`);
}

/**
 * The events-vs-random table, golden crosses then death crosses, one row per horizon; returns
 * are fractions (showTable's `percent` option), hit rates unsigned shares ("75%", never "+75%").
 *
 * @example
 * showTable(crossTableRows(crosses), { percent: ["mean", "median", "any day: mean"] });
 */
export function crossTableRows(crosses: Crosses): Record<string, number | string>[] {
  const rows = (cross: string, table: readonly EventsVsRandomRow[]) => table.map((r) => ({
    cross,
    horizon: r.horizon,
    crosses: r.events,
    open: r.open,
    mean: r.eventsMean,
    median: r.eventsMedian,
    rose: formatShare(r.eventsHitRate),
    "any day: mean": r.randomMean,
    "any day: rose": formatShare(r.randomHitRate),
    "random sets: 5th to 95th": `${formatPercent(r.randomP5)} to ${formatPercent(r.randomP95)}`,
    percentile: r.percentile,
  }));
  return [...rows("golden", crosses.goldenVsRandom.rows), ...rows("death", crosses.deathVsRandom.rows)];
}

/**
 * The sentence on past crosses: the one-year means against random days, and the out-of-sample cross.
 *
 * @example
 * showMarkdown(pastCrossesSummary(crosses));
 */
export function pastCrossesSummary(crosses: Crosses): string {
  const { g12, d12 } = lastHorizon(crosses);
  const { labels } = crosses;
  const later = crosses.outOfSample;
  return `Over ${g12.horizon}, the ${g12.events} complete golden crosses averaged **${formatPercent(g12.eventsMean)}** against **${formatPercent(g12.randomMean)}** for any day (percentile ${g12.percentile.toFixed(0)}); the ${d12.events} death crosses averaged **${formatPercent(d12.eventsMean)}** (percentile ${d12.percentile.toFixed(0)}). `
    + (crosses.beatsRandom.length > 0
      ? `Golden crosses beat the ${SIGNIFICANT_PERCENTILE}th percentile of random entry at ${crosses.beatsRandom.join(", ")}.`
      : `At no horizon do golden crosses beat the ${SIGNIFICANT_PERCENTILE}th percentile of random entry: their record is what any set of that many days would give.`)
    + (later ? ` **Out of sample**, after the ${later.date} cross: ${labels.map((l) => `${l} ${typeof later[l] === "number" ? formatPercent(later[l] as number) : later[l]}`).join(", ")}.` : "");
}

/**
 * "Approaching": the cross came at most `windowDays` trading days after the article.
 *
 * @example
 * crossCameWithin(3, 21); // true
 * crossCameWithin(undefined, 21); // false: no cross yet
 */
export function crossCameWithin(daysToCross: number | undefined, windowDays: number): boolean {
  return daysToCross !== undefined && daysToCross <= windowDays;
}

/**
 * The horizons at which the events' mean is unusual against the random sets' means (isUnusual:
 * percentile at least SIGNIFICANT_PERCENTILE, the threshold every study shares).
 *
 * @example
 * horizonsBeatingRandom(rows); // e.g. ["252d"]
 */
export function horizonsBeatingRandom(rows: readonly EventsVsRandomRow[]): string[] {
  return rows.filter((r) => isUnusual(r.percentile)).map((r) => r.horizon);
}

/**
 * How far 004-5 holds: "yes" when the cross came within the window and past golden crosses beat
 * random entry at some horizon, "partly" when one of the two holds, "no" when neither does.
 *
 * @example
 * crossHolds(true, []); // "partly"
 */
export function crossHolds(crossCame: boolean, beatsRandom: readonly string[]): Holds {
  const beats = beatsRandom.length > 0;
  if (crossCame && beats) return "yes";
  return crossCame || beats ? "partly" : "no";
}

/**
 * 004-5: the golden cross came, and what past golden crosses were followed by.
 *
 * @example
 * claimGoldenCross(crosses, params).verdict; // "roughly"
 */
export function claimGoldenCross(crosses: Crosses, params: Pick<Params, "fast" | "slow" | "crossWindowDays">): ClaimResult {
  const { g12, d12 } = lastHorizon(crosses);
  const { fast, slow } = params;
  const measured = `${crosses.nextGoldenDate !== undefined ? `crossed ${crosses.nextGoldenDate}` : "no cross yet"}; past golden crosses ${formatPercent(g12.eventsMean)} over ${g12.horizon} vs ${formatPercent(g12.randomMean)} for random days (percentile ${g12.percentile.toFixed(0)})`;
  const note = `"Approaching" ${crosses.crossCame ? "holds" : "does not hold"}: ${crosses.daysToCross !== undefined ? `the ${fast}-day rose above the ${slow}-day ${crosses.daysToCross} trading days later` : "no cross followed"} (window ${params.crossWindowDays} days). `
    + `"Historically positive": ${crosses.beatsRandom.length > 0 ? `golden crosses beat the ${SIGNIFICANT_PERCENTILE}th percentile of random entry at ${crosses.beatsRandom.join(", ")}` : `at no horizon did golden crosses beat the ${SIGNIFICANT_PERCENTILE}th percentile of random entry`}, `
    + `and death crosses were followed by ${d12.eventsMean > g12.eventsMean ? "higher" : "lower"} ${d12.horizon} returns (${formatPercent(d12.eventsMean)}). Simple averages of ^RUT closes, all crosses since ${crosses.crossFrom}.`;
  return statementResult(claimSpec("004-5"), measured, crossHolds(crosses.crossCame, crosses.beatsRandom), note);
}

/** The one-year rows (the last horizon) of the golden and death comparisons. */
function lastHorizon(crosses: Crosses): { g12: EventsVsRandomRow; d12: EventsVsRandomRow } {
  const last = crosses.goldenVsRandom.rows.length - 1;
  return { g12: crosses.goldenVsRandom.rows[last], d12: crosses.deathVsRandom.rows[last] };
}
