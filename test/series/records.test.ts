import { test } from "node:test";
import assert from "node:assert/strict";
import { calendarDaysBetween } from "../../lib/series/dates";
import { recordDays, recordsAfterDrought } from "../../lib/series/records";
import { lookAheadViolations } from "../../lib/events/rule";
import { recordAfterDroughtRule } from "../../lib/events/rules";
import { makeSeries, randomWalk } from "../fixtures/series";
import { bruteBreakouts, daysApart } from "./record-oracle";

test("a staircase: ties are not records, the first day only sets the level by default", () => {
  const stairs = Float64Array.of(100, 100, 101, 101, 99, 102);
  assert.deepEqual(recordDays(stairs), [2, 5]);
  assert.deepEqual(recordDays(stairs, { firstDayCounts: true }), [0, 2, 5]);
});

test("a series that never beats its first close has no record", () => {
  assert.deepEqual(recordDays(Float64Array.of(5, 4, 3)), []);
  assert.deepEqual(recordDays(Float64Array.of(5, 5, 5)), []);
  assert.deepEqual(recordDays(new Float64Array(0)), []);
  assert.deepEqual(recordsAfterDrought(makeSeries([5, 4, 3]), { minDays: 0 }), []);
});

// Records on rows 2 and 400 (about 557 calendar days apart) and 401 (the next day).
const closes = Array.from({ length: 410 }, (_, i) => (i === 2 ? 110 : i === 400 ? 120 : i === 401 ? 121 : 100 - (i % 7)));
const series = makeSeries(closes);

test("records after a drought of at least minDays calendar days", () => {
  const drought = calendarDaysBetween(series.dates[2], series.dates[400]);
  assert.deepEqual(recordsAfterDrought(series, { minDays: 366 }), [
    { index: 400, date: series.dates[400], previousIndex: 2, previousDate: series.dates[2], droughtDays: drought },
  ]);
  assert.deepEqual(recordsAfterDrought(series, { minDays: drought + 1 }), []);
  // With no minimum, every record with a known previous record is an event.
  assert.deepEqual(recordsAfterDrought(series, { minDays: 0 }).map((r) => r.index), [400, 401]);
});

test("the first record's drought is only measured when the first day counts as a record", () => {
  assert.deepEqual(recordsAfterDrought(series, { minDays: 1 }).map((r) => r.index), [400, 401]);
  const fromFirstDay = recordsAfterDrought(series, { minDays: 1, firstDayCounts: true });
  assert.deepEqual(fromFirstDay.map((r) => [r.index, r.previousIndex]), [[2, 0], [400, 2], [401, 400]]);
});

// Added with study 002: ties, the first day, the "more than a year" boundary, and a cross-check
// against a brute-force reading of the rule (test/series/record-oracle.ts).

test("a tie with the old record after a drought is not a breakout and does not restart the drought", () => {
  // Record 110 on row 1; a tie on row 300; the first close above it on row 400.
  const closes = Array.from({ length: 420 }, (_, i) => (i === 1 || i === 300 ? 110 : i === 400 ? 110.01 : 100));
  const tied = makeSeries(closes);
  assert.deepEqual(recordDays(tied.close), [1, 400]);
  const [breakout, ...rest] = recordsAfterDrought(tied, { minDays: 366 });
  assert.deepEqual(rest, []);
  assert.deepEqual([breakout.index, breakout.previousIndex], [400, 1]);
  assert.equal(breakout.droughtDays, daysApart(tied.dates[1], tied.dates[400]));
});

test("a record on the first day of data: the drought from it is measured only when the first day counts", () => {
  // The first close is the high until row 350, which beats it.
  const closes = Array.from({ length: 360 }, (_, i) => (i === 0 ? 120 : i === 350 ? 121 : 100 + (i % 5)));
  const fromTop = makeSeries(closes);
  const drought = daysApart(fromTop.dates[0], fromTop.dates[350]);
  assert.deepEqual(recordDays(fromTop.close), [350]);
  assert.deepEqual(recordsAfterDrought(fromTop, { minDays: 0 }), [], "the first record in the data has no known previous record");
  assert.deepEqual(recordsAfterDrought(fromTop, { minDays: drought, firstDayCounts: true }).map((r) => [r.index, r.previousIndex, r.droughtDays]), [
    [350, 0, drought],
  ]);
  assert.deepEqual(recordsAfterDrought(fromTop, { minDays: drought + 1, firstDayCounts: true }), []);
});

test("a series with no record: only the first day, and only when it counts", () => {
  const falling = makeSeries([50, 49, 48, 48, 47]);
  assert.deepEqual(recordDays(falling.close, { firstDayCounts: true }), [0]);
  assert.deepEqual(recordsAfterDrought(falling, { minDays: 0, firstDayCounts: true }), []);
  assert.deepEqual(recordAfterDroughtRule({ minDays: 0 })(falling), []);
});

test("'more than a year' is minDays 366: a record exactly 365 days after the last one does not count", () => {
  // Records on 2024-01-02 (row 1) and then on 2025-01-01 (365 days later) or 2025-01-02 (366).
  const build = (secondDate: string) => {
    const series = makeSeries(Array.from({ length: 400 }, () => 100));
    series.close[1] = 110;
    const row = series.dates.indexOf(secondDate);
    assert.ok(row > 0, `${secondDate} is a weekday of the fixture`);
    series.close[row] = 111;
    return series;
  };
  assert.equal(daysApart("2024-01-02", "2025-01-01"), 365);
  assert.deepEqual(recordsAfterDrought(build("2025-01-01"), { minDays: 366 }), []);
  assert.deepEqual(recordsAfterDrought(build("2025-01-02"), { minDays: 366 }).map((r) => [r.date, r.droughtDays]), [["2025-01-02", 366]]);
  assert.deepEqual(recordsAfterDrought(build("2025-01-01"), { minDays: 365 }).map((r) => r.droughtDays), [365]);
});

test("recordsAfterDrought agrees with a brute-force scan on random walks, with and without the first day", () => {
  for (const seed of [1, 2, 3, 4]) {
    const walk = makeSeries(randomWalk(1500, seed, 0.0002, 0.015));
    for (const minDays of [0, 30, 200, 366]) {
      for (const firstDayCounts of [false, true]) {
        const got = recordsAfterDrought(walk, { minDays, firstDayCounts }).map((r) => [r.index, r.previousIndex, r.droughtDays]);
        assert.deepEqual(got, bruteBreakouts(walk, minDays, firstDayCounts), `seed ${seed}, minDays ${minDays}, firstDayCounts ${firstDayCounts}`);
      }
    }
  }
});

test("the drought rule is causal: no event depends on later closes", () => {
  const walk = makeSeries(randomWalk(400, 9, 0.0004, 0.02));
  assert.deepEqual(lookAheadViolations(recordAfterDroughtRule({ minDays: 60 }), walk), []);
});
