import { test } from "node:test";
import assert from "node:assert/strict";
import { claimForecast, forecastWords, measureForecast } from "../../../lib/studies/003-turnaround-2024/forecast";
import { defaults } from "../../../lib/studies/003-turnaround-2024/parameters";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";
import { loadGenerated, yieldMarket } from "./fixtures";

test("the forecast's direction and size in words, against the tolerance", () => {
  assert.equal(forecastWords(0.113, 41, 5), "Direction right, size far short of the forecast");
  assert.equal(forecastWords(0.37, 41, 5), "Direction right, size within the tolerance");
  assert.equal(forecastWords(0.5, 41, 5), "Direction right, size beyond the forecast");
  assert.equal(forecastWords(-0.1, 41, 5), "Direction wrong, size far short of the forecast");
});

/** Every series rises by `gain` (a fraction) over 2025, IWM and SPY included. */
function yearMarket(small: number, large: number): Record<"RUT" | "GSPC" | "IWM" | "SPY" | "IWM_ADJ" | "DGS10" | "TNX", DailySeries> {
  const base = yieldMarket({ days: 10, yieldBeta: 0 });
  const dates = weekdays("2024-12-02", 300);
  const last2024 = dates.filter((d) => d <= "2024-12-31").length - 1;
  const last2025 = dates.filter((d) => d <= "2025-12-31").length - 1;
  const path = (gain: number): DailySeries => ({
    id: "", dates,
    close: Float64Array.from(dates, (_, i) => 100 * (1 + gain * Math.min(1, Math.max(0, i - last2024) / (last2025 - last2024)))),
  });
  return { ...base, RUT: path(small), IWM: path(small), IWM_ADJ: path(small), GSPC: path(large), SPY: path(large) };
}

test("the 2025 return is scored against the forecast, confirmed within forecastTolerance and not just beyond it", (t) => {
  const within = measureForecast(loadGenerated(t, yearMarket(0.36, 0.17)), defaults);
  assert.ok(Math.abs(within.rut.value - 0.36) < 1e-9);
  assert.equal(within.rut.fromDate, "2024-12-31");
  assert.equal(claimForecast(within, defaults).verdict, "confirmed");
  assert.match(claimForecast(within, defaults).note, /so small caps closed part of the gap/);
  const beyond = { ...within, rut: { ...within.rut, value: 0.3599 } };
  assert.equal(claimForecast(beyond, defaults).verdict, "roughly");
  const short = { ...within, rut: { ...within.rut, value: 0.113 } };
  assert.equal(claimForecast(short, defaults).verdict, "not confirmed");
  assert.equal(claimForecast(short, { ...defaults, forecast: 12, forecastTolerance: 1 }).verdict, "confirmed");
  assert.equal(claimForecast(short, { ...defaults, forecast: 12, forecastTolerance: 1 }).article, "+12");
});
