import { test } from "node:test";
import assert from "node:assert/strict";
import { onDays, rangeText, WINDOW_MAJORITY, windowTally } from "../../../lib/studies/001-technical-breakout/window-verdict";

test("a claim holds over the window when it holds on at least WINDOW_MAJORITY of the days", () => {
  assert.equal(WINDOW_MAJORITY, 0.5);
  assert.equal(windowTally(["yes", "no"]).holds, "yes");
  assert.equal(windowTally(["yes", "yes", "no", "no", "no"]).holds, "no");
  assert.equal(windowTally(["yes", "yes", "yes", "no", "no"]).holds, "yes");
});

test("partly when it holds at least partly on WINDOW_MAJORITY of the days, not otherwise", () => {
  assert.equal(windowTally(["yes", "partly", "no", "no"]).holds, "partly");
  assert.equal(windowTally(["yes", "partly", "no", "no", "no"]).holds, "no");
  assert.equal(windowTally(["partly", "partly", "partly"]).holds, "partly");
});

test("a day that cannot be read counts against the claim; an empty window is untestable", () => {
  assert.equal(windowTally(["yes", "untestable", "untestable"]).holds, "no");
  const empty = windowTally([]);
  assert.deepEqual([empty.holds, Number.isNaN(empty.shareYes)], ["untestable", true]);
});

test("the tally counts each reading", () => {
  assert.deepEqual(windowTally(["yes", "partly", "no", "yes"]), { days: 4, yes: 2, partly: 1, no: 1, shareYes: 0.5, shareAtLeastPartly: 0.75, holds: "yes" });
});

test("texts: days out of the window, and a reading's range", () => {
  assert.equal(onDays(12, 17), "on 12 of 17 window days (71%)");
  assert.equal(rangeText([1.2, NaN, 1.6], (v) => v.toFixed(2)), "1.20 to 1.60");
  assert.equal(rangeText([NaN], String), "n/a");
});
