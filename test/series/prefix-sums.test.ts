import { test } from "node:test";
import assert from "node:assert/strict";
import { prefixSums, windowSum } from "../../lib/series/prefix-sums";
import { rollingSum } from "../../lib/series/rolling";
import { randomWalk } from "../fixtures/series";

test("window sums of a tiny series, by hand", () => {
  const sums = prefixSums(Float64Array.of(1, 2, 3, 4));
  assert.deepEqual(Array.from(sums.high), [0, 1, 3, 6, 10]);
  assert.equal(windowSum(sums, 1, 2), 3);
  assert.equal(windowSum(sums, 3, 2), 7);
  assert.equal(windowSum(sums, 3, 4), 10);
  assert.equal(windowSum(sums, 0, 1), 1);
});

test("a huge value early on does not swallow the small ones after it", () => {
  // 1e16 + 1 rounds back to 1e16, so a plain running total never moves again and every
  // later window would sum to 0; the compensated total keeps each 1.
  const sums = prefixSums(Float64Array.of(1e16, 1, 1, 1, 1));
  assert.equal(sums.high[5] - sums.high[1], 0);
  assert.equal(windowSum(sums, 4, 4), 4);
  assert.equal(windowSum(sums, 4, 2), 2);
});

test("window sums agree with rollingSum to a few units in the last place", () => {
  const values = randomWalk(6000, 12);
  const sums = prefixSums(values);
  for (const window of [1, 20, 200, 300]) {
    const rolling = rollingSum(values, window);
    for (let i = window - 1; i < values.length; i++) {
      assert.ok(Math.abs(windowSum(sums, i, window) - rolling[i]) <= 4 * Number.EPSILON * rolling[i], `window ${window}, row ${i}`);
    }
  }
});
