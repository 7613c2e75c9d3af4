import { test } from "node:test";
import assert from "node:assert/strict";
import { juneReconstitutionDay, juneReconstitutionDays } from "../../lib/events/reconstitution";

test("reconstitution days match FTSE Russell's published dates", () => {
  // Published effective dates (after the close): last Friday of June unless it is the 29th or 30th.
  const published: Record<number, string> = {
    2007: "2007-06-22", 2012: "2012-06-22", 2013: "2013-06-28", 2016: "2016-06-24", 2018: "2018-06-22",
    2019: "2019-06-28", 2020: "2020-06-26", 2021: "2021-06-25", 2022: "2022-06-24", 2023: "2023-06-23",
    2024: "2024-06-28", 2025: "2025-06-27",
  };
  for (const [year, day] of Object.entries(published)) assert.equal(juneReconstitutionDay(Number(year)), day);
});

test("every reconstitution day is a Friday between June 22 and June 28", () => {
  for (const day of juneReconstitutionDays(1990, 2040)) {
    const date = new Date(`${day}T00:00:00Z`);
    assert.equal(date.getUTCDay(), 5, day);
    assert.ok(date.getUTCDate() >= 22 && date.getUTCDate() <= 28, day);
  }
});

test("a year outside the rule's range is refused with the range", () => {
  assert.throws(() => juneReconstitutionDay(1950), /year 1950: .* 1989\.\.2100/);
  assert.throws(() => juneReconstitutionDay(2024.5), /year 2024.5/);
});
