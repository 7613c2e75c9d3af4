import type { HeatmapCell } from "../../charts/sensitivity-heatmap";
import type { DailySeries } from "../../series/daily-series";
import { gapUnitOf, horizonOf, type ReclaimStudyParams } from "./params";
import { reclaimSweep, type ReclaimSweep } from "./sweep";

const span = (from: number, to: number, step: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);

/** The windows the sensitivity maps try: 50 to 300 trading days in steps of 10 (200 among them). */
export const SWEEP_WINDOWS: readonly number[] = span(50, 300, 10);
/** The minimum gaps the maps try: 0 to 180 days in steps of 10 (90 among them). */
export const SWEEP_GAPS: readonly number[] = span(0, 180, 10);
/** The article's two counts of earlier cases: its text says 8, its bullet list 11. */
export const ARTICLE_COUNTS = [8, 11] as const;

/**
 * The whole study rerun for every window and minimum gap of the maps, with the parameters'
 * gap unit, start and horizon.
 *
 * @example
 * measureSensitivity(rut.series, DEFAULTS).events[15][9]; // the count with window 200, gap 90
 */
export function measureSensitivity(series: DailySeries, params: ReclaimStudyParams): ReclaimSweep {
  return reclaimSweep(series, { windows: SWEEP_WINDOWS, minGaps: SWEEP_GAPS, gapUnit: gapUnitOf(params), horizon: horizonOf(params), start: params.start });
}

/**
 * The heatmaps' ring: cells whose count is one of the article's ({@link ARTICLE_COUNTS}).
 *
 * @example
 * sensitivityHeatmap(x, y, z, { ..., second: { name: "reclaims", values: sweep.events }, highlight: ARTICLE_COUNT_RING });
 */
export const ARTICLE_COUNT_RING = {
  name: `${ARTICLE_COUNTS.join(" or ")} reclaims (the article's counts)`,
  where: (cell: HeatmapCell) => (ARTICLE_COUNTS as readonly number[]).includes(cell.second ?? NaN),
};

/**
 * The sweep's mean forward returns in percent, for a heatmap whose colour bar reads in %.
 *
 * @example
 * sensitivityHeatmap(sweep.columns, sweep.rows, meanReturnPercent(sweep), { zTitle: "Mean return (%)", ... });
 */
export function meanReturnPercent(sweep: ReclaimSweep): number[][] {
  return sweep.meanForwardReturn.map((row) => row.map((v) => 100 * v));
}
