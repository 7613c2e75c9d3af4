import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../lib/events/event-study";
import { RULE_SWEEP_FIELDS, ruleSweep, ruleSweepByRow } from "../../lib/events/rule-sweep";
import { movingAverageCrossRule } from "../../lib/events/rules";
import type { Horizon } from "../../lib/series/horizon";
import { makeSeries, randomWalk } from "../fixtures/series";

const series = makeSeries(randomWalk(2000, 8, 0.0003, 0.014), "2005-01-03");
const cross = (fast: number, slow: number) => movingAverageCrossRule({ fast, slow });

test("every cell equals the rule's events and eventStudy's summary of them", () => {
  const from = series.dates[300];
  const to = series.dates[1950];
  const cases: [Horizon, string][] = [[{ tradingDays: 126 }, "126d"], [{ calendar: { months: 6 } }, "6m"]];
  for (const [horizon, label] of cases) {
    const grid = ruleSweep(series, { rows: [5, 10, 20], columns: [50, 100], rule: cross, horizon, from, to });
    let withEvents = 0;
    grid.rows.forEach((fast, r) => grid.columns.forEach((slow, c) => {
      const events = cross(fast, slow)(series).filter((i) => series.dates[i] >= from && series.dates[i] <= to);
      const [h] = eventStudy(series, events, { horizons: [horizon] }).horizons;
      const where = `${fast}/${slow}`;
      assert.equal(grid.events[r][c], events.length, where);
      assert.equal(grid.complete[r][c], h.complete.length, where);
      assert.equal(grid.open[r][c], h.open.length, where);
      if (h.summary.n > 0) withEvents++;
      for (const [field, expected] of [["meanForwardReturn", h.summary.mean], ["hitRate", h.summary.hitRate], ["medianForwardReturn", h.summary.median]] as const) {
        const value = grid[field][r][c];
        assert.ok(Number.isNaN(expected) ? Number.isNaN(value) : Math.abs(value - expected) < 1e-12, `${where} ${field}`);
      }
    }));
    assert.ok(withEvents >= 4, `only ${withEvents} cells had complete events: the check proves little`);
    assert.ok(grid.open.flat().some((n) => n > 0), "events near `to` should be open");
    assert.equal(grid.label, label);
  }
});

test("from/to only choose which events count; a cell without events has NaN statistics", () => {
  const all = ruleSweep(series, { rows: [10], columns: [50], rule: cross, horizon: { tradingDays: 20 } });
  const none = ruleSweep(series, { rows: [10], columns: [50], rule: cross, horizon: { tradingDays: 20 }, from: "2030-01-01" });
  assert.ok(all.events[0][0] > 0);
  assert.deepEqual([none.events[0][0], none.complete[0][0], none.open[0][0]], [0, 0, 0]);
  assert.ok(Number.isNaN(none.meanForwardReturn[0][0]) && Number.isNaN(none.hitRate[0][0]));
  assert.throws(() => ruleSweep(series, { rows: [10], columns: [50], rule: cross, horizon: { tradingDays: 20 }, from: "2010-01-01", to: "2009-01-01" }), /from 2010-01-01 is after to 2009-01-01: swap them/);
});

test("ruleSweepByRow hands each row the forward returns and counted rows, and keeps the shape", () => {
  const horizon = { tradingDays: 10 };
  const from = series.dates[100];
  const seen: number[] = [];
  const byRow = ruleSweepByRow(series, { rows: [5, 10], columns: [50, 100], horizon, from }, (fast, { forward, counted }) => {
    seen.push(fast);
    assert.equal(forward.length, series.close.length);
    assert.ok(Math.abs(forward[0] - (series.close[10] / series.close[0] - 1)) < 1e-15);
    assert.ok(Number.isNaN(forward[series.close.length - 1]), "the last rows' outcomes are open");
    assert.deepEqual(counted, { start: 100, end: series.close.length });
    // The per-cell sweep's row, computed here the slow way: the fast path must give the same.
    const cells = [50, 100].map((slow) => ruleSweep(series, { rows: [fast], columns: [slow], rule: cross, horizon, from }));
    return Object.fromEntries(RULE_SWEEP_FIELDS.map((field) => [field, cells.map((cell) => cell[field][0][0])])) as Record<(typeof RULE_SWEEP_FIELDS)[number], number[]>;
  });
  const general = ruleSweep(series, { rows: [5, 10], columns: [50, 100], rule: cross, horizon, from });
  assert.deepEqual(seen, [5, 10]);
  assert.deepEqual([byRow.rows, byRow.columns, byRow.label], [[5, 10], [50, 100], "10d"]);
  for (const field of RULE_SWEEP_FIELDS) assert.deepEqual(byRow[field], general[field], field);
});

test("as eventStudy, a trading-day horizon from a month-end row is refused; a calendar horizon is measured", () => {
  // Rows 0-9 are month-end values, daily rows start on row 10.
  const monthly = { ...series, id: "MONTHLY", dailyFrom: series.dates[10] };
  const at = (rows: number[]) => () => () => rows;
  const params = { rows: [0], columns: [0], horizon: { tradingDays: 5 } };
  assert.throws(() => ruleSweep(monthly, { ...params, rule: at([3, 40]) }), new RegExp(`MONTHLY ${series.dates[3]} is a month-end row`));
  assert.equal(ruleSweep(monthly, { ...params, rule: at([10, 40]) }).complete[0][0], 2);
  assert.equal(ruleSweep(monthly, { ...params, rule: at([3, 40]), horizon: { calendar: { months: 1 } } }).complete[0][0], 2);
});
