import { sha256Hex } from "../atomic-write";
import type { SeriesInfo } from "../catalog";
import { csvSpec, seriesFromCsv } from "../series-csv";
import type { FetchedSeries } from "./fetched-series";
import { fetchText, type HttpOptions } from "./http";

/**
 * FRED's CSV download endpoint; a series is `?id=<FRED id>`.
 *
 * @example
 * `${FRED_CSV_URL}?id=DGS10`;
 */
export const FRED_CSV_URL = "https://fred.stlouisfed.org/graph/fredgraph.csv";

/** Where and how to reach FRED. */
export interface FredOptions extends HttpOptions {
  /** The CSV endpoint (default env R2K_FRED_URL, else {@link FRED_CSV_URL}). */
  url?: string;
}

/**
 * Downloads a series' full history from FRED's CSV endpoint and reads it strictly.
 * FRED names the date column observation_date (DATE in older files) and marks holidays
 * with empty or "." values, which are dropped and counted.
 *
 * @example
 * const { parsed } = await fetchFredSeries(seriesInfo("DGS10"));
 * parsed.droppedHolidays; // bond-market holidays
 */
export async function fetchFredSeries(info: SeriesInfo, options: FredOptions = {}): Promise<FetchedSeries> {
  const symbol = info.providers.fred;
  if (!symbol) throw new Error(`${info.id} has no FRED id in data/catalog.json; refresh it from Yahoo instead`);
  const endpoint = options.url ?? process.env.R2K_FRED_URL ?? FRED_CSV_URL;
  const url = `${endpoint}?id=${encodeURIComponent(symbol)}`;
  const label = `FRED ${symbol}`;
  const text = await fetchText(url, label, "csv", options);
  const fetchedAt = new Date().toISOString();
  const dateColumn = text.replace(/^\uFEFF/, "").startsWith("DATE,") ? "DATE" : "observation_date";
  const spec = csvSpec(info, [dateColumn, symbol], { date: dateColumn, close: symbol }, true);
  const parsed = seriesFromCsv(text, `${label} CSV`, spec);
  return { parsed, sourceUrl: url, sourceSha256: sha256Hex(text), fetchedAt, warnings: [] };
}
