import type { DailySeries } from "../series/daily-series";

/** What to do with a suspect row: leave it, remove it, or rebuild its close from the cross-check series. */
export type SuspectPolicy = "keep" | "drop" | "replace";

/**
 * Why a row looks like something other than a close: volume 0 (and a close off the cent
 * grid) mark intraday captures; a half-cent value exactly between two rounded neighbours
 * marks a filled-in row (a holiday interpolated by whoever cleaned the file).
 */
export type SuspectReason = "zero volume" | "off-grid close" | "midpoint of neighbours";

/** A row flagged by {@link findSuspectRows}. */
export interface SuspectFinding {
  index: number;
  reasons: SuspectReason[];
}

/** A suspect row with its cross-check and what the policy did with it. */
export interface SuspectRow {
  date: string;
  /** Source line, when the series came from a file. */
  line?: number;
  reasons: SuspectReason[];
  close: number;
  /** The series' move from the previous row to this one (0.01 = +1%). */
  change?: number;
  /** The cross-check series' move over the same two dates. */
  crossCheck?: { id: string; change: number };
  action: "kept" | "dropped" | "replaced";
  /** The close written in place of `close` (policy "replace"). */
  replacement?: number;
  /** Why the policy could not do what was asked (e.g. "replace" fell back to "drop"). */
  fallback?: string;
}

/** Rows on each side looked at to decide whether the neighbours are rounded to cents. */
const NEIGHBOURHOOD = 10;

/**
 * True when `value` is a whole number of cents, allowing for sources that store prices as
 * 32-bit floats (2663.78 arrives as 2663.780029296875).
 *
 * @example
 * onCentGrid(2663.780029296875); // true
 * onCentGrid(2620.988525390625); // false
 */
export function onCentGrid(value: number): boolean {
  return Math.fround(Math.round(value * 100) / 100) === Math.fround(value);
}

/**
 * Rows that look like something other than a close: volume 0 after the series has started
 * reporting volume; a close off the cent grid where all of the 10 nearest rows on each
 * side sit on it (zero-volume rows left out: captures come in clusters); or such a close
 * lying exactly midway between its two rounded neighbours (an interpolated row). All
 * neighbours, not most: at the edge of a dividend adjustment (SPY in the snapshot) a few
 * unrounded adjusted closes sit next to rounded ones, and they are not captures.
 *
 * @example
 * findSuspectRows(rut).map((f) => rut.dates[f.index]); // ["2023-07-25", ..., "2026-02-23"]
 */
export function findSuspectRows(series: DailySeries): SuspectFinding[] {
  const { close } = series;
  const onGrid = Array.from(close, onCentGrid);
  const zeroVolume = zeroVolumeRows(series);
  const findings: SuspectFinding[] = [];
  for (let i = 0; i < close.length; i++) {
    const reasons: SuspectReason[] = [];
    if (zeroVolume[i]) reasons.push("zero volume");
    if (isRoundedMidpoint(close, onGrid, i)) reasons.push("midpoint of neighbours");
    else if (!onGrid[i] && neighboursRounded(onGrid, zeroVolume, i)) reasons.push("off-grid close");
    if (reasons.length > 0) findings.push({ index: i, reasons });
  }
  return findings;
}

/** Rows with volume 0 once the series has reported some volume (before that, 0 means "not recorded"). */
function zeroVolumeRows({ volume, close }: DailySeries): boolean[] {
  let seen = false;
  return Array.from(close, (_, i) => {
    const flagged = volume !== undefined && volume[i] === 0 && seen;
    seen ||= volume !== undefined && volume[i] > 0;
    return flagged;
  });
}

function isRoundedMidpoint(close: Float64Array, onGrid: boolean[], i: number): boolean {
  if (i === 0 || i === close.length - 1 || onGrid[i] || !onGrid[i - 1] || !onGrid[i + 1]) return false;
  const midpoint = (close[i - 1] + close[i + 1]) / 2;
  return Math.abs(close[i] - midpoint) <= 1e-9 * Math.abs(midpoint);
}

