import { test } from "node:test";
import assert from "node:assert/strict";
import { randomEntryBaseline } from "../../lib/events/baseline";
import { summarizeReturns } from "../../lib/events/stats";
import { forwardReturns } from "../../lib/series/forward";
import { makeSeries, randomWalk } from "../fixtures/series";

const series = makeSeries(randomWalk(1500, 8));
const horizon = { tradingDays: 60 };

test("entries come from the first eligible day to the last with a full horizon", () => {
  const b = randomEntryBaseline(series, [300, 700], { horizon, from: series.dates[200], draws: 100 });
  assert.deepEqual(b.eligible, { fromDate: series.dates[200], toDate: series.dates[1500 - 61], days: 1500 - 60 - 200 });
  // The unconditional distribution is every single-entry forward return in that range.
  const forward = forwardReturns(series.close, 60).subarray(200, 1440);
  assert.deepEqual(b.unconditional, summarizeReturns(forward));
});

test("events without a complete horizon are left out of n and of the events' mean", () => {
  const events = [300, 700, 1450];
  const b = randomEntryBaseline(series, events, { horizon, draws: 100 });
  const forward = forwardReturns(series.close, 60);
  assert.equal(b.n, 2);
  assert.ok(Math.abs(b.eventMean - (forward[300] + forward[700]) / 2) < 1e-15);
  assert.throws(() => randomEntryBaseline(series, [1450], { horizon }), /no event has a complete 60d horizon/);
});

test("the same seed gives the same distribution; another seed another one", () => {
  const a = randomEntryBaseline(series, [300, 700, 900], { horizon, seed: 5, draws: 500 });
  const b = randomEntryBaseline(series, [300, 700, 900], { horizon, seed: 5, draws: 500 });
  const c = randomEntryBaseline(series, [300, 700, 900], { horizon, seed: 6, draws: 500 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.means, c.means);
});

test("the draws' means centre on the unconditional mean, and the best entry day beats nearly all", () => {
  const forward = forwardReturns(series.close, 60).subarray(0, 1440);
  let best = 0;
  for (let i = 1; i < forward.length; i++) if (forward[i] > forward[best]) best = i;
  const b = randomEntryBaseline(series, [best], { horizon, seed: 2 });
  assert.equal(b.draws, 10_000);
  assert.ok(b.percentile > 99, `percentile ${b.percentile}`);
  const centre = b.means.reduce((sum, m) => sum + m, 0) / b.draws;
  const standardError = b.unconditional.std / Math.sqrt(b.draws);
  assert.ok(Math.abs(centre - b.unconditional.mean) < 4 * standardError);
  assert.ok(b.quantiles.p5 < b.quantiles.p50 && b.quantiles.p50 < b.quantiles.p95);
  const worst = randomEntryBaseline(series, [forward.indexOf(Math.min(...forward))], { horizon, seed: 2 });
  assert.ok(worst.percentile < 1, `percentile ${worst.percentile}`);
});

test("a start with no complete horizon after it is rejected", () => {
  assert.throws(
    () => randomEntryBaseline(series, [300], { horizon, from: series.dates[1490] }),
    /no day from .* has a complete 60d horizon in TEST/,
  );
});
