import { ruleSweepByRow, type RuleSweep, type SweepRowContext } from "../../events/rule-sweep";
import { checkCloses, checkNonNegative } from "../../series/checks";
import type { DailySeries } from "../../series/daily-series";
import { dayNumber } from "../../series/dates";
import type { Horizon } from "../../series/horizon";
import { reclaimsByWindow } from "./average-reclaims";
import { GapTotals } from "./gap-totals";
import { checkGapUnitAndRange, type GapUnit } from "./reclaims";

/** Parameters of the reclaim sensitivity sweep. */
export interface ReclaimSweepParams {
  /** Moving-average windows to try (the grid's rows), e.g. 20..300. */
  windows: readonly number[];
  /** Minimum breakdown-to-reclaim gaps to try (the grid's columns), e.g. 0..180. */
  minGaps: readonly number[];
  gapUnit: GapUnit;
  /** The one horizon whose forward return is summarised. */
  horizon: Horizon;
  /** Only reclaims dated within [from, to] are counted (the averages still use all history). */
  from?: string;
  to?: string;
}

/**
 * The reclaim sweep as a general rule sweep: rows are the windows, columns the minimum gaps;
 * `events` counts every reclaim (complete and open), the "cases" an article would list.
 */
export interface ReclaimSweep extends RuleSweep<number, number> {
  gapUnit: GapUnit;
}

/**
 * How the reclaim study's answer moves with its two definitions: for every window W and
 * minimum gap G, the count, mean forward return and hit rate of reclaims within [start, end],
 * exactly as ruleSweep over reclaimRule (reclaimsAfterBreakdown + eventStudy) gives them, and
 * much faster. The general sweep works out the forward returns once; reclaimsByWindow finds every
 * window's reclaims (from prefix sums shared by every window, two windows per pass over the rows);
 * per window, GapTotals sums them for every minimum gap at once, so each cell is a lookup.
 *
 * @example
 * const grid = reclaimSweep(rut, { windows: gridSteps(20, 300, 1), minGaps: gridSteps(0, 180, 1), gapUnit: "calendar",
 *   horizon: { tradingDays: 252 }, from: "2009-06-01" });
 * grid.meanForwardReturn[grid.rows.indexOf(200)][grid.columns.indexOf(90)];
 */
export function reclaimSweep(series: DailySeries, params: ReclaimSweepParams): ReclaimSweep {
  const { dates, close } = series;
  checkCloses(close, `${series.id} close`);
  checkGapUnitAndRange(params);
  params.minGaps.forEach((g) => checkNonNegative(g, "minGap"));
  const n = close.length;
  const found = reclaimsByWindow(close, params.windows);
  const { breakdowns, reclaims } = found;
  const day = params.gapUnit === "calendar" ? Int32Array.from(dates, dayNumber) : null;
  const longestGap = n === 0 ? 0 : day === null ? n - 1 : day[n - 1] - day[0];
  const totals = new GapTotals(longestGap, n);
  const gapCount = params.minGaps.length;
  const grid = { rows: params.windows, columns: params.minGaps, horizon: params.horizon, from: params.from, to: params.to };
  // ruleSweepByRow goes through the rows in order: row r is window params.windows[r].
  let row = 0;
  const sweep = ruleSweepByRow(series, grid, (_window, { forward, counted }: SweepRowContext) => {
    const [first, end] = [found.starts[row], found.starts[++row]];
    for (let k = first; k < end; k++) {
      const i = reclaims[k];
      if (i < counted.start || i >= counted.end) continue;
      totals.add(day === null ? i - breakdowns[k] : day[i] - day[breakdowns[k]], forward[i]);
    }
    totals.accumulate();
    // One line per field filled cell by cell: no object per cell (the sweep has ~50,000).
    const line = () => new Array<number>(gapCount);
    const lines = { events: line(), complete: line(), open: line(), meanForwardReturn: line(), hitRate: line() };
    for (let c = 0; c < gapCount; c++) {
      const g = totals.entryFor(params.minGaps[c]);
      lines.events[c] = totals.count[g];
      lines.complete[c] = totals.complete[g];
      lines.open[c] = totals.open[g];
      lines.meanForwardReturn[c] = totals.sum[g] / totals.complete[g];
      lines.hitRate[c] = totals.hits[g] / totals.complete[g];
    }
    return lines;
  });
  return { ...sweep, gapUnit: params.gapUnit };
}
