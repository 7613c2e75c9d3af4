import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULTS } from "../../../lib/studies/001-technical-breakout/parameters";
import { detectorLabel, detectorOf, measurePattern, necklineClaim } from "../../../lib/studies/001-technical-breakout/pattern";
import { inverseHeadAndShouldersKnots, seriesThrough } from "../../patterns/fixtures";

// A textbook pattern in 2024 (weekdays from 2024-01-01): shoulders 100 on rows 30 and 90, head 90
// on row 60, a flat neckline at 110, first close above it on row 106 (100 + (t - 90) * 20 / 30 > 110).
const series = seriesThrough(inverseHeadAndShouldersKnots());
const params = { ...DEFAULTS, patternYear: 2024, articleNeckline: 110, necklineTolerance: 1 };

test("the year's breakout nearest the article's neckline, with its level on the breakout day", () => {
  const m = measurePattern(series, params);
  assert.equal(m.breakout?.index, 106);
  assert.equal(m.breakout?.neckline, 110);
  assert.equal(m.breakout?.date, series.dates[106]);
  assert.deepEqual(m.yearRows.map((r) => r.breakout), [series.dates[106]]);
});

test("001-1: confirmed within necklineTolerance, roughly within three times it, not confirmed beyond", () => {
  const verdict = (articleNeckline: number) => necklineClaim(series, measurePattern(series, { ...params, articleNeckline }), { ...params, articleNeckline }).verdict;
  assert.equal(verdict(111), "confirmed");
  assert.equal(verdict(111.5), "roughly");
  assert.equal(verdict(113), "roughly");
  assert.equal(verdict(113.5), "not confirmed");
});

test("001-1: no breakout in the pattern year is not confirmed, and says so", () => {
  const other = { ...params, patternYear: 2023 };
  const claim = necklineClaim(series, measurePattern(series, other), other);
  assert.equal(claim.verdict, "not confirmed");
  assert.equal(claim.measured, "no breakout in 2023");
});

test("the detector follows the parameters: a zig-zag replaces the pivot window when set", () => {
  assert.deepEqual(detectorOf({ ...DEFAULTS, zigzag: 0.04 }).pivots, { zigzag: 0.04 });
  assert.deepEqual(detectorOf(DEFAULTS).pivots, { window: 5 });
  assert.equal(detectorLabel(detectorOf({ ...DEFAULTS, prices: "high-low" })), "5-day pivots of the highs and lows, shoulders within 5.0%, neckline tilt within 5.0%");
});
