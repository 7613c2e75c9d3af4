import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../lib/events/event-study";
import { reclaimsAfterBreakdown, type GapUnit } from "../../lib/events/reclaims";
import { reclaimSweep } from "../../lib/events/sweep";
import type { Horizon } from "../../lib/series/horizon";
import { makeSeries, randomWalk } from "../fixtures/series";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

test("every sampled cell equals reclaimsAfterBreakdown + eventStudy", () => {
  const series = makeSeries(randomWalk(3000, 12, 0.0004, 0.013), "2000-01-03");
  const cases: [GapUnit, Horizon][] = [
    ["calendar", { tradingDays: 252 }],
    ["trading", { calendar: { months: 6 } }],
  ];
  for (const [gapUnit, horizon] of cases) {
    const params = { windows: [20, 50, 120, 200], minGaps: [0, 7, 30, 90], gapUnit, horizon, start: series.dates[400], end: series.dates[2900] };
    const grid = reclaimSweep(series, params);
    let cellsWithEvents = 0;
    params.windows.forEach((window, w) => {
      params.minGaps.forEach((minGap, g) => {
        const events = reclaimsAfterBreakdown(series, { window, minGap, gapUnit, start: params.start, end: params.end });
        const [h] = eventStudy(series, events.map((e) => e.index), { horizons: [horizon] }).horizons;
        const where = `${gapUnit} W=${window} G=${minGap}`;
        assert.equal(grid.reclaims[w][g], events.length, where);
        assert.equal(grid.count[w][g], h.summary.n, where);
        assert.equal(grid.openCount[w][g], h.open.length, where);
        if (h.summary.n === 0) {
          assert.ok(Number.isNaN(grid.meanForwardReturn[w][g]) && Number.isNaN(grid.hitRate[w][g]), where);
        } else {
          cellsWithEvents++;
          assert.ok(Math.abs(grid.meanForwardReturn[w][g] - h.summary.mean) < 1e-12, where);
          assert.ok(Math.abs(grid.hitRate[w][g] - h.summary.hitRate) < 1e-12, where);
        }
      });
    });
    assert.ok(cellsWithEvents >= 8, `only ${cellsWithEvents} cells had events: the check proves little`);
    assert.ok(grid.openCount.flat().some((n) => n > 0), "some events should be open (end is near the data's end)");
  }
});

test("281 windows x 181 gaps over ~9,700 days take well under 2 s", () => {
  const series = makeSeries(randomWalk(9700, 3), "1987-09-10");
  const started = performance.now();
  const grid = reclaimSweep(series, {
    windows: range(20, 300),
    minGaps: range(0, 180),
    gapUnit: "calendar",
    horizon: { tradingDays: 252 },
    start: "2009-06-01",
  });
  const elapsed = performance.now() - started;
  assert.equal(grid.count.length, 281);
  assert.equal(grid.count[0].length, 181);
  assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
});
