import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../lib/events/event-study";
import { horizonOutcomeRows } from "../../lib/events/outcome-rows";
import { makeSeries } from "../fixtures/series";

const series = makeSeries([100, 110, 99, 108.9]);

test("one row per event, one column per horizon, open horizons written out with the return so far", () => {
  const study = eventStudy(series, [0, 2], { horizons: [{ tradingDays: 1 }, { tradingDays: 2 }] });
  const rows = horizonOutcomeRows(study);
  assert.equal(rows.length, 2);
  assert.equal(rows[0].date, "2024-01-01");
  // Row 0: 100 -> 110 (+10%) in 1 day, 100 -> 99 (-1%) in 2 days.
  assert.ok(Math.abs((rows[0]["1d"] as number) - 0.1) < 1e-12);
  assert.ok(Math.abs((rows[0]["2d"] as number) - -0.01) < 1e-12);
  // Row 2: 99 -> 108.9 (+10%) in 1 day; 2 days is past the end: +10.0% so far.
  assert.equal(rows[1].date, "2024-01-03");
  assert.ok(Math.abs((rows[1]["1d"] as number) - 0.1) < 1e-12);
  assert.equal(rows[1]["2d"], "open: +10.0% to date");
});

test("a study without events gives no rows", () => {
  assert.deepEqual(horizonOutcomeRows(eventStudy(series, [], { horizons: [{ tradingDays: 1 }] })), []);
});
