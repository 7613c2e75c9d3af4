import { test } from "node:test";
import assert from "node:assert/strict";
import { alignEventDates, crossSeriesEventStudy, DEFAULT_MAX_LAG_DAYS, outsideDataReason } from "../../lib/events/cross-series";
import type { DailySeries } from "../../lib/series/daily-series";

// A target trading Monday to Friday from Monday 2024-01-01, with a hole from 2024-01-15 to 2024-01-26.
const dates = ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12", "2024-01-29", "2024-01-30"];
const target: DailySeries = { id: "SPX", dates, close: Float64Array.from(dates, (_, i) => 100 + 10 * i) };

test("each event maps to the target's first trading day on or after its date", () => {
  const { aligned, skipped } = alignEventDates(target, ["2024-01-02", "2024-01-06", "2024-01-12"]);
  assert.deepEqual(aligned, [
    { eventDate: "2024-01-02", index: 1, date: "2024-01-02", lagDays: 0 },
    { eventDate: "2024-01-06", index: 5, date: "2024-01-08", lagDays: 2 }, // Saturday -> Monday
    { eventDate: "2024-01-12", index: 9, date: "2024-01-12", lagDays: 0 },
  ]);
  assert.deepEqual(skipped, []);
});

test("events the target cannot place are skipped with the reason", () => {
  const { aligned, skipped } = alignEventDates(target, ["2023-12-29", "2024-01-06", "2024-01-07", "2024-01-16", "2024-02-01"]);
  assert.deepEqual(aligned.map((a) => a.eventDate), ["2024-01-06"]);
  assert.deepEqual(skipped, [
    { eventDate: "2023-12-29", reason: "before SPX's first date 2024-01-01" },
    { eventDate: "2024-01-07", reason: "same SPX trading day (2024-01-08) as the event of 2024-01-06" },
    { eventDate: "2024-01-16", reason: "SPX's next trading day, 2024-01-29, is 13 calendar days later (more than maxLagDays 7)" },
    { eventDate: "2024-02-01", reason: "after SPX's last date 2024-01-30" },
  ]);
  assert.equal(DEFAULT_MAX_LAG_DAYS, 7);
  assert.deepEqual(alignEventDates(target, ["2024-01-16"], { maxLagDays: 13 }).aligned.map((a) => a.date), ["2024-01-29"]);
});

test("only dates from the first trading day to the last are inside the data, whatever the lag", () => {
  assert.equal(outsideDataReason(target, "2023-12-31"), "before SPX's first date 2024-01-01");
  assert.equal(outsideDataReason(target, "2024-01-01"), null);
  assert.equal(outsideDataReason(target, "2024-01-16"), null); // inside the hole: the next day is in the data
  assert.equal(outsideDataReason(target, "2024-01-30"), null);
  assert.equal(outsideDataReason(target, "2024-01-31"), "after SPX's last date 2024-01-30");
  assert.equal(outsideDataReason({ id: "EMPTY", dates: [], close: new Float64Array(0) }, "2024-01-01"), "before EMPTY's first date (no data)");
});

test("event dates must be real, ascending and unique; maxLagDays a whole number", () => {
  assert.throws(() => alignEventDates(target, ["2024-01-05", "2024-01-02"]), /ascending and unique: 2024-01-05 is followed by 2024-01-02/);
  assert.throws(() => alignEventDates(target, ["2024-01-05", "2024-01-05"]), /ascending and unique/);
  assert.throws(() => alignEventDates(target, ["2024-02-30"]), /date "2024-02-30": expected a real calendar date/);
  assert.throws(() => alignEventDates(target, [], { maxLagDays: -1 }), /maxLagDays -1: must be a whole number/);
});

test("the cross-series study measures the target from the aligned rows", () => {
  const study = crossSeriesEventStudy(target, ["2024-01-06", "2024-01-11", "2024-03-01"], { horizons: [{ tradingDays: 2 }, { calendar: { days: 7 } }] });
  assert.deepEqual(study.events, [5, 8]);
  assert.deepEqual(study.alignment.skipped.map((s) => s.eventDate), ["2024-03-01"]);
  const [twoDays, week] = study.horizons;
  // Row 5 (close 150) to row 7 (170); row 8 (180) to row 10 (200).
  assert.deepEqual(twoDays.complete.map((o) => [o.date, o.endDate, o.value]), [
    ["2024-01-08", "2024-01-10", 170 / 150 - 1],
    ["2024-01-11", "2024-01-29", 200 / 180 - 1],
  ]);
  // A week after 2024-01-08 (2024-01-15) and after 2024-01-11 (2024-01-18) both end on 2024-01-29, past the hole.
  assert.deepEqual(week.complete.map((o) => [o.endDate, o.value]), [["2024-01-29", 200 / 150 - 1], ["2024-01-29", 200 / 180 - 1]]);
  const late = crossSeriesEventStudy(target, ["2024-01-29"], { horizons: [{ tradingDays: 2 }] }).horizons[0];
  assert.deepEqual(late.open.map((o) => [o.date, o.endDate, o.toDate]), [["2024-01-29", "2024-01-30", 210 / 200 - 1]]);
});
