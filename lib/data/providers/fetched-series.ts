import type { ParsedSeries } from "../series-csv";

/** A series as a provider returned it: parsed and checked, not yet cached. */
export interface FetchedSeries {
  parsed: ParsedSeries;
  /** The address fetched. */
  sourceUrl: string;
  /** SHA-256 of the response body as received. */
  sourceSha256: string;
  /** When the response arrived (ISO timestamp). */
  fetchedAt: string;
  /** What the provider adjusted on the way (e.g. a still-open session dropped). */
  warnings: string[];
}
