import { writeCachedSeries, type CacheManifest, type CacheOrigin } from "./cache";
import { seriesInfo } from "./catalog";
import { loadSeries } from "./load";
import type { ParsedSeries } from "./series-csv";
import { dataDay, validateSeries, type ValidationReport } from "./validate";

/** A series written to the cache, with what validation found (suspect rows kept). */
export interface StoredSeries {
  id: string;
  manifest: CacheManifest;
  validation: ValidationReport;
}

/**
 * Validates a parsed series, writes it to the cache and reloads it for the validation
 * report (so the report covers exactly what was cached, cross-checked against the cache).
 * Nothing is written when validation throws, e.g. for a row dated after `origin.fetchedAt`.
 *
 * @example
 * storeParsedSeries(parsed, { source: "fred", sourceUrl, fetchedAt, droppedHolidays: parsed.droppedHolidays }, { cacheDir });
 */
export function storeParsedSeries(
  parsed: ParsedSeries,
  origin: Omit<CacheOrigin, "droppedHolidays">,
  options: { cacheDir: string; maxGapDays?: number },
): StoredSeries {
  const { id } = parsed.series;
  const info = seriesInfo(id);
  const latestDate = dataDay(origin.fetchedAt);
  validateSeries(parsed, info.frequency, { maxGapDays: options.maxGapDays, dailyFrom: info.dailyFrom, latestDate });
  const manifest = writeCachedSeries(parsed.series, { ...origin, droppedHolidays: parsed.droppedHolidays }, options.cacheDir);
  const { validation } = loadSeries(id, options);
  return { id, manifest, validation };
}
