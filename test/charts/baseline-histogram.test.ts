import assert from "node:assert/strict";
import { test } from "node:test";
import { baselineHistogram } from "../../lib/charts/baseline-histogram";
import { histogramBins } from "../../lib/charts/histogram-bins";
import { mulberry32 } from "../../lib/events/rng";
import { assertGolden } from "./golden";

const options = { title: "Random-entry mean returns", caption: "Source: generated; 400 random sets", horizon: "252 trading days", bins: 12 };

/** A baseline like randomEntryBaseline's: 400 means (a hump between -10% and 30%), the events at 18.1%. */
function baseline() {
  const rand = mulberry32(11);
  const means = Float64Array.from({ length: 400 }, () => -0.1 + 0.1 * (rand() + rand() + rand() + rand()));
  return { means, eventMean: 0.181, percentile: 87.25, quantiles: { p5: 0.01, p95: 0.2 } };
}

type Trace = { y: number[]; x: number[]; width: number[]; text: string[] };

test("baselineHistogram matches its golden file", () => {
  assertGolden("baseline-histogram", baselineHistogram(baseline(), options));
});

test("baselineHistogram counts every random mean once, in percent, and states the events' percentile", () => {
  const b = baseline();
  const fig = baselineHistogram(b, options);
  const bars = fig.data[0] as Trace;
  assert.equal(bars.y.reduce((a, c) => a + c, 0), 400);
  assert.equal(bars.y.length, 12);
  // The first bin starts at the smallest mean, in percent.
  const smallest = 100 * Math.min(...b.means);
  assert.ok(Math.abs(bars.x[0] - bars.width[0] / 2 - smallest) < 0.01);
  const label = (fig.layout.annotations as { text: string }[])[1].text;
  assert.equal(label, "events' mean 18.1%<br>percentile 87.3 of 400 random-entry means");
  assert.deepEqual((fig.data[1] as Trace).x, [18.1, 18.1]);
});

test("histogramBins splits the range into equal bins and puts the maximum in the last", () => {
  assert.deepEqual(histogramBins([0, 1, 1, 2, 4], 2), { edges: [0, 2, 4], counts: [3, 2] });
  assert.deepEqual(histogramBins([0, 1, 2, 3], 4), { edges: [0, 0.75, 1.5, 2.25, 3], counts: [1, 1, 1, 1] });
  assert.deepEqual(histogramBins([5, 5], 3), { edges: [4.5, 5.5], counts: [2] });
  assert.throws(() => histogramBins([1, NaN], 2), /values\[1\] is NaN/);
  assert.throws(() => histogramBins([1], 0), /bins 0: must be a whole number >= 1/);
});
