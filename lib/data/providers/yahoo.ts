import YahooFinance from "yahoo-finance2";
import { sha256Hex } from "../atomic-write";
import type { SeriesInfo } from "../catalog";
import { formatCsv } from "../csv";
import { normalisedSpec, seriesFromCsv } from "../series-csv";
import type { FetchedSeries } from "./fetched-series";
import { fetchText, type HttpOptions } from "./http";

/**
 * Yahoo's query host; yahoo-finance2 asks it for /v8/finance/chart/<symbol>.
 *
 * @example
 * await fetchYahooSeries(seriesInfo("RUT"), { url: YAHOO_URL });
 */
export const YAHOO_URL = "https://query2.finance.yahoo.com";

/** Where and how to reach Yahoo. */
export interface YahooOptions extends HttpOptions {
  /** Scheme and host the chart requests go to (default env R2K_YAHOO_URL, else {@link YAHOO_URL}). */
  url?: string;
  /** First date asked for (default "1900-01-01": the whole history). */
  from?: string;
  /** The clock, to tell whether today's session has closed (tests set it). */
  now?: () => Date;
}

type Quote = { date: Date; open: number | null; high: number | null; low: number | null; close: number | null; volume: number | null; adjclose?: number | null };

/** The parts of yahoo-finance2's chart result (array form) read here. */
interface Chart {
  meta: { gmtoffset: number; currentTradingPeriod?: { regular?: { start: Date; end: Date } } };
  quotes: Quote[];
}

const COLUMNS = ["date", "close", "open", "high", "low", "volume"] as const;

/**
 * Downloads a series' daily history with yahoo-finance2's `chart()` and reads it strictly.
 * Requests go through {@link fetchText} (timeouts, retries, clear errors), sent to `url`
 * instead of Yahoo's host when given: yahoo-finance2 accepts a custom `fetch`, and ours
 * swaps the scheme and host. Dates are exchange dates (timestamps shifted by the exchange's
 * UTC offset). Adjusted-close series take Yahoo's adjclose, with open/high/low scaled alike.
 * A row for a session still open at fetch time is an intraday capture: it is dropped.
 *
 * @example
 * const { parsed, warnings } = await fetchYahooSeries(seriesInfo("RUT"));
 */
export async function fetchYahooSeries(info: SeriesInfo, options: YahooOptions = {}): Promise<FetchedSeries> {
  const symbol = info.providers.yahoo;
  if (!symbol) throw new Error(`${info.id} has no Yahoo symbol in data/catalog.json; refresh it from FRED instead`);
  const label = `Yahoo ${symbol}`;
  const base = new URL(options.url ?? process.env.R2K_YAHOO_URL ?? YAHOO_URL);
  let sourceUrl = "";
  let body = "";
  const client = new YahooFinance({
    versionCheck: false,
    suppressNotices: ["yahooSurvey"],
    validation: { logErrors: false, logOptionsErrors: false },
    // yahoo-finance2 warns about Node < 22 on every client; its errors reach us as exceptions.
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, dir: () => {} },
    fetch: async (input: string | URL | Request, init?: RequestInit) => {
      const target = new URL(input instanceof Request ? input.url : String(input));
      target.protocol = base.protocol;
      target.host = base.host;
      sourceUrl = target.toString();
      body = await fetchText(sourceUrl, label, "json", options, { headers: init?.headers });
      return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  let result: Chart;
  try {
    result = await client.chart(symbol, { period1: options.from ?? "1900-01-01", interval: "1d" });
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith(label)) throw error;
    throw new Error(`${label} (${sourceUrl || base.host}): yahoo-finance2 could not read the chart: ${message.split("\n")[0]}`, {
      cause: error,
    });
  }
  const fetchedAt = (options.now ?? (() => new Date()))();
  const offsetMs = result.meta.gmtoffset * 1000;
  const exchangeDate = (d: Date) => new Date(d.getTime() + offsetMs).toISOString().slice(0, 10);
  const quotes = result.quotes;
  const warnings: string[] = [];
  const session = result.meta.currentTradingPeriod?.regular;
  const last = quotes[quotes.length - 1];
  if (last && session && fetchedAt < session.end && exchangeDate(last.date) === exchangeDate(session.start)) {
    quotes.pop();
    warnings.push(`${label}: dropped ${exchangeDate(last.date)}, its session was still open when fetched (an intraday price, not a close)`);
  }
  const adjusted = info.kind === "adjusted close (total return)";
  if (adjusted && quotes.length > 0 && !quotes.some((q) => q.adjclose !== undefined)) {
    throw new Error(`${label} (${sourceUrl}): the chart has no adjclose but ${info.id} is an adjusted-close series; check the symbol`);
  }
  const rows = quotes.map((q) => {
    const close = adjusted ? q.adjclose ?? null : q.close;
    const factor = adjusted && close !== null && q.close ? close / q.close : 1;
    const scale = (x: number | null) => (x === null ? null : x * factor);
    // Yahoo leaves volume null where it has none (indices, old rows): that is volume 0.
    return [exchangeDate(q.date), close, scale(q.open), scale(q.high), scale(q.low), q.volume ?? 0];
  });
  const parsed = seriesFromCsv(formatCsv(COLUMNS, rows), `${label} chart (as CSV)`, normalisedSpec(info, COLUMNS, true));
  return { parsed, sourceUrl, sourceSha256: sha256Hex(body), fetchedAt: fetchedAt.toISOString(), warnings };
}
