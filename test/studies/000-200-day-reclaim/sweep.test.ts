import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../../lib/events/event-study";
import { reclaimRule, reclaimsAfterBreakdown, type GapUnit } from "../../../lib/studies/000-200-day-reclaim/reclaims";
import { reclaimSweep, type ReclaimSweepParams } from "../../../lib/studies/000-200-day-reclaim/sweep";
import { mulberry32 } from "../../../lib/events/rng";
import { RULE_SWEEP_FIELDS, ruleSweep } from "../../../lib/events/rule-sweep";
import { gridSteps } from "../../../lib/events/sweep-grids";
import type { DailySeries } from "../../../lib/series/daily-series";
import type { Horizon } from "../../../lib/series/horizon";
import { makeSeries, randomWalk } from "../../fixtures/series";

/** Checks every cell of the sweep against reclaimsAfterBreakdown + eventStudy; returns how many cells had events. */
function assertCellsMatch(series: DailySeries, params: ReclaimSweepParams): number {
  const grid = reclaimSweep(series, params);
  const { gapUnit, horizon } = params;
  let cellsWithEvents = 0;
  params.windows.forEach((window, w) => {
    params.minGaps.forEach((minGap, g) => {
      const events = reclaimsAfterBreakdown(series, { window, minGap, gapUnit, from: params.from, to: params.to });
      const [h] = eventStudy(series, events.map((e) => e.index), { horizons: [horizon] }).horizons;
      const where = `${gapUnit} W=${window} G=${minGap}`;
      assert.equal(grid.events[w][g], events.length, where);
      assert.equal(grid.complete[w][g], h.summary.n, where);
      assert.equal(grid.open[w][g], h.open.length, where);
      if (h.summary.n === 0) {
        assert.ok(Number.isNaN(grid.meanForwardReturn[w][g]) && Number.isNaN(grid.hitRate[w][g]), where);
      } else {
        cellsWithEvents++;
        assert.ok(Math.abs(grid.meanForwardReturn[w][g] - h.summary.mean) < 1e-12, where);
        assert.ok(Math.abs(grid.hitRate[w][g] - h.summary.hitRate) < 1e-12, where);
      }
    });
  });
  return cellsWithEvents;
}

test("every sampled cell equals reclaimsAfterBreakdown + eventStudy", () => {
  const series = makeSeries(randomWalk(3000, 12, 0.0004, 0.013), "2000-01-03");
  const cases: [GapUnit, Horizon][] = [
    ["calendar", { tradingDays: 252 }],
    ["trading", { calendar: { months: 6 } }],
  ];
  for (const [gapUnit, horizon] of cases) {
    const params = { windows: [20, 50, 120, 200], minGaps: [0, 7, 30, 90], gapUnit, horizon, from: series.dates[400], to: series.dates[2900] };
    const cellsWithEvents = assertCellsMatch(series, params);
    assert.ok(cellsWithEvents >= 8, `only ${cellsWithEvents} cells had events: the check proves little`);
    assert.ok(reclaimSweep(series, params).open.flat().some((n) => n > 0), "some events should be open (end is near the data's end)");
  }
});

test("closes that tie with their average, and fractional or oversized gaps, match too", () => {
  // Whole-number closes tie with short averages again and again (a tie keeps the side).
  const random = mulberry32(31);
  const series = makeSeries(Array.from({ length: 1500 }, () => 100 + Math.floor(random() * 4)), "2001-01-01");
  for (const gapUnit of ["calendar", "trading"] as const) {
    const params = { windows: [1, 2, 3, 5, 10], minGaps: [0, 0.5, 2, 3.5, 10, 5000], gapUnit, horizon: { tradingDays: 20 } };
    assert.ok(assertCellsMatch(series, params) >= 12);
  }
});

test("the fast path equals the general ruleSweep over reclaimRule, field by field", () => {
  const series = makeSeries(randomWalk(2500, 5, 0.0003, 0.014), "2003-01-01");
  const params = { windows: [30, 75, 150], minGaps: [0, 20, 60], gapUnit: "calendar" as const, horizon: { tradingDays: 126 }, from: series.dates[300] };
  const fast = reclaimSweep(series, params);
  const general = ruleSweep(series, {
    rows: params.windows,
    columns: params.minGaps,
    rule: (window, minGap) => reclaimRule({ window, minGap, gapUnit: params.gapUnit }),
    horizon: params.horizon,
    from: params.from,
  });
  assert.deepEqual([fast.rows, fast.columns, fast.label], [general.rows, general.columns, general.label]);
  assert.ok(general.events.flat().some((n) => n > 0), "the fixture should have reclaims");
  for (const field of RULE_SWEEP_FIELDS) {
    fast[field].forEach((line, w) => line.forEach((value, g) => {
      const expected = general[field][w][g];
      assert.ok(Number.isNaN(value) ? Number.isNaN(expected) : Math.abs(value - expected) < 1e-12, `${field} W=${params.windows[w]} G=${params.minGaps[g]}`);
    }));
  }
});

test("281 windows x 181 gaps over ~9,700 days take well under 2 s", () => {
  const series = makeSeries(randomWalk(9700, 3), "1987-09-10");
  const started = performance.now();
  const grid = reclaimSweep(series, {
    windows: gridSteps(20, 300, 1),
    minGaps: gridSteps(0, 180, 1),
    gapUnit: "calendar",
    horizon: { tradingDays: 252 },
    from: "2009-06-01",
  });
  const elapsed = performance.now() - started;
  assert.equal(grid.events.length, 281);
  assert.equal(grid.events[0].length, 181);
  assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
});
