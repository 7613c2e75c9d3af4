import { defaultProvider, seriesInfo, type ProviderName, type SeriesInfo } from "./catalog";
import { isUnreachable } from "./providers/http";
import { refreshSeries, type RefreshOptions, type RefreshResult } from "./refresh";
import { crossChecksFirst } from "./series-order";

/** One series of a batch: the provider to ask, or why it is not fetched. */
export type RefreshStep = { id: string; provider: ProviderName } | { id: string; skip: string };

/** What happened to one series of a batch, with the seconds its fetch took. */
export type BatchOutcome =
  | { id: string; status: "ok"; provider: ProviderName; seconds: number; result: RefreshResult }
  | { id: string; status: "failed"; provider: ProviderName; seconds: number; error: Error }
  | { id: string; status: "skipped"; reason: string; /** Set when skipped because this provider could not be reached. */ unreachable?: ProviderName };

/** Choices for {@link refreshBatch}: those of a refresh (a `provider` given applies to every series), and a callback per finished series. */
export interface BatchOptions extends RefreshOptions {
  /** Called as each series finishes (for one progress line per series). */
  onSeries?: (outcome: BatchOutcome) => void;
}

const PUBLISHER: Record<ProviderName, string> = { yahoo: "Yahoo", fred: "FRED" };

/**
 * Which provider each series is fetched from (its default: Yahoo when it has a Yahoo symbol,
 * else FRED), cross-check series first. A composed series (built from two others when loaded)
 * and an entry without any provider symbol (snapshot only) are skipped, saying so.
 *
 * @example
 * planRefresh([seriesInfo("RUT"), seriesInfo("IWM")]); // [{ id: "IWM", provider: "yahoo" }, { id: "RUT", provider: "yahoo" }]
 */
export function planRefresh(infos: readonly SeriesInfo[]): RefreshStep[] {
  const byId = new Map(infos.map((info) => [info.id, info]));
  return crossChecksFirst(
    infos.map((info) => info.id),
    (id) => byId.get(id)?.crossCheck,
  ).map((id) => {
    const info = byId.get(id) as SeriesInfo;
    if (info.compose) return { id, skip: `built from ${info.compose.before} and ${info.compose.after} when loaded: nothing to fetch` };
    if (Object.values(info.providers ?? {}).every((symbol) => !symbol)) {
      return { id, skip: "no provider symbol in data/catalog.json, so nothing to fetch: it comes from a snapshot folder only" };
    }
    return { id, provider: defaultProvider(info) };
  });
}

/**
 * Refreshes the named series one after another (see {@link refreshSeries}: each validated,
 * written atomically, the cache kept on failure), reporting each as it finishes. Once a
 * provider cannot be reached at all (no network, no DNS), its remaining series are skipped
 * rather than each waiting for its own connection error.
 *
 * @example
 * const outcomes = await refreshBatch(catalogIds(), { onSeries: (o) => console.log(o.id, o.status) });
 * outcomes.filter((o) => o.status === "failed").length; // 0 when every series was fetched
 */
export async function refreshBatch(ids: readonly string[], options: BatchOptions = {}): Promise<BatchOutcome[]> {
  const { onSeries, ...refreshOptions } = options;
  const unreachable = new Map<ProviderName, string>();
  const outcomes: BatchOutcome[] = [];
  for (const planned of planRefresh(ids.map(seriesInfo))) {
    const step = "skip" in planned || !refreshOptions.provider ? planned : { id: planned.id, provider: refreshOptions.provider };
    let outcome: BatchOutcome;
    if ("skip" in step) outcome = { id: step.id, status: "skipped", reason: step.skip };
    else if (unreachable.has(step.provider)) {
      const first = unreachable.get(step.provider);
      const reason = `not asked: ${PUBLISHER[step.provider]} could not be reached (see ${first} above)`;
      outcome = { id: step.id, status: "skipped", reason, unreachable: step.provider };
    } else {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const result = await refreshSeries(step.id, { ...refreshOptions, provider: step.provider });
        outcome = { id: step.id, status: "ok", provider: step.provider, seconds: seconds(), result };
      } catch (error) {
        if (isUnreachable(error)) unreachable.set(step.provider, step.id);
        outcome = { id: step.id, status: "failed", provider: step.provider, seconds: seconds(), error: error as Error };
      }
    }
    onSeries?.(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}
