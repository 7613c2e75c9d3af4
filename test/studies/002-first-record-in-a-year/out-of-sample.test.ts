import { test } from "node:test";
import assert from "node:assert/strict";
import { PARTIAL_HORIZON_MIN_SHARE } from "../../../lib/claims/partial-horizon";
import { findBreakout } from "../../../lib/studies/002-first-record-in-a-year/breakout";
import { claimOutOfSample, measureOutOfSample, sinceBreakoutLines } from "../../../lib/studies/002-first-record-in-a-year/out-of-sample";
import { defaults } from "../../../lib/studies/002-first-record-in-a-year/params";
import { sawtooth, steadyGrowth } from "./fixtures";

// The article's breakout on row 900; the S&P 500 stand-in reaches `days` trading days past it.
const source = sawtooth(3, 300, "2023-01-02", 400);
const breakout = findBreakout(source, { ...defaults, articleDate: source.dates[900] });
function claimAfter(days: number, yearly = 0.1) {
  const target = steadyGrowth(source, yearly, 252, 901 + days);
  return claimOutOfSample(measureOutOfSample({ rut: source, gspc: target, sp500: target }, breakout, defaults), defaults);
}
const minimum = Math.ceil(PARTIAL_HORIZON_MIN_SHARE * 252); // 189

test("a complete horizon is scored by its sign", () => {
  assert.equal(breakout.index, 900);
  assert.equal(claimAfter(252).verdict, "confirmed");
  assert.match(claimAfter(252).measured, /over 252d \(complete\)/);
  assert.equal(claimAfter(300, -0.1).verdict, "not confirmed");
});

test("a partial horizon past the minimum share is roughly when higher so far, labelled with its days", () => {
  const result = claimAfter(232);
  assert.equal(result.verdict, "roughly");
  assert.match(result.measured, /so far \(partial: .* 232 of 252 trading days\)/);
  assert.match(result.note, /232 of 252 trading days \(92%\).*past the 75% minimum.*never confirms/);
  assert.equal(claimAfter(minimum).verdict, "roughly", "exactly at the minimum share");
  assert.equal(claimAfter(232, -0.1).verdict, "not confirmed", "lower so far");
});

test("below the minimum share a partial horizon is not testable", () => {
  assert.equal(claimAfter(minimum - 1).verdict, "not testable");
  assert.match(claimAfter(111).note, /111 of 252 trading days \(44%\).*below the 75%/);
});

test("the paths since the breakout are fractions (the chart draws them in percent), from 0 on the breakout day", () => {
  const target = steadyGrowth(source, 0.1, 252, 901 + 252);
  const lines = sinceBreakoutLines(measureOutOfSample({ rut: source, gspc: target, sp500: target }, breakout, defaults));
  assert.deepEqual(lines.map((l) => l.name), ["S&P 500 (^GSPC)", "S&P 500 (FRED SP500)", "Russell 2000"]);
  assert.equal(lines[0].values[0], 0);
  assert.ok(Math.abs(lines[0].values[252] - 0.1) < 1e-11, "+10% a year later, as a fraction");
});
