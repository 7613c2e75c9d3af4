import { checkCloses, checkNonNegative } from "../../series/checks";
import type { DailySeries } from "../../series/daily-series";
import { calendarDaysBetween } from "../../series/dates";
import { rollingMean } from "../../series/rolling";
import { runs } from "../../series/runs";
import type { EventRule } from "../../events/rule";

/** How a breakdown-to-reclaim gap is counted. */
export type GapUnit = "calendar" | "trading";

/** Parameters of the moving-average reclaim study. */
export interface ReclaimParams {
  /** Moving-average window in trading days (200 for the 200-day average). */
  window: number;
  /** Smallest breakdown-to-reclaim gap that makes an event, in `gapUnit` days. */
  minGap: number;
  gapUnit: GapUnit;
  /** Only reclaims dated within [from, to] are events (the average still uses all history). */
  from?: string;
  to?: string;
}

/** A close back above the average after a spell below it. */
export interface ReclaimCandidate {
  /** First close below the average after being above it. */
  breakdownIndex: number;
  /** First close above the average after that breakdown. */
  index: number;
  /** Rows from breakdown to reclaim. */
  tradingGap: number;
  /** Calendar days from breakdown to reclaim. */
  calendarGap: number;
}

/** A reclaim event, as the study's table shows it. */
export interface Reclaim {
  breakdownIndex: number;
  breakdownDate: string;
  /** Row of the reclaim (the event day). */
  index: number;
  reclaimDate: string;
  /** Breakdown-to-reclaim gap in the chosen unit. */
  gapDays: number;
  closeAtReclaim: number;
  smaAtReclaim: number;
}

/**
 * Every reclaim of `sma` by `close` that follows a breakdown, from the runs above and below
 * the average (runs(): a tie keeps the side, a NaN in close or sma, as in an average's
 * warm-up, ends the run). A breakdown is the first close below after being above; a reclaim
 * is the first close above after a breakdown: an above run right after a below run right
 * after an above run, with no gap between them. So a series that starts below its average
 * has no breakdown until it has been above, and no reclaim spans a NaN.
 *
 * @example
 * reclaimCandidates(s.dates, s.close, rollingMean(s.close, 200)).filter((c) => c.calendarGap >= 90);
 */
export function reclaimCandidates(dates: readonly string[], close: Float64Array, sma: Float64Array): ReclaimCandidate[] {
  const spells = runs(dates, close, sma);
  const out: ReclaimCandidate[] = [];
  for (let k = 2; k < spells.length; k++) {
    const [above, below, back] = [spells[k - 2], spells[k - 1], spells[k]];
    const adjacent = above.end + 1 === below.start && below.end + 1 === back.start;
    if (adjacent && above.side === "above" && below.side === "below" && back.side === "above") {
      out.push({ breakdownIndex: below.start, index: back.start, tradingGap: back.start - below.start, calendarGap: calendarDaysBetween(below.startDate, back.startDate) });
    }
  }
  return out;
}

/**
 * The reclaim rule, fed one spell at a time: the walk over the rows decides each day's side
 * (1 above the average, -1 below; a tie keeps the side) and calls startSpell only where it
 * changes. A spell that starts above, after a spell below that followed a spell above, is a
 * reclaim; its breakdown is the start of the spell below. Spells alternate, so that is any
 * above spell from the third on. A gap in the data (NaN) calls for a new ReclaimWatch. The
 * sweep's fast path (reclaimsByWindow) applies the same rule with its state in locals, two
 * windows at a time; a test checks it finds the same reclaims as reclaimCandidates.
 *
 * @example
 * const watch = new ReclaimWatch();
 * [watch.startSpell(0, 1), watch.startSpell(4, -1), watch.startSpell(9, 1)]; // [-1, -1, 4]: row 9 reclaims, breakdown row 4
 */
export class ReclaimWatch {
  /** Side of the current spell: 1 above, -1 below, 0 before the first. */
  side: 1 | -1 | 0 = 0;
  private spells = 0;
  private spellStart = -1;

  /** Row `index` starts a spell on `side`: returns the breakdown row if it is a reclaim, else -1. */
  startSpell(index: number, side: 1 | -1): number {
    const breakdown = side === 1 && this.spells >= 2 ? this.spellStart : -1;
    this.spells++;
    this.side = side;
    this.spellStart = index;
    return breakdown;
  }
}

/**
 * Reclaims of the `window`-day simple moving average after a breakdown, with a
 * breakdown-to-reclaim gap of at least `minGap` days (calendar or trading), dated within
 * [start, end]. An event on day i uses closes up to day i only.
 *
 * @example
 * reclaimsAfterBreakdown(rut, { window: 200, minGap: 90, gapUnit: "calendar", from: "2009-06-01" });
 */
export function reclaimsAfterBreakdown(series: DailySeries, params: ReclaimParams): Reclaim[] {
  checkNonNegative(params.minGap, "minGap");
  checkGapUnitAndRange(params);
  checkCloses(series.close, `${series.id} close`);
  const sma = rollingMean(series.close, params.window);
  const { dates, close } = series;
  return reclaimCandidates(dates, close, sma)
    .filter((c) => gapOf(c, params.gapUnit) >= params.minGap && withinDates(dates[c.index], params))
    .map((c) => ({
      breakdownIndex: c.breakdownIndex,
      breakdownDate: dates[c.breakdownIndex],
      index: c.index,
      reclaimDate: dates[c.index],
      gapDays: gapOf(c, params.gapUnit),
      closeAtReclaim: close[c.index],
      smaAtReclaim: sma[c.index],
    }));
}

/**
 * The reclaim study as an event rule (the reclaim rows), for eventStudy and look-ahead checks.
 *
 * @example
 * eventStudy(rut, reclaimRule(params)(rut), { horizons: [{ tradingDays: 252 }] });
 */
export function reclaimRule(params: ReclaimParams): EventRule {
  return (series) => reclaimsAfterBreakdown(series, params).map((r) => r.index);
}

/**
 * The gap of a candidate in the chosen unit.
 *
 * @example
 * gapOf(candidate, "calendar"); // calendar days from breakdown to reclaim
 */
export function gapOf(candidate: ReclaimCandidate, unit: GapUnit): number {
  return unit === "calendar" ? candidate.calendarGap : candidate.tradingGap;
}

/**
 * Throws unless the gap unit is known and from <= to (checks shared with the sweep).
 *
 * @example
 * checkGapUnitAndRange({ gapUnit: "weeks" }); // Error: gapUnit "weeks": must be "calendar" or "trading"
 */
export function checkGapUnitAndRange(params: { gapUnit: GapUnit; from?: string; to?: string }): void {
  if (params.gapUnit !== "calendar" && params.gapUnit !== "trading") {
    throw new Error(`gapUnit "${String(params.gapUnit)}": must be "calendar" or "trading"`);
  }
  if (params.from !== undefined && params.to !== undefined && params.from > params.to) {
    throw new Error(`from ${params.from} is after to ${params.to}: swap them`);
  }
}

/**
 * Whether a date lies within the optional [from, to] of the study.
 *
 * @example
 * withinDates("2020-03-01", { from: "2009-06-01" }); // true
 */
export function withinDates(date: string, range: { from?: string; to?: string }): boolean {
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}
