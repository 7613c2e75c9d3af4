import { test } from "node:test";
import assert from "node:assert/strict";
import { crossings } from "../../lib/series/crossings";

test("hand-built crosses of a level, including a touch", () => {
  // 1 below, 3 above (up), 3, 1 below (down), 2 touch, 3 above (up: the touch counts as <=).
  assert.deepEqual(crossings(Float64Array.of(1, 3, 3, 1, 2, 3), 2), [
    { index: 1, direction: "up" },
    { index: 3, direction: "down" },
    { index: 5, direction: "up" },
  ]);
});

test("NaN days are ignored: the comparison is with the previous day where both are defined", () => {
  assert.deepEqual(crossings(Float64Array.of(1, NaN, 3), 2), [{ index: 2, direction: "up" }]);
  // b is undefined for its first two days (a warm-up): the first defined day is no cross.
  const a = Float64Array.of(5, 1, 3, 4, 1);
  const b = Float64Array.of(NaN, NaN, 2, 2, 2);
  assert.deepEqual(crossings(a, b), [{ index: 4, direction: "down" }]);
});

test("a shifted sine wave crosses zero down every half period and up every full period", () => {
  // sin(2π(i + 0.5)/20) is > 0 for i = 0..9 and < 0 for i = 10..19, period 20.
  const a = Float64Array.from({ length: 100 }, (_, i) => Math.sin((2 * Math.PI * (i + 0.5)) / 20));
  const result = crossings(a, 0);
  const expected = [];
  for (let i = 10; i < 100; i += 10) expected.push({ index: i, direction: i % 20 === 10 ? "down" : "up" });
  assert.deepEqual(result, expected);
});

test("two series of different lengths are rejected", () => {
  assert.throws(() => crossings(Float64Array.of(1, 2), Float64Array.of(1)), /b has 1 values but a has 2/);
});
