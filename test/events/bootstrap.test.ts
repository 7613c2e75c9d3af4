import { test } from "node:test";
import assert from "node:assert/strict";
import { bootstrapMeanInterval } from "../../lib/events/bootstrap";
import { mean } from "../../lib/events/stats";
import { simpleReturns } from "../../lib/series/returns";
import { randomWalk } from "../fixtures/series";

test("fewer than 5 values give no interval, with the reason", () => {
  const result = bootstrapMeanInterval([0.1, 0.2, -0.05, 0.3]);
  assert.equal(result.interval, null);
  assert.equal(result.reason, "only 4 values: a bootstrap interval needs at least 5");
});

test("the interval brackets the sample mean and is reproducible for a seed", () => {
  const values = [0.23, 0.15, 0.2, 0.02, 0.54, -0.06];
  const a = bootstrapMeanInterval(values, { seed: 9 });
  assert.deepEqual(a, bootstrapMeanInterval(values, { seed: 9 }));
  assert.ok(a.interval && a.interval.low < mean(values) && mean(values) < a.interval.high);
  assert.equal(a.reason, null);
  const wider = bootstrapMeanInterval(values, { seed: 9, level: 0.99 });
  assert.ok(wider.interval && wider.interval.low <= a.interval.low && wider.interval.high >= a.interval.high);
});

test("identical values give a zero-width interval", () => {
  const { interval } = bootstrapMeanInterval([0.1, 0.1, 0.1, 0.1, 0.1]);
  assert.ok(interval && Math.abs(interval.low - 0.1) < 1e-15 && Math.abs(interval.high - 0.1) < 1e-15);
});

test("for a large sample it is close to the normal interval mean ± 1.96 sd / √n", () => {
  const values = Array.from(simpleReturns(randomWalk(801, 4)).subarray(1));
  const average = mean(values);
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - average) ** 2, 0) / (values.length - 1));
  const halfWidth = (1.96 * sd) / Math.sqrt(values.length);
  const { interval } = bootstrapMeanInterval(values, { seed: 1 });
  assert.ok(interval);
  assert.ok(Math.abs((interval.high - interval.low) / 2 / halfWidth - 1) < 0.1);
  assert.ok(Math.abs((interval.high + interval.low) / 2 - average) < 0.1 * halfWidth);
});

test("bad levels are rejected", () => {
  assert.throws(() => bootstrapMeanInterval([1, 2, 3, 4, 5], { level: 95 }), /level 95: must be between 0 and 1/);
});
