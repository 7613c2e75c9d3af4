import { test } from "node:test";
import assert from "node:assert/strict";
import { distanceBelowPeak } from "../../lib/series/distance-below-peak";
import type { DailySeries } from "../../lib/series/daily-series";

const series: DailySeries = {
  id: "T",
  dates: ["2021-11-05", "2021-11-08", "2021-12-01", "2024-06-24", "2024-06-25", "2024-06-26", "2024-06-27"],
  close: Float64Array.of(190, 200, 150, 166, 165, 170, 164.2),
  high: Float64Array.of(195, 250, 151, 167, 166, 171, 165),
};
const options = { peakFrom: "2021-11-01", peakTo: "2021-11-30", from: "2024-06-01", to: "2024-06-30", band: { low: 0.16, high: 0.18 } };

test("distance below the period's peak close, with the days inside the band", () => {
  const d = distanceBelowPeak(series, options);
  assert.equal(d.peak.date, "2021-11-08");
  assert.equal(d.peak.value, 200);
  // 166/200 - 1 = -17%, 165 -> -17.5%, 170 -> -15% (outside), 164.2 -> -17.9%.
  assert.deepEqual([...d.distance].map((v) => Math.round(v * 1000) / 1000), [-0.17, -0.175, -0.15, -0.179]);
  assert.deepEqual(d.spans.map((s) => [s.startDate, s.endDate]), [["2024-06-24", "2024-06-25"], ["2024-06-27", "2024-06-27"]]);
  assert.equal(d.daysInBand, 3);
  assert.equal(d.deepest.date, "2024-06-27");
  assert.equal(d.shallowest.date, "2024-06-26");
  assert.equal(d.last.date, "2024-06-27");
});

test("the intraday-high reading measures from the highest high instead", () => {
  const d = distanceBelowPeak(series, { ...options, field: "high" });
  assert.equal(d.peak.value, 250);
  assert.equal(d.distance[0], 166 / 250 - 1);
  assert.equal(d.daysInBand, 0);
});

test("a reversed band or an empty range is refused", () => {
  assert.throws(() => distanceBelowPeak(series, { ...options, band: { low: 0.18, high: 0.16 } }), /band 0.18..0.16/);
  assert.throws(() => distanceBelowPeak(series, { ...options, from: "2025-01-01", to: "2025-02-01" }), /T: no trading day in 2025-01-01..2025-02-01/);
});
