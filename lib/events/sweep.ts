import { checkCloses, checkNonNegative } from "../series/checks";
import { lowerBound, type DailySeries } from "../series/daily-series";
import { horizonEndIndex, horizonLabel, type Horizon } from "../series/horizon";
import { rollingMean } from "../series/rolling";
import { checkGapUnitAndRange, gapOf, reclaimCandidates, withinDates, type GapUnit } from "./reclaims";
import { sweepGrids } from "./sweep-grids";

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

/**
 * How the reclaim study's answer moves with its two definitions: for every window W and
 * minimum gap G, the count, mean forward return and hit rate of reclaims within
 * [start, end], exactly as reclaimsAfterBreakdown + eventStudy would give them. Fast:
 * one average and one pass per window, then reclaims sorted by gap with suffix sums, so
 * each gap threshold costs a binary search.
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
  const grids = sweepGrids(["reclaims", "count", "openCount", "meanForwardReturn", "hitRate"], params.windows, params.minGaps, (window) => {
    const reclaims = reclaimCandidates(dates, close, rollingMean(close, window))
      .filter((c) => withinDates(dates[c.index], params))
      .map((c) => {
        const end = horizonEndIndex(dates, c.index, params.horizon);
        return { gap: gapOf(c, params.gapUnit), value: end < close.length ? close[end] / close[c.index] - 1 : NaN };
      })
      .sort((a, b) => a.gap - b.gap);
    const gaps = reclaims.map((r) => r.gap);
    // Suffix sums: entry k covers reclaims k..m-1, those with the k-th smallest gap or more.
    const m = reclaims.length;
    const complete = new Float64Array(m + 1);
    const open = new Float64Array(m + 1);
    const sum = new Float64Array(m + 1);
    const hits = new Float64Array(m + 1);
    for (let k = m - 1; k >= 0; k--) {
      const value = reclaims[k].value;
      const isOpen = Number.isNaN(value);
      complete[k] = complete[k + 1] + (isOpen ? 0 : 1);
      open[k] = open[k + 1] + (isOpen ? 1 : 0);
      sum[k] = sum[k + 1] + (isOpen ? 0 : value);
      hits[k] = hits[k + 1] + (value > 0 ? 1 : 0);
    }
    return (minGap) => {
      const k = lowerBound(gaps, minGap);
      return { reclaims: m - k, count: complete[k], openCount: open[k], meanForwardReturn: sum[k] / complete[k], hitRate: hits[k] / complete[k] };
    };
  });
  return { windows: [...params.windows], minGaps: [...params.minGaps], gapUnit: params.gapUnit, label, ...grids };
}
