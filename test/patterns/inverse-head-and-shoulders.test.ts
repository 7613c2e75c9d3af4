import { test } from "node:test";
import assert from "node:assert/strict";
import { inverseHeadAndShoulders, necklineAt, type InverseHeadAndShouldersParams } from "../../lib/patterns/inverse-head-and-shoulders";
import { patternRows } from "../../lib/patterns/pattern-rows";
import { makeSeries, sineTrend } from "../fixtures/series";
import { inverseHeadAndShouldersKnots, pathThrough, seriesThrough } from "./fixtures";

const params: InverseHeadAndShouldersParams = { pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 };

test("a textbook inverse head-and-shoulders is found, with its neckline and breakout day", () => {
  const series = seriesThrough(inverseHeadAndShouldersKnots());
  const found = inverseHeadAndShoulders(series, params);
  assert.equal(found.length, 1);
  const [p] = found;
  assert.deepEqual(
    [p.leftShoulder.index, p.leftPeak.index, p.head.index, p.rightPeak.index, p.rightShoulder.index],
    [30, 45, 60, 75, 90],
  );
  assert.equal(p.formedIndex, 95); // the right shoulder is known 5 rows after row 90
  assert.equal(necklineAt(p, 100), 110); // flat through the two peaks of 110
  // The rally climbs 20 points in 30 rows from 100: it is above 110 from row 90 + 16.
  assert.equal(p.outcome, "breakout");
  assert.equal(p.breakoutIndex, 106);
  assert.equal(p.decidedIndex, 106);
});

test("a sloped neckline is followed along its slope", () => {
  const series = seriesThrough(inverseHeadAndShouldersKnots({ rightPeak: 113 }));
  const [p] = inverseHeadAndShoulders(series, params);
  // Neckline 110 + 0.1 (t - 45); rally 100 + 2/3 (t - 90): the close passes it 25.6 rows after row 90.
  assert.equal(p.breakoutIndex, 116);
  assert.ok(Math.abs(necklineAt(p, 116) - 117.1) < 1e-9);
});

test("a zig-zag finds the same pattern, known when the rally reaches 5% off the right shoulder", () => {
  const series = seriesThrough(inverseHeadAndShouldersKnots());
  const [p] = inverseHeadAndShoulders(series, { ...params, pivots: { zigzag: 0.05 } });
  assert.equal(p.formedIndex, 98);
  assert.equal(p.breakoutIndex, 106);
});

test("highs and lows: swings from the day's range, breakout still on the close", () => {
  const close = pathThrough(inverseHeadAndShouldersKnots());
  const series = { ...makeSeries(close), high: close.map((c) => c + 1), low: close.map((c) => c - 1) };
  const [p] = inverseHeadAndShoulders(series, { ...params, prices: "high-low" });
  assert.deepEqual([p.head.value, p.leftPeak.value], [89, 111]);
  assert.equal(p.breakoutIndex, 107); // 100 + 2/3 u > 111 first at u = 17
  assert.throws(() => inverseHeadAndShoulders(makeSeries(close), { ...params, prices: "high-low" }), /has no high\/low columns/);
});

test("shoulders further apart than the tolerance are not a pattern", () => {
  // Shoulders 100 and 106: 6 points apart, 5.8% of their average of 103.
  const series = seriesThrough(inverseHeadAndShouldersKnots({ rightShoulder: 106 }));
  assert.equal(inverseHeadAndShoulders(series, { ...params, shoulderTolerance: 0.05 }).length, 0);
  assert.equal(inverseHeadAndShoulders(series, { ...params, shoulderTolerance: 0.06 }).length, 1);
});

test("a neckline tilted beyond the limit is not a pattern", () => {
  // Peaks 110 and 118: the second is 7.3% above the first.
  const series = seriesThrough(inverseHeadAndShouldersKnots({ rightPeak: 118 }));
  assert.equal(inverseHeadAndShoulders(series, { ...params, maxNecklineTilt: 0.05 }).length, 0);
  assert.equal(inverseHeadAndShoulders(series, { ...params, maxNecklineTilt: 0.08 }).length, 1);
});

test("a fall below the right shoulder before any breakout fails the pattern", () => {
  const knots: [number, number][] = [...inverseHeadAndShouldersKnots().slice(0, 6), [100, 108], [110, 95], [140, 130]];
  const found = inverseHeadAndShoulders(seriesThrough(knots), params);
  assert.equal(found.length, 1);
  // From 108 on row 100 the close loses 1.3 a row: below the shoulder of 100 on row 107.
  assert.deepEqual([found[0].outcome, found[0].decidedIndex, found[0].breakoutIndex], ["failed", 107, null]);
});

test("no breakout within maxBreakoutDays expires the pattern; data ending first leaves it open", () => {
  const knots: [number, number][] = [...inverseHeadAndShouldersKnots().slice(0, 6), [100, 105], [220, 108]];
  const [expired] = inverseHeadAndShoulders(seriesThrough(knots), { ...params, maxBreakoutDays: 40 });
  assert.deepEqual([expired.outcome, expired.decidedIndex], ["expired", 130]);
  const [open] = inverseHeadAndShoulders(seriesThrough(knots), { ...params, maxBreakoutDays: 200 });
  assert.deepEqual([open.outcome, open.decidedIndex], ["open", null]);
});

test("plain trends, rising or falling, with or without swings, hold no pattern", () => {
  const steady = makeSeries(Float64Array.from({ length: 400 }, (_, i) => 100 * 1.001 ** i));
  const risingWaves = makeSeries(sineTrend(600, 40, 0.05, 0.002));
  const fallingWaves = makeSeries(sineTrend(600, 40, 0.05, -0.002));
  for (const [name, series] of [["steady", steady], ["rising waves", risingWaves], ["falling waves", fallingWaves]] as const) {
    for (const pivots of [{ window: 3 }, { window: 5 }, { zigzag: 0.03 }]) {
      assert.deepEqual(inverseHeadAndShoulders(series, { ...params, pivots, shoulderTolerance: 0.1, maxNecklineTilt: 0.2 }), [], `${name}, ${JSON.stringify(pivots)}`);
    }
  }
});

test("bad parameters are refused with the fix", () => {
  const series = seriesThrough(inverseHeadAndShouldersKnots());
  assert.throws(() => inverseHeadAndShoulders(series, { ...params, shoulderTolerance: -0.1 }), /shoulderTolerance -0.1: must be a finite number >= 0/);
  assert.throws(() => inverseHeadAndShoulders(series, { ...params, maxBreakoutDays: 0 }), /maxBreakoutDays 0: must be a whole number of trading days >= 1/);
});

test("pattern rows give dates, levels, the neckline at the breakout and the depth", () => {
  const series = seriesThrough(inverseHeadAndShouldersKnots());
  const [row] = patternRows(series, inverseHeadAndShoulders(series, params));
  assert.equal(row.head, series.dates[60]);
  assert.equal(row.breakout, series.dates[106]);
  assert.equal(row.formed, series.dates[95]);
  assert.equal(row.neckline, 110);
  assert.deepEqual([row.headLevel, row.shoulderGap], [90, 0]);
  // Shoulders 100 and 106: 6 / 103 apart.
  const lopsided = seriesThrough(inverseHeadAndShouldersKnots({ rightShoulder: 106 }));
  assert.equal(patternRows(lopsided, inverseHeadAndShoulders(lopsided, { ...params, shoulderTolerance: 0.06 }))[0].shoulderGap, 6 / 103);
  assert.ok(Math.abs(row.depth - (1 - 90 / 110)) < 1e-12);
  assert.equal(row.outcome, "breakout");
});
