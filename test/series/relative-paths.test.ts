import { test } from "node:test";
import assert from "node:assert/strict";
import { alignPaths, relativeSummary, returnRatio } from "../../lib/series/relative-paths";

const a = { dates: ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"], values: Float64Array.of(0.01, -0.02, 0.03, 0.04) };
const b = { dates: ["2025-01-02", "2025-01-06", "2025-01-07", "2025-01-08"], values: Float64Array.of(0.02, 0.01, 0.045, 0.06) };

test("paths are aligned on the dates both have", () => {
  const both = alignPaths(a, b);
  assert.deepEqual(both.dates, ["2025-01-02", "2025-01-06", "2025-01-07"]);
  assert.deepEqual(Array.from(both.a), [0.01, 0.03, 0.04]);
  assert.deepEqual(Array.from(both.b), [0.02, 0.01, 0.045]);
});

test("the ratio is defined only where the denominator rose at least the floor", () => {
  const ratio = returnRatio(Float64Array.of(0.06, 0.02, 0.01, -0.01), Float64Array.of(0.03, -0.01, 0.001, 0.01), 0.005);
  assert.deepEqual(Array.from(ratio), [2, NaN, NaN, -1]);
  assert.throws(() => returnRatio(Float64Array.of(1), Float64Array.of(1), -1), /minDenominator -1: must be a finite number >= 0/);
});

test("days behind, the widest gap and the last gap", () => {
  const s = relativeSummary(alignPaths(a, b));
  // Gaps a - b: -0.01, +0.02, -0.005.
  assert.equal(s.days, 3);
  assert.equal(s.daysBehind, 2);
  assert.equal(s.shareBehind, 2 / 3);
  assert.equal(s.widestGap?.date, "2025-01-02");
  assert.equal(s.last.date, "2025-01-07");
  assert.ok(Math.abs(s.last.gap + 0.005) < 1e-12);
  assert.ok(Math.abs(s.widestGap!.gap + 0.01) < 1e-12);
});
