import { test } from "node:test";
import assert from "node:assert/strict";
import { sweepDefinition, sweepReadings, troughSweep } from "../../../lib/studies/004-small-cap-snapshot/trough-sweep";
import { makeSeries } from "../../fixtures/series";

// One bear market with a bounce: record to record its trough is row 5 (70); with a 20% bounce
// from records, row 2 (80); measured from rally highs, rows 2 and 5. Then new records.
const series = makeSeries([100, 90, 80, 96, 85, 70, 90, 101, 103, 105]);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-12;

test("each cell's mean is the mean of the hand-computed returns after its troughs", () => {
  const grid = troughSweep(series, { falls: [0.2, 0.4], ends: ["record", 0.2], horizon: { tradingDays: 1 } });
  assert.equal(grid.label, "1d");
  assert.deepEqual(grid.count, [[1, 1], [0, 0]]);
  // Next-day returns: 70 -> 90 (record to record), 80 -> 96 (record, 20% bounce).
  assert.ok(near(grid.meanForwardReturn[0][0], 90 / 70 - 1));
  assert.ok(near(grid.meanForwardReturn[0][1], 96 / 80 - 1));
  // No bear market falls 40%: no troughs, statistics NaN.
  assert.ok(Number.isNaN(grid.meanForwardReturn[1][0]));
  assert.deepEqual(grid.definitions[0], [{ rule: "record-to-record", fall: 0.2 }, { rule: "record-bounce", fall: 0.2, recovery: 0.2 }]);
});

test("falls from rally highs: both lows count", () => {
  const grid = troughSweep(series, { falls: [0.2], ends: [0.2], peak: "rally", horizon: { tradingDays: 1 } });
  assert.equal(grid.count[0][0], 2);
  assert.ok(near(grid.meanForwardReturn[0][0], (96 / 80 - 1 + 90 / 70 - 1) / 2));
});

test("troughs whose horizon runs past the data's end are counted apart", () => {
  // Five days after row 5 is row 10, past the last row (9).
  const grid = troughSweep(series, { falls: [0.2], ends: ["record"], horizon: { tradingDays: 5 } });
  assert.deepEqual([grid.count[0][0], grid.openCount[0][0]], [0, 1]);
});

test("a 'record' end is record to record whatever the peak; every cell is a reading, each definition once", () => {
  assert.deepEqual(sweepDefinition(0.3, "record", "rally"), { rule: "record-to-record", fall: 0.3 });
  const record = troughSweep(series, { falls: [0.2], ends: ["record", 0.2], horizon: { tradingDays: 1 } });
  const rally = troughSweep(series, { falls: [0.2], ends: ["record", 0.2], peak: "rally", horizon: { tradingDays: 1 } });
  const readings = sweepReadings([record, rally]);
  assert.deepEqual(readings.map((r) => r.label), ["record to record, fall 20%", "fall 20% from the record, 20% bounce", "fall 20% from the rally high, 20% bounce"]);
  assert.ok(near(readings[0].value, 100 * (90 / 70 - 1)), "values in percent");
  assert.throws(() => troughSweep(series, { falls: [], ends: ["record"], horizon: { tradingDays: 1 } }), /pass at least one value each/);
});
