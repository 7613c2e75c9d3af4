import { checkCloses, checkNonNegative } from "../series/checks";
import { dateRows, type DailySeries } from "../series/daily-series";
import { dayNumber } from "../series/dates";
import { forwardReturn, forwardReturns } from "../series/forward";
import { horizonLabel, type Horizon } from "../series/horizon";
import { averageReclaimFinder } from "./average-reclaims";
import { GapTotals } from "./gap-totals";
import { checkGapUnitAndRange, type GapUnit } from "./reclaims";
import { gridsByRow } from "./sweep-grids";

/** Parameters of the reclaim sensitivity sweep. */
export interface ReclaimSweepParams {
  /** Moving-average windows to try, e.g. 20..300. */
  windows: readonly number[];
  /** Minimum breakdown-to-reclaim gaps to try, e.g. 0..180. */
  minGaps: readonly number[];
  gapUnit: GapUnit;
  /** The one horizon whose forward return is summarised. */
  horizon: Horizon;
  start?: string;
  end?: string;
}

/**
 * The sweep's grids, indexed [window index][gap index] (rows = windows, as a Plotly
 * heatmap's z). Means and hit rates cover complete events only and are NaN without any.
 */
export interface ReclaimSweep {
  windows: number[];
  minGaps: number[];
  gapUnit: GapUnit;
  label: string;
  /** All reclaims counted, complete and open: the "cases" an article would list. */
  reclaims: number[][];
  /** Events whose horizon ended within the data. */
  count: number[][];
  /** Events whose horizon runs past the data's end (left out of the mean). */
  openCount: number[][];
  meanForwardReturn: number[][];
  /** Share of complete events with a positive forward return (0..1). */
  hitRate: number[][];
}

const FIELDS = ["reclaims", "count", "openCount", "meanForwardReturn", "hitRate"] as const;

/**
 * How the reclaim study's answer moves with its two definitions: for every window W and
 * minimum gap G, the count, mean forward return and hit rate of reclaims within
 * [start, end], exactly as reclaimsAfterBreakdown + eventStudy would give them. Fast: the
 * forward returns, day numbers and prefix sums are worked out once; per window, one pass
 * over the rows finds the reclaims (averageReclaimFinder) and GapTotals sums them for every
 * minimum gap at once, so each cell is a lookup.
 *
 * @example
 * const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
 * const grid = reclaimSweep(rut, { windows: span(20, 300), minGaps: span(0, 180), gapUnit: "calendar",
 *   horizon: { tradingDays: 252 }, start: "2009-06-01" });
 * grid.meanForwardReturn[grid.windows.indexOf(200)][grid.minGaps.indexOf(90)];
 */
export function reclaimSweep(series: DailySeries, params: ReclaimSweepParams): ReclaimSweep {
  const { dates, close } = series;
  checkCloses(close, `${series.id} close`);
  checkGapUnitAndRange(params);
  params.minGaps.forEach((g) => checkNonNegative(g, "minGap"));
  const label = horizonLabel(params.horizon);
  const n = close.length;
  const reclaimsOf = averageReclaimFinder(close);
  const forward = forwardValues(series, params.horizon);
  const day = params.gapUnit === "calendar" ? Int32Array.from(dates, dayNumber) : null;
  const counted = dateRows(dates, params.start, params.end);
  // Buffers shared by every window.
  const breakdowns = new Int32Array(n);
  const reclaims = new Int32Array(n);
  const longestGap = n === 0 ? 0 : day === null ? n - 1 : day[n - 1] - day[0];
  const totals = new GapTotals(longestGap, n);
  const gapCount = params.minGaps.length;
  const grids = gridsByRow(FIELDS, params.windows, (window) => {
    const found = reclaimsOf(window, breakdowns, reclaims);
    for (let k = 0; k < found; k++) {
      const i = reclaims[k];
      if (i < counted.start || i >= counted.end) continue;
      totals.add(day === null ? i - breakdowns[k] : day[i] - day[breakdowns[k]], forward[i]);
    }
    totals.accumulate();
    // One line per field filled cell by cell: no object per cell (the sweep has ~50,000).
    const line = () => new Array<number>(gapCount);
    const lines = { reclaims: line(), count: line(), openCount: line(), meanForwardReturn: line(), hitRate: line() };
    for (let c = 0; c < gapCount; c++) {
      const g = totals.entryFor(params.minGaps[c]);
      lines.reclaims[c] = totals.count[g];
      lines.count[c] = totals.complete[g];
      lines.openCount[c] = totals.open[g];
      lines.meanForwardReturn[c] = totals.sum[g] / totals.complete[g];
      lines.hitRate[c] = totals.hits[g] / totals.complete[g];
    }
    return lines;
  });
  return { windows: [...params.windows], minGaps: [...params.minGaps], gapUnit: params.gapUnit, label, ...grids };
}

/**
 * Every row's forward return over the horizon, NaN while the outcome is open: the return a
 * reclaim on that row would have, whatever the window.
 */
function forwardValues(series: DailySeries, horizon: Horizon): Float64Array {
  if ("tradingDays" in horizon) return forwardReturns(series.close, horizon.tradingDays);
  return Float64Array.from(series.close, (_, i) => forwardReturn(series, i, horizon).value ?? NaN);
}
