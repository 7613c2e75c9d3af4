import { test } from "node:test";
import assert from "node:assert/strict";
import {
  EARLIER_FRIDAY_RULE_FROM,
  juneReconstitutionDay,
  juneReconstitutionDays,
  LAST_FRIDAY_RULE_FROM,
} from "../../lib/events/reconstitution";

// Effective days as published (the reconstitution took effect after that day's close), with where
// each was checked. Years not listed (2009, 2011, 2017, 2019, 2021 and 1989-2003) are computed
// from the rule only.
const PUBLISHED: Record<number, { day: string; source: string }> = {
  2004: { day: "2004-06-25", source: "ETF.com, Russell Shifts Timing of Annual Index Reconstitution, 2004-02-11" },
  2005: { day: "2005-06-24", source: "PLANSPONSOR, Russell Announces Reconstitution Schedule for 2005 Stock Indices, 2005-04-13" },
  2006: { day: "2006-06-30", source: "PLANSPONSOR, Russell Announces Index Reconstitution, 2006-06-19" },
  2007: { day: "2007-06-22", source: "Russell Investment Group press release, Russell Set to Restock U.S. and Global Indexes, 2007-06-11" },
  2008: { day: "2008-06-27", source: "PLANSPONSOR, Russell Rolls Out Reconstitution Roundup, 2008-03-26" },
  2010: { day: "2010-06-25", source: "PLANADVISER, Russell Sets Index Reconstitution Schedule (2010)" },
  2012: { day: "2012-06-22", source: "Traders Magazine, Russell Sets Index Rebalance Schedule (2012)" },
  2013: { day: "2013-06-28", source: "NYSE, 2013 Russell Reconstitution: What You Need to Know" },
  2014: { day: "2014-06-27", source: "Cboe Options Hub, Russell Index Reconstitution is Friday, 2014-06-22" },
  2015: { day: "2015-06-26", source: "Cboe Options Hub, 2015 Russell Reconstitution Update, 2015-06-17" },
  2016: { day: "2016-06-24", source: "FTSE Russell press release, 2016 reconstitution schedule" },
  2018: { day: "2018-06-22", source: "FTSE Russell, Russell US Index Reconstitution: 2018 calendar" },
  2020: { day: "2020-06-26", source: "FTSE Russell index notice via Mondo Visione, 2020-06-02" },
  2022: { day: "2022-06-24", source: "FTSE Russell 2022 schedule via Mondo Visione" },
  2023: { day: "2023-06-23", source: "FTSE Russell 2023 schedule via Mondo Visione; LSEG 2023 recap" },
  2024: { day: "2024-06-28", source: "FTSE Russell 2024 schedule via Mondo Visione, 2024-03-01" },
  2025: { day: "2025-06-27", source: "Traders Magazine, FTSE Russell Announces 2025 Russell US Indexes Reconstitution Schedule" },
};

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const dayOfMonth = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDate();

test("reconstitution days match every published date checked", () => {
  for (const [year, { day, source }] of Object.entries(PUBLISHED)) assert.equal(juneReconstitutionDay(Number(year)), day, source);
});

test("2006 keeps its last Friday, June 30: the move to the Friday before starts in 2007", () => {
  assert.equal(EARLIER_FRIDAY_RULE_FROM, 2007);
  assert.equal(juneReconstitutionDay(2006), "2006-06-30");
  // 2007 and 2012 had a last Friday on the 29th, 2017 and 2023 on the 30th: each moves a week earlier.
  assert.deepEqual([2007, 2012, 2017, 2023].map(juneReconstitutionDay), ["2007-06-22", "2012-06-22", "2017-06-23", "2023-06-23"]);
  assert.equal(juneReconstitutionDay(2024), "2024-06-28");
});

test("from 2007 the day is the fourth Friday of June, June 22 to 28", () => {
  for (const day of juneReconstitutionDays(EARLIER_FRIDAY_RULE_FROM, 2060)) {
    assert.equal(weekday(day), 5, day);
    assert.ok(dayOfMonth(day) >= 22 && dayOfMonth(day) <= 28, day);
  }
});

test("2004 to 2006 take the last Friday of June, whatever its date", () => {
  for (const day of juneReconstitutionDays(LAST_FRIDAY_RULE_FROM, EARLIER_FRIDAY_RULE_FROM - 1)) {
    assert.equal(weekday(day), 5, day);
    assert.ok(dayOfMonth(day) + 7 > 30, `${day} is the last Friday of June`);
  }
  assert.deepEqual(juneReconstitutionDays(2004, 2006), ["2004-06-25", "2005-06-24", "2006-06-30"]);
});

test("before 2004 the reconstitution ends on the last weekday of June", () => {
  // June 30 fell on a Saturday in 2001 and on a Sunday in 2002; a Monday in 2003.
  assert.deepEqual(juneReconstitutionDays(2001, 2003), ["2001-06-29", "2002-06-28", "2003-06-30"]);
  for (const day of juneReconstitutionDays(1989, LAST_FRIDAY_RULE_FROM - 1)) {
    assert.ok(weekday(day) >= 1 && weekday(day) <= 5, day);
    assert.ok(dayOfMonth(day) >= 28, day);
  }
});

test("a year outside the rule's range is refused with the range", () => {
  assert.throws(() => juneReconstitutionDay(1950), /year 1950: .* 1989\.\.2100/);
  assert.throws(() => juneReconstitutionDay(2024.5), /year 2024.5/);
});
