import { test } from "node:test";
import assert from "node:assert/strict";
import { claimBreakout, claimDrought, droughtRank, findBreakout } from "../../../lib/studies/002-first-record-in-a-year/breakout";
import { defaults } from "../../../lib/studies/002-first-record-in-a-year/params";
import { recordBreakouts } from "../../../lib/studies/002-first-record-in-a-year/record-breakouts";
import { makeSeries } from "../../fixtures/series";
import { daysApart } from "../../series/record-oracle";

// The article's day on generated data: a record of 2443 on row 5, a long fall, the day before the
// breakout at 2407.5, then the breakout close (2468 by default: +2.51% on the day).
function articleLike(breakoutClose = 2468, oldRecord = 2443) {
  const closes = Array.from({ length: 1000 }, (_, i) => (i < 5 ? 2000 + i : i === 5 ? oldRecord : 2100 + (i % 7)));
  closes[998] = 2407.5;
  closes[999] = breakoutClose;
  return makeSeries(closes, "2021-01-04");
}
const series = articleLike();
const articleDate = series.dates[999];

test("the article's breakout is the last record close on or before its week, with the record it beat", () => {
  const breakout = findBreakout(series, { ...defaults, articleDate });
  assert.equal(breakout.date, series.dates[999]);
  assert.equal(breakout.previousDate, series.dates[5]);
  assert.equal(breakout.close, 2468);
  // Before the breakout the last record close is the old record itself.
  assert.equal(findBreakout(series, { ...defaults, articleDate: series.dates[998] }).date, series.dates[5]);
  assert.throws(() => findBreakout(series, { ...defaults, articleDate: "2020-01-01" }), /no record close on or before 2020-01-01 in TEST: choose an articleDate inside the data/);
});

test("002-1 confirms levels up to levelTolerance points away and not beyond", () => {
  const verdictAt = (close: number) => claimBreakout(findBreakout(articleLike(close), { ...defaults, articleDate }), { ...defaults, articleDate }).verdict;
  assert.equal(verdictAt(2468), "confirmed");
  assert.equal(verdictAt(2468 + defaults.levelTolerance), "confirmed", "a level exactly at the tolerance confirms");
  // 0.5 more points is outside the level tolerance; the move (+2.54%) is still within 0.1 pp.
  assert.equal(verdictAt(2468 + defaults.levelTolerance + 0.5), "roughly");
});

test("002-1 confirms the day's move within moveTolerance percentage points and not beyond", () => {
  const breakout = findBreakout(series, { ...defaults, articleDate });
  const gap = Math.abs(100 * breakout.dayChange - 2.5); // 0.0125 pp
  assert.equal(claimBreakout(breakout, { ...defaults, articleDate, moveTolerance: gap + 1e-9 }).verdict, "confirmed");
  assert.equal(claimBreakout(breakout, { ...defaults, articleDate, moveTolerance: gap - 1e-6 }).verdict, "roughly");
  assert.match(claimBreakout(breakout, { ...defaults, articleDate }).note, /the move is 2\.513%, above the article's "more than 2\.5%"/);
});

test("002-5 measures the drought in years of 365.25 days and confirms within yearsTolerance", () => {
  const breakout = findBreakout(series, { ...defaults, articleDate });
  const years = daysApart(series.dates[5], series.dates[999]) / 365.25;
  const result = claimDrought(breakout, { yearsTolerance: Math.abs(years - 4) + 1e-9 });
  assert.equal(result.measured, years.toFixed(2));
  assert.equal(result.verdict, "confirmed");
  assert.equal(claimDrought(breakout, { yearsTolerance: Math.abs(years - 4) - 1e-3 }).verdict, "roughly");
});

test("a drought's rank counts the longer droughts before it", () => {
  const short = recordBreakouts(series, { minDays: 0 })[0];
  const long = { ...short, droughtDays: short.droughtDays + 1 };
  assert.equal(droughtRank(short, [short, long]), 2);
  assert.equal(droughtRank(long, [short, long]), 1);
});
