import { test } from "node:test";
import assert from "node:assert/strict";
import { dateArticle, datingEvidence } from "../../../lib/studies/001-technical-breakout/article-dating";
import { DEFAULTS } from "../../../lib/studies/001-technical-breakout/parameters";
import { measureSignals } from "../../../lib/studies/001-technical-breakout/signals";
import { readWindow, RECENT_READINGS, recentReadingRows, recentReadings, windowRows, type WindowInputs } from "../../../lib/studies/001-technical-breakout/window-readings";
import { recentReadingsNote } from "../../../lib/studies/001-technical-breakout/window-verdict";
import { makeSeries, weekdays } from "../../fixtures/series";

// A generated 2024 that breaks above 100 on 2024-07-03, after the reconstitution (2024-06-28),
// and stays above; growth (a) and value (b) both up, growth twice value; the small caps (a)
// behind the large caps (b) every day.
const dates = weekdays("2024-01-01", 200);
const rut = makeSeries(dates.map((d) => (d >= "2024-07-03" ? 104 : 96)), dates[0]);
const year = dates.slice(1);
const ones = (value: number) => new Float64Array(year.length).fill(value);
const params = { ...DEFAULTS, patternYear: 2024, articleNeckline: 100, recentDays: 12, zoomFrom: "2024-02-01", zoomTo: "2024-09-30" };
const inputs: WindowInputs = {
  rut,
  signals: measureSignals(rut, params),
  growthValue: { paths: { dates: year, a: ones(0.04), b: ones(0.02) }, ratio: ones(2), inBand: [] },
  lag: { spx: { dates: year, a: ones(0.01), b: ones(0.05) }, nasdaq: { dates: year, a: ones(0.01), b: ones(0.06) } },
};

test("the readings of 'recently' add the parameter's own, and each dates the article with it", () => {
  const readings = recentReadings(inputs, params);
  assert.deepEqual(readings.map((r) => r.recentDays), [...RECENT_READINGS, 12].sort((a, b) => a - b));
  for (const r of readings) {
    assert.deepEqual(r.dating.dates, dateArticle(rut, datingEvidence({ ...params, recentDays: r.recentDays })).dates);
    assert.equal(r.dating.rows.length, r.recentDays + 1, "the window runs from the break to recentDays after it");
  }
  assert.equal(readings.every((r) => r.tallies["001-4"].holds === "yes" && r.tallies["001-5"].holds === "yes"), true);
  assert.match(recentReadingsNote(readings, "001-4"), /^6 readings of "recently" tried \(10 to 42 trading days\): 6 confirm it, 0 roughly/);
  assert.equal(recentReadingRows(readings, params)[1]["recently = within (trading days)" as keyof object], "12 (parameter)");
});

test("the window table has one row per window day with each claim's reading", () => {
  const dating = dateArticle(rut, datingEvidence(params));
  const rows = windowRows(readWindow(inputs, dating.rows, params)) as Record<string, unknown>[];
  assert.deepEqual(rows.map((r) => r.date), dating.dates);
  assert.deepEqual([rows[0].ratio, rows[0]["001-4"], rows[0]["share of days behind the S&P 500"], rows[0]["001-5"]], [2, "yes", 1, "yes"]);
});
