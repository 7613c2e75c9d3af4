import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../../lib/events/event-study";
import { inverseHeadAndShouldersRule } from "../../../lib/studies/001-technical-breakout/head-and-shoulders-rule";
import { headAndShouldersSweep } from "../../../lib/studies/001-technical-breakout/head-and-shoulders-sweep";
import { lookAheadViolations } from "../../../lib/events/rule";
import type { InverseHeadAndShouldersParams } from "../../../lib/patterns/inverse-head-and-shoulders";
import { makeSeries, randomWalk } from "../../fixtures/series";
import { inverseHeadAndShouldersKnots, seriesThrough } from "../../patterns/fixtures";

const params: InverseHeadAndShouldersParams = { pivots: { window: 3 }, shoulderTolerance: 0.05, maxNecklineTilt: 0.1 };
const walk = makeSeries(randomWalk(500, 1, 0, 0.015));
const withRange = { ...walk, high: walk.close.map((c, i) => c * (1 + 0.004 * (1 + Math.sin(i)))), low: walk.close.map((c, i) => c * (1 - 0.004 * (1 + Math.cos(i)))) };

test("the breakout rule is the detector's breakout days", () => {
  assert.deepEqual(inverseHeadAndShouldersRule({ ...params, pivots: { window: 5 } })(seriesThrough(inverseHeadAndShouldersKnots())), [106]);
});

test("no look-ahead: a breakout on day t is found from the data up to day t, for every pivot rule", () => {
  const readings: [string, InverseHeadAndShouldersParams, typeof walk][] = [
    ["3-day pivots on closes", params, walk],
    ["4% zig-zag on closes", { ...params, pivots: { zigzag: 0.04 } }, walk],
    ["3-day pivots on highs and lows", { ...params, prices: "high-low" }, withRange],
  ];
  for (const [name, reading, series] of readings) {
    const rule = inverseHeadAndShouldersRule(reading);
    assert.ok(rule(series).length >= 2, `${name}: the fixture should hold breakouts, or the check proves nothing`);
    assert.deepEqual(lookAheadViolations(rule, series), [], name);
  }
});

test("the sweep counts what the rule finds and averages what eventStudy measures", () => {
  const horizon = { tradingDays: 20 };
  const grid = headAndShouldersSweep(walk, {
    base: { maxNecklineTilt: 0.1 },
    pivotRules: [{ window: 3 }, { zigzag: 0.04 }],
    shoulderTolerances: [0.02, 0.05],
    horizon,
  });
  assert.deepEqual(grid.rowLabels, ["3-day pivots", "4% zig-zag"]);
  assert.equal(grid.label, "20d");
  grid.rowLabels.forEach((_, r) =>
    grid.shoulderTolerances.forEach((tolerance, c) => {
      const pivots = [{ window: 3 }, { zigzag: 0.04 }][r];
      const events = inverseHeadAndShouldersRule({ pivots, shoulderTolerance: tolerance, maxNecklineTilt: 0.1 })(walk);
      const summary = eventStudy(walk, events, { horizons: [horizon] }).horizons[0].summary;
      assert.equal(grid.count[r][c], events.length);
      assert.equal(grid.complete[r][c], summary.n);
      if (summary.n > 0) assert.ok(Math.abs(grid.meanForwardReturn[r][c] - summary.mean) < 1e-12);
    }),
  );
  // A looser shoulder tolerance can only admit more patterns.
  assert.ok(grid.count[0][1] >= grid.count[0][0]);
  const later = headAndShouldersSweep(walk, { base: { maxNecklineTilt: 0.1 }, pivotRules: [{ window: 3 }], shoulderTolerances: [0.05], horizon, from: walk.dates[250] });
  const events = inverseHeadAndShouldersRule(params)(walk).filter((i) => i >= 250);
  assert.equal(later.count[0][0], events.length);
});
