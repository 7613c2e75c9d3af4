import { statementResult, untestableResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatShare } from "../../claims/format";
import { higherAfterHorizon, PARTIAL_HORIZON_MIN_SHARE } from "../../claims/partial-horizon";
import { crossSeriesEventStudy, type CrossSeriesStudy } from "../../events/cross-series";
import type { NamedLine } from "../../charts/traces";
import { eventOutcomeTable } from "../../events/event-outcome-table";
import type { EventOutcome } from "../../events/event-study";
import { cumulativeReturnSince, type CumulativeReturn } from "../../series/cumulative-return";
import type { DailySeries } from "../../series/daily-series";
import { addCalendarPeriod } from "../../series/dates";
import { outOfSampleClaim } from "./claims";
import type { OutcomeSeries, OutcomeTable } from "./outcomes";
import { horizonsOf, type Params } from "./params";
import type { RecordBreakout } from "./record-breakouts";

/** The year after the article's breakout, as far as each source reaches. */
export interface OutOfSampleMeasure {
  breakoutDate: string;
  /** One calendar year (`horizonYears`) after the breakout. */
  oneYearOn: string;
  spx: CrossSeriesStudy;
  fred: CrossSeriesStudy;
  own: CrossSeriesStudy;
  /** The S&P 500 (^GSPC) outcome at the main horizon, complete or open; null when ^GSPC cannot place the breakout. */
  spxOutcome: EventOutcome | null;
  fredOutcome: EventOutcome | null;
  /** The last date each S&P 500 source holds. */
  lastDates: { spx: string; fred: string };
  /** Cumulative returns since the breakout: ^GSPC, FRED SP500, the Russell 2000. */
  paths: { spx: CumulativeReturn; fred: CumulativeReturn; rut: CumulativeReturn };
}

function mainOutcome(study: CrossSeriesStudy): EventOutcome | null {
  const [main] = study.horizons;
  return main.complete[0] ?? main.open[0] ?? null;
}

/**
 * The S&P 500 (both sources) and the Russell 2000 from the article's breakout, at both horizons,
 * and their paths since.
 *
 * @example
 * measureOutOfSample(series, breakout, defaults).spxOutcome?.open; // true while the year is unfinished
 */
export function measureOutOfSample(
  series: OutcomeSeries,
  breakout: RecordBreakout,
  params: Pick<Params, "horizonDays" | "horizonYears" | "maxLagDays">,
): OutOfSampleMeasure {
  const horizons = horizonsOf(params);
  const across = (target: DailySeries) => crossSeriesEventStudy(target, [breakout.date], { horizons, maxLagDays: params.maxLagDays });
  const spx = across(series.gspc);
  const fred = across(series.sp500);
  const pathOf = (target: DailySeries) => cumulativeReturnSince(target, breakout.date);
  return {
    breakoutDate: breakout.date,
    oneYearOn: addCalendarPeriod(breakout.date, { years: params.horizonYears }),
    spx,
    fred,
    own: across(series.rut),
    spxOutcome: mainOutcome(spx),
    fredOutcome: mainOutcome(fred),
    lastDates: { spx: series.gspc.dates[series.gspc.dates.length - 1], fred: series.sp500.dates[series.sp500.dates.length - 1] },
    paths: { spx: pathOf(series.gspc), fred: pathOf(series.sp500), rut: pathOf(series.rut) },
  };
}

/**
 * The breakout's returns on each source so far (partial values are returns to date).
 *
 * @example
 * const t = outOfSampleTable(o); showTable(t.rows, { percent: t.percent });
 */
export function outOfSampleTable(o: OutOfSampleMeasure): OutcomeTable {
  const label = o.spx.horizons[0].label;
  const columns = [
    { name: `^GSPC ${label}`, study: o.spx },
    { name: `FRED SP500 ${label}`, study: o.fred },
    { name: `Russell 2000 ${label}`, study: o.own },
  ];
  return { rows: eventOutcomeTable([o.breakoutDate], columns), percent: columns.map((c) => c.name) };
}

/**
 * The three paths since the breakout as chart lines, returns as fractions (lineChart draws them
 * in percent with unit "%"): ^GSPC solid, FRED SP500 dotted, the Russell 2000 dashed.
 *
 * @example
 * lineChart(sinceBreakoutLines(o), { title, caption, yTitle: "Return since the breakout (%)", unit: "%" });
 */
