import { test } from "node:test";
import assert from "node:assert/strict";
import { MACD } from "technicalindicators";
import { ema } from "../../lib/series/ema";
import { macd } from "../../lib/series/macd";
import { randomWalk } from "../fixtures/series";

test("macd (12, 26, 9) matches technicalindicators' MACD with EMAs (the oracle)", () => {
  const close = randomWalk(1500, 9);
  const ours = macd(close);
  const oracle = MACD.calculate({
    values: Array.from(close),
    fastPeriod: 12,
    slowPeriod: 26,
    signalPeriod: 9,
    SimpleMAOscillator: false,
    SimpleMASignal: false,
  });
  // The oracle's first row is the first with a MACD value: row slow - 1 = 25.
  assert.equal(oracle.length, close.length - 25);
  for (let k = 0; k < oracle.length; k++) {
    const i = 25 + k;
    const row = oracle[k];
    assert.ok(Math.abs(ours.macd[i] - (row.MACD as number)) < 1e-9, `MACD row ${i}`);
    if (row.signal === undefined) {
      assert.ok(Number.isNaN(ours.signal[i]) && Number.isNaN(ours.histogram[i]), `signal row ${i} should be undefined`);
    } else {
      assert.ok(Math.abs(ours.signal[i] - row.signal) < 1e-9, `signal row ${i}`);
      assert.ok(Math.abs(ours.histogram[i] - (row.histogram as number)) < 1e-9, `histogram row ${i}`);
    }
  }
  for (let i = 0; i < 25; i++) assert.ok(Number.isNaN(ours.macd[i]));
  assert.ok(Number.isNaN(ours.signal[32]) && !Number.isNaN(ours.signal[33])); // slow + signal - 2 = 33
});

test("the MACD line is the fast EMA minus the slow EMA, for other periods too", () => {
  const close = randomWalk(300, 2);
  const { macd: line } = macd(close, 5, 35, 5);
  const fast = ema(close, 5);
  const slow = ema(close, 35);
  for (let i = 34; i < close.length; i++) assert.equal(line[i], fast[i] - slow[i]);
});

test("a fast period not shorter than the slow one is rejected", () => {
  assert.throws(() => macd(randomWalk(100, 1), 26, 12), /fast 26, slow 12: the fast period must be shorter/);
});
