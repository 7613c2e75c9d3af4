import { test } from "node:test";
import assert from "node:assert/strict";
import { sliceByDate } from "../../../lib/series/daily-series";
import { DAYS_PER_YEAR } from "../../../lib/series/dates";
import { recordBreakouts } from "../../../lib/studies/002-first-record-in-a-year/record-breakouts";
import { makeSeries, randomWalk } from "../../fixtures/series";
import { bruteBreakouts, daysApart } from "../../series/record-oracle";
import { sawtooth } from "./fixtures";

// Record 200 on row 2; a fall; the old record beaten on row 500 (a +4% day from 196.15 to 204).
const closes = Array.from({ length: 520 }, (_, i) => (i === 2 ? 200 : i === 499 ? 196.15 : i === 500 ? 204 : 150 + (i % 9)));
const series = makeSeries(closes);

test("a breakout carries its close, the old record, the day's move, the margin and the drought's length", () => {
  const [b, ...rest] = recordBreakouts(series, { minDays: 366 });
  assert.deepEqual(rest, []);
  assert.equal(b.date, series.dates[500]);
  assert.equal(b.previousDate, series.dates[2]);
  assert.equal(b.close, 204);
  assert.equal(b.previousClose, 200);
  assert.ok(Math.abs(b.dayChange - (204 - 196.15) / 196.15) < 1e-15);
  assert.ok(Math.abs(b.margin - 0.02) < 1e-15);
  assert.equal(b.droughtTradingDays, 498);
  const days = daysApart(series.dates[2], series.dates[500]);
  assert.equal(b.droughtDays, days);
  assert.equal(b.droughtYears, days / DAYS_PER_YEAR);
});

test("from and to choose which breakouts are listed, without cutting the history that sets the record", () => {
  const from = series.dates[100];
  const listed = recordBreakouts(series, { minDays: 366, from });
  assert.deepEqual(listed.map((b) => [b.date, b.previousDate]), [[series.dates[500], series.dates[2]]], "the old record of row 2 still counts");
  // Cutting the series at `from` instead would lose the old record: a different (wrong) answer.
  assert.notDeepEqual(recordBreakouts(sliceByDate(series, from), { minDays: 366 }).map((b) => b.previousDate), [series.dates[2]]);
  assert.deepEqual(recordBreakouts(series, { minDays: 366, to: series.dates[499] }), []);
  assert.equal(recordBreakouts(series, { minDays: 366, from: series.dates[500], to: series.dates[500] }).length, 1);
});

test("on random walks the breakouts are the brute-force ones, and each close clears its old record", () => {
  for (const seed of [11, 12, 13]) {
    const walk = makeSeries(randomWalk(2000, seed, 0.0003, 0.015));
    const breakouts = recordBreakouts(walk, { minDays: 120 });
    assert.deepEqual(breakouts.map((b) => [b.index, b.previousIndex, b.droughtDays]), bruteBreakouts(walk, 120));
    for (const b of breakouts) {
      assert.ok(b.margin > 0, `breakout ${b.date} clears the old record`);
      assert.equal(b.close, walk.close[b.index]);
      assert.equal(b.dayChange, walk.close[b.index] / walk.close[b.index - 1] - 1);
    }
  }
});

test("a bad minimum drought is refused with its name", () => {
  assert.throws(() => recordBreakouts(series, { minDays: -1 }), /minDays -1: must be a finite number >= 0/);
});

test("a drought can be measured in trading days: a minimum equal to the drought counts it, one more does not", () => {
  // Records every 258 rows: about 360 calendar days, so "366 calendar days" misses them all.
  const saw = sawtooth(4, 258);
  assert.equal(recordBreakouts(saw, { minDays: 366 }).length, 0);
  const trading = recordBreakouts(saw, { minDays: 258, unit: "trading" });
  assert.deepEqual(trading.map((b) => b.index), [516, 774, 1032]);
  assert.ok(trading.every((b) => b.droughtTradingDays === 258 && b.droughtDays < 366));
  assert.equal(recordBreakouts(saw, { minDays: 259, unit: "trading" }).length, 0);
  assert.throws(() => recordBreakouts(saw, { minDays: -1, unit: "trading" }), /minDays -1: must be a finite number >= 0/);
});
