import { listSeries } from "./catalog";

/**
 * The ids with every series that checks another one first (IWM before RUT, which it
 * cross-checks), the rest after, each group in the given order: so when a batch imports or
 * fetches both, the checked series' validation already includes the comparison.
 * `crossCheckOf` names a series' cross-check (default: the catalog's `crossCheck`).
 *
 * @example
 * crossChecksFirst(["RUT", "DGS10", "IWM"]); // ["IWM", "RUT", "DGS10"]
 */
export function crossChecksFirst(ids: readonly string[], crossCheckOf: (id: string) => string | undefined = catalogCrossCheck): string[] {
  const checksAnother = (id: string) => ids.some((other) => other !== id && crossCheckOf(other) === id);
  return [...ids.filter(checksAnother), ...ids.filter((id) => !checksAnother(id))];
}

function catalogCrossCheck(id: string): string | undefined {
  return listSeries().find((s) => s.id === id)?.crossCheck;
}
