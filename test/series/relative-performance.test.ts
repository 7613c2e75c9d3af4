import { test } from "node:test";
import assert from "node:assert/strict";
import { relativePerformance } from "../../lib/series/relative-performance";
import type { DailySeries } from "../../lib/series/daily-series";

const small: DailySeries = { id: "SMALL", dates: ["2023-10-26", "2023-10-27", "2023-10-30", "2023-10-31", "2023-11-01"], close: Float64Array.of(90, 100, 110, 105, 130) };
// LARGE misses 2023-10-31 (a holiday in its source): that day drops out of the comparison.
const large: DailySeries = { id: "LARGE", dates: ["2023-10-26", "2023-10-27", "2023-10-30", "2023-11-01"], close: Float64Array.of(190, 200, 210, 220) };

test("relative performance compares both returns from the base close on shared days", () => {
  const r = relativePerformance(small, large, "2023-10-27", "2023-11-01");
  assert.equal(r.fromDate, "2023-10-27");
  assert.equal(r.toDate, "2023-11-01");
  assert.deepEqual(r.dates, ["2023-10-27", "2023-10-30", "2023-11-01"]);
  assert.ok(Math.abs(r.aReturn - 0.3) < 1e-12);
  assert.ok(Math.abs(r.bReturn - 0.1) < 1e-12);
  assert.ok(Math.abs(r.difference - 0.2) < 1e-12);
  // 1.3 / 1.1 - 1: small caps' return measured in units of large caps.
  assert.ok(Math.abs(r.relative - (1.3 / 1.1 - 1)) < 1e-12);
  assert.deepEqual([...r.ratio].map((v) => Math.round(v * 1e9) / 1e9), [1, Math.round((1.1 / 1.05) * 1e9) / 1e9, Math.round((1.3 / 1.1) * 1e9) / 1e9]);
});

test("a window starting on a weekend starts on the next shared trading day; a one-day window is refused", () => {
  assert.equal(relativePerformance(small, large, "2023-10-28", "2023-11-30").fromDate, "2023-10-30");
  assert.throws(() => relativePerformance(small, large, "2023-11-01", "2023-11-30"), /SMALL and LARGE share fewer than two trading days in 2023-11-01..2023-11-30/);
});
