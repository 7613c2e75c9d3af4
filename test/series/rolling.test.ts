import { test } from "node:test";
import assert from "node:assert/strict";
import { SMA } from "technicalindicators";
import { rollingMean, rollingSum } from "../../lib/series/rolling";
import { mulberry32 } from "../../lib/events/rng";
import { randomWalk } from "../fixtures/series";

/** Mean of values[i-window+1..i] summed directly: the slow, obvious definition. */
function naiveMean(values: Float64Array, i: number, window: number): number {
  let sum = 0;
  for (let k = i - window + 1; k <= i; k++) sum += values[k];
  return sum / window;
}

test("rollingMean on a tiny series, by hand", () => {
  assert.deepEqual(Array.from(rollingMean(Float64Array.of(1, 2, 3, 4), 2)), [NaN, 1.5, 2.5, 3.5]);
  assert.deepEqual(Array.from(rollingSum(Float64Array.of(1, 2, 3, 4), 3)), [NaN, NaN, 6, 9]);
  assert.deepEqual(Array.from(rollingMean(Float64Array.of(5, 7), 1)), [5, 7]);
});

test("rollingMean matches technicalindicators' SMA (the oracle)", () => {
  const close = randomWalk(3000, 11);
  for (const window of [5, 50, 200]) {
    const ours = rollingMean(close, window);
    const oracle = SMA.calculate({ period: window, values: Array.from(close) });
    assert.equal(oracle.length, close.length - window + 1);
    for (let k = 0; k < oracle.length; k++) {
      assert.ok(Math.abs(ours[window - 1 + k] - oracle[k]) < 1e-9 * oracle[k], `window ${window}, row ${window - 1 + k}`);
    }
    for (let i = 0; i < window - 1; i++) assert.ok(Number.isNaN(ours[i]));
  }
});

test("the running sum does not drift after a huge value leaves the window", () => {
  // A block of 1e12 values among values below 1: a plain running sum keeps ~1e-3 of
  // relative error in every later window; the compensated sum stays exact to ~1e-15.
  const random = mulberry32(3);
  const values = Float64Array.from({ length: 20_000 }, (_, i) => (i >= 5000 && i < 5100 ? 1e12 : 0) + random());
  const window = 50;
  const ours = rollingMean(values, window);
  for (let i = window - 1; i < values.length; i++) {
    const expected = naiveMean(values, i, window);
    assert.ok(Math.abs(ours[i] - expected) <= 1e-12 * Math.abs(expected), `row ${i}`);
  }
});

test("a window holding a NaN is NaN; later windows recover", () => {
  const out = rollingMean(Float64Array.of(1, NaN, 3, 4, 5), 2);
  assert.deepEqual(Array.from(out), [NaN, NaN, NaN, 3.5, 4.5]);
});

test("bad windows are rejected with the fix in the message", () => {
  const values = new Float64Array(250).fill(1);
  assert.throws(() => rollingMean(values, 0), { message: "window 0: must be a whole number of trading days >= 1" });
  assert.throws(() => rollingMean(values, 2.5), /window 2.5: must be a whole number/);
  assert.throws(() => rollingMean(values, 300), {
    message: "window 300 is longer than the series (250 rows): choose a window <= 250",
  });
});

/** The running sum as it was first written: Neumaier's branch on |sum| >= |x|, a closure per add. */
function neumaierRollingMean(values: Float64Array, window: number): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  let sum = 0;
  let compensation = 0;
  let missing = 0;
  const add = (x: number) => {
    const total = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - total + x : x - total + sum;
    sum = total;
  };
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) missing++;
    else add(values[i]);
    if (i >= window) {
      if (Number.isNaN(values[i - window])) missing--;
      else add(-values[i - window]);
    }
    if (i >= window - 1 && missing === 0) out[i] = (sum + compensation) / window;
  }
  return out;
}

test("the means are Neumaier's to the bit, NaN gaps and huge values included", () => {
  const random = mulberry32(5);
  const spiky = Float64Array.from({ length: 5000 }, (_, i) => (i >= 1000 && i < 1040 ? 1e12 : 0) + random());
  const holes = randomWalk(3000, 6).map((x, i) => (i % 997 === 500 ? NaN : x));
  for (const values of [randomWalk(4000, 4), spiky, holes]) {
    for (const window of [1, 7, 50, 200]) {
      const ours = rollingMean(values, window);
      const oracle = neumaierRollingMean(values, window);
      for (let i = 0; i < values.length; i++) assert.ok(Object.is(ours[i], oracle[i]), `window ${window}, row ${i}: ${ours[i]} vs ${oracle[i]}`);
    }
  }
});