export function sinceBreakoutLines(o: OutOfSampleMeasure): NamedLine[] {
  return [
    { name: "S&P 500 (^GSPC)", dates: o.paths.spx.dates, values: o.paths.spx.values },
    { name: "S&P 500 (FRED SP500)", dates: o.paths.fred.dates, values: o.paths.fred.values, dash: "dot" },
    { name: "Russell 2000", dates: o.paths.rut.dates, values: o.paths.rut.values, dash: "dash" },
  ];
}

function daysSoFar(outcome: EventOutcome): number {
  return outcome.endIndex - outcome.startIndex;
}

/**
 * The out-of-sample result in words: ^GSPC's return so far (or over the horizon) and FRED's.
 *
 * @example
 * showMarkdown(outOfSampleText(o, defaults));
 */
export function outOfSampleText(o: OutOfSampleMeasure, params: Pick<Params, "horizonDays" | "maxLagDays">): string {
  const { spxOutcome: spx, fredOutcome: fred } = o;
  if (!spx) return `^GSPC has no trading day within ${params.maxLagDays} days of ${o.breakoutDate}.`;
  const partial = spx.open ? ` — **partial**, ${daysSoFar(spx)} of ${params.horizonDays} trading days` : "";
  const second = fred ? `FRED SP500 to ${fred.endDate}: ${formatPercent(fred.toDate)}${fred.open ? " (partial)" : ""}.` : "";
  return `S&P 500 (^GSPC) from ${spx.date} to ${spx.endDate}: **${formatPercent(spx.toDate)}**${partial}. ${second}`;
}

/**
 * 002-6: whether the S&P 500 was higher a year (`horizonDays`) after the article's breakout,
 * decided by higherAfterHorizon: a complete horizon by the return's sign; a partial one never
 * confirms ("roughly" when higher so far, "not confirmed" when lower) once at least
 * `minShare` of the horizon is in the data, and is "not testable" before.
 *
 * @example
 * claimOutOfSample(measureOutOfSample(series, breakout, defaults), defaults).verdict; // "roughly": 232 of 252 days, higher so far
 */
export function claimOutOfSample(o: OutOfSampleMeasure, params: Pick<Params, "horizonDays">, minShare = PARTIAL_HORIZON_MIN_SHARE): ClaimResult {
  const { spxOutcome: spx, fredOutcome: fred } = o;
  const label = o.spx.horizons[0].label;
  if (!spx) return untestableResult(outOfSampleClaim, `S&P 500 closes from the breakout of ${o.breakoutDate} on`);
  const days = daysSoFar(spx);
  const holds = higherAfterHorizon({ toDate: spx.toDate, days, horizonDays: params.horizonDays, open: spx.open }, minShare);
  const own = o.own.horizons[0].complete[0] ?? o.own.horizons[0].open[0];
  const ownText = own ? ` The Russell 2000 itself: ${formatPercent(own.toDate)} to ${own.endDate}${own.open ? " (partial)" : ""}.` : "";
  const fredText = fred ? ` FRED SP500 ends ${o.lastDates.fred}: ${formatPercent(fred.toDate)} to then.` : "";
  if (!spx.open) {
    return statementResult(outOfSampleClaim, `${formatPercent(spx.toDate)} over ${label} (complete)`, holds,
      `Complete: S&P 500 (^GSPC) price return over ${label}, ${spx.date} to ${spx.endDate}.${fredText}${ownText}`);
  }
  const share = days / params.horizonDays;
  const rule = holds === "untestable"
    ? `below the ${formatShare(minShare)} of the horizon a partial return must cover to count, so not testable yet`
    : `past the ${formatShare(minShare)} minimum, so ${spx.toDate > 0 ? "higher" : "lower"} so far counts as ${spx.toDate > 0 ? "roughly" : "not confirmed"} (a partial horizon never confirms)`;
  return statementResult(
    outOfSampleClaim,
    `${formatPercent(spx.toDate)} so far (partial: ${spx.date} to ${spx.endDate}, ${days} of ${params.horizonDays} trading days)`,
    holds,
    `Partial: ${days} of ${params.horizonDays} trading days (${formatShare(share)}) after ${o.breakoutDate} are in the data, ${rule}. `
      + `The horizon ends about ${o.oneYearOn}; ^GSPC (extended by its second archive) ends ${o.lastDates.spx}.${fredText}${ownText}`,
  );
}
