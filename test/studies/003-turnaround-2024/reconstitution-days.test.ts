import { test } from "node:test";
import assert from "node:assert/strict";
import type { ActivityComparison } from "../../../lib/events/reconstitution-activity";
import { defaults } from "../../../lib/studies/003-turnaround-2024/parameters";
import {
  articleReconstitutionDay,
  claimReconstitution,
  isElevated,
  measureReconstitution,
} from "../../../lib/studies/003-turnaround-2024/reconstitution-days";
import { juneReconstitutionDays } from "../../../lib/events/reconstitution";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";
import { loadGenerated, yieldMarket } from "./fixtures";

const summary = (median: number, p90: number) => ({ n: 10, median, mean: median, p90 });
const comparison = (volume: number, range: number): ActivityComparison => ({
  lookback: 20, events: [], missing: [],
  eventSummary: { volumeRatio: summary(volume, volume), rangeRatio: summary(range, range) },
  ordinary: { volumeRatio: summary(1, 1.5), rangeRatio: summary(1, 1.4) },
});

test("activity is elevated only when the reconstitution days' median is above ordinary days' 90th percentile", () => {
  assert.equal(isElevated(comparison(1.51, 1), "volumeRatio"), true);
  assert.equal(isElevated(comparison(1.5, 1), "volumeRatio"), false, "at the 90th percentile is not above it");
  assert.equal(isElevated(comparison(1, 1.41), "rangeRatio"), true);
  assert.equal(isElevated(comparison(1, 1.39), "rangeRatio"), false);
});

test("the article's reconstitution is the June one of the year of its last possible day", () => {
  assert.equal(articleReconstitutionDay({ articleTo: "2024-06-27" }), "2024-06-28");
});

/** Volume triples and the range doubles on every June reconstitution day; other days are alike. */
function reconstitutionMarket(): Record<"RUT" | "GSPC" | "IWM" | "SPY" | "IWM_ADJ" | "DGS10" | "TNX", DailySeries> {
  const base = yieldMarket({ days: 10, yieldBeta: 0 });
  const dates = weekdays("2003-11-03", 5800);
  const recon = new Set(juneReconstitutionDays(2004, 2025));
  const busy = dates.map((d) => recon.has(d));
  const series: DailySeries = {
    id: "",
    dates,
    close: Float64Array.from(dates, () => 100),
    high: Float64Array.from(busy, (b, i) => 100 + (b ? 2 : 1) * (1 + 0.1 * (i % 3))),
    low: Float64Array.from(dates, () => 99),
    volume: Float64Array.from(busy, (b, i) => (b ? 3 : 1) * (1e6 + 1000 * (i % 7))),
  };
  return { ...base, RUT: series, IWM: series };
}

test("on a market whose reconstitution days are busier and wider, both measures are elevated: confirmed", (t) => {
  const m = measureReconstitution(loadGenerated(t, reconstitutionMarket()), defaults);
  assert.equal(m.rut.events.length, 22);
  assert.deepEqual(m.rut.missing, []);
  assert.ok(m.dayRut && m.dayRut.date === "2024-06-28");
  assert.ok(Math.abs(m.rut.eventSummary.volumeRatio.median - 3) < 0.02, `${m.rut.eventSummary.volumeRatio.median}`);
  const claim = claimReconstitution(m, defaults);
  assert.equal(claim.verdict, "confirmed");
  assert.match(claim.note, /Volume: elevated; range \(volatility\): elevated\./);
});
