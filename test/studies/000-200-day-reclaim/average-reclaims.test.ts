import { test } from "node:test";
import assert from "node:assert/strict";
import { reclaimsByWindow, type WindowReclaims } from "../../../lib/studies/000-200-day-reclaim/average-reclaims";
import { reclaimCandidates } from "../../../lib/studies/000-200-day-reclaim/reclaims";
import { mulberry32 } from "../../../lib/events/rng";
import { rollingMean } from "../../../lib/series/rolling";
import { makeSeries, randomWalk } from "../../fixtures/series";

/** Window k's reclaims as [breakdown, reclaim] pairs. */
function pairsOf(found: WindowReclaims, k: number): [number, number][] {
  return Array.from({ length: found.starts[k + 1] - found.starts[k] }, (_, e) => [found.breakdowns[found.starts[k] + e], found.reclaims[found.starts[k] + e]]);
}

/** The finder's reclaims of one window. */
function found(close: Float64Array, window: number): [number, number][] {
  return pairsOf(reclaimsByWindow(close, [window]), 0);
}

/** The same from reclaimCandidates over rollingMean: the definition the finder must match. */
function expected(close: Float64Array, window: number): [number, number][] {
  const { dates } = makeSeries(close);
  return reclaimCandidates(dates, close, rollingMean(close, window)).map((c) => [c.breakdownIndex, c.index]);
}

test("a 2-day average, by hand", () => {
  // With a 2-day average, close > SMA exactly when close > the previous close; row 5 ties
  // (10 after 10) and stays below.
  const close = Float64Array.of(10, 11, 12, 11, 10, 10, 11, 12, 11, 12);
  assert.deepEqual(found(close, 2), [[3, 6], [8, 9]]);
});

test("the same reclaims as reclaimCandidates over rollingMean, window after window (two per pass, an odd one alone)", () => {
  for (const seed of [1, 2, 3]) {
    const close = randomWalk(3000, seed);
    // 43 windows: 21 pairs and a last one alone; out of order and with a repeat, as a caller may ask.
    const windows = [...Array.from({ length: 42 }, (_, k) => 2 + 7 * k), 250].reverse();
    windows[5] = windows[6];
    const all = reclaimsByWindow(close, windows);
    assert.equal(all.starts.length, windows.length + 1);
    windows.forEach((window, k) => assert.deepEqual(pairsOf(all, k), expected(close, window), `seed ${seed}, window ${window}`));
    assert.equal(all.starts[windows.length], all.reclaims.length, "every reclaim belongs to a window");
  }
});

/**
 * Closes of which about half sit on their own window's mean, give or take a few units in the
 * last place: there the side hangs on rounding, and the prefix sums' last place may differ
 * from rollingMean's.
 */
function nearTies(count: number, window: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  const close = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    if (i < window - 1 || random() < 0.5) {
      close[i] = 100 * (1 + 0.3 * random());
      continue;
    }
    let others = 0;
    for (let k = i - window + 1; k < i; k++) others += close[k];
    const mean = others / (window - 1);
    close[i] = mean + Math.round((random() - 0.5) * 6) * mean * (Number.EPSILON / 2);
  }
  return close;
}

test("ties and near-ties are decided as rollingMean decides them", () => {
  // Whole-number closes tie with their average again and again.
  const random = mulberry32(9);
  const whole = Float64Array.from({ length: 2000 }, () => 100 + Math.floor(random() * 5));
  for (const window of [1, 2, 3, 4, 5, 8, 10, 20]) {
    assert.deepEqual(found(whole, window), expected(whole, window), `whole numbers, window ${window}`);
  }
  for (const window of [3, 5, 7, 20, 50]) {
    const close = nearTies(3000, window, window);
    const pairs = found(close, window);
    assert.ok(pairs.length > 50, `window ${window}: only ${pairs.length} reclaims, the check proves little`);
    assert.deepEqual(pairs, expected(close, window), `near-ties, window ${window}`);
  }
});

test("no windows, no reclaims; bad input is rejected with the fix in the message", () => {
  const close = randomWalk(100, 4);
  assert.deepEqual(reclaimsByWindow(close, []), { breakdowns: new Int32Array(0), reclaims: new Int32Array(0), starts: Int32Array.of(0) });
  assert.throws(() => reclaimsByWindow(close, [20, 0]), { message: "window 0: must be a whole number of trading days >= 1" });
  assert.throws(() => reclaimsByWindow(close, [101]), /window 101 is longer than the series \(100 rows\)/);
  assert.throws(() => reclaimsByWindow(Float64Array.of(100, 0, 101), [2]), /close\[1\] is 0: closes must be positive finite numbers/);
});
