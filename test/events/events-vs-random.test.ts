import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../lib/events/event-study";
import { eventsVsRandom } from "../../lib/events/events-vs-random";
import { makeSeries } from "../fixtures/series";

// Every close double the last: every forward return over h days is 2^h - 1, events or not (and
// exact in floating point, so random means tie with the events' mean).
const series = makeSeries(Array.from({ length: 60 }, (_, i) => 2 ** i));

test("when every day has the same forward return, events match random entry exactly (percentile 50)", () => {
  const study = eventStudy(series, [5, 20, 58], { horizons: [{ tradingDays: 1 }, { tradingDays: 5 }] });
  const { rows, baselines } = eventsVsRandom(series, study, { draws: 200, seed: 3 });
  assert.equal(baselines.length, 2);
  const [one, five] = rows;
  assert.deepEqual([one.horizon, one.events, one.open], ["1d", 3, 0]);
  // Row 58 is 1 day from the end: complete at 1 day, open at 5.
  assert.deepEqual([five.horizon, five.events, five.open], ["5d", 2, 1]);
  for (const [row, expected] of [[one, 1], [five, 31]] as const) {
    for (const value of [row.eventsMean, row.eventsMedian, row.randomMean, row.randomP5, row.randomP95]) {
      assert.ok(Math.abs(value - expected) < 1e-9, `${row.horizon}: ${value} vs ${expected}`);
    }
    assert.equal(row.eventsHitRate, 1);
    assert.equal(row.randomHitRate, 1);
    assert.equal(row.percentile, 50, "every random mean ties with the events' mean: ties count half");
  }
});
