import { test } from "node:test";
import assert from "node:assert/strict";
import { claim3, currentEventRows, measureCases } from "../../../lib/studies/000-200-day-reclaim/cases";
import { measureCurrentEvent } from "../../../lib/studies/000-200-day-reclaim/current-event";
import { knownOutcomesTo } from "../../../lib/studies/000-200-day-reclaim/known-outcomes";
import { DEFAULTS } from "../../../lib/studies/000-200-day-reclaim/params";
import { measureSensitivity, sensitivityReadings } from "../../../lib/studies/000-200-day-reclaim/sensitivity";
import type { ReclaimSweep } from "../../../lib/studies/000-200-day-reclaim/sweep";
import { makeSeries, randomWalk } from "../../fixtures/series";

// With a 2-day average a close is above it exactly when it beats the day before. Closes rise
// every day except on the rows in `falls`: a fall after a rise is a breakdown, the next rise
// a reclaim. Rows from Wednesday 2025-01-01.
const falls = new Set([10, 11, 12, 30, 31, 50]);
let level = 100;
const series = makeSeries(Array.from({ length: 60 }, (_, i) => (level *= falls.has(i) ? 0.99 : 1.01)), "2025-01-01");
// Five-day outcomes; the article writes on row 54, so outcomes from rows up to 49 are known then.
const params = { ...DEFAULTS, window: 2, minGap: 0, gapUnit: "trading", start: "2025-01-01", articleDate: series.dates[54], horizonDays: 5 };

test("the earlier cases are the reclaims whose outcome was known on the article's date", () => {
  assert.equal(knownOutcomesTo(series, params), series.dates[49]);
  const cases = measureCases(series, params);
  assert.deepEqual(cases.reclaims.map((r) => r.index), [13, 32]);
  assert.equal(cases.to, series.dates[49]);
  assert.ok(cases.main.complete.length === 2 && cases.main.open.length === 0);
});

test("the current event is the reclaim on row 51: shown apart, with its own outcome", () => {
  const event = measureCurrentEvent(series, params);
  assert.equal(event.last?.index, 51);
  const [row] = currentEventRows(series, event, params);
  assert.deepEqual([row.reclaim, row.breakdown, row.status], [series.dates[51], series.dates[50], "complete"]);
  assert.ok(Math.abs((row.forwardReturn ?? NaN) - (1.01 ** 5 - 1)) < 1e-12);
});

test("an article dated before any known outcome is refused with the fix", () => {
  assert.throws(() => knownOutcomesTo(series, { ...params, articleDate: series.dates[3] }), /fewer than 5 trading days of TEST before it/);
});

/** A sweep of two windows x two gaps whose earlier-case counts are `events`; the default is 200/90. */
function sweepOf(events: number[][]): ReclaimSweep {
  const nan = events.map((row) => row.map(() => NaN));
  return { rows: [190, 200], columns: [80, 90], label: "252d", gapUnit: "calendar", events, complete: events, open: events.map((r) => r.map(() => 0)), meanForwardReturn: nan, hitRate: nan };
}

test("000-3: 8 confirms, 7 or 9 is roughly, 6 is not confirmed unless another reading gives 8", () => {
  const cases = (n: number) => ({ ...measureCases(series, params), reclaims: new Array(n).fill(measureCases(series, params).reclaims[0]) });
  const event = measureCurrentEvent(series, params);
  const verdict = (n: number, events: number[][]) => claim3(cases(n), sensitivityReadings(sweepOf(events)), event, DEFAULTS);
  assert.equal(verdict(8, [[6, 6], [6, 8]]).verdict, "confirmed");
  assert.equal(verdict(7, [[6, 6], [6, 7]]).verdict, "roughly");
  assert.equal(verdict(9, [[6, 6], [6, 9]]).verdict, "roughly");
  assert.equal(verdict(6, [[6, 6], [6, 6]]).verdict, "not confirmed");
  const other = verdict(6, [[11, 6], [8, 6]]);
  assert.equal(other.verdict, "roughly");
  assert.match(other.note, /4 readings tried; 1 \(25%\) reproduce the article's 8 cases; the default \(200\/90\) ranks 2 of 4 by closeness\. 1 \(25%\) give the bullet list's 11\./);
  assert.match(other.note, /the nearest is window 200, gap 80 calendar days\.$/);
});

test("the sensitivity map counts the same earlier cases as 000-3 in the default's cell", () => {
  const walk = makeSeries(randomWalk(4200, 12, 0.0003, 0.013), "2008-01-01");
  const dated = { ...DEFAULTS, articleDate: walk.dates[4100] };
  const sweep = measureSensitivity(walk, dated);
  const cell = (grid: number[][]) => grid[sweep.rows.indexOf(200)][sweep.columns.indexOf(90)];
  const cases = measureCases(walk, dated);
  assert.ok(cases.reclaims.length >= 3, "the walk should have earlier cases");
  assert.equal(cell(sweep.events), cases.reclaims.length);
  assert.equal(cell(sweep.complete), cases.reclaims.length, "every earlier case has a complete year");
  assert.ok(Math.abs(cell(sweep.meanForwardReturn) - cases.main.summary.mean) < 1e-12);
  const odd = measureSensitivity(walk, { ...dated, window: 195, minGap: 45 });
  assert.ok(odd.rows.includes(195) && odd.columns.includes(45), "the parameters' own reading is always among those tried");
});
