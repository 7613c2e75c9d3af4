import { test } from "node:test";
import assert from "node:assert/strict";
import { articleDating, dateArticle, datingEvidence, levelBreaks, SUMMER_END } from "../../../lib/studies/001-technical-breakout/article-dating";
import { DEFAULTS } from "../../../lib/studies/001-technical-breakout/parameters";
import { makeSeries, weekdays } from "../../fixtures/series";

// A generated 2024 (weekdays, no holidays) around a level of 100: closes at 90 or 95 except
// three stretches above it, each starting with a break above the level:
//   2024-06-10..06-14 at 105: a break before the reconstitution (2024-06-28);
//   2024-07-03..07-19 at 106: a break after it;
//   2024-09-19 on at 110: a break two days before the end of summer (09-22).
const dates = weekdays("2024-01-01", 200);
const closeOn = (date: string) => {
  if (date >= "2024-06-10" && date <= "2024-06-14") return 105;
  if (date >= "2024-07-03" && date <= "2024-07-19") return 106;
  if (date >= "2024-09-19") return 110;
  return date < "2024-06-10" ? 90 : 95;
};
const series = makeSeries(dates.map(closeOn), dates[0]);
const evidence = { after: "2024-06-28", to: "2024-09-22", level: 100, recentDays: 5 };

test("the window: after the reconstitution, in summer, above the level within recentDays of a break", () => {
  const d = dateArticle(series, evidence);
  // 07-03 is the break; day 5 after it is 07-10 (07-11 is one day too late). 09-19 and 09-20 are
  // the summer's last trading days; the June break comes before the reconstitution.
  assert.deepEqual(d.dates, ["2024-07-03", "2024-07-04", "2024-07-05", "2024-07-08", "2024-07-09", "2024-07-10", "2024-09-19", "2024-09-20"]);
  assert.deepEqual(d.spans.map((s) => [s.startDate, s.endDate]), [["2024-07-03", "2024-07-10"], ["2024-09-19", "2024-09-20"]]);
  assert.equal(d.source, "evidence");
});

test("each piece of evidence bounds the window on its side", () => {
  assert.deepEqual(dateArticle(series, { ...evidence, recentDays: 0 }).dates, ["2024-07-03", "2024-09-19"]);
  assert.deepEqual(dateArticle(series, { ...evidence, recentDays: 6 }).dates.slice(0, 7).pop(), "2024-07-11");
  assert.equal(dateArticle(series, { ...evidence, after: "2024-06-01" }).dates[0], "2024-06-10");
  assert.equal(dateArticle(series, { ...evidence, to: "2024-09-23" }).dates.pop(), "2024-09-23");
  assert.deepEqual(dateArticle(series, { ...evidence, level: 106 }).dates, ["2024-09-19", "2024-09-20"]);
  assert.deepEqual(dateArticle(series, { ...evidence, level: 120 }).dates, []);
});

test("a break is a close above the level after one at or below it", () => {
  assert.deepEqual(levelBreaks(makeSeries([99, 100, 101, 102, 100, 103]), 100), [2, 5]);
});

test("the evidence for the parameters: the year's reconstitution, its summer, the quoted neckline", () => {
  assert.deepEqual(datingEvidence(DEFAULTS), { after: "2025-06-27", to: `2025-${SUMMER_END}`, level: 2110, recentDays: 21 });
});

test("articleDate replaces the window by one trading day, on or before the date given", () => {
  const params = { ...DEFAULTS, patternYear: 2024, articleNeckline: 100, recentDays: 5 };
  assert.deepEqual(articleDating(series, params).dates, dateArticle(series, evidence).dates);
  const set = articleDating(series, { ...params, articleDate: "2024-07-06" });
  assert.deepEqual([set.dates, set.source], [["2024-07-05"], "articleDate"]);
  assert.throws(() => articleDating(series, { ...params, articleDate: "2024-13-01" }), /articleDate '2024-13-01': use "auto"/);
  assert.throws(() => articleDating(series, { ...params, articleDate: "2023-01-01" }), /before TEST's first day/);
});
