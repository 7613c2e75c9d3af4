import { readCachedSeries, type CacheEntry } from "./cache";
import { defaultProvider, seriesInfo, type ProviderName } from "./catalog";
import { defaultCacheDir } from "./paths";
import type { FetchedSeries } from "./providers/fetched-series";
import { fetchFredSeries, type FredOptions } from "./providers/fred";
import { fetchYahooSeries, type YahooOptions } from "./providers/yahoo";
import { describeRevisions, revisedCloses, type Revisions } from "./revisions";
import { normalisedSpec, seriesFromCsv } from "./series-csv";
import { storeParsedSeries, type StoredSeries } from "./store";

/** Choices for {@link refreshSeries}. */
export interface RefreshOptions {
  /** Provider to ask (default Yahoo when the series has a Yahoo symbol, else FRED). */
  provider?: ProviderName;
  cacheDir?: string;
  yahoo?: YahooOptions;
  fred?: FredOptions;
  /** Accept data that starts later or ends earlier than the cached data (default false: that looks like a truncated download). */
  allowShrink?: boolean;
  maxGapDays?: number;
}

/** A refreshed series: what was cached, what validation found, what the provider adjusted. */
export interface RefreshResult extends StoredSeries {
  providerWarnings: string[];
  /** Past closes the provider changed since the cached copy (rows 0 when nothing was cached). */
  revisions: Revisions;
}

/**
 * Fetches a series from its provider, validates it and replaces the cached copy
 * atomically. On any failure the cache is left untouched and the Error says why and which
 * cached data (with its date range) were kept. Data covering less than the cache (a later
 * start or an earlier end) is refused unless `allowShrink`.
 *
 * @example
 * await refreshSeries("DGS10"); // FRED
 * await refreshSeries("RUT", { yahoo: { timeoutMs: 10_000 } });
 */
export async function refreshSeries(id: string, options: RefreshOptions = {}): Promise<RefreshResult> {
  const info = seriesInfo(id);
  if (info.compose) throw new Error(`${id} is built from ${info.compose.before} and ${info.compose.after}: refresh those instead`);
  const provider = options.provider ?? defaultProvider(info);
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  let kept: string;
  let cached: CacheEntry | undefined;
  try {
    cached = readCachedSeries(id, cacheDir);
    const m = cached?.manifest;
    kept = m
      ? `the cached data (${m.source}, ${m.first} to ${m.last}, ${m.rows} rows) was kept`
      : `nothing was cached for ${id} before, and nothing was written`;
  } catch (error) {
    kept = `the cache entry, already unreadable (${(error as Error).message}), was left as it was`;
  }
  try {
    const fetched: FetchedSeries =
      provider === "yahoo" ? await fetchYahooSeries(info, options.yahoo) : await fetchFredSeries(info, options.fred);
    const { dates } = fetched.parsed.series;
    const previous = cached?.manifest;
    if (previous && !options.allowShrink && dates.length > 0) {
      const first = dates[0];
      const last = dates[dates.length - 1];
      if (first > previous.first || last < previous.last) {
        throw new Error(
          `the download covers ${first} to ${last}, less than the cached ${previous.first} to ${previous.last} ` +
            `(a truncated response?); pass allowShrink (CLI: --allow-shrink) to accept it`,
        );
      }
    }
    const { parsed, sourceUrl, sourceSha256, fetchedAt } = fetched;
    const before = cached && seriesFromCsv(cached.text, cached.file, normalisedSpec(info, cached.manifest.columns)).series;
    const revisions = before ? revisedCloses(before, parsed.series) : { rows: 0 };
    const revised = describeRevisions(id, revisions);
    const stored = storeParsedSeries(parsed, { source: provider, sourceUrl, sourceSha256, fetchedAt }, { cacheDir, maxGapDays: options.maxGapDays });
    return { ...stored, providerWarnings: revised ? [...fetched.warnings, revised] : fetched.warnings, revisions };
  } catch (error) {
    throw new Error(`refresh ${id} from ${provider === "yahoo" ? "Yahoo" : "FRED"} failed: ${(error as Error).message}; ${kept}`, {
      cause: error,
    });
  }
}
