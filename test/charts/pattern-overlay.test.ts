import assert from "node:assert/strict";
import { test } from "node:test";
import { patternOverlay } from "../../lib/charts/pattern-overlay";
import { inverseHeadAndShoulders } from "../../lib/patterns/inverse-head-and-shoulders";
import { inverseHeadAndShouldersKnots, seriesThrough } from "../patterns/fixtures";

test("the overlay draws the neckline from the left shoulder to the breakout, the five swings and the breakout", () => {
  const series = seriesThrough(inverseHeadAndShouldersKnots({ rightPeak: 113 }));
  const [pattern] = inverseHeadAndShoulders(series, { pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 });
  const { lines, markers } = patternOverlay(series, pattern);
  const [neckline] = lines;
  assert.deepEqual(neckline.dates, [series.dates[30], series.dates[116]]);
  // Neckline 110 + 0.1 (t - 45): 108.5 on row 30, 117.1 on row 116.
  assert.ok(Math.abs(neckline.values[0] - 108.5) < 1e-9 && Math.abs(neckline.values[1] - 117.1) < 1e-9);
  assert.equal(neckline.name, "neckline (110.00 to 117.10)");
  const [swings, breakout] = markers;
  assert.deepEqual(swings.dates, [30, 45, 60, 75, 90].map((i) => series.dates[i]));
  assert.deepEqual(Array.from(swings.values), [100, 110, 90, 113, 100]);
  assert.equal(swings.text![2], `head (known ${series.dates[65]})`);
  assert.deepEqual(breakout.dates, [series.dates[116]]);
});
