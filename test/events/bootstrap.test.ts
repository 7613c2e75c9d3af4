import { test } from "node:test";
import assert from "node:assert/strict";
import { blockBootstrapMeanInterval, bootstrapMeanInterval, overlapBlocks, type WindowOutcome } from "../../lib/events/bootstrap";
import { eventStudy } from "../../lib/events/event-study";
import { mean } from "../../lib/events/stats";
import { simpleReturns } from "../../lib/series/returns";
import { makeSeries, randomWalk } from "../fixtures/series";

test("fewer than 5 values give no interval, with the reason", () => {
  const result = bootstrapMeanInterval([0.1, 0.2, -0.05, 0.3]);
  assert.equal(result.interval, null);
  assert.equal(result.reason, "only 4 values: a bootstrap interval needs at least 5");
});

test("the interval brackets the sample mean and is reproducible for a seed", () => {
  const values = [0.23, 0.15, 0.2, 0.02, 0.54, -0.06];
  const a = bootstrapMeanInterval(values, { seed: 9 });
  assert.deepEqual(a, bootstrapMeanInterval(values, { seed: 9 }));
  assert.ok(a.interval && a.interval.low < mean(values) && mean(values) < a.interval.high);
  assert.equal(a.reason, null);
  const wider = bootstrapMeanInterval(values, { seed: 9, level: 0.99 });
  assert.ok(wider.interval && wider.interval.low <= a.interval.low && wider.interval.high >= a.interval.high);
});

test("identical values give a zero-width interval", () => {
  const { interval } = bootstrapMeanInterval([0.1, 0.1, 0.1, 0.1, 0.1]);
  assert.ok(interval && Math.abs(interval.low - 0.1) < 1e-15 && Math.abs(interval.high - 0.1) < 1e-15);
});

test("for a large sample it is close to the normal interval mean ± 1.96 sd / √n", () => {
  const values = Array.from(simpleReturns(randomWalk(801, 4)).subarray(1));
  const average = mean(values);
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - average) ** 2, 0) / (values.length - 1));
  const halfWidth = (1.96 * sd) / Math.sqrt(values.length);
  const { interval } = bootstrapMeanInterval(values, { seed: 1 });
  assert.ok(interval);
  assert.ok(Math.abs((interval.high - interval.low) / 2 / halfWidth - 1) < 0.1);
  assert.ok(Math.abs((interval.high + interval.low) / 2 - average) < 0.1 * halfWidth);
});

test("bad levels are rejected", () => {
  assert.throws(() => bootstrapMeanInterval([1, 2, 3, 4, 5], { level: 95 }), /level 95: must be between 0 and 1/);
});

const outcome = (startIndex: number, toDate: number, horizon = 252): WindowOutcome => ({ startIndex, endIndex: startIndex + horizon, toDate });

test("overlapBlocks chains windows that share days; a window starting on another's last row does not", () => {
  const outcomes = [outcome(600, 0.3), outcome(0, 0.1), outcome(100, 0.2), outcome(352, -0.1), outcome(351, 0.05)];
  // 0..252 and 100..352 overlap; 351..603 starts before 352, so it joins; 352..604 too (starts before 603);
  // 600..852 starts before 604: one chain. Apart from it, a window starting on row 252 would open a new block.
  assert.deepEqual(overlapBlocks(outcomes), [[1, 2, 4, 3, 0]]);
  assert.deepEqual(overlapBlocks([outcome(0, 0.1), outcome(252, 0.2), outcome(504, 0.3)]), [[0], [1], [2]]);
  assert.deepEqual(overlapBlocks([]), []);
  assert.throws(() => overlapBlocks([{ startIndex: 5, endIndex: 2, toDate: 0 }]), /endIndex 2 is before startIndex 5/);
});

test("without overlap the block bootstrap is the independent bootstrap, draw for draw", () => {
  const values = [0.23, 0.15, 0.2, 0.02, 0.54, -0.06];
  const block = blockBootstrapMeanInterval(values.map((v, k) => outcome(300 * k, v)), { seed: 9 });
  const plain = bootstrapMeanInterval(values, { seed: 9 });
  assert.deepEqual(block.interval, plain.interval);
  assert.deepEqual([block.n, block.blocks, block.blockSizes], [6, 6, [1, 1, 1, 1, 1, 1]]);
});

test("events that overlap in pairs with equal returns: the interval is the bootstrap of the pairs, wider than independent draws", () => {
  // Known answer: each pair moves as one, so resampling pairs equals resampling the 6 distinct
  // values; treating the 12 as independent halves the variance and narrows the interval.
  const values = [0.23, 0.15, 0.2, 0.02, 0.54, -0.06];
  const paired = values.flatMap((v, k) => [outcome(1000 * k, v), outcome(1000 * k + 60, v)]);
  const block = blockBootstrapMeanInterval(paired, { seed: 3 });
  assert.deepEqual(block.interval, bootstrapMeanInterval(values, { seed: 3 }).interval);
  assert.equal(block.blocks, 6);
  const independent = bootstrapMeanInterval(paired.map((o) => o.toDate), { seed: 3 }).interval;
  assert.ok(block.interval && independent);
  const width = (i: { low: number; high: number }) => i.high - i.low;
  assert.ok(width(block.interval) > 1.25 * width(independent), `block ${width(block.interval)} vs independent ${width(independent)}`);
});

test("one-year returns from entries 20 days apart overlap: on a random walk the block interval is much wider", () => {
  // 12 bursts of 4 entries, 20 trading days apart, bursts 400 days apart: a burst's windows
  // share over 90% of their days, so its 4 returns are nearly one draw. Independent draws
  // would take 48 values; the block bootstrap, 12 blocks of 4 (width about sqrt(1 + 3 * 0.9) = 1.9 times).
  const series = makeSeries(randomWalk(5200, 21, 0.0003, 0.012));
  const entries = Array.from({ length: 12 }, (_, b) => [0, 20, 40, 60].map((d) => 400 * b + d)).flat();
  const { complete } = eventStudy(series, entries, { horizons: [{ tradingDays: 252 }] }).horizons[0];
  assert.equal(complete.length, 48);
  const block = blockBootstrapMeanInterval(complete, { seed: 5 });
  const independent = bootstrapMeanInterval(complete.map((o) => o.toDate), { seed: 5 });
  assert.deepEqual(block.blockSizes, Array(12).fill(4));
  assert.ok(block.interval && independent.interval);
  const ratio = (block.interval.high - block.interval.low) / (independent.interval.high - independent.interval.low);
  assert.ok(ratio > 1.4, `block interval only ${ratio.toFixed(2)} times as wide`);
});

test("fewer than 5 blocks give no interval, with the reason", () => {
  const result = blockBootstrapMeanInterval([outcome(0, 0.1), outcome(10, 0.2), outcome(500, 0.3), outcome(900, 0.1), outcome(1300, 0.0), outcome(1310, 0.2)]);
  assert.equal(result.blocks, 4);
  assert.equal(result.interval, null);
  assert.equal(result.reason, "only 4 blocks of overlapping windows (6 outcomes): a block bootstrap needs at least 5");
});
