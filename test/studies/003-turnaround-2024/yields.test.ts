import { test } from "node:test";
import assert from "node:assert/strict";
import { defaults } from "../../../lib/studies/003-turnaround-2024/parameters";
import {
  claimYields,
  CONFIRMED_SHARE,
  MIN_CORRELATION,
  measureYields,
  ROUGHLY_SHARE,
  showingByStart,
  showsRelation,
  yieldHolds,
} from "../../../lib/studies/003-turnaround-2024/yields";
import { loadGenerated, yieldMarket } from "./fixtures";

const params = { ...defaults, ratesFrom: "2018-01-01", recentFrom: "2022-01-01" };

test("a reading shows the claim from a correlation of -MIN_CORRELATION down, not a hair above it", () => {
  assert.equal(MIN_CORRELATION, 0.1);
  assert.equal(showsRelation(-MIN_CORRELATION), true);
  assert.equal(showsRelation(-0.35), true);
  assert.equal(showsRelation(-MIN_CORRELATION + 0.001), false);
  assert.equal(showsRelation(-0.01), false, "a correlation of -0.01 is no relation");
  assert.equal(showsRelation(0.2), false);
  assert.equal(showsRelation(NaN), false);
});

test("the share of readings decides: confirmed from CONFIRMED_SHARE, roughly from ROUGHLY_SHARE", () => {
  assert.equal(yieldHolds(CONFIRMED_SHARE), "yes");
  assert.equal(yieldHolds(CONFIRMED_SHARE - 0.01), "partly");
  assert.equal(yieldHolds(ROUGHLY_SHARE), "partly");
  assert.equal(yieldHolds(ROUGHLY_SHARE - 0.01), "no");
  assert.equal(yieldHolds(1), "yes");
  assert.equal(yieldHolds(0), "no");
  assert.throws(() => yieldHolds(1.5), /share 1.5 must be between 0 and 1/);
});

test("a market where small caps gain as yields fall confirms the claim on every reading", (t) => {
  const m = measureYields(loadGenerated(t, yieldMarket({ days: 2000, yieldBeta: -0.1 })), params);
  // 2 yield series x 3 steps x 2 measures x 2 starts.
  assert.equal(m.readings.length, 24);
  assert.equal(m.readings.filter((r) => r.shows).length, 24);
  assert.equal(m.tried.tried, 24);
  assert.equal(m.tried.reproducing, 24, "readingsTried counts the same readings as showsRelation");
  assert.equal(m.defaultLabel, "DGS10, weekly, small minus large, from 2018-01-01");
  const claim = claimYields(m, params);
  assert.equal(claim.verdict, "confirmed");
  assert.match(claim.measured, /^24 of 24 readings \(100%\) show a correlation of -0\.10 or below/);
  assert.match(claim.note, /24 readings tried; 24 \(100%\) reproduce/);
});

test("the opposite market (small caps lag as yields fall) is not confirmed, and the note counts the contrary readings", (t) => {
  const m = measureYields(loadGenerated(t, yieldMarket({ days: 2000, yieldBeta: 0.1 })), params);
  assert.equal(m.readings.filter((r) => r.shows).length, 0);
  const claim = claimYields(m, params);
  assert.equal(claim.verdict, "not confirmed");
  assert.match(claim.note, /24 of 24 point the other way/);
});

test("small caps behind large caps as yields rise, yet rising with them: half the readings, roughly", (t) => {
  // Large caps gain 0.2 and small caps 0.1 per point of yield: against large caps small caps do
  // worse as yields rise (relative readings show the claim), on their own better (absolute ones
  // point the other way).
  const m = measureYields(loadGenerated(t, yieldMarket({ days: 2000, yieldBeta: -0.1, largeYieldBeta: 0.2 })), params);
  assert.deepEqual(m.readings.filter((r) => r.shows).map((r) => r.measure), Array(12).fill("relative"));
  assert.equal(m.tried.share, 0.5);
  const claim = claimYields(m, params);
  assert.equal(claim.verdict, "roughly");
  assert.match(claim.note, /12 of 24 point the other way/);
  assert.deepEqual(showingByStart(m.readings), [
    { from: "2018-01-01", showing: 6, readings: 12 },
    { from: "2022-01-01", showing: 6, readings: 12 },
  ]);
});

test("a step length outside daily, weekly, monthly joins the readings, so the default is always among them", (t) => {
  const m = measureYields(loadGenerated(t, yieldMarket({ days: 2000, yieldBeta: -0.1 })), { ...params, stepDays: 10 });
  assert.deepEqual([...new Set(m.readings.map((r) => r.step))], [1, 5, 10, 21]);
  assert.equal(m.tried.tried, 32);
  assert.ok(m.readings.some((r) => r.label === m.defaultLabel && r.step === 10));
});
