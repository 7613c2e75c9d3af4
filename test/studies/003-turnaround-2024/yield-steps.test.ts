import { test } from "node:test";
import assert from "node:assert/strict";
import { relativeVsYieldSteps } from "../../../lib/studies/003-turnaround-2024/yield-steps";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";

const dates = weekdays("2024-01-01", 7);
const make = (id: string, values: number[], skip?: number): DailySeries => ({
  id,
  dates: dates.filter((_, i) => i !== skip),
  close: Float64Array.from(values.filter((_, i) => i !== skip)),
});

test("steps cut the shared days into non-overlapping blocks and measure each block's changes", () => {
  const small = make("S", [100, 101, 102, 110, 104, 105, 99]);
  const large = make("L", [200, 200, 200, 210, 220, 230, 231]);
  const yields = make("Y", [4.0, 4.1, 4.2, 3.9, 3.8, 3.7, 4.5], 1); // no yield on day 1: shared days are 0, 2, 3, 4, 5, 6
  const steps = relativeVsYieldSteps(small, large, yields, 2);
  // Shared rows 0,2,3,4,5,6 -> steps (0->3), (3->5); the last partial step (5->6) is left out.
  assert.deepEqual(steps.startDates, [dates[0], dates[3]]);
  assert.deepEqual(steps.endDates, [dates[3], dates[5]]);
  assert.deepEqual([...steps.yieldChange].map((v) => Math.round(v * 100) / 100), [-0.1, -0.2]);
  assert.deepEqual([...steps.smallReturn], [110 / 100 - 1, 105 / 110 - 1]);
  assert.deepEqual([...steps.largeReturn], [210 / 200 - 1, 230 / 210 - 1]);
  assert.deepEqual([...steps.relative], [110 / 100 - 210 / 200, 105 / 110 - 230 / 210]);
});

test("a step longer than the shared history, or not a whole number, is refused", () => {
  const s = make("S", [1, 2, 3, 4, 5, 6, 7]);
  assert.throws(() => relativeVsYieldSteps(s, s, s, 7), /S, S and S share 7 days: too few for one step of 7/);
  assert.throws(() => relativeVsYieldSteps(s, s, s, 1.5), /step 1.5: must be a whole number/);
});
