import { test } from "node:test";
import assert from "node:assert/strict";
import { alternatePivots, appendAlternating, pivotRuleLabel, swingPivots, windowPivots, zigzagPivots, type Pivot } from "../../lib/patterns/pivots";
import { pathThrough, inverseHeadAndShouldersKnots } from "./fixtures";

const summary = (pivots: Pivot[]) => pivots.map((p) => [p.kind, p.index, p.value, p.confirmedIndex]);

test("window pivots: the extreme of the N rows on each side, known N rows later", () => {
  const path = Float64Array.of(3, 1, 3, 5, 3);
  assert.deepEqual(summary(windowPivots(path, path, 1)), [
    ["low", 1, 1, 2],
    ["high", 3, 5, 4],
  ]);
});

test("a flat top counts once, on its first row; rows without N neighbours on both sides are never pivots", () => {
  const path = Float64Array.of(1, 2, 5, 5, 2, 1);
  assert.deepEqual(summary(windowPivots(path, path, 2)), [["high", 2, 5, 4]]);
  assert.deepEqual(windowPivots(path, path, 3), []);
  assert.throws(() => windowPivots(path, path, 0), /pivot window 0: must be a whole number of trading days >= 1/);
});

test("window pivots read peaks from the highs and troughs from the lows", () => {
  const high = Float64Array.of(10, 12, 11, 10, 11);
  const low = Float64Array.of(9, 8, 10, 7, 9);
  // Row 1 is an outside day: both a peak (high 12) and a trough (low 8).
  assert.deepEqual(summary(windowPivots(high, low, 1)), [
    ["high", 1, 12, 2],
    ["low", 1, 8, 2],
    ["low", 3, 7, 4],
  ]);
});

test("the 5-day pivots of the textbook pattern are its five swings", () => {
  const path = pathThrough(inverseHeadAndShouldersKnots());
  assert.deepEqual(summary(windowPivots(path, path, 5)), [
    ["low", 30, 100, 35],
    ["high", 45, 110, 50],
    ["low", 60, 90, 65],
    ["high", 75, 110, 80],
    ["low", 90, 100, 95],
  ]);
});

test("zig-zag pivots: a swing is known once price has moved the percentage away from it", () => {
  const path = Float64Array.of(100, 90, 100, 80);
  assert.deepEqual(summary(zigzagPivots(path, path, 0.1)), [
    ["high", 0, 100, 1],
    ["low", 1, 90, 2],
    ["high", 2, 100, 3],
  ]);
  // The textbook pattern with 5%: confirmation rows worked out by hand from the straight segments,
  // e.g. the right shoulder (100 on row 90) is known when the rally reaches 105, on row 98.
  const pattern = pathThrough(inverseHeadAndShouldersKnots());
  assert.deepEqual(summary(zigzagPivots(pattern, pattern, 0.05)), [
    ["high", 0, 120, 9],
    ["low", 30, 100, 38],
    ["high", 45, 110, 50],
    ["low", 60, 90, 64],
    ["high", 75, 110, 84],
    ["low", 90, 100, 98],
  ]);
  assert.throws(() => zigzagPivots(path, path, 5), /zig-zag size 5: must be a fraction between 0 and 1/);
});

test("swingPivots orders pivots by the day they become known", () => {
  const path = Float64Array.of(5, 1, 5, 5, 5, 9, 5);
  const pivots = swingPivots(path, path, { window: 1 });
  assert.deepEqual(pivots.map((p) => p.confirmedIndex), [...pivots.map((p) => p.confirmedIndex)].sort((a, b) => a - b));
  assert.deepEqual(summary(swingPivots(path, path, { zigzag: 0.5 })), summary(zigzagPivots(path, path, 0.5)));
});

test("alternation keeps the lower of two troughs and the higher of two peaks", () => {
  const low = (index: number, value: number): Pivot => ({ kind: "low", index, value, confirmedIndex: index + 1 });
  const high = (index: number, value: number): Pivot => ({ kind: "high", index, value, confirmedIndex: index + 1 });
  const sequence: Pivot[] = [];
  assert.equal(appendAlternating(sequence, low(1, 10)), "appended");
  assert.equal(appendAlternating(sequence, low(3, 12)), "dropped");
  assert.equal(appendAlternating(sequence, low(5, 8)), "replaced");
  assert.equal(appendAlternating(sequence, high(7, 20)), "appended");
  assert.deepEqual(summary(sequence), [
    ["low", 5, 8, 6],
    ["high", 7, 20, 8],
  ]);
  assert.deepEqual(summary(alternatePivots([high(0, 5), high(1, 7), low(2, 1), high(3, 6)])), [
    ["high", 1, 7, 2],
    ["low", 2, 1, 3],
    ["high", 3, 6, 4],
  ]);
});

test("pivot rules have readable labels", () => {
  assert.equal(pivotRuleLabel({ window: 5 }), "5-day pivots");
  assert.equal(pivotRuleLabel({ zigzag: 0.07 }), "7% zig-zag");
});