function neighboursRounded(onGrid: boolean[], skip: boolean[], i: number): boolean {
  let seen = 0;
  for (const step of [-1, 1]) {
    for (let j = i + step, side = 0; j >= 0 && j < onGrid.length && side < NEIGHBOURHOOD; j += step) {
      if (skip[j]) continue;
      if (!onGrid[j]) return false;
      side++;
      seen++;
    }
  }
  return seen > 0;
}

/**
 * Applies a suspect-row policy and reports each suspect row with its move beside the
 * cross-check series' move over the same dates (when given). "replace" sets the close to
 * the previous kept close x (1 + the cross-check's move), widening high/low to contain it;
 * where the cross-check lacks either date, or there is no earlier row, it drops the row
 * instead and says why.
 *
 * @example
 * const { series, rows } = applySuspectPolicy(rut, findSuspectRows(rut), "replace", iwm);
 * rows[0].replacement; // RUT's previous close x IWM's move that day
 */
export function applySuspectPolicy(
  series: DailySeries,
  findings: readonly SuspectFinding[],
  policy: SuspectPolicy,
  crossCheck?: DailySeries,
  lines?: readonly number[],
): { series: DailySeries; rows: SuspectRow[] } {
  const check = crossCheck ? new Map(crossCheck.dates.map((d, i) => [d, crossCheck.close[i]])) : undefined;
  const moveOf = (from: string, to: string) => {
    const a = check?.get(from);
    const b = check?.get(to);
    return a !== undefined && b !== undefined ? b / a - 1 : undefined;
  };
  const suspects = new Map(findings.map((f) => [f.index, f.reasons]));
  const keep: number[] = [];
  const close = Float64Array.from(series.close);
  const high = series.high && Float64Array.from(series.high);
  const low = series.low && Float64Array.from(series.low);
  const rows: SuspectRow[] = [];
  for (let i = 0; i < series.dates.length; i++) {
    const reasons = suspects.get(i);
    if (!reasons) {
      keep.push(i);
      continue;
    }
    const date = series.dates[i];
    const row: SuspectRow = { date, line: lines?.[i], reasons, close: series.close[i], action: "kept" };
    if (i > 0) {
      row.change = series.close[i] / series.close[i - 1] - 1;
      const move = moveOf(series.dates[i - 1], date);
      if (crossCheck && move !== undefined) row.crossCheck = { id: crossCheck.id, change: move };
    }
    if (policy === "keep") keep.push(i);
    else if (policy === "drop") row.action = "dropped";
    else {
      const previous = keep.length > 0 ? keep[keep.length - 1] : undefined;
      const move = previous === undefined ? undefined : moveOf(series.dates[previous], date);
      if (previous === undefined || move === undefined) {
        row.action = "dropped";
        row.fallback =
          previous === undefined
            ? "no earlier row to rebuild it from: dropped"
            : crossCheck
              ? `${crossCheck.id} has no row on ${check?.has(date) ? series.dates[previous] : date}: dropped`
              : "no cross-check series loaded: dropped";
      } else {
        const value = close[previous] * (1 + move);
        row.action = "replaced";
        row.replacement = value;
        close[i] = value;
        if (high) high[i] = Math.max(high[i], value);
        if (low) low[i] = Math.min(low[i], value);
        keep.push(i);
      }
    }
    rows.push(row);
  }
  const pick = (values: Float64Array) => Float64Array.from(keep, (i) => values[i]);
  const out: DailySeries = { id: series.id, dates: keep.map((i) => series.dates[i]), close: pick(close) };
  if (series.open) out.open = pick(series.open);
  if (high) out.high = pick(high);
  if (low) out.low = pick(low);
  if (series.volume) out.volume = pick(series.volume);
  return { series: out, rows };
}
