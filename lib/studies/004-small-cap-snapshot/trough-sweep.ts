import type { TriedReading } from "../../claims/readings-tried";
import type { DailySeries } from "../../series/daily-series";
import type { Horizon } from "../../series/horizon";
import { ruleSweep } from "../../events/rule-sweep";
import { troughLabel, troughRule, type TroughDefinition } from "./troughs";

/**
 * How a bear market ends in one column of the sweep: "record" at the next record close (the
 * standard chronology), or a number: a bounce of that fraction from the low.
 */
export type TroughEnd = "record" | number;

/**
 * Parameters of the trough sensitivity sweep.
 *
 * @example
 * const params: TroughSweepParams = { falls: [0.2, 0.3], ends: ["record", 0.2, 0.5], horizon: { tradingDays: 252 } };
 */
export interface TroughSweepParams {
  /** Falls from the peak that make a bear market, as fractions (0.2 = 20%): the grid's rows. */
  falls: readonly number[];
  /** How each column's bear markets end: the grid's columns. */
  ends: readonly TroughEnd[];
  /** For the bounce columns: falls measured from the all-time high ("record", default) or the rally high. */
  peak?: "record" | "rally";
  /** The horizon of the return after each trough, e.g. { tradingDays: 252 }. */
  horizon: Horizon;
}

/**
 * The sweep's grids, indexed [fall index][end index] (rows = falls, as a Plotly heatmap's z).
 * Statistics cover troughs whose horizon ended within the data; they are NaN without any.
 *
 * @example
 * troughSweep(rut, params).count[0][1]; // troughs with fall 20%, the second column's end
 */
export interface TroughSweep {
  falls: number[];
  ends: TroughEnd[];
  peak: "record" | "rally";
  label: string;
  /** Each cell's definition, [fall index][end index]. */
  definitions: TroughDefinition[][];
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
 * The definition of one sweep cell: record to record for a "record" end, else the bounce rule
 * measured from `peak`.
 *
 * @example
 * sweepDefinition(0.2, "record", "rally"); // { rule: "record-to-record", fall: 0.2 }
 * sweepDefinition(0.2, 0.3, "rally"); // { rule: "rally-bounce", fall: 0.2, recovery: 0.3 }
 */
export function sweepDefinition(fall: number, end: TroughEnd, peak: "record" | "rally" = "record"): TroughDefinition {
  if (end === "record") return { rule: "record-to-record", fall };
  return { rule: peak === "rally" ? "rally-bounce" : "record-bounce", fall, recovery: end };
}

/**
 * How the average return after bear-market troughs moves with the definition of a bear market:
 * for every fall and end, the troughs bearMarketTroughs finds and their forward returns over
 * `horizon`: the general rule sweep (ruleSweep) over troughRule, so exactly as eventStudy
 * would summarise them.
 *
 * @example
 * const grid = troughSweep(rut, { falls: [0.15, 0.2, 0.3], ends: ["record", 0.2, 0.5], horizon: { tradingDays: 252 } });
 * grid.meanForwardReturn[1][0]; // mean 1-year return after the record-to-record troughs of 20% falls
 */
export function troughSweep(series: DailySeries, params: TroughSweepParams): TroughSweep {
  if (params.falls.length === 0 || params.ends.length === 0) {
    throw new Error('falls and ends: pass at least one value each, e.g. falls [0.2], ends ["record", 0.2]');
  }
  const peak = params.peak ?? "record";
  const grid = ruleSweep(series, {
    rows: params.falls,
    columns: params.ends,
    rule: (fall, end) => troughRule(sweepDefinition(fall, end, peak)),
    horizon: params.horizon,
  });
  const definitions = params.falls.map((fall) => params.ends.map((end) => sweepDefinition(fall, end, peak)));
  // The general grids under the names the study's maps read: troughs counted are the complete ones.
  return {
    falls: grid.rows,
    ends: grid.columns,
    peak,
    label: grid.label,
    definitions,
    count: grid.complete,
    openCount: grid.open,
    meanForwardReturn: grid.meanForwardReturn,
    medianForwardReturn: grid.medianForwardReturn,
    hitRate: grid.hitRate,
  };
}

/**
 * Every cell of one or more sweeps as a reading tried (label = the definition in words, value =
 * the mean return in percent), for readingsTried. A definition in two sweeps counts once.
 *
 * @example
 * readingsTried(sweepReadings([recordGrid, rallyGrid]), troughLabel(standard), 60, 5);
 */
export function sweepReadings(sweeps: readonly TroughSweep[]): TriedReading[] {
  const readings = new Map<string, TriedReading>();
  for (const sweep of sweeps) {
    sweep.definitions.forEach((row, r) =>
      row.forEach((definition, c) => {
        const label = troughLabel(definition);
        if (!readings.has(label)) readings.set(label, { label, value: 100 * sweep.meanForwardReturn[r][c] });
      }),
    );
  }
  return [...readings.values()];
}
