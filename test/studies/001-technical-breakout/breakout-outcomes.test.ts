import { test } from "node:test";
import assert from "node:assert/strict";
import { breakoutOutcomes } from "../../../lib/studies/001-technical-breakout/breakout-outcomes";
import { inverseHeadAndShoulders } from "../../../lib/patterns/inverse-head-and-shoulders";
import { inverseHeadAndShouldersKnots, seriesThrough } from "../../patterns/fixtures";

test("each breakout joined to its forward returns; failed patterns are left out", () => {
  // The textbook pattern, with the path held at 120 for 30 more rows.
  const knots: [number, number][] = [...inverseHeadAndShouldersKnots(), [150, 120]];
  const series = seriesThrough(knots);
  const patterns = inverseHeadAndShoulders(series, { pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 });
  const { rows, study } = breakoutOutcomes(series, patterns, [{ tradingDays: 10 }, { tradingDays: 100 }]);
  assert.deepEqual(study.events, [106]);
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.equal(row.breakout, series.dates[106]);
  assert.equal(row.neckline, 110);
  assert.equal(row.breakoutClose, 100 + (20 * 16) / 30);
  // Row 106 closes at 100 + 20 * 16 / 30; ten rows later at 100 + 20 * 26 / 30.
  assert.ok(Math.abs((row["10d"] as number) - ((100 + (20 * 26) / 30) / (100 + (20 * 16) / 30) - 1)) < 1e-12);
  assert.match(row["100d"] as string, /^open: \+\d+\.\d% to date$/);
});

test("a pattern that failed gives no row and no event", () => {
  const knots: [number, number][] = [...inverseHeadAndShouldersKnots().slice(0, 6), [100, 108], [110, 95], [140, 130]];
  const series = seriesThrough(knots);
  const patterns = inverseHeadAndShoulders(series, { pivots: { window: 5 }, shoulderTolerance: 0.03, maxNecklineTilt: 0.05 });
  assert.equal(patterns[0].outcome, "failed");
  const { rows, study } = breakoutOutcomes(series, patterns, [{ tradingDays: 10 }]);
  assert.deepEqual([rows, study.events], [[], []]);
});
