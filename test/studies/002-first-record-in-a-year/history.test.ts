import { test } from "node:test";
import assert from "node:assert/strict";
import type { DailySeries } from "../../../lib/series/daily-series";
import { claimCount, measureHistory, measureSweep, stepsCounting } from "../../../lib/studies/002-first-record-in-a-year/history";
import { defaults } from "../../../lib/studies/002-first-record-in-a-year/params";
import { measureReadings, summarizeReadings } from "../../../lib/studies/002-first-record-in-a-year/readings";
import { sawtooth, steadyGrowth } from "./fixtures";

// `cases` earlier breakouts 300 rows apart, then the article's own: the last record.
function history(cases: number) {
  const source = sawtooth(cases + 2, 300, "1979-01-01", 300);
  const breakoutDate = source.dates[(cases + 2) * 300];
  return { source, breakoutDate, m: measureHistory(source, breakoutDate, defaults) };
}

function claimFor(source: DailySeries, breakoutDate: string) {
  const m = measureHistory(source, breakoutDate, defaults);
  const target = steadyGrowth(source, 0.1, 252);
  const tried = summarizeReadings(measureReadings(source, target, m.historyTo, defaults), defaults);
  return claimCount(m, tried, measureSweep(source, target, m, defaults), defaults, "generated history");
}

test("the article's own breakout is its current event, not one of its cases", () => {
  const { source, breakoutDate, m } = history(11);
  assert.equal(m.history.length, 11);
  assert.equal(m.all.length, 12);
  assert.equal(m.all[11].date, breakoutDate);
  assert.equal(m.historyTo, source.dates[13 * 300 - 1]);
  assert.equal(m.breakoutDate, breakoutDate);
  assert.equal(m.dataStart, "1979-01-01");
});

test("a breakout date the series does not hold is refused, naming the fix", () => {
  const { source } = history(3);
  assert.throws(() => measureHistory(source, "1970-01-01", defaults), /002-3: the breakout of 1970-01-01 is not a day of TEST .*load the long history that holds it/);
});

test("002-3 confirms only the article's 11, is roughly within 2 of it, and not confirmed beyond", () => {
  const verdict = (cases: number) => {
    const { source, breakoutDate } = history(cases);
    return claimFor(source, breakoutDate).verdict;
  };
  assert.equal(verdict(11), "confirmed");
  assert.equal(verdict(10), "roughly");
  assert.equal(verdict(13), "roughly");
  assert.equal(verdict(9), "roughly");
  assert.equal(verdict(8), "not confirmed");
});

test("002-3's note gives the readings tried and the minimum droughts that give 11", () => {
  const { source, breakoutDate } = history(11);
  const result = claimFor(source, breakoutDate);
  assert.equal(result.measured, "11");
  assert.match(result.note, /4 readings tried; 4 \(100%\) reproduce the article's 11; the default \(366\+ calendar days, closes from 1979-01-01\) ranks 1 of 4/);
  assert.match(result.note, /current event, not one of its cases/);
  const m = measureHistory(source, breakoutDate, defaults);
  const sweep = measureSweep(source, steadyGrowth(source, 0.1, 252), m, defaults);
  // Every drought is 300 rows, so every minimum from the floor to that length counts all 11.
  assert.deepEqual(stepsCounting(sweep, 11).length, 1);
  assert.equal(sweep[0].events, 11);
  assert.equal(sweep[0].toDays, m.history[0].droughtDays);
});
