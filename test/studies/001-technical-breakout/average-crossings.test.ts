import { test } from "node:test";
import assert from "node:assert/strict";
import { averageCrossings, averagePairLabel } from "../../../lib/studies/001-technical-breakout/average-crossings";
import { movingAverageCrossRule } from "../../../lib/events/rules";
import { makeSeries, sineTrend } from "../../fixtures/series";

// Closes 10, 10, 10, 13, 7, 7, 13. By hand: 3-day average (from row 2) 10, 11, 10, 9, 9;
// 2-day average 10, 10, 11.5, 10, 7, 10 (from row 1).
const series = makeSeries([10, 10, 10, 13, 7, 7, 13]);
const pairs = [{ fast: 1, slow: 3 }, { fast: 2, slow: 3 }];

test("every crossing of every pair, by date, with the levels on the day", () => {
  const rows = averageCrossings(series, pairs);
  assert.deepEqual(
    rows.map((r) => [r.index, r.pair, r.direction]),
    [
      [3, "price vs 3-day", "up"], // 13 over 11, from a tie (10 = 10) the day before
      [3, "2-day vs 3-day", "up"], // 11.5 over 11
      [4, "price vs 3-day", "down"], // 7 under 10
      [5, "2-day vs 3-day", "down"], // 7 under 9, after touching (10 = 10) on row 4
      [6, "price vs 3-day", "up"], // 13 over 9
      [6, "2-day vs 3-day", "up"], // 10 over 9
    ],
  );
  assert.deepEqual([rows[1].close, rows[1].fastLevel, rows[1].slowLevel, rows[1].date], [13, 11.5, 11, series.dates[3]]);
});

test("a date range keeps the crossings inside it without cutting the averages' warm-up", () => {
  const rows = averageCrossings(series, pairs, { from: series.dates[4], to: series.dates[5] });
  assert.deepEqual(rows.map((r) => [r.index, r.direction]), [[4, "down"], [5, "down"]]);
});

test("the up-crossings are movingAverageCrossRule's events", () => {
  const wave = makeSeries(sineTrend(500, 90, 0.1, 0.0003));
  const ups = averageCrossings(wave, [{ fast: 10, slow: 40 }]).filter((r) => r.direction === "up").map((r) => r.index);
  assert.ok(ups.length >= 3);
  assert.deepEqual(ups, movingAverageCrossRule({ fast: 10, slow: 40 })(wave));
});

test("pairs are named for readers and checked", () => {
  assert.equal(averagePairLabel({ fast: 1, slow: 200 }), "price vs 200-day");
  assert.equal(averagePairLabel({ fast: 50, slow: 200 }), "50-day vs 200-day");
  assert.throws(() => averageCrossings(series, [{ fast: 3, slow: 3 }]), /average pair fast 3, slow 3: need whole numbers with 1 <= fast < slow/);
});
