import { test } from "node:test";
import assert from "node:assert/strict";
import { droughtSweep } from "../../../lib/studies/002-first-record-in-a-year/drought-sweep";
import type { DailySeries } from "../../../lib/series/daily-series";
import { makeSeries, randomWalk } from "../../fixtures/series";
import { bruteBreakouts } from "../../series/record-oracle";

test("each step counts the breakouts and scores the target after them, as a direct computation does", () => {
  const source = makeSeries(randomWalk(1800, 31, 0.0003, 0.015));
  // The target trades on the same days, so each breakout enters the target on its own row.
  const target: DailySeries = { ...makeSeries(randomWalk(1800, 32, 0.0002, 0.01)), id: "TARGET" };
  const horizon = 60;
  const rows = droughtSweep(source, target, { floorDays: 90, horizon: { tradingDays: horizon } });
  assert.ok(rows.length >= 3, "fixture: several steps");
  for (const row of rows) {
    const events = bruteBreakouts(source, row.fromDays).map(([i]) => i);
    const returns = events.filter((i) => i + horizon < target.close.length).map((i) => target.close[i + horizon] / target.close[i] - 1);
    assert.equal(row.events, events.length);
    assert.equal(row.horizon, "60d");
    assert.equal(row.complete, returns.length);
    assert.equal(row.higher, returns.filter((r) => r > 0).length);
    if (returns.length === 0) {
      assert.ok(Number.isNaN(row.mean) && Number.isNaN(row.hitRate));
    } else {
      assert.ok(Math.abs(row.mean - returns.reduce((a, b) => a + b, 0) / returns.length) < 1e-12);
      assert.equal(row.hitRate, row.higher / row.complete);
    }
  }
  assert.equal(rows[rows.length - 1].toDays, null);
});

test("the source can be its own target: the index's own returns after its breakouts", () => {
  const source = makeSeries(randomWalk(1200, 41, 0.0004, 0.015));
  const [first] = droughtSweep(source, source, { floorDays: 100, horizon: { tradingDays: 20 } });
  const events = bruteBreakouts(source, 100).map(([i]) => i).filter((i) => i + 20 < source.close.length);
  assert.equal(first.complete, events.length);
});
