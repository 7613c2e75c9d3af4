import assert from "node:assert/strict";
import { test } from "node:test";
import { baselineHistogram } from "../../lib/charts/baseline-histogram";
import { histogramBins } from "../../lib/charts/histogram-bins";
import { percentileRank } from "../../lib/charts/percentile-rank";
import { seededRandom } from "./fixtures";
import { assertGolden } from "./golden";

const options = { title: "Random-entry mean returns", caption: "Source: generated; 400 random sets", horizon: "252 trading days", bins: 12 };

function randomMeans(count: number): Float64Array {
  const rand = seededRandom(11);
  // Mean of four uniforms: a hump between -10% and 30%.
  return Float64Array.from({ length: count }, () => -10 + 10 * (rand() + rand() + rand() + rand()));
}

type Trace = { y: number[]; x: number[]; text: string[] };

test("baselineHistogram matches its golden file", () => {
  assertGolden("baseline-histogram", baselineHistogram(randomMeans(400), 18.1, options));
});

test("baselineHistogram counts every sample once and states the events' percentile", () => {
  const means = randomMeans(400);
  const fig = baselineHistogram(means, 18.1, options);
  const bars = fig.data[0] as Trace;
  assert.equal(bars.y.reduce((a, b) => a + b, 0), 400);
  assert.equal(bars.y.length, 12);
  const below = means.filter((m) => m < 18.1).length;
  const label = (fig.layout.annotations as { text: string }[])[1].text;
  assert.equal(label, `events' mean 18.1%<br>percentile ${((100 * below) / 400).toFixed(1)} of 400 random-entry means`);
  const marker = fig.data[1] as Trace;
  assert.deepEqual(marker.x, [18.1, 18.1]);
});

test("histogramBins splits the range into equal bins and puts the maximum in the last", () => {
  assert.deepEqual(histogramBins([0, 1, 1, 2, 4], 2), { edges: [0, 2, 4], counts: [3, 2] });
  assert.deepEqual(histogramBins([0, 1, 2, 3], 4), { edges: [0, 0.75, 1.5, 2.25, 3], counts: [1, 1, 1, 1] });
  assert.deepEqual(histogramBins([5, 5], 3), { edges: [4.5, 5.5], counts: [2] });
  assert.throws(() => histogramBins([1, NaN], 2), /values\[1\] is NaN/);
  assert.throws(() => histogramBins([1], 0), /bins 0: must be a whole number >= 1/);
});

test("percentileRank counts values below and half of the ties", () => {
  assert.equal(percentileRank([1, 2, 3, 4], 3.5), 75);
  assert.equal(percentileRank([1, 2, 3, 4], 3), 62.5);
  assert.equal(percentileRank([1, 2, 3, 4], 0), 0);
  assert.equal(percentileRank([1, 2, 3, 4], 9), 100);
  assert.throws(() => percentileRank([], 1), /values: empty/);
});
