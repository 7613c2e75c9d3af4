import { test } from "node:test";
import assert from "node:assert/strict";
import { forwardReturn, forwardReturns } from "../../lib/series/forward";
import { makeSeries } from "../fixtures/series";

// Close on row i is 100 + i, so every forward return is (100 + end) / (100 + start) - 1.
const series = makeSeries(Array.from({ length: 30 }, (_, i) => 100 + i)); // Monday 2024-01-01 on

test("a complete trading-day horizon gives the return to row i + n", () => {
  const r = forwardReturn(series, 3, { tradingDays: 10 });
  assert.deepEqual(r, { startIndex: 3, endIndex: 13, value: 113 / 103 - 1, toDate: 113 / 103 - 1, open: false });
});

test("a horizon past the end is open: null value, return to date kept apart", () => {
  const r = forwardReturn(series, 25, { tradingDays: 10 });
  assert.equal(r.open, true);
  assert.equal(r.value, null);
  assert.equal(r.endIndex, 29);
  assert.equal(r.toDate, 129 / 125 - 1);
  assert.equal(forwardReturn(series, 19, { tradingDays: 10 }).open, false); // row 29 is the last row: complete
  assert.equal(forwardReturn(series, 20, { tradingDays: 10 }).open, true);
});

test("a calendar horizon ends on the first trading day on or after the target date", () => {
  const friday = series.dates.indexOf("2024-01-05");
  const r = forwardReturn(series, friday, { calendar: { days: 1 } });
  assert.equal(series.dates[r.endIndex], "2024-01-08");
  assert.equal(r.value, series.close[r.endIndex] / series.close[friday] - 1);
  const open = forwardReturn(series, 0, { calendar: { years: 1 } });
  assert.equal(open.open, true);
  assert.equal(open.value, null);
  assert.equal(open.toDate, 129 / 100 - 1);
});

test("forwardReturns agrees with forwardReturn row by row, NaN where open", () => {
  const all = forwardReturns(series.close, 7);
  for (let i = 0; i < series.close.length; i++) {
    const one = forwardReturn(series, i, { tradingDays: 7 });
    if (one.open) assert.ok(Number.isNaN(all[i]));
    else assert.equal(all[i], one.value);
  }
});

test("bad start rows and horizons are rejected", () => {
  assert.throws(() => forwardReturn(series, 30, { tradingDays: 5 }), /start index 30: outside the series \(30 rows\)/);
  assert.throws(() => forwardReturns(series.close, 0), /horizon 0 trading days: must be a whole number >= 1/);
});
