import { dateRows, type DailySeries } from "../series/daily-series";
import { checkHorizonStart, firstDailyIndex } from "../series/daily-from";
import { forwardReturn, forwardReturns } from "../series/forward";
import { horizonLabel, type Horizon } from "../series/horizon";
import type { EventRule } from "./rule";
import { summarizeReturns } from "./stats";
import { gridsByRow, sweepGrids } from "./sweep-grids";

/**
 * The statistics every rule sweep gives per cell, whichever way it is computed: events counted
 * (complete and open), complete and open events, and the mean forward return and hit rate of
 * the complete ones (NaN without any). Open outcomes never enter a mean.
 */
export const RULE_SWEEP_FIELDS = ["events", "complete", "open", "meanForwardReturn", "hitRate"] as const;
export type RuleSweepField = (typeof RULE_SWEEP_FIELDS)[number];

/**
 * An event study rerun over a grid of rule parameters: one grid per field, indexed
 * [row][column] (rows = the first parameter's values, as a Plotly heatmap's z).
 *
 * @example
 * const grid: RuleSweep<number, number> = ruleSweep(rut, params);
 * grid.meanForwardReturn[grid.rows.indexOf(200)][grid.columns.indexOf(90)];
 */
export interface RuleSweep<Row, Column> extends Record<RuleSweepField, number[][]> {
  rows: Row[];
  columns: Column[];
  /** The horizon's label, e.g. "252d". */
  label: string;
}

/** What every rule sweep shares: the grid's rows and columns, the horizon, the events' dates. */
export interface RuleSweepGrid<Row, Column> {
  rows: readonly Row[];
  columns: readonly Column[];
  /** The horizon of the forward return summarised in each cell. */
  horizon: Horizon;
  /** Count only events dated within [from, to] (default: all). */
  from?: string;
  to?: string;
}

/**
 * Parameters of {@link ruleSweep}.
 *
 * @example
 * const params: RuleSweepParams<number, number> = { rows: [10, 20], columns: [50, 100],
 *   rule: (fast, slow) => movingAverageCrossRule({ fast, slow }), horizon: { tradingDays: 252 } };
 */
export interface RuleSweepParams<Row, Column> extends RuleSweepGrid<Row, Column> {
  /** The event rule of one cell. */
  rule: (row: Row, column: Column) => EventRule;
}

/**
 * How an event study's answer moves with the definition of its events: for every row and
 * column of rule parameters, the events rule(row, column) finds within [from, to] and their
 * forward returns over `horizon`, as eventStudy would summarise them, plus the median. The
 * forward returns are worked out once for the whole grid; each cell runs its rule.
 *
 * @example
 * const grid = ruleSweep(rut, { rows: [10, 20, 50], columns: [100, 200],
 *   rule: (fast, slow) => movingAverageCrossRule({ fast, slow }), horizon: { tradingDays: 252 } });
 * grid.meanForwardReturn[2][1]; // mean one-year return after 50/200 golden crosses
 */
export function ruleSweep<Row, Column>(series: DailySeries, params: RuleSweepParams<Row, Column>): RuleSweep<Row, Column> & { medianForwardReturn: number[][] } {
  const { forward, counted, label } = sweepContext(series, params);
  // As eventStudy: a trading-day horizon from a month-end row is refused, not measured.
  const firstDaily = "tradingDays" in params.horizon ? firstDailyIndex(series) : 0;
  const fields = [...RULE_SWEEP_FIELDS, "medianForwardReturn"] as const;
  const grids = sweepGrids(fields, params.rows, params.columns, (row) => (column) => {
    const events = params.rule(row, column)(series).filter((i) => i >= counted.start && i < counted.end);
    for (const i of events) if (i < firstDaily) checkHorizonStart(series, i, params.horizon);
    const complete = events.map((i) => forward[i]).filter((v) => !Number.isNaN(v));
    const summary = summarizeReturns(complete);
    return {
      events: events.length,
      complete: summary.n,
      open: events.length - summary.n,
      meanForwardReturn: summary.mean,
      hitRate: summary.hitRate,
      medianForwardReturn: summary.median,
    };
  });
  return { rows: [...params.rows], columns: [...params.columns], label, ...grids };
}

/**
 * What a row of a fast sweep is given: every row's forward return over the horizon (NaN while
 * open: the return an event on that row would have, whatever the rule), and the rows
 * [start, end) whose events count.
 */
export interface SweepRowContext {
  forward: Float64Array;
  counted: { start: number; end: number };
}

/**
 * A rule sweep computed a whole row at a time, for rules whose cells share most of their work
 * (the reclaim sweep finds a window's reclaims once and counts them for every minimum gap in
 * one pass). `rowLines(row, context)` returns each field's values across the columns, exactly
 * as {@link ruleSweep} would give them for that row; it may reuse buffers between rows. The
 * result has the same shape as ruleSweep's, so charts and readings treat both alike.
 *
 * @example
 * ruleSweepByRow(rut, { rows: windows, columns: minGaps, horizon: { tradingDays: 252 } },
 *   (window, { forward, counted }) => linesForEveryGap(window, forward, counted));
 */
export function ruleSweepByRow<Row, Column>(
  series: DailySeries,
  grid: RuleSweepGrid<Row, Column>,
  rowLines: (row: Row, context: SweepRowContext) => Record<RuleSweepField, number[]>,
): RuleSweep<Row, Column> {
  const { label, ...context } = sweepContext(series, grid);
  const grids = gridsByRow(RULE_SWEEP_FIELDS, grid.rows, (row) => rowLines(row, context));
  return { rows: [...grid.rows], columns: [...grid.columns], label, ...grids };
}

function sweepContext(series: DailySeries, grid: RuleSweepGrid<unknown, unknown>): SweepRowContext & { label: string } {
  if (grid.from !== undefined && grid.to !== undefined && grid.from > grid.to) {
    throw new Error(`from ${grid.from} is after to ${grid.to}: swap them`);
  }
  const label = horizonLabel(grid.horizon);
  return { forward: forwardValues(series, grid.horizon), counted: dateRows(series.dates, grid.from, grid.to), label };
}

/** Every row's forward return over the horizon, NaN while the outcome is open. */
function forwardValues(series: DailySeries, horizon: Horizon): Float64Array {
  if ("tradingDays" in horizon) return forwardReturns(series.close, horizon.tradingDays);
  return Float64Array.from(series.close, (_, i) => forwardReturn(series, i, horizon).value ?? NaN);
}
