import assert from "node:assert/strict";
import { test } from "node:test";
import { olsFit } from "../../lib/charts/ols-fit";
import { scatterWithFit } from "../../lib/charts/scatter-with-fit";
import { mulberry32 } from "../../lib/events/rng";
import { assertGolden } from "./golden";

const options = {
  title: "Relative return vs yield change",
  caption: "Source: generated",
  xTitle: "Change in 10-year yield (percentage points)",
  yTitle: "Russell 2000 minus S&P 500 (%)",
};

function noisyLine(count: number) {
  const rand = mulberry32(5);
  const x = Float64Array.from({ length: count }, () => rand() - 0.5);
  const y = x.map((v) => -2 * v + 0.3 + (rand() - 0.5));
  return { x, y, labels: Array.from({ length: count }, (_, i) => `week ${i + 1}`) };
}

type Trace = { name: string; x: number[]; y: number[]; text?: string[] };

test("scatterWithFit matches its golden file", () => {
  assertGolden("scatter-with-fit", scatterWithFit(noisyLine(20), options));
});

test("olsFit recovers an exact line and agrees with 1 - SSres/SStot on noisy points", () => {
  assert.deepEqual(olsFit([0, 1, 2], [1, 3, 5]), { slope: 2, intercept: 1, r2: 1, n: 3 });
  // By hand: x = 1..4, y = 2, 3, 5, 4 -> slope 0.8, intercept 1.5.
  const fit = olsFit([1, 2, 3, 4], [2, 3, 5, 4]);
  assert.ok(Math.abs(fit.slope - 0.8) < 1e-12 && Math.abs(fit.intercept - 1.5) < 1e-12);
  const { x, y } = noisyLine(50);
  const f = olsFit(x, y);
  const meanY = y.reduce((a, b) => a + b, 0) / y.length;
  let ssRes = 0;
  let ssTot = 0;
  y.forEach((v, i) => {
    ssRes += (v - f.intercept - f.slope * x[i]) ** 2;
    ssTot += (v - meanY) ** 2;
  });
  assert.ok(Math.abs(f.r2 - (1 - ssRes / ssTot)) < 1e-12);
  assert.ok(Number.isNaN(olsFit([1, 2], [3, 3]).r2), "constant y: nothing to explain");
});

test("olsFit names the bad input", () => {
  assert.throws(() => olsFit([1], [1]), /x has 1 points: a fit needs at least 2/);
  assert.throws(() => olsFit([1, 1], [1, 2]), /x is constant \(1\)/);
  assert.throws(() => olsFit([1, 2], [1]), /y has 1 values but x has 2/);
  assert.throws(() => olsFit([1, NaN], [1, 2]), /point 1 is \(NaN, 2\)/);
});

test("scatterWithFit with a pp axis takes fractions and fits the line in the drawn units", () => {
  const pp = scatterWithFit({ x: [1, 2, 3, 4], y: [0.02, 0.03, 0.05, 0.04] }, { ...options, yUnit: "pp" });
  assert.deepEqual(pp, scatterWithFit({ x: [1, 2, 3, 4], y: [2, 3, 5, 4] }, options));
});

test("scatterWithFit puts slope, intercept and R² in the legend and spans the points' x range", () => {
  const fig = scatterWithFit({ x: [1, 2, 3, 4], y: [2, 3, 5, 4], labels: ["a", "b", "c", "d"] }, options);
  const [points, line] = fig.data as Trace[];
  assert.deepEqual(points.text, ["a", "b", "c", "d"]);
  // R² = sxy² / (sxx syy) = 4² / (5 * 5) = 0.64.
  assert.equal(line.name, "OLS fit: y = 0.8x + 1.5, R² = 0.64 (n = 4)");
  assert.deepEqual(line.x, [1, 4]);
  assert.deepEqual(line.y, [2.3, 4.7]);
  assert.throws(() => scatterWithFit({ x: [1, 2], y: [1, 2], labels: ["a"] }, options), /labels has 1 entries but x has 2/);
});
