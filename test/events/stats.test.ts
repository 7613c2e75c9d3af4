import { test } from "node:test";
import assert from "node:assert/strict";
import { mean, quantileSorted, summarizeReturns } from "../../lib/events/stats";

test("quantiles interpolate linearly between order statistics (numpy's default)", () => {
  const sorted = [1, 2, 3, 4];
  assert.equal(quantileSorted(sorted, 0), 1);
  assert.equal(quantileSorted(sorted, 1), 4);
  assert.equal(quantileSorted(sorted, 0.5), 2.5);
  assert.equal(quantileSorted(sorted, 0.25), 1.75); // position 0.75 between 1 and 2
  assert.ok(Number.isNaN(quantileSorted([], 0.5)));
  assert.throws(() => quantileSorted(sorted, 1.5), /quantile 1.5: must be between 0 and 1/);
});

test("summary of a few returns, by hand", () => {
  const s = summarizeReturns([0.2, -0.1, 0.15, 0.05]);
  assert.equal(s.n, 4);
  assert.ok(Math.abs(s.mean - 0.075) < 1e-15);
  assert.ok(Math.abs(s.median - 0.1) < 1e-15); // (0.05 + 0.15) / 2
  assert.equal(s.hitRate, 0.75);
  assert.equal(s.best, 0.2);
  assert.equal(s.worst, -0.1);
  // Deviations 0.125, -0.175, 0.075, -0.025: squares sum to 0.0525, / 3.
  assert.ok(Math.abs(s.std - Math.sqrt(0.0525 / 3)) < 1e-15);
  assert.equal(summarizeReturns([0]).hitRate, 0); // zero is not a hit
});

test("no values: n is 0 and every statistic is NaN", () => {
  const s = summarizeReturns([]);
  assert.equal(s.n, 0);
  for (const value of [s.mean, s.median, s.hitRate, s.best, s.worst, s.std]) assert.ok(Number.isNaN(value));
  assert.ok(Number.isNaN(summarizeReturns([0.1]).std));
  assert.ok(Number.isNaN(mean([])));
});
