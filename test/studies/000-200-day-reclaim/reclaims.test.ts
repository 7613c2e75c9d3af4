import { test } from "node:test";
import assert from "node:assert/strict";
import { lookAheadViolations } from "../../../lib/events/rule";
import { reclaimCandidates, reclaimRule, reclaimsAfterBreakdown, ReclaimWatch, type ReclaimParams } from "../../../lib/studies/000-200-day-reclaim/reclaims";
import type { DailySeries } from "../../../lib/series/daily-series";
import { makeSeries, randomWalk, sineTrend } from "../../fixtures/series";

// With a 2-day average, close > SMA exactly when close > the previous close: states by hand.
// Rows (Mon 2024-01-01 on): 1-2 above, 3 below (breakdown, Thu 01-04), 4 below, 5 a tie (stays
// below), 6 above (reclaim, Tue 01-09), 7 above, 8 below (breakdown, Thu 01-11), 9 above (reclaim, Fri 01-12).
const hand = makeSeries([10, 11, 12, 11, 10, 10, 11, 12, 11, 12]);

test("reclaims of a 2-day average, by hand", () => {
  const rows = reclaimsAfterBreakdown(hand, { window: 2, minGap: 0, gapUnit: "trading" });
  assert.deepEqual(rows, [
    { breakdownIndex: 3, breakdownDate: "2024-01-04", index: 6, reclaimDate: "2024-01-09", gapDays: 3, closeAtReclaim: 11, smaAtReclaim: 10.5 },
    { breakdownIndex: 8, breakdownDate: "2024-01-11", index: 9, reclaimDate: "2024-01-12", gapDays: 1, closeAtReclaim: 12, smaAtReclaim: 11.5 },
  ]);
  const calendar = reclaimsAfterBreakdown(hand, { window: 2, minGap: 0, gapUnit: "calendar" });
  assert.deepEqual(calendar.map((r) => r.gapDays), [5, 1]);
});

test("minGap, gapUnit and [from, to] filter the events", () => {
  const indices = (params: Omit<ReclaimParams, "window">) => reclaimsAfterBreakdown(hand, { window: 2, ...params }).map((r) => r.index);
  assert.deepEqual(indices({ minGap: 3, gapUnit: "trading" }), [6]);
  assert.deepEqual(indices({ minGap: 4, gapUnit: "trading" }), []);
  assert.deepEqual(indices({ minGap: 5, gapUnit: "calendar" }), [6]);
  assert.deepEqual(indices({ minGap: 0, gapUnit: "calendar", from: "2024-01-10" }), [9]);
  assert.deepEqual(indices({ minGap: 0, gapUnit: "calendar", to: "2024-01-09" }), [6]);
  assert.deepEqual(indices({ minGap: 0, gapUnit: "calendar", from: "2024-01-09", to: "2024-01-09" }), [6]);
});

test("a series that starts below its average has no breakdown until it has been above", () => {
  // Constant average 100: below, above (not a reclaim: no breakdown yet), below (breakdown), above (reclaim).
  const dates = makeSeries([0, 0, 0, 0]).dates;
  const candidates = reclaimCandidates(dates, Float64Array.of(99, 101, 99, 101), new Float64Array(4).fill(100));
  assert.deepEqual(candidates, [{ breakdownIndex: 2, index: 3, tradingGap: 1, calendarGap: 1 }]);
});

test("from only filters events: the average still uses the history before it", () => {
  const series = makeSeries(sineTrend(1500, 180, 0.08));
  const all = reclaimsAfterBreakdown(series, { window: 50, minGap: 0, gapUnit: "trading" });
  const from = series.dates[700];
  const later = reclaimsAfterBreakdown(series, { window: 50, minGap: 0, gapUnit: "trading", from });
  assert.ok(later.length > 0 && later.length < all.length);
  assert.deepEqual(later, all.filter((r) => r.reclaimDate >= from));
});

/** The study written out plainly: direct-sum SMA, a state loop, nothing shared with the library. */
function bruteForce(series: DailySeries, window: number, minGap: number, calendar: boolean): number[] {
  const { close, dates } = series;
  type State = "above" | "below" | null;
  let state: State = null;
  let breakdown = -1;
  const out: number[] = [];
  for (let i = window - 1; i < close.length; i++) {
    let sum = 0;
    for (let k = i - window + 1; k <= i; k++) sum += close[k];
    const sma = sum / window;
    const next: State = close[i] > sma ? "above" : close[i] < sma ? "below" : state;
    if (next === "below" && state === "above") breakdown = i;
    if (next === "above" && state === "below" && breakdown >= 0) {
      const gap = calendar ? (Date.parse(dates[i]) - Date.parse(dates[breakdown])) / 86_400_000 : i - breakdown;
      if (gap >= minGap) out.push(i);
      breakdown = -1;
    }
    state = next;
  }
  return out;
}

