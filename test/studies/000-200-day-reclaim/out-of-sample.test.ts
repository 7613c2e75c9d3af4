import { test } from "node:test";
import assert from "node:assert/strict";
import { outOfSampleHolds, type OutOfSample } from "../../../lib/studies/000-200-day-reclaim/out-of-sample";
import type { ForwardReturn } from "../../../lib/series/forward";

const complete = (value: number): ForwardReturn => ({ startIndex: 0, endIndex: 252, value, toDate: value, open: false });
const partial = (toDate: number): ForwardReturn => ({ startIndex: 0, endIndex: 100, value: null, toDate, open: true });
const year = (index: ForwardReturn, proxy: ForwardReturn): OutOfSample => ({
  reclaim: { breakdownIndex: 0, breakdownDate: "2025-02-21", index: 0, reclaimDate: "2025-06-30", gapDays: 129, closeAtReclaim: 1, smaAtReclaim: 1 },
  index,
  proxy,
  longRun: 0.07,
});

test("above the long-run average on the index and the proxy holds; on one, partly", () => {
  assert.equal(outOfSampleHolds(year(complete(0.2), complete(0.25))), "yes");
  assert.equal(outOfSampleHolds(year(complete(0.05), complete(0.25))), "partly");
  assert.equal(outOfSampleHolds(year(partial(0.2), partial(0.25))), "partly", "an open proxy year never counts as above");
});

test("equal to the average is not above it; below on both complete years does not hold", () => {
  assert.equal(outOfSampleHolds(year(complete(0.07), complete(0.0701))), "partly");
  assert.equal(outOfSampleHolds(year(complete(0.07), complete(0.07))), "no");
  assert.equal(outOfSampleHolds(year(partial(0.01), partial(0.02))), "untestable");
});
