import { test } from "node:test";
import assert from "node:assert/strict";
import { dailyMove, daysClosingNear } from "../../../lib/studies/004-small-cap-snapshot/daily-move";
import { makeSeries } from "../../fixtures/series";

// Mon 2024-01-01 .. Fri 2024-01-05, then Mon 2024-01-08.
const series = makeSeries([105, 102, 99.96, 101, 99.5, 102]);

test("a day's close and its move from the previous trading day", () => {
  const move = dailyMove(series, "2024-01-03");
  assert.deepEqual([move.index, move.close, move.previousDate, move.previousClose], [2, 99.96, "2024-01-02", 102]);
  assert.ok(Math.abs((move.change as number) - -0.02) < 1e-12); // 99.96 / 102 = 0.98
  // Monday's move is from Friday: the weekend has no rows.
  assert.equal(dailyMove(series, "2024-01-08").previousDate, "2024-01-05");
});

test("the first row has no previous close", () => {
  const move = dailyMove(series, "2024-01-01");
  assert.deepEqual([move.previousDate, move.previousClose, move.change], [null, null, null]);
});

test("a date that is not a trading day names the days around it", () => {
  assert.throws(() => dailyMove(series, "2024-01-06"), /TEST: 2024-01-06 is not a trading day in the data \(the days around it: 2024-01-05 and 2024-01-08\)/);
});

test("days closing near a quoted level, within a tolerance and a date range", () => {
  // 99.96 and 99.5 are within 0.5 of 99.8; 101 is not.
  assert.deepEqual(daysClosingNear(series, 99.8, { tolerance: 0.5 }).map((d) => d.date), ["2024-01-03", "2024-01-05"]);
  assert.deepEqual(daysClosingNear(series, 99.8, { tolerance: 0.5, from: "2024-01-04" }).map((d) => d.date), ["2024-01-05"]);
  assert.deepEqual(daysClosingNear(series, 99.8, { tolerance: 0.5, to: "2024-01-04" }).map((d) => d.date), ["2024-01-03"]);
  assert.deepEqual(daysClosingNear(series, 500, { tolerance: 1 }), []);
  assert.throws(() => daysClosingNear(series, 100, { tolerance: -1 }), /tolerance -1: must be a finite number >= 0/);
});