test("reclaimsAfterBreakdown agrees with a brute-force implementation on random walks", () => {
  for (const seed of [1, 2, 3]) {
    const series = makeSeries(randomWalk(2500, seed));
    for (const [window, minGap, unit] of [[20, 0, "trading"], [50, 15, "calendar"], [200, 90, "calendar"], [100, 40, "trading"]] as const) {
      const ours = reclaimsAfterBreakdown(series, { window, minGap, gapUnit: unit }).map((r) => r.index);
      assert.deepEqual(ours, bruteForce(series, window, minGap, unit === "calendar"), `seed ${seed}, window ${window}, gap ${minGap} ${unit}`);
    }
  }
});

test("bad parameters are rejected with the fix", () => {
  assert.throws(() => reclaimsAfterBreakdown(hand, { window: 0, minGap: 0, gapUnit: "trading" }), /window 0: must be a whole number/);
  assert.throws(() => reclaimsAfterBreakdown(hand, { window: 2, minGap: -1, gapUnit: "trading" }), /minGap -1: must be a finite number >= 0/);
  assert.throws(
    () => reclaimsAfterBreakdown(hand, { window: 2, minGap: 0, gapUnit: "weeks" as "trading" }),
    /gapUnit "weeks": must be "calendar" or "trading"/,
  );
  assert.throws(
    () => reclaimsAfterBreakdown(hand, { window: 2, minGap: 0, gapUnit: "trading", from: "2025-01-01", to: "2024-01-01" }),
    /from 2025-01-01 is after to 2024-01-01: swap them/,
  );
});

test("ReclaimWatch: an above spell from the third on is a reclaim of the breakdown before it", () => {
  const watch = new ReclaimWatch();
  assert.deepEqual([watch.startSpell(0, 1), watch.startSpell(4, -1), watch.startSpell(9, 1), watch.startSpell(12, -1), watch.startSpell(20, 1)], [-1, -1, 4, -1, 12]);
  const startsBelow = new ReclaimWatch();
  assert.deepEqual([startsBelow.startSpell(0, -1), startsBelow.startSpell(3, 1), startsBelow.startSpell(5, -1), startsBelow.startSpell(8, 1)], [-1, -1, -1, 5]);
});

test("a NaN ends the spells: no reclaim pairs a breakdown before it with a close after it", () => {
  const dates = makeSeries([0, 0, 0, 0, 0, 0, 0]).dates;
  const level = new Float64Array(7).fill(100);
  // Above, below, NaN, above: the NaN ends the spells, so row 3 is no reclaim; it starts them
  // afresh, and below (Fri row 4), above (Mon row 5) is one.
  assert.deepEqual(reclaimCandidates(dates, Float64Array.of(101, 99, NaN, 101, 99, 101, 101), level), [{ breakdownIndex: 4, index: 5, tradingGap: 1, calendarGap: 3 }]);
  const gapInAverage = Float64Array.of(100, 100, NaN, 100, 100, 100, 100);
  assert.deepEqual(reclaimCandidates(dates, Float64Array.of(101, 99, 99, 101, 101, 99, 99), gapInAverage), []);
});

test("no look-ahead: truncating the series after day i never changes whether i is a reclaim", () => {
  const series = makeSeries(randomWalk(450, 21, 0.0005, 0.015));
  const rules: [string, ReturnType<typeof reclaimRule>, number][] = [
    ["reclaim of the 50-day average", reclaimRule({ window: 50, minGap: 10, gapUnit: "calendar", from: series.dates[100] }), 50],
    ["reclaim, trading-day gap", reclaimRule({ window: 20, minGap: 3, gapUnit: "trading" }), 20],
  ];
  for (const [name, rule, warmUp] of rules) {
    assert.ok(rule(series).length > 0, `${name}: the fixture should produce events, or the check proves nothing`);
    assert.deepEqual(lookAheadViolations(rule, series, { from: warmUp }), [], name);
  }
});
