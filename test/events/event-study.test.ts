import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../lib/events/event-study";
import { makeSeries } from "../fixtures/series";

// Weekdays from Monday 2024-01-01.
const series = makeSeries([100, 90, 95, 105, 100, 110, 120, 115, 125, 130]);

test("per-event returns at a trading-day horizon; the event past the end is open", () => {
  const study = eventStudy(series, [0, 3, 5, 8], { horizons: [{ tradingDays: 2 }] });
  const [h] = study.horizons;
  assert.equal(h.label, "2d");
  assert.deepEqual(h.complete.map((o) => [o.date, o.endDate, o.value]), [
    ["2024-01-01", "2024-01-03", 95 / 100 - 1],
    ["2024-01-04", "2024-01-08", 110 / 105 - 1],
    ["2024-01-08", "2024-01-10", 115 / 110 - 1],
  ]);
  assert.deepEqual(h.open.map((o) => [o.date, o.endDate, o.value, o.toDate]), [["2024-01-11", "2024-01-12", null, 130 / 125 - 1]]);
});

test("the summary covers complete events only", () => {
  const [h] = eventStudy(series, [0, 3, 5, 8], { horizons: [{ tradingDays: 2 }] }).horizons;
  const values = [95 / 100 - 1, 110 / 105 - 1, 115 / 110 - 1];
  const average = (values[0] + values[1] + values[2]) / 3;
  const std = Math.sqrt(values.reduce((sum, v) => sum + (v - average) ** 2, 0) / 2);
  assert.equal(h.summary.n, 3);
  assert.ok(Math.abs(h.summary.mean - average) < 1e-15);
  assert.equal(h.summary.median, 115 / 110 - 1);
  assert.equal(h.summary.hitRate, 2 / 3);
  assert.equal(h.summary.best, 110 / 105 - 1);
  assert.equal(h.summary.worst, 95 / 100 - 1);
  assert.ok(Math.abs(h.summary.std - std) < 1e-15);
});

test("calendar horizons end on the first trading day on or after the target", () => {
  const study = eventStudy(series, [4], { horizons: [{ calendar: { days: 1 } }, { calendar: { months: 1 } }] });
  const [day, month] = study.horizons;
  assert.equal(day.label, "1cd");
  assert.deepEqual([day.complete[0].date, day.complete[0].endDate], ["2024-01-05", "2024-01-08"]); // Friday -> Monday
  assert.equal(month.label, "1m");
  assert.equal(month.complete.length, 0);
  assert.equal(month.open.length, 1);
  assert.equal(month.summary.n, 0);
  assert.ok(Number.isNaN(month.summary.mean));
});

test("events must be rows of the series, ascending and unique; horizons must be given", () => {
  assert.throws(() => eventStudy(series, [3, 3], { horizons: [{ tradingDays: 1 }] }), /ascending and unique: 3 is followed by 3/);
  assert.throws(() => eventStudy(series, [10], { horizons: [{ tradingDays: 1 }] }), /event index 10: outside the series \(10 rows\)/);
  assert.throws(() => eventStudy(series, [1], { horizons: [] }), /horizons: empty/);
});
