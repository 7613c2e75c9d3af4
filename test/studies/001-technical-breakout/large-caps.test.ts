import { test } from "node:test";
import assert from "node:assert/strict";
import { LAGGED_SHARE, lagHolds, lagOn } from "../../../lib/studies/001-technical-breakout/large-caps";

test("lagged for much of the year: behind on more than LAGGED_SHARE of the days so far", () => {
  assert.equal(LAGGED_SHARE, 0.5);
  assert.equal(lagHolds(0.5 + 1e-9, 64), "yes");
  assert.equal(lagHolds(0.5, 64), "partly");
  assert.equal(lagHolds(0.01, 1), "partly");
  assert.equal(lagHolds(0, 0), "no");
});

test("the lag on a day counts the days behind from January to that day", () => {
  // Behind on the second and third days; the fourth day is not in the paths (the last day on or before it counts).
  const paths = { dates: ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-08"], a: Float64Array.of(0.01, -0.02, -0.01, 0.03), b: Float64Array.of(0, 0, 0, 0) };
  const third = lagOn(paths, "2025-01-07");
  assert.deepEqual([third.days, third.daysBehind, third.shareBehind, third.gap, third.holds], [3, 2, 2 / 3, -0.01, "yes"]);
  const fourth = lagOn(paths, "2025-01-08");
  assert.deepEqual([fourth.days, fourth.daysBehind, fourth.holds], [4, 2, "partly"]);
  assert.equal(lagOn(paths, "2024-12-31").holds, "untestable");
});
