import { test } from "node:test";
import assert from "node:assert/strict";
import { defaults } from "../../../lib/studies/002-first-record-in-a-year/params";
import { breakoutDifference, breakoutReadings, measureReadings, readingBreakouts, readingsTable, summarizeReadings } from "../../../lib/studies/002-first-record-in-a-year/readings";
import { recordBreakouts } from "../../../lib/studies/002-first-record-in-a-year/record-breakouts";
import { makeSeries } from "../../fixtures/series";
import { sawtooth, steadyGrowth } from "./fixtures";

test("four readings, the default first: calendar or trading days, the whole history or closes from `since`", () => {
  const series = sawtooth(3, 300);
  assert.deepEqual(breakoutReadings(series, defaults).map((r) => r.label), [
    "366+ calendar days, closes from 1979-01-01",
    "253+ trading days, closes from 1979-01-01",
    "366+ calendar days, closes from 1980-01-01",
    "253+ trading days, closes from 1980-01-01",
  ]);
  // A `since` at or before the data's start leaves nothing to cut: two readings.
  assert.equal(breakoutReadings(series, { ...defaults, since: "1979-01-01" }).length, 2);
});

test("cutting the history at `since` forgets a higher record set before it", () => {
  // A record of 200 in 1979; after 1980 the closes stay below it, with highs of 150 then 160 a year and a half apart.
  const closes = Array.from({ length: 1200 }, (_, i) => (i === 5 ? 200 : i === 400 ? 150 : i === 800 ? 160 : 100));
  const series = makeSeries(closes, "1979-01-01");
  const [whole, , cut] = breakoutReadings(series, defaults);
  assert.deepEqual(readingBreakouts(series, whole, { from: defaults.since }), [], "with the whole history, 150 and 160 are not records");
  const fromSince = readingBreakouts(series, cut, { from: defaults.since });
  assert.deepEqual(fromSince.map((b) => [b.date, b.previousDate]), [[series.dates[800], series.dates[400]]]);
});

test("the readings tried for the count, the hit rate and the mean: how many reproduce, and the default's rank", () => {
  // 13 records 300 rows apart: 12 breakouts, 11 before the last (the article's own); the target gains 15% a year.
  const source = sawtooth(13, 300, "1979-01-01", 300);
  const target = steadyGrowth(source, 0.15, 252);
  const to = source.dates[13 * 300 - 1];
  const results = measureReadings(source, target, to, defaults);
  assert.deepEqual(results.map((r) => r.breakouts.length), [11, 11, 11, 11]);
  const summary = summarizeReadings(results, defaults);
  assert.deepEqual(summary.count, { tried: 4, reproducing: 4, share: 1, defaultLabel: results[0].reading.label, defaultRank: 1 });
  assert.equal(summary.mean.tried, 8, "4 readings × 2 horizons");
  assert.equal(summary.mean.reproducing, 8, "every one-year return is 15%, within 2 pp");
  assert.equal(summary.hitRate.reproducing, 0, "higher 11 of 11 (100%) is more than 5 pp from 10 of 11");
});

test("where only a trading-day reading reproduces 11, the default ranks after the closer ones", () => {
  // Records every 258 rows (about 360 calendar days): 11 breakouts in trading days, none in calendar
  // days. The first record falls in December 1979, so the history cut at 1980 starts one record later.
  const source = sawtooth(13, 258, "1979-01-01", 300);
  assert.ok(source.dates[258] < defaults.since && source.dates[516] > defaults.since, "fixture: first record in 1979");
  const results = measureReadings(source, steadyGrowth(source, 0.1, 252), source.dates[13 * 258 - 1], defaults);
  assert.deepEqual(results.map((r) => r.breakouts.length), [0, 11, 0, 10]);
  const { count } = summarizeReadings(results, defaults);
  assert.equal(count.reproducing, 1);
  assert.equal(count.share, 0.25);
  assert.equal(count.defaultRank, 3, "11 and 10 are closer to the article's 11 than the default's 0");
  const table = readingsTable(results);
  assert.deepEqual(table.rows.map((r) => r.breakouts), [0, 11, 0, 10]);
  assert.deepEqual(table.percent, ["sp500Mean252d", "sp500Mean1y"]);
  assert.equal(table.rows[1].sp500Higher252d, "11 of 11");
  assert.equal(table.rows[0].vsDefault, "same breakouts");
});

test("each reading says which breakouts it adds to the default's and which it drops", () => {
  const [a, b, c] = recordBreakouts(sawtooth(4, 300), { minDays: 366 });
  assert.equal(breakoutDifference([a, b], [b, c]), `+${c.date}, -${a.date}`);
  assert.equal(breakoutDifference([a, b], [a, b]), "same breakouts");
});
