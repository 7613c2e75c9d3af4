import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadFlows } from "../../../lib/data/flows";
import { flowSignalStudy, outflowSignal } from "../../../lib/studies/003-turnaround-2024/flow-signal";
import { quantileSorted } from "../../../lib/events/stats";
import { mulberry32 } from "../../../lib/events/rng";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";
import { tempDir } from "../../data/fixtures";

const dates = weekdays("2024-01-01", 10);
const flows = { dates: dates.slice(0, 7), flow: Float64Array.of(1, 1, -5, 2, 2, -10, 3) };
const options = { window: 2, percentile: 50, minHistory: 2 };

test("the signal fires where the rolling sum crosses below the median of the sums so far (by hand)", () => {
  const signal = outflowSignal(flows, options);
  // Two-day sums: NaN, 2, -4, -3, 4, -8, -7. Medians so far: -, -, -1, -3, -0.5, -3, -3.5.
  assert.deepEqual([...signal.rollingSum].slice(1), [2, -4, -3, 4, -8, -7]);
  assert.deepEqual([...signal.threshold].slice(2), [-1, -3, -0.5, -3, -3.5]);
  // Row 2 is below on its first defined day (no cross), row 3 touches, row 5 crosses down.
  assert.deepEqual(signal.signalRows, [5]);
});

test("on a random walk of flows the signal equals a brute-force recount", () => {
  const random = mulberry32(11);
  const n = 600;
  const walk = { dates: weekdays("2020-01-01", n), flow: Float64Array.from({ length: n }, () => random() - 0.52) };
  const signal = outflowSignal(walk, { window: 20, percentile: 10, minHistory: 60 });
  const sums: number[] = [];
  const expected: number[] = [];
  let previous = NaN;
  for (let i = 19; i < n; i++) {
    let sum = 0;
    for (let k = i - 19; k <= i; k++) sum += walk.flow[k];
    sums.push(sum);
    if (sums.length < 60) continue;
    const below = sum - quantileSorted([...sums].sort((a, b) => a - b), 0.1);
    if (below < 0 && previous >= 0) expected.push(i);
    previous = below;
  }
  assert.ok(expected.length >= 3, "the fixture should produce several signals");
  assert.deepEqual(signal.signalRows, expected);
});

test("the study enters entryLag closes after each signal and measures forward returns there", () => {
  const price: DailySeries = { id: "ETF", dates, close: Float64Array.of(10, 11, 12, 13, 14, 15, 16, 20, 18, 19) };
  const result = flowSignalStudy(price, flows, { ...options, entryLag: 1, horizons: [{ tradingDays: 1 }, { tradingDays: 3 }], draws: 200, seed: 5 });
  assert.deepEqual(result.entries, [6]);
  assert.deepEqual(result.entryDates, [dates[6]]);
  assert.equal(result.study.horizons[0].complete[0].value, 20 / 16 - 1);
  assert.equal(result.study.horizons[1].complete[0].value, 19 / 16 - 1);
  assert.ok(result.baseline);
  // Eligible entries: from the first day with a threshold (row 2) to the last with a 1-day horizon (row 8).
  assert.deepEqual(result.baseline.eligible, { fromDate: dates[2], toDate: dates[8], days: 7 });
  const same = flowSignalStudy(price, flows, { ...options, entryLag: 0, horizons: [{ tradingDays: 1 }] });
  assert.deepEqual(same.entries, [5]);
});

test("signals without an entry close are counted, and bad options are refused", () => {
  const short: DailySeries = { id: "ETF", dates: dates.slice(0, 6), close: Float64Array.of(1, 2, 3, 4, 5, 6) };
  const result = flowSignalStudy(short, flows, { ...options, entryLag: 1, horizons: [{ tradingDays: 1 }] });
  assert.deepEqual(result.entries, []);
  assert.equal(result.skipped, 1);
  assert.equal(result.baseline, null);
  assert.throws(() => outflowSignal(flows, { ...options, percentile: 0 }), /percentile 0: must be between 0 and 100/);
  assert.throws(() => outflowSignal(flows, { ...options, window: 65 }), /the flows cover 7 days: fewer than the 65-day window/);
  assert.throws(() => flowSignalStudy(short, flows, { ...options, entryLag: -1, horizons: [{ tradingDays: 1 }] }), /entryLag -1/);
});

