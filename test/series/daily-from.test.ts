import assert from "node:assert/strict";
import { test } from "node:test";
import { checkHorizonStart, firstDailyIndex, horizonCanStart } from "../../lib/series/daily-from";
import { sliceByDate, type DailySeries } from "../../lib/series/daily-series";
import { forwardReturn, forwardReturns } from "../../lib/series/forward";
import { weekdays } from "../fixtures/series";

/** Three month-end rows (Jan to Mar 1993, dated on calendar month-ends), then 30 daily rows from Thursday 1993-04-01. */
function monthlyThenDaily(): DailySeries {
  const dates = ["1993-01-31", "1993-02-28", "1993-03-31", ...weekdays("1993-04-01", 30)];
  const close = Float64Array.from(dates, (_, i) => 100 * 1.01 ** i);
  return { id: "GROWTH", dates, close, dailyFrom: "1993-04-01" };
}

test("firstDailyIndex is the first row on or after dailyFrom, and 0 for a series daily throughout", () => {
  const s = monthlyThenDaily();
  assert.equal(firstDailyIndex(s), 3);
  assert.equal(s.dates[firstDailyIndex(s)], "1993-04-01");
  assert.equal(firstDailyIndex({ ...s, dailyFrom: undefined }), 0);
});

test("a trading-day horizon is refused on a month-end row, with the series, the date and the fix", () => {
  const s = monthlyThenDaily();
  assert.equal(horizonCanStart(s, 2, { tradingDays: 5 }), false);
  assert.throws(() => forwardReturn(s, 2, { tradingDays: 5 }), {
    message:
      "GROWTH 1993-03-31 is a month-end row (daily rows start 1993-04-01): a horizon of 5d (trading days) cannot be counted " +
      "from it; use a calendar horizon (e.g. { calendar: { years: 1 } }) or start on or after 1993-04-01",
  });
  assert.throws(() => checkHorizonStart(s, 0, { tradingDays: 1 }), /GROWTH 1993-01-31 is a month-end row/);
});

test("a trading-day horizon is allowed from the first daily row on", () => {
  const s = monthlyThenDaily();
  assert.equal(horizonCanStart(s, 3, { tradingDays: 5 }), true);
  const r = forwardReturn(s, 3, { tradingDays: 5 });
  assert.equal(r.endIndex, 8);
  assert.equal(r.value, s.close[8] / s.close[3] - 1);
});

test("a calendar horizon is allowed on a month-end row: it ends on the first row on or after the date", () => {
  const s = monthlyThenDaily();
  assert.equal(horizonCanStart(s, 0, { calendar: { months: 1 } }), true);
  // 1993-01-31 + 1 month = 1993-02-28 (month-end clamp), a row of the series.
  const monthly = forwardReturn(s, 0, { calendar: { months: 1 } });
  assert.equal(s.dates[monthly.endIndex], "1993-02-28");
  // 1993-03-31 + 7 days = 1993-04-07, a daily row: the horizon may end on daily rows.
  const week = forwardReturn(s, 2, { calendar: { days: 7 } });
  assert.equal(s.dates[week.endIndex], "1993-04-07");
  assert.equal(week.value, s.close[week.endIndex] / s.close[2] - 1);
});

test("forwardReturns given the series marks month-end rows NaN (unavailable); given the closes alone it cannot know", () => {
  const s = monthlyThenDaily();
  const guarded = forwardReturns(s, 2);
  assert.deepEqual(Array.from(guarded.slice(0, 3)), [NaN, NaN, NaN]);
  assert.equal(guarded[3], s.close[5] / s.close[3] - 1);
  assert.deepEqual(Array.from(guarded), Array.from(forwardReturns(s.close, 2), (x, i) => (i < 3 ? NaN : x)));
});

test("a slice keeps dailyFrom while it starts on month-end rows, and drops it once it starts on daily rows", () => {
  const s = monthlyThenDaily();
  assert.equal(sliceByDate(s, "1993-02-01").dailyFrom, "1993-04-01");
  const daily = sliceByDate(s, "1993-04-01");
  assert.equal(daily.dailyFrom, undefined);
  assert.doesNotThrow(() => forwardReturn(daily, 0, { tradingDays: 5 }));
});
