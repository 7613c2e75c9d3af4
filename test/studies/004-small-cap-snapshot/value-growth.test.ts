import { test } from "node:test";
import assert from "node:assert/strict";
import type { DailySeries } from "../../../lib/series/daily-series";
import type { WinShare } from "../../../lib/studies/004-small-cap-snapshot/paired-outcomes";
import { MOST_SHARE, styleOutcome, valueGrowthHolds } from "../../../lib/studies/004-small-cap-snapshot/value-growth";
import { weekdays } from "../../fixtures/series";
import { studyData } from "./study-data";

// FRED-like indexes: month-end rows through 2000, daily rows (weekdays) from 2001-01-01 to 2001-04-20,
// value rising 2% a row and growth 1%. ETF-like series: daily from 2001-02-01 for 80 days, growth
// rising faster, so each test can tell which source measured a trough.
const monthEnds = ["2000-01-31", "2000-02-29", "2000-03-31", "2000-04-30", "2000-05-31", "2000-06-30", "2000-07-31", "2000-08-31", "2000-09-30", "2000-10-31", "2000-11-30", "2000-12-31"];
const fredDates = [...monthEnds, ...weekdays("2001-01-01", 80)];
const path = (dates: string[], step: number, id: string, dailyFrom?: string): DailySeries => ({
  id, dates, close: Float64Array.from(dates, (_, k) => 100 * (1 + step) ** k), ...(dailyFrom ? { dailyFrom } : {}),
});
const etfDates = weekdays("2001-02-01", 80);
const data = studyData(path(etfDates, 0, "RUT"), {
  valueIndex: path(fredDates, 0.02, "RU2000VTR", "2001-01-01"),
  growthIndex: path(fredDates, 0.01, "RU2000GTR", "2001-01-01"),
  iwn: path(etfDates, 0.01, "IWN"),
  iwo: path(etfDates, 0.02, "IWO"),
});
const horizon = { tradingDays: 20 };

test("a trough on the month-end rows is measured from the month-end on or after it over a calendar year, never 20 rows", () => {
  const outcome = styleOutcome(data, "2000-03-15", horizon);
  assert.deepEqual([outcome?.source, outcome?.frequency, outcome?.horizon], ["FRED RU2000VTR/RU2000GTR", "month-end", "12m"]);
  // 2000-03-31 plus 12 months is Saturday 2001-03-31: the next row is Monday 2001-04-02.
  assert.deepEqual([outcome?.pair.a.startDate, outcome?.pair.a.endDate, outcome?.pair.winner], ["2000-03-31", "2001-04-02", "a"]);
});

test("a trough on the daily rows uses the study's horizon on the indexes while they cover it", () => {
  const outcome = styleOutcome(data, "2001-01-10", horizon);
  assert.deepEqual([outcome?.source, outcome?.frequency, outcome?.horizon, outcome?.pair.a.endDate], ["FRED RU2000VTR/RU2000GTR", "daily", "20d", "2001-02-07"]);
});

test("where the indexes end before the horizon does, the ETFs measure it; before every source, out of reach", () => {
  // 20 rows after 2001-04-10 is past the indexes' last row (2001-04-20).
  const outcome = styleOutcome(data, "2001-04-10", horizon);
  assert.deepEqual([outcome?.source, outcome?.frequency, outcome?.pair.winner], ["iShares IWN/IWO", "daily", "b"]);
  assert.equal(styleOutcome(data, "1999-06-01", horizon), null);
});

const share = (wins: number, complete: number): WinShare => ({ wins, losses: complete - wins, ties: 0, complete, share: complete > 0 ? wins / complete : NaN });

test("'most' means more than half of the default reading's years: exactly half is not most", () => {
  assert.equal(MOST_SHARE, 0.5);
  assert.equal(valueGrowthHolds(share(7, 13), []), "yes");
  assert.equal(valueGrowthHolds(share(6, 12), []), "no", "half is not most");
});

test("only another reading giving value a majority is 'partly'; no complete year is untestable", () => {
  assert.equal(valueGrowthHolds(share(6, 12), [share(5, 9), share(3, 5)]), "partly");
  assert.equal(valueGrowthHolds(share(6, 12), [share(4, 9), share(0, 0)]), "no");
  assert.equal(valueGrowthHolds(share(0, 0), [share(3, 5)]), "untestable");
});
