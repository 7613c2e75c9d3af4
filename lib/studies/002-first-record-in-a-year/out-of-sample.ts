import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import { crossSeriesEventStudy, type CrossSeriesStudy } from "../../events/cross-series";
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
 * 002-6: whether the S&P 500 was higher a year after the article's breakout. Scored only on a
 * complete horizon; while it is open the verdict is "not testable" and the note gives the
 * return so far.
 *
 * @example
 * claimOutOfSample(measureOutOfSample(series, breakout, defaults), defaults).verdict; // "not testable"
 */
export function claimOutOfSample(o: OutOfSampleMeasure, params: Pick<Params, "horizonDays">): ClaimResult {
  const { spxOutcome: spx, fredOutcome: fred } = o;
  const label = o.spx.horizons[0].label;
  if (!spx) return statementResult(outOfSampleClaim, "n/a", "untestable", `S&P 500 price return over ${label} from the breakout of ${o.breakoutDate}.`);
  const holds: Holds = spx.open ? "untestable" : spx.toDate > 0 ? "yes" : "no";
  const measured = spx.open
    ? `${formatPercent(spx.toDate)} so far (partial: ${spx.date} to ${spx.endDate}, ${daysSoFar(spx)} of ${params.horizonDays} trading days)`
    : `${formatPercent(spx.toDate)} over ${label}`;
  const note = spx.open
    ? `Not testable yet: needs S&P 500 closes through ${params.horizonDays} trading days after ${o.breakoutDate} (about ${o.oneYearOn}); our ^GSPC ends ${o.lastDates.spx}`
      + `${fred ? `, FRED SP500 ${o.lastDates.fred} (${formatPercent(fred.toDate)} so far)` : ""}. So far the S&P 500 is ${spx.toDate > 0 ? "higher" : "lower"}.`
    : `S&P 500 price return over ${label} from the breakout of ${o.breakoutDate}.`;
  return statementResult(outOfSampleClaim, measured, holds, note);
}
