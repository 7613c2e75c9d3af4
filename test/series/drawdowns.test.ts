import { test } from "node:test";
import assert from "node:assert/strict";
import { bearMarkets, drawdownEpisodes, recordBearMarkets, drawdownSeries, maxDrawdown, runningPeak } from "../../lib/series/drawdowns";
import { makeSeries } from "../fixtures/series";

// A V: 100 down to 50 in steps of 10, then up to 150.
const v = Float64Array.from([100, 90, 80, 70, 60, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150]);

test("running peak and drawdown of a V-shaped series", () => {
  const peak = runningPeak(v);
  assert.deepEqual(Array.from(peak.subarray(0, 11)), new Array(11).fill(100));
  assert.deepEqual(Array.from(peak.subarray(11)), [110, 120, 130, 140, 150]);
  const dd = drawdownSeries(v);
  assert.equal(dd[5], -0.5);
  assert.equal(dd[9], 90 / 100 - 1);
  assert.equal(dd[10], 0); // back at the peak: no drawdown
  assert.equal(Math.min(...dd), -0.5);
});

test("the V has one episode: peak row 0, trough row 5, recovered on row 11 (first close above 100)", () => {
  assert.deepEqual(drawdownEpisodes(v), [{ peakIndex: 0, troughIndex: 5, recoveryIndex: 11, depth: -0.5 }]);
});

test("episodes of a W, the last one unrecovered, sortable by depth", () => {
  const w = Float64Array.from([100, 80, 100, 120, 90, 110, 60, 100]);
  const episodes = drawdownEpisodes(w);
  assert.deepEqual(episodes, [
    { peakIndex: 0, troughIndex: 1, recoveryIndex: 3, depth: 80 / 100 - 1 }, // 100 is a tie, not a new high
    { peakIndex: 3, troughIndex: 6, recoveryIndex: null, depth: -0.5 },
  ]);
  assert.equal([...episodes].sort((a, b) => a.depth - b.depth)[0].peakIndex, 3);
});

test("maxDrawdown between two dates only sees the closes inside them", () => {
  const series = makeSeries(v); // Monday 2024-01-01 on: row 5 (the low) is Monday 2024-01-08
  const whole = maxDrawdown(series, "2024-01-01", "2024-01-22");
  assert.deepEqual([whole.peakDate, whole.troughDate, whole.drawdown], ["2024-01-01", "2024-01-08", -0.5]);
  // From row 3 (70) the largest fall is 70 -> 50.
  const later = maxDrawdown(series, "2024-01-04", "2024-01-22");
  assert.deepEqual([later.peakIndex, later.troughIndex], [3, 5]);
  assert.ok(Math.abs(later.drawdown - (50 / 70 - 1)) < 1e-15);
  // A rising stretch never falls.
  assert.equal(maxDrawdown(series, "2024-01-08", "2024-01-22").drawdown, 0);
  assert.throws(() => maxDrawdown(series, "2025-01-01", "2025-02-01"), /2025-01-01..2025-02-01: holds no trading day of TEST/);
});

// 100 -> 75 (-25%, a bear) -> 95 (+26.7%: over) -> 76 (-20% from 95, but only -24% from the 100 record)
// -> 100 -> 110 (record) -> 85 (-22.7%: a bear) -> 105 (+23.5%: over).
const bumpy = Float64Array.from([100, 90, 80, 75, 85, 95, 90, 76, 100, 110, 100, 85, 90, 105]);

test('bear markets measured from records: a new bear needs a new all-time high first', () => {
  const bears = bearMarkets(bumpy, { fall: 0.2, recovery: 0.2 });
  assert.deepEqual(bears, [
    { peakIndex: 0, confirmIndex: 2, troughIndex: 3, recoveryIndex: 5, decline: -0.25 },
    { peakIndex: 9, confirmIndex: 11, troughIndex: 11, recoveryIndex: 13, decline: 85 / 110 - 1 },
  ]);
});

test('bear markets measured from rally highs: the fall from 95 to 76 counts', () => {
  const bears = bearMarkets(bumpy, { fall: 0.2, recovery: 0.2, peak: "rally" });
  assert.deepEqual(
    bears.map((b) => [b.peakIndex, b.confirmIndex, b.troughIndex, b.recoveryIndex]),
    [
      [0, 2, 3, 5],
      [5, 7, 7, 8],
      [9, 11, 11, 13],
    ],
  );
});

test("a bear market still open at the data's end has a provisional trough and no recovery", () => {
  assert.deepEqual(bearMarkets(Float64Array.of(100, 70, 65, 72), { fall: 0.2, recovery: 0.2 }), [
    { peakIndex: 0, confirmIndex: 1, troughIndex: 2, recoveryIndex: null, decline: -0.35 },
  ]);
  assert.throws(() => bearMarkets(v, { fall: 20, recovery: 0.2 }), /fall 20: must be a fraction between 0 and 1/);
});

test("closes must be positive numbers", () => {
  assert.throws(() => runningPeak(Float64Array.of(1, NaN)), /close\[1\] is NaN: closes must be positive finite numbers/);
});

test("record to record: a 20% bounce inside one bear market does not end it, so it has ONE trough", () => {
  // 100 (record) -> 80 (-20%) -> 96 (+20% off the low) -> 70 (the low) -> 99 -> 101 (new record).
  const close = Float64Array.of(100, 90, 80, 96, 85, 70, 99, 101);
  assert.deepEqual(recordBearMarkets(close, 0.2), [{ peakIndex: 0, confirmIndex: 2, troughIndex: 5, recoveryIndex: 7, decline: 70 / 100 - 1 }]);
  // The bounce rule splits the same fall in two lows (80, then 70 from the 96 rally high).
  assert.deepEqual(bearMarkets(close, { fall: 0.2, recovery: 0.2, peak: "rally" }).map((b) => b.troughIndex), [2, 5]);
});

test("record to record: a fall of exactly 20% is a bear market, 19.9% is not", () => {
  assert.equal(recordBearMarkets(Float64Array.of(100, 90, 80, 101), 0.2).length, 1);
  assert.deepEqual(recordBearMarkets(Float64Array.of(100, 90, 80.1, 101), 0.2), []);
  // 19.9% counts once the threshold is 19.9%.
  assert.equal(recordBearMarkets(Float64Array.of(100, 90, 80.1, 101), 0.199).length, 1);
});

test("record to record: a close equal to the record does not end the bear market; a new record does", () => {
  const close = Float64Array.of(100, 75, 100, 60, 100.5, 80, 120);
  // 100 again on row 2 is no new record: one bear market from row 0 to the record on row 4, trough 60.
  // 100.5 -> 80 is -20.4%: a second bear market, ended by 120.
  assert.deepEqual(recordBearMarkets(close, 0.2).map((b) => [b.peakIndex, b.troughIndex, b.recoveryIndex]), [[0, 3, 4], [4, 5, 6]]);
});

test("record to record: a bear market with no new record yet is open, its trough the low so far", () => {
  assert.deepEqual(recordBearMarkets(Float64Array.of(100, 70, 85, 65, 90), 0.2), [{ peakIndex: 0, confirmIndex: 1, troughIndex: 3, recoveryIndex: null, decline: -0.35 }]);
  assert.throws(() => recordBearMarkets(Float64Array.of(100, 70), 1), /fall 1: must be a fraction between 0 and 1/);
  assert.throws(() => recordBearMarkets(Float64Array.of(100, NaN), 0.2), /NaN/);
});
