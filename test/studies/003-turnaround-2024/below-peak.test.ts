import { test } from "node:test";
import assert from "node:assert/strict";
import { claimBelowPeak, measureBelowPeak } from "../../../lib/studies/003-turnaround-2024/below-peak";
import { belowPeakReadingsTable } from "../../../lib/studies/003-turnaround-2024/below-peak-views";
import { defaults } from "../../../lib/studies/003-turnaround-2024/parameters";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";
import { loadGenerated, yieldMarket } from "./fixtures";

/** A record close of 100 in November 2021, then a slide to `lastBelow` (a fraction) below it by June 27, 2024. */
function peakMarket(lastBelow: number): Record<"RUT" | "GSPC" | "IWM" | "SPY" | "IWM_ADJ" | "DGS10" | "TNX", DailySeries> {
  const base = yieldMarket({ days: 10, yieldBeta: 0 });
  const dates = weekdays("2021-10-01", 720).filter((d) => d <= "2024-06-27");
  const peak = dates.indexOf("2021-11-08");
  const close = Float64Array.from(dates, (_, i) => (i <= peak ? 90 + (10 * i) / peak : 100 * (1 - lastBelow * Math.min(1, (i - peak) / (dates.length - 1 - peak)))));
  const rounded = close.map((v) => Math.round(v * 100) / 100);
  const series: DailySeries = { id: "", dates, close: rounded, high: rounded, low: rounded };
  return { ...base, RUT: series, IWM: series, IWM_ADJ: series };
}

test("003-1 reads the last day of the article's window against the record, confirmed within belowTolerance", (t) => {
  const m = measureBelowPeak(loadGenerated(t, peakMarket(0.175)), defaults);
  assert.equal(m.window.peak.date, "2021-11-08");
  assert.equal(m.window.last.date, "2024-06-27");
  assert.ok(Math.abs(m.window.last.distance + 0.175) < 1e-4);
  assert.equal(claimBelowPeak(m, defaults).verdict, "confirmed");
  assert.equal(claimBelowPeak(m, defaults).measured, "17.5");
  assert.equal(claimBelowPeak(m, { ...defaults, belowTolerance: 0.4 }).verdict, "roughly", "0.5 points off with a tolerance of 0.4");
  assert.equal(belowPeakReadingsTable(m, defaults)[0].length, 4, "one row per reading");
});

test("a distance beyond three times the tolerance is not confirmed", (t) => {
  const m = measureBelowPeak(loadGenerated(t, peakMarket(0.215)), defaults);
  assert.equal(claimBelowPeak(m, defaults).verdict, "not confirmed");
  assert.equal(claimBelowPeak(m, defaults).article, "about 17 below");
});
