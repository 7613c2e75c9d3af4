import { test } from "node:test";
import assert from "node:assert/strict";
import type { DailySeries } from "../../../lib/series/daily-series";
import { defaults } from "../../../lib/studies/002-first-record-in-a-year/params";
import { claimRise, measureRise } from "../../../lib/studies/002-first-record-in-a-year/rise";
import { makeSeries } from "../../fixtures/series";

// Two years of weekdays from 2020: a closing low of 100 in March 2020, a closing high of `high`
// in November 2021, intraday lows and highs 2% beyond the closes.
function covidLike(high: number): DailySeries {
  const base = makeSeries(Array.from({ length: 520 }, () => 150), "2020-01-01");
  const close = Float64Array.from(base.close);
  const lowRow = base.dates.indexOf("2020-03-18");
  const highRow = base.dates.indexOf("2021-11-08");
  close[lowRow] = 100;
  close[highRow] = high;
  return { ...base, close, low: close.map((c) => 0.98 * c), high: close.map((c) => 1.02 * c) };
}

test("the rise is closing low to closing high; the intraday and first-close readings are shown beside it", () => {
  const m = measureRise(covidLike(250), defaults);
  assert.equal(m.low.date, "2020-03-18");
  assert.equal(m.high.date, "2021-11-08");
  assert.ok(Math.abs(m.rise - 1.5) < 1e-12);
  assert.ok(Math.abs(m.readings[1].rise - (1.02 * 250) / (0.98 * 100) + 1) < 1e-12);
  assert.equal(m.readings[2].from, "2020-01-01");
  assert.ok(Math.abs(m.readings[2].rise - (250 / 150 - 1)) < 1e-12);
});

test("002-2 confirms within riseTolerance percentage points of 150% and not beyond", () => {
  const verdict = (high: number) => claimRise(measureRise(covidLike(high), defaults), defaults).verdict;
  assert.equal(verdict(250), "confirmed");
  const atTolerance = 100 * (2.5 - defaults.riseTolerance / 100); // a high of 245: +145%
  assert.equal(verdict(atTolerance), "confirmed", "a rise exactly at the tolerance confirms");
  assert.equal(verdict(atTolerance - 0.01), "roughly");
});
