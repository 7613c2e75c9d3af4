import { test } from "node:test";
import assert from "node:assert/strict";
import { inverseHeadAndShoulders } from "../../../lib/patterns/inverse-head-and-shoulders";
import { nearestBreakout, necklineReadings } from "../../../lib/studies/001-technical-breakout/nearest-breakout";
import { seriesThrough } from "../../patterns/fixtures";

// Two textbook patterns in a row. The first (neckline 110) breaks out on row 98, where the rally
// 100 -> 140 over 30 rows first tops 110; the second (neckline 140, shoulders 130 on rows 150 and
// 210) on row 221, where 130 + (t - 210) first tops 140.
const knots: [number, number][] = [
  [0, 120], [30, 100], [45, 110], [60, 90], [75, 110], [90, 100], [120, 140],
  [150, 130], [165, 140], [180, 120], [195, 140], [210, 130], [240, 160],
];
const series = seriesThrough(knots);
const patterns = inverseHeadAndShoulders(series, { pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 });

test("the breakout whose neckline is nearest the level, within the date range", () => {
  assert.deepEqual(patterns.filter((p) => p.outcome === "breakout").map((p) => p.breakoutIndex), [98, 221]);
  assert.equal(nearestBreakout(series, patterns, 112)?.breakoutIndex, 98);
  assert.equal(nearestBreakout(series, patterns, 135)?.breakoutIndex, 221);
  assert.equal(nearestBreakout(series, patterns, 112, { from: series.dates[150] })?.breakoutIndex, 221);
  assert.equal(nearestBreakout(series, patterns, 112, { to: series.dates[97] }), null);
});

test("neckline readings: the nearest breakout per detector reading, or none", () => {
  const params = { pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 };
  const rows = necklineReadings(series, [
    { label: "5-day pivots", params },
    { label: "breakout within 5 days", params: { ...params, maxBreakoutDays: 5 } },
  ], 112);
  assert.deepEqual(rows[0], { reading: "5-day pivots", breakout: series.dates[98], neckline: 110, difference: -2, pattern: `${series.dates[30]} / ${series.dates[60]} / ${series.dates[90]}` });
  // Both right shoulders are known 5 rows after they happen: too late for a 5-day wait.
  assert.equal(rows[1].breakout, "none");
  const none = necklineReadings(series, [{ label: "too early", params }], 112, { to: series.dates[50] });
  assert.deepEqual([none[0].breakout, Number.isNaN(none[0].neckline)], ["none", true]);
});
