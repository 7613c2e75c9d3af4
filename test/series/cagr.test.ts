import { test } from "node:test";
import assert from "node:assert/strict";
import { cagr, meanCalendarYearReturn } from "../../lib/series/cagr";
import type { DailySeries } from "../../lib/series/daily-series";

test("doubling over 1461 days (4 x 365.25) is 2^(1/4) - 1 a year", () => {
  const series: DailySeries = { id: "T", dates: ["2000-01-03", "2002-06-03", "2004-01-03"], close: Float64Array.of(100, 120, 200) };
  const result = cagr(series, "2000-01-01", "2004-12-31");
  assert.deepEqual([result.startDate, result.endDate, result.years], ["2000-01-03", "2004-01-03", 4]);
  assert.ok(Math.abs(result.value - (2 ** 0.25 - 1)) < 1e-12);
  assert.throws(() => cagr(series, "2005-01-01", "2006-01-01"), /T: 2005-01-01..2006-01-01 holds fewer than two trading days/);
});

test("mean calendar-year return averages complete years only, optionally in a range", () => {
  // Year-end closes 100 (2000), 110 (2001: +10%), 99 (2002: -10%), 118.8 (2003: +20%), then 2004 starts.
  const series: DailySeries = {
    id: "T",
    dates: ["2000-12-29", "2001-06-01", "2001-12-31", "2002-12-31", "2003-12-31", "2004-01-02"],
    close: Float64Array.of(100, 105, 110, 99, 118.8, 119),
  };
  const all = meanCalendarYearReturn(series);
  assert.deepEqual([all.years, all.firstYear, all.lastYear], [3, 2001, 2003]);
  assert.ok(Math.abs(all.mean - (0.1 - 0.1 + 0.2) / 3) < 1e-12);
  const later = meanCalendarYearReturn(series, { fromYear: 2002 });
  assert.ok(Math.abs(later.mean - (-0.1 + 0.2) / 2) < 1e-12);
  const none = meanCalendarYearReturn(series, { fromYear: 2010 });
  assert.deepEqual([none.years, none.firstYear], [0, null]);
  assert.ok(Number.isNaN(none.mean));
});
