import { test } from "node:test";
import assert from "node:assert/strict";
import { closestReading, roundingTolerance } from "../../lib/claims/closest-reading";

const article = [1, 7.8, 9.4];

test("the reading reproducing the most figures wins, and the gaps are per figure", () => {
  const result = closestReading(
    [
      { label: "A", values: [0.1, 8.2, 9.4] }, // gaps 0.9, 0.4, 0: two within 0.5
      { label: "B", values: [-0.8, 7.8, 9.4] }, // gaps 1.8, 0, 0: two within 0.5, total 1.8
      { label: "C", values: [1.2, 6, 7] }, // one within 0.5
    ],
    article,
    0.5,
  );
  const [a, b, c] = result.rows;
  assert.deepEqual(a.reproduced, [false, true, true]);
  assert.deepEqual(b.reproduced, [false, true, true]);
  assert.equal(c.matches, 1);
  assert.ok(Math.abs(a.totalGap - 1.3) < 1e-12 && Math.abs(b.totalGap - 1.8) < 1e-12);
  assert.ok(Math.abs(b.largestGap - 1.8) < 1e-12);
  // A and B both reproduce two figures; A is closer overall.
  assert.equal(result.best.label, "A");
});

test("a tighter tolerance changes which figures count", () => {
  const result = closestReading([{ label: "A", values: [0.1, 8.2, 9.4] }, { label: "B", values: [-0.8, 7.8, 9.4] }], article, 0.1);
  assert.equal(result.best.label, "B"); // only B reproduces two figures within 0.1
});

test("one tolerance per figure: the article's precision", () => {
  // "1" may be 0.5..1.5; "7.8" and "9.4" only 7.75..7.85 and 9.35..9.45.
  const precision = ["1", "7.8", "9.4"].map(roundingTolerance);
  const result = closestReading(
    [
      { label: "loose", values: [1, 8.2, 9] }, // only the first figure at this precision
      { label: "tight", values: [-0.83, 7.78, 9.38] }, // the last two
    ],
    article,
    precision,
  );
  assert.deepEqual(result.rows.map((r) => r.reproduced), [
    [true, false, false],
    [false, true, true],
  ]);
  assert.equal(result.best.label, "tight");
  // Within 0.5 for every figure, the loose reading reproduces all three.
  assert.equal(closestReading([{ label: "loose", values: [1, 8.2, 9] }], article, 0.5).best.matches, 3);
  assert.throws(() => closestReading([{ label: "x", values: [1, 2, 3] }], article, [0.5, 0.5]), /tolerance has 2 values but the article has 3 figures/);
});

test("rounding tolerance: half a unit of the figure's last digit", () => {
  assert.deepEqual(["1", "7.8", "-0.9", "2,211.65", " 28 "].map(roundingTolerance), [0.5, 0.05, 0.05, 0.005, 0.5]);
  assert.throws(() => roundingTolerance("~1%"), /figure "~1%": expected a number as the article writes it/);
});

test("readings of the wrong length, none at all, or a negative tolerance are refused", () => {
  assert.throws(() => closestReading([{ label: "X", values: [1] }], article, 0.5), /reading X has 1 values but the article has 3 figures/);
  assert.throws(() => closestReading([], article, 0.5), /readings: empty/);
  assert.throws(() => closestReading([{ label: "X", values: [1, 2, 3] }], article, -1), /tolerance -1/);
});
