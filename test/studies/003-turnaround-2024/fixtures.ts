// Generated data for study 003's tests: series written into a temporary data cache through the
// data layer (writeCachedSeries), then loaded by the package's own loadData, so a test runs the
// same path as the notebook on data whose answer is known.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { TestContext } from "node:test";
import { writeCachedSeries } from "../../../lib/data/cache";
import type { DailySeries } from "../../../lib/series/daily-series";
import { mulberry32 } from "../../../lib/events/rng";
import { loadData, type StudyData } from "../../../lib/studies/003-turnaround-2024/data";
import { weekdays } from "../../fixtures/series";

/** The catalog ids the study loads. */
export type SeriesId = "RUT" | "GSPC" | "IWM" | "SPY" | "IWM_ADJ" | "DGS10" | "TNX";

/**
 * Loads `series` (one per id, dates ascending) through a fresh temporary cache; the cache and
 * R2K_CACHE_DIR are put back when the test ends.
 */
export function loadGenerated(t: TestContext, series: Record<SeriesId, DailySeries>, params = { yieldSeries: "DGS10", suspectRows: "keep" }): StudyData {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "r2k-003-"));
  const previous = process.env.R2K_CACHE_DIR;
  t.after(() => {
    if (previous === undefined) delete process.env.R2K_CACHE_DIR;
    else process.env.R2K_CACHE_DIR = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  for (const [id, s] of Object.entries(series)) {
    // Imported the day after the last generated row: rows dated after their import are refused.
    const importedAt = new Date(Date.parse(`${s.dates[s.dates.length - 1]}T00:00:00Z`) + 86_400_000).toISOString();
    writeCachedSeries({ ...s, id }, { source: "snapshot", sourceFile: `${id}.csv`, sourceSha256: "0".repeat(64), fetchedAt: importedAt, droppedHolidays: 0 }, dir);
  }
  process.env.R2K_CACHE_DIR = dir;
  return loadData(params);
}

const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * A market where each day's small-cap return is `beta` times the large-cap return plus
 * `yieldBeta` times the yield's change (in percentage points) plus noise, over `days` weekdays
 * from 2018: `yieldBeta` < 0 plants "falling yields favour small caps", > 0 the opposite.
 * Both yield series carry the same walk (TNX a hair off DGS10); the ETFs follow the indexes.
 */
export function yieldMarket(options: { days: number; yieldBeta: number; beta?: number; largeYieldBeta?: number; seed?: number }): Record<SeriesId, DailySeries> {
  const { days, yieldBeta } = options;
  const beta = options.beta ?? 1;
  const random = mulberry32(options.seed ?? 7);
  const noise = () => random() + random() + random() - 1.5;
  const dates = weekdays("2018-01-01", days);
  const small = new Float64Array(days);
  const large = new Float64Array(days);
  const yields = new Float64Array(days);
  let s = 1000;
  let l = 2000;
  let y = 3;
  for (let i = 0; i < days; i++) {
    const dy = i === 0 ? 0 : 0.05 * noise();
    const largeReturn = i === 0 ? 0 : 0.006 * noise() + (options.largeYieldBeta ?? 0) * dy;
    const smallReturn = i === 0 ? 0 : beta * largeReturn + yieldBeta * dy + 0.002 * noise();
    y = Math.max(0.5, y + dy);
    l *= 1 + largeReturn;
    s *= 1 + smallReturn;
    yields[i] = cents(y);
    large[i] = cents(l);
    small[i] = cents(s);
  }
  const series = (close: Float64Array): DailySeries => ({ id: "", dates, close });
  return {
    RUT: series(small),
    GSPC: series(large),
    IWM: series(small.map((v) => cents(v / 10))),
    SPY: series(large.map((v) => cents(v / 5))),
    IWM_ADJ: series(small.map((v) => cents(v / 10))),
    DGS10: series(yields),
    TNX: series(yields.map((v) => cents(v + 0.01))),
  };
}