test("spacing drops crosses too close to the last signal kept", () => {
  const random = mulberry32(11);
  const n = 600;
  const walk = { dates: weekdays("2020-01-01", n), flow: Float64Array.from({ length: n }, () => random() - 0.52) };
  const base = { window: 20, percentile: 10, minHistory: 60 };
  const all = outflowSignal(walk, base).signalRows;
  const spaced = outflowSignal(walk, { ...base, spacing: 63 }).signalRows;
  // Recount by hand: keep a cross when it is at least 63 rows after the last one kept.
  const expected: number[] = [];
  for (const row of all) if (expected.length === 0 || row - expected[expected.length - 1] >= 63) expected.push(row);
  assert.ok(expected.length < all.length, "the fixture should have crosses closer than 63 rows");
  assert.deepEqual(spaced, expected);
  assert.throws(() => outflowSignal(walk, { ...base, spacing: -1 }), /spacing -1/);
});

/**
 * A generated fund: small growing inflows, three planted redemption waves (each larger than the
 * last), and a price that rallies 20% over the 63 days after each wave starts and drifts
 * sideways otherwise. A contrarian outflow signal should fire once per wave and beat random entries.
 */
function generatedFund(): { dates: string[]; shares: number[]; price: DailySeries; waves: number[] } {
  const n = 1000;
  const dates = weekdays("2018-01-01", n);
  const rnd = mulberry32(42);
  const waves = [300, 550, 800];
  const shares: number[] = [];
  const close = new Float64Array(n);
  let count = 100e6;
  let level = 150;
  for (let i = 0; i < n; i++) {
    const wave = waves.findIndex((w) => i >= w && i < w + 10);
    // Inflows that grow day by day: outside the waves the rolling sum only rises, so it never
    // revisits its lowest tenth by chance.
    count += wave >= 0 ? -2e6 * (wave + 1) : 20e3 + 200 * i + 10e3 * (rnd() - 0.5);
    shares.push(Math.round(count));
    const rallying = waves.some((w) => i > w && i <= w + 63);
    level *= rallying ? Math.pow(1.2, 1 / 63) : 1 + 0.004 * (rnd() - 0.5);
    close[i] = Math.round(level * 100) / 100;
  }
  return { dates, shares, price: { id: "IWM", dates, close }, waves };
}

test("the flows pipeline runs on a generated shares file: flows, signals at the planted waves, forward returns", (t) => {
  const fund = generatedFund();
  const file = path.join(tempDir(t, "r2k-flows-"), "iwm-shares.csv");
  fs.writeFileSync(file, "date,shares_outstanding\n" + fund.dates.map((d, i) => `${d},${fund.shares[i]}`).join("\n") + "\n");

  const flows = loadFlows(file, fund.price);
  assert.equal(flows.flow.length, fund.dates.length - 1);
  for (const i of [1, 300, 555, 999]) {
    assert.equal(flows.flow[i - 1], (fund.shares[i] - fund.shares[i - 1]) * fund.price.close[i], `flow on ${fund.dates[i]}`);
  }

  const result = flowSignalStudy(fund.price, flows, {
    window: 65,
    percentile: 10,
    minHistory: 120,
    entryLag: 1,
    horizons: [{ tradingDays: 63 }],
    draws: 2000,
    seed: 3,
  });
  // One signal per wave, during the wave's ten days of redemptions.
  assert.equal(result.entries.length, 3);
  result.entries.forEach((entry, k) => {
    assert.ok(entry > fund.waves[k] && entry <= fund.waves[k] + 11, `entry ${entry} should follow wave ${fund.waves[k]}`);
  });
  const horizon = result.study.horizons[0];
  for (const outcome of horizon.complete) {
    assert.equal(outcome.value, fund.price.close[outcome.startIndex + 63] / fund.price.close[outcome.startIndex] - 1);
  }
  assert.ok(result.baseline);
  assert.ok(horizon.summary.mean > 0.1, `mean ${horizon.summary.mean} should carry most of the planted 20% rallies`);
  assert.ok(result.baseline.percentile > 99, `percentile ${result.baseline.percentile} should beat nearly all random entry sets`);
});
