import { test } from "node:test";
import assert from "node:assert/strict";
import { sweepReadingsNear, troughSweep } from "../../../lib/studies/004-small-cap-snapshot/trough-sweep";
import { makeSeries } from "../../fixtures/series";

// The series of troughs.test.ts: 20%/20% troughs at rows 4 (75) and 10 (80); 20%/10% at rows 2 (78) and 10.
const series = makeSeries([100, 90, 78, 88, 75, 92, 95, 105, 110, 85, 80, 100]);

test("each cell's mean is the mean of the hand-computed returns after its troughs", () => {
  const grid = troughSweep(series, { falls: [0.2, 0.3], recoveries: [0.1, 0.2], horizon: { tradingDays: 1 } });
  assert.equal(grid.label, "1d");
  assert.deepEqual(grid.count, [
    [2, 2],
    [0, 0],
  ]);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-12;
  // Next-day returns: 78 -> 88, 75 -> 92, 80 -> 100.
  assert.ok(near(grid.meanForwardReturn[0][0], (88 / 78 - 1 + 0.25) / 2));
  assert.ok(near(grid.meanForwardReturn[0][1], (92 / 75 - 1 + 0.25) / 2));
  assert.deepEqual(grid.hitRate[0], [1, 1]);
  // No bear market falls 30%: no troughs, statistics NaN.
  assert.ok(Number.isNaN(grid.meanForwardReturn[1][0]));
});

test("troughs whose horizon runs past the data's end are counted apart", () => {
  // Two days after row 10 is past the last row (11).
  const grid = troughSweep(series, { falls: [0.2], recoveries: [0.2], horizon: { tradingDays: 2 } });
  assert.deepEqual([grid.count[0][0], grid.openCount[0][0]], [1, 1]);
  assert.ok(Math.abs(grid.meanForwardReturn[0][0] - (95 / 75 - 1)) < 1e-12);
  assert.equal(grid.medianForwardReturn[0][0], grid.meanForwardReturn[0][0]);
});

test("the readings near a target are the cells whose mean is within the tolerance", () => {
  const grid = troughSweep(series, { falls: [0.2, 0.3], recoveries: [0.1, 0.2], horizon: { tradingDays: 1 } });
  // Means: 18.9% (10% recovery) and 23.8% (20% recovery); NaN cells never match.
  assert.deepEqual(sweepReadingsNear(grid, 0.24, 0.005).map((r) => [r.fall, r.recovery, r.count]), [[0.2, 0.2, 2]]);
  assert.equal(sweepReadingsNear(grid, 0.2, 0.1).length, 2);
  assert.throws(() => sweepReadingsNear(grid, 0.2, -1), /tolerance -1/);
  assert.throws(() => troughSweep(series, { falls: [], recoveries: [0.2], horizon: { tradingDays: 1 } }), /pass at least one value each/);
});
