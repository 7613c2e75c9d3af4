import { readingsTried, type ReadingsTried, type TriedReading } from "../../claims/readings-tried";
import type { HeatmapCell } from "../../charts/sensitivity-heatmap";
import { gridSteps } from "../../events/sweep-grids";
import type { DailySeries } from "../../series/daily-series";
import { knownOutcomesTo } from "./known-outcomes";
import { SPEC } from "./claims";
import { gapUnitOf, horizonOf, type ReclaimStudyParams } from "./params";
import { reclaimSweep, type ReclaimSweep } from "./sweep";

const withValue = (grid: readonly number[], value: number) => [...new Set([...grid, value])].sort((a, b) => a - b);

/** The windows the sensitivity maps try: 50 to 300 trading days in steps of 10 (200 among them). */
export const SWEEP_WINDOWS: readonly number[] = gridSteps(50, 300, 10);
/** The minimum gaps the maps try: 0 to 180 days in steps of 10 (90 among them). */
export const SWEEP_GAPS: readonly number[] = gridSteps(0, 180, 10);
/** The article's two counts of earlier cases: its text says 8, its bullet list 11. */
export const ARTICLE_COUNTS = [8, 11] as const;

/**
 * The earlier-case study rerun for every window and minimum gap of the maps (plus the
 * parameters' own, so the default is always among the readings), with the parameters' gap
 * unit, start and horizon, counting reclaims up to the last day whose outcome was known on the
 * article's date (knownOutcomesTo), as 000-3 and 000-4 do.
 *
 * @example
 * measureSensitivity(rut.series, DEFAULTS).events[15][9]; // the earlier cases with window 200, gap 90
 */
export function measureSensitivity(series: DailySeries, params: ReclaimStudyParams): ReclaimSweep {
  return reclaimSweep(series, {
    windows: withValue(SWEEP_WINDOWS, params.window),
    minGaps: withValue(SWEEP_GAPS, params.minGap),
    gapUnit: gapUnitOf(params),
    horizon: horizonOf(params),
    from: params.start,
    to: knownOutcomesTo(series, params),
  });
}

/** The sweep's readings: one per window and gap, labelled "window/gap". */
export interface SensitivityReadings {
  sweep: ReclaimSweep;
  /** The count of earlier cases per reading. */
  counts: TriedReading[];
  /** The mean forward return per reading, in percent (NaN without complete cases). */
  means: TriedReading[];
}

/**
 * Every window × gap reading of the sweep with its count of earlier cases and its mean return.
 *
 * @example
 * sensitivityReadings(sweep).counts.length; // 494 = 26 windows x 19 gaps
 */
export function sensitivityReadings(sweep: ReclaimSweep): SensitivityReadings {
  const cells = (grid: number[][], scale: number) => sweep.rows.flatMap((w, r) => sweep.columns.map((g, c) => ({ label: readingLabel(w, g), value: scale * grid[r][c] })));
  return { sweep, counts: cells(sweep.events, 1), means: cells(sweep.meanForwardReturn, 100) };
}

/**
 * The label of one reading: "window/gap".
 *
 * @example
 * readingLabel(200, 90); // "200/90"
 */
export function readingLabel(window: number, minGap: number): string {
  return `${window}/${minGap}`;
}

/** How the readings of 000-3 sit: against the article's 8, its 11, and the nearest reading giving 8. */
export interface CaseCountReadings {
  eight: ReadingsTried;
  eleven: ReadingsTried;
  /** The reading giving 8 nearest the default ("window W, gap G days"), or null when none does. */
  nearestEight: string | null;
}

/**
 * The readings tried for 000-3: how many give the article's 8 and its 11, where the default
 * ranks, and the reading giving 8 nearest the default (in grid steps of window and gap).
 *
 * @example
 * caseCountReadings(readings, DEFAULTS).eight.share; // share of the 494 readings giving 8
 */
export function caseCountReadings(readings: SensitivityReadings, params: ReclaimStudyParams): CaseCountReadings {
  const defaultLabel = readingLabel(params.window, params.minGap);
  return {
    eight: readingsTried(readings.counts, defaultLabel, ARTICLE_COUNTS[0], 0),
    eleven: readingsTried(readings.counts, defaultLabel, ARTICLE_COUNTS[1], 0),
    nearestEight: nearestReadingWith(readings.sweep, params, ARTICLE_COUNTS[0]),
  };
}

/** The reading whose count is `count` nearest the default in grid steps of 10 ("W, gap G unit days"), or null. */
function nearestReadingWith(sweep: ReclaimSweep, params: ReclaimStudyParams, count: number): string | null {
  const candidates = sweep.rows.flatMap((w, r) => sweep.columns.flatMap((g, c) => (sweep.events[r][c] === count ? [{ w, g, distance: Math.hypot((w - params.window) / 10, (g - params.minGap) / 10) }] : [])));
  if (candidates.length === 0) return null;
  const nearest = candidates.reduce((best, next) => (next.distance < best.distance ? next : best));
  return `${nearest.w}, gap ${nearest.g} ${sweep.gapUnit} days`;
}

/**
 * The readings tried for 000-4: how many give a mean within the claim's tolerance of 18.1%.
 *
 * @example
 * meanReadings(readings, DEFAULTS).share;
 */
export function meanReadings(readings: SensitivityReadings, params: ReclaimStudyParams): ReadingsTried {
  const spec = SPEC["000-4"];
  return readingsTried(readings.means, readingLabel(params.window, params.minGap), spec.figure ?? NaN, spec.tolerance ?? 0);
}

/**
 * The count map's ring: cells whose count of earlier cases is one of the article's ({@link ARTICLE_COUNTS}).
 *
 * @example
 * sensitivityHeatmap(x, y, z, { ..., second: { name: "earlier cases", values: sweep.events }, highlight: ARTICLE_COUNT_RING });
 */
export const ARTICLE_COUNT_RING = {
  name: `${ARTICLE_COUNTS.join(" or ")} earlier cases (the article's counts)`,
  where: (cell: HeatmapCell) => (ARTICLE_COUNTS as readonly number[]).includes(cell.second ?? NaN),
};

/**
 * The mean map's ring: cells whose mean return (z, a fraction) is within 000-4's tolerance of 18.1%
 * (compared in the claim's unit, percent, as the verdict is).
 *
 * @example
 * sensitivityHeatmap(x, y, sweep.meanForwardReturn, { ..., zUnit: "%", highlight: ARTICLE_MEAN_RING });
 */
export const ARTICLE_MEAN_RING = {
  name: `mean within ${SPEC["000-4"].tolerance} pp of the article's ${SPEC["000-4"].figure}%`,
  where: (cell: HeatmapCell) => Math.abs(100 * cell.z - (SPEC["000-4"].figure ?? NaN)) <= (SPEC["000-4"].tolerance ?? 0) + 1e-9,
};
