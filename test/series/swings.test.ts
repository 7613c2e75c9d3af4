import { test } from "node:test";
import assert from "node:assert/strict";
import { swings } from "../../lib/series/swings";

test("swings alternate between turning points confirmed by a move of the threshold", () => {
  // Up 4 -> 5, a dip to 4.9 too small to count, down to 3, a 0.2 bounce too small, up to 4.
  const path = Float64Array.of(4, 5, 4.9, 3, 3.2, 3.1, 4);
  const result = swings(path, 0.5);
  assert.deepEqual(
    result.map((s) => [s.start, s.end, s.direction, Math.round(s.change * 10) / 10, s.confirmed]),
    [
      [0, 1, "rising", 1, true],
      [1, 3, "falling", -2, true],
      [3, 6, "rising", 1, false],
    ],
  );
});

test("a path that never moves the threshold has no swings; bad input is refused", () => {
  assert.deepEqual(swings(Float64Array.of(1, 1.2, 1.1), 0.5), []);
  assert.throws(() => swings(Float64Array.of(1, 2), 0), /threshold 0: must be a positive number/);
  assert.throws(() => swings(Float64Array.of(1, NaN), 0.5), /values\[1\] is NaN/);
});
