import { test } from "node:test";
import assert from "node:assert/strict";
import { relativeByYieldDirection, yieldRelation, yieldSpells } from "../../../lib/studies/003-turnaround-2024/yield-regimes";
import type { YieldSteps } from "../../../lib/studies/003-turnaround-2024/yield-steps";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";

test("steps are grouped by the sign of the yield change, with a flat band", () => {
  const steps = {
    yieldChange: Float64Array.of(-0.2, 0.3, -0.01, 0.1, -0.5),
    relative: Float64Array.of(0.02, -0.01, 0.05, 0.01, 0.04),
  } as YieldSteps;
  const groups = relativeByYieldDirection(steps, 0.05);
  const byName = Object.fromEntries(groups.map((g) => [g.direction, g.relative]));
  assert.equal(byName.falling.n, 2);
  assert.ok(Math.abs(byName.falling.mean - 0.03) < 1e-12);
  assert.equal(byName.rising.n, 2);
  assert.ok(Math.abs(byName.rising.mean - 0) < 1e-12);
  assert.equal(byName.rising.hitRate, 0.5);
  assert.equal(byName.unchanged.n, 1);
  assert.throws(() => relativeByYieldDirection(steps, -1), /flat -1/);
});

test("yield spells run between turning points and carry both indexes' returns over them", () => {
  const dates = weekdays("2023-10-02", 6);
  const series = (id: string, close: number[]): DailySeries => ({ id, dates, close: Float64Array.from(close) });
  const yields = series("Y", [4.5, 5.0, 4.6, 3.8, 3.9, 4.4]);
  const small = series("S", [100, 95, 100, 120, 119, 110]);
  const large = series("L", [100, 98, 100, 110, 111, 112]);
  const spells = yieldSpells(small, large, yields, 0.4);
  assert.deepEqual(spells.map((s) => [s.direction, s.fromDate, s.toDate, s.confirmed]), [
    ["rising", dates[0], dates[1], true],
    ["falling", dates[1], dates[3], true],
    ["rising", dates[3], dates[5], false],
  ]);
  const falling = spells[1];
  assert.ok(Math.abs(falling.yieldChange - -1.2) < 1e-12);
  assert.ok(Math.abs(falling.smallReturn - (120 / 95 - 1)) < 1e-12);
  assert.ok(Math.abs(falling.largeReturn - (110 / 98 - 1)) < 1e-12);
  assert.ok(Math.abs(falling.relative - (120 / 95 - 110 / 98)) < 1e-12);
  assert.equal(falling.tradingDays, 2);
});

test("the yield relation gives the correlation and the mean lead when yields fall and when they rise", () => {
  const steps = { yieldChange: Float64Array.of(-0.2, 0.1, -0.1, 0.3), relative: Float64Array.of(0.03, -0.01, 0.01, -0.02) } as YieldSteps;
  const relation = yieldRelation(steps);
  assert.equal(relation.n, 4);
  // By hand: x mean 0.025, y mean 0.0025; the lead falls as the yield rises.
  assert.ok(relation.correlation < -0.9, `correlation ${relation.correlation}`);
  assert.ok(Math.abs(relation.fallingMean - 0.02) < 1e-12);
  assert.ok(Math.abs(relation.risingMean - -0.015) < 1e-12);
  const opposite = yieldRelation({ yieldChange: steps.yieldChange, relative: steps.relative.map((v) => -v) } as YieldSteps);
  assert.ok(Math.abs(opposite.correlation + relation.correlation) < 1e-12);
});

test("the absolute measure reads the small-cap return itself, not its lead over large caps", () => {
  const steps = {
    yieldChange: Float64Array.of(-0.2, 0.1, -0.1, 0.3),
    smallReturn: Float64Array.of(0.04, 0.02, 0.03, 0.01),
    relative: Float64Array.of(-0.01, 0.02, -0.02, 0.03),
  } as YieldSteps;
  const absolute = yieldRelation(steps, "absolute");
  assert.ok(absolute.correlation < -0.9, `small caps rose most when yields fell: ${absolute.correlation}`);
  assert.ok(Math.abs(absolute.fallingMean - 0.035) < 1e-12);
  assert.ok(Math.abs(absolute.risingMean - 0.015) < 1e-12);
  assert.ok(yieldRelation(steps, "relative").correlation > 0.9, "while their lead over large caps grew as yields rose");
  const split = relativeByYieldDirection(steps, 0, "absolute");
  assert.equal(split.find((g) => g.direction === "falling")?.relative.hitRate, 1);
});
