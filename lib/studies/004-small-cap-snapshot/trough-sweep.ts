import type { DailySeries } from "../../series/daily-series";
import type { BearMarketOptions } from "../../series/drawdowns";
import { horizonLabel, type Horizon } from "../../series/horizon";
import { eventStudy } from "../../events/event-study";
import { sweepGrids } from "../../events/sweep-grids";
import { troughRule } from "./troughs";

/**
 * Parameters of the trough sensitivity sweep.
 *
 * @example
 * const params: TroughSweepParams = { falls: [0.2, 0.3], recoveries: [0.2, 0.5], horizon: { tradingDays: 252 } };
 */
export interface TroughSweepParams {
  /** Falls from the peak that make a bear market, as fractions (0.2 = 20%): the grid's rows. */
  falls: readonly number[];
  /** Rises from the low that end it, as fractions: the grid's columns. */
  recoveries: readonly number[];
  /** Which peak a fall is measured from (default "record", see BearMarketOptions). */
  peak?: BearMarketOptions["peak"];
  /** The horizon of the return after each trough, e.g. { tradingDays: 252 }. */
  horizon: Horizon;
}

/**
 * The sweep's grids, indexed [fall index][recovery index] (rows = falls, as a Plotly heatmap's
 * z). Statistics cover troughs whose horizon ended within the data; they are NaN without any.
 *
 * @example
 * troughSweep(rut, params).count[0][1]; // troughs with fall 20%, recovery 50%
 */
export interface TroughSweep {
  falls: number[];
  recoveries: number[];
  label: string;
  /** Troughs with a complete horizon. */
  count: number[][];
  /** Troughs whose horizon runs past the data's end (left out of the statistics). */
  openCount: number[][];
  meanForwardReturn: number[][];
  medianForwardReturn: number[][];
  /** Share of complete troughs followed by a rise (0..1). */
  hitRate: number[][];
}

/**
 * How the average return after bear-market troughs moves with the definition of a bear
 * market: for every fall X and recovery Y, the troughs bearMarketTroughs finds and their
 * forward returns over `horizon`, exactly as troughRule + eventStudy give them.
 *
 * @example
 * const grid = troughSweep(rut, { falls: [0.15, 0.2, 0.3], recoveries: [0.2, 0.5], horizon: { tradingDays: 252 } });
 * grid.meanForwardReturn[1][0]; // mean 1-year return after 20%/20% troughs
 */
export function troughSweep(series: DailySeries, params: TroughSweepParams): TroughSweep {
  if (params.falls.length === 0 || params.recoveries.length === 0) {
    throw new Error("falls and recoveries: pass at least one value each, e.g. falls [0.2], recoveries [0.2]");
  }
  const label = horizonLabel(params.horizon);
  const fields = ["count", "openCount", "meanForwardReturn", "medianForwardReturn", "hitRate"] as const;
  const grids = sweepGrids(fields, params.falls, params.recoveries, (fall) => (recovery) => {
    const troughs = troughRule({ fall, recovery, peak: params.peak })(series);
    const { complete, open, summary } = eventStudy(series, troughs, { horizons: [params.horizon] }).horizons[0];
    return { count: complete.length, openCount: open.length, meanForwardReturn: summary.mean, medianForwardReturn: summary.median, hitRate: summary.hitRate };
  });
  return { falls: [...params.falls], recoveries: [...params.recoveries], label, ...grids };
}

/**
 * One definition of the sweep whose mean return is near a target.
 *
 * @example
 * sweepReadingsNear(grid, 0.6, 0.05).map((r) => [r.fall, r.recovery]);
 */
export interface SweepReading {
  fall: number;
  recovery: number;
  meanForwardReturn: number;
  count: number;
}

/**
 * The definitions (fall, recovery) whose mean forward return lies within `tolerance` of
 * `target` (fractions): which readings of "the year after a trough" reproduce a quoted average.
 *
 * @example
 * sweepReadingsNear(grid, 0.6, 0.05); // e.g. [{ fall: 0.2, recovery: 0.5, meanForwardReturn: 0.59, count: 9 }]
 */
export function sweepReadingsNear(sweep: TroughSweep, target: number, tolerance: number): SweepReading[] {
  if (!(tolerance >= 0)) throw new Error(`tolerance ${tolerance}: must be a fraction >= 0 (0.05 = 5 percentage points)`);
  const out: SweepReading[] = [];
  sweep.falls.forEach((fall, row) =>
    sweep.recoveries.forEach((recovery, col) => {
      const mean = sweep.meanForwardReturn[row][col];
      if (Math.abs(mean - target) <= tolerance) {
        out.push({ fall, recovery, meanForwardReturn: mean, count: sweep.count[row][col] });
      }
    }),
  );
  return out;
}
