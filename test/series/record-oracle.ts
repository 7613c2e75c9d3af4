// A brute-force reading of "the first closing record after a drought", written independently of
// lib/series/records.ts (quadratic scans, Date arithmetic), for the record and drought tests.
import type { DailySeries } from "../../lib/series/daily-series";

/** Calendar days between two ISO dates, by Date.UTC. */
export function daysApart(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Rows whose close is above every earlier close (row 0 too when firstDayCounts). */
export function bruteRecords(close: ArrayLike<number>, firstDayCounts = false): number[] {
  const rows: number[] = firstDayCounts && close.length > 0 ? [0] : [];
  for (let i = 1; i < close.length; i++) {
    let above = true;
    for (let j = 0; j < i; j++) if (close[j] >= close[i]) above = false;
    if (above) rows.push(i);
  }
  return rows;
}

/** [row, previous record row, calendar days] of each record at least minDays after the previous one. */
export function bruteBreakouts(series: DailySeries, minDays: number, firstDayCounts = false): [number, number, number][] {
  const records = bruteRecords(series.close, firstDayCounts);
  const out: [number, number, number][] = [];
  for (let k = 1; k < records.length; k++) {
    const days = daysApart(series.dates[records[k - 1]], series.dates[records[k]]);
    if (days >= minDays) out.push([records[k], records[k - 1], days]);
  }
  return out;
}
