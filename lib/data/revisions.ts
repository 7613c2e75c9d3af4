import type { DailySeries } from "../series/daily-series";

/** How a new download differs from the cached history on the dates both hold. */
export interface Revisions {
  /** Dates in both whose close changed. */
  rows: number;
  /** The change largest relative to the previous close. */
  largest?: { date: string; previous: number; revised: number };
}

/**
 * The closes a provider revised: dates present before and after whose value changed, and the
 * largest change relative to the previous value. New and dropped dates are not revisions.
 *
 * @example
 * revisedCloses(cached, fetched); // { rows: 2, largest: { date: "2025-11-24", previous: 4.04, revised: 3.98 } }
 */
export function revisedCloses(before: DailySeries, after: DailySeries): Revisions {
  const result: Revisions = { rows: 0 };
  let worst = 0;
  for (let i = 0, j = 0; i < before.dates.length && j < after.dates.length; ) {
    if (before.dates[i] < after.dates[j]) i++;
    else if (before.dates[i] > after.dates[j]) j++;
    else {
      const [previous, revised] = [before.close[i], after.close[j]];
      if (previous !== revised) {
        result.rows++;
        const change = previous === 0 ? Infinity : Math.abs(revised / previous - 1);
        if (change > worst) {
          worst = change;
          result.largest = { date: before.dates[i], previous, revised };
        }
      }
      i++;
      j++;
    }
  }
  return result;
}

/**
 * One sentence on a revision, for the refresh's warnings; undefined when nothing was revised.
 *
 * @example
 * describeRevisions("DGS10", revisions);
 * // "DGS10: the provider revised 2 past values (largest: 2025-11-24 4.04 -> 3.98, -1.49%); the cache now holds the revised history"
 */
export function describeRevisions(id: string, revisions: Revisions): string | undefined {
  const { rows, largest } = revisions;
  if (rows === 0 || !largest) return undefined;
  const percent = (largest.revised / largest.previous - 1) * 100;
  const change = Number.isFinite(percent) ? `, ${percent >= 0 ? "+" : ""}${percent.toFixed(2)}%` : "";
  return `${id}: the provider revised ${rows} past value${rows === 1 ? "" : "s"} (largest: ${largest.date} ${largest.previous} -> ${largest.revised}${change}); the cache now holds the revised history`;
}
