import { test } from "node:test";
import assert from "node:assert/strict";
import { measureHistory } from "../../../lib/studies/002-first-record-in-a-year/history";
import { claimSp500After, measureOutcomes, outcomesText } from "../../../lib/studies/002-first-record-in-a-year/outcomes";
import { defaults } from "../../../lib/studies/002-first-record-in-a-year/params";
import { measureReadings, summarizeReadings } from "../../../lib/studies/002-first-record-in-a-year/readings";
import { sawtooth, steadyGrowth } from "./fixtures";

// 11 earlier breakouts, then the article's; the S&P 500 stand-in gains `yearly` over every 252 days.
function claimWith(yearly: number, params = defaults) {
  const source = sawtooth(13, 300, "1979-01-01", 300);
  const target = steadyGrowth(source, yearly, 252);
  const m = measureHistory(source, source.dates[13 * 300], params);
  const o = measureOutcomes({ rut: source, gspc: target, sp500: target }, m, { ...params, draws: 200 });
  const tried = summarizeReadings(measureReadings(source, target, m.historyTo, params), params);
  return { o, result: claimSp500After(o, m, tried, params) };
}

test("the S&P 500 after each breakout: higher 11 of 11, a known mean, printed as an unsigned share and a signed return", () => {
  const { o, result } = claimWith(0.15);
  assert.equal(o.spx.horizons[0].summary.n, 11);
  assert.ok(Math.abs(o.spx.horizons[0].summary.mean - 0.15) < 1e-9);
  assert.equal(result.measured, "higher 11 of 11 (100.0%), +15.0% average");
  assert.match(result.note, /±5 pp: roughly/);
  assert.doesNotMatch(result.note, /\+\d+(\.\d)?% of|\(\+\d/);
  assert.match(outcomesText(o), /higher 11 of 11 times over 252d \(100\.0%\)/);
});

test("002-4's hit rate confirms within hitRateTolerance pp of 10 of 11 and not beyond", () => {
  const gap = 100 - (100 * 10) / 11; // 9.09 pp: 11 of 11 against 10 of 11
  assert.equal(claimWith(0.15, { ...defaults, hitRateTolerance: gap + 1e-6 }).result.verdict, "confirmed");
  assert.equal(claimWith(0.15, { ...defaults, hitRateTolerance: gap - 1e-3 }).result.verdict, "roughly");
});

test("002-4's mean confirms within meanTolerance pp of 15% and is roughly beyond (right sign, wrong size)", () => {
  const open = { ...defaults, hitRateTolerance: 10 };
  assert.equal(claimWith(0.12, { ...open, meanTolerance: 3 + 1e-6 }).result.verdict, "confirmed");
  assert.equal(claimWith(0.12, { ...open, meanTolerance: 3 - 1e-3 }).result.verdict, "roughly");
  assert.equal(claimWith(0.02, open).result.verdict, "roughly", "directional: +2% is the right sign");
  assert.equal(claimWith(-0.05, open).result.verdict, "not confirmed", "lower after every breakout contradicts it");
});
