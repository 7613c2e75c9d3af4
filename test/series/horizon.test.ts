import { test } from "node:test";
import assert from "node:assert/strict";
import { checkHorizon, horizonEndIndex, horizonLabel, lastCompleteStart, type Horizon } from "../../lib/series/horizon";
import { weekdays } from "../fixtures/series";

test("labels name the unit: d trading days, cd calendar days, m months, y years", () => {
  assert.equal(horizonLabel({ tradingDays: 252 }), "252d");
  assert.equal(horizonLabel({ calendar: { days: 365 } }), "365cd");
  assert.equal(horizonLabel({ calendar: { months: 6 } }), "6m");
  assert.equal(horizonLabel({ calendar: { years: 1 } }), "1y");
});

test("a calendar horizon ends on the first trading day on or after the target date", () => {
  const dates = weekdays("2024-01-01", 400); // starts on a Monday
  const friday = dates.indexOf("2024-01-05");
  assert.equal(dates[horizonEndIndex(dates, friday, { calendar: { days: 1 } })], "2024-01-08"); // Saturday -> Monday
  assert.equal(dates[horizonEndIndex(dates, friday, { calendar: { days: 3 } })], "2024-01-08");
  assert.equal(horizonEndIndex(dates, friday, { tradingDays: 5 }), friday + 5);
  assert.equal(dates[horizonEndIndex(dates, dates.indexOf("2024-01-31"), { calendar: { months: 1 } })], "2024-02-29");
  assert.equal(horizonEndIndex(dates, dates.length - 1, { calendar: { days: 1 } }), dates.length); // past the end
});

test("lastCompleteStart is the last row whose horizon ends inside the data (checked row by row)", () => {
  const dates = weekdays("2023-03-01", 700);
  const horizons: Horizon[] = [{ tradingDays: 252 }, { calendar: { years: 1 } }, { calendar: { days: 90 } }];
  for (const horizon of horizons) {
    let expected = -1;
    for (let i = 0; i < dates.length; i++) if (horizonEndIndex(dates, i, horizon) < dates.length) expected = i;
    assert.equal(lastCompleteStart(dates, horizon), expected, horizonLabel(horizon));
  }
  assert.equal(lastCompleteStart(dates.slice(0, 10), { tradingDays: 252 }), -1);
});

test("horizons must be whole numbers >= 1", () => {
  assert.throws(() => checkHorizon({ tradingDays: 0 }), { message: "horizon 0 trading days: must be a whole number >= 1" });
  assert.throws(() => checkHorizon({ calendar: { months: 0.5 } }), /horizon 0.5 months/);
});
