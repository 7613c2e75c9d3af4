import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../../lib/events/event-study";
import { troughOutcomes } from "../../../lib/studies/004-small-cap-snapshot/trough-outcomes";
import { bearMarketTroughs } from "../../../lib/studies/004-small-cap-snapshot/troughs";
import { makeSeries } from "../../fixtures/series";

// Troughs at rows 4 (75, after 100) and 10 (80, after 110); see troughs.test.ts.
const series = makeSeries([100, 90, 78, 88, 75, 92, 95, 105, 110, 85, 80, 100]);
const troughs = bearMarketTroughs(series, { fall: 0.2, recovery: 0.2 });

test("each trough with its depth and the return that followed; an unfinished horizon is open", () => {
  const study = eventStudy(series, troughs.map((t) => t.troughIndex), { horizons: [{ tradingDays: 2 }] });
  const [first, second] = troughOutcomes(troughs, study.horizons[0]);
  assert.deepEqual([first.peak, first.trough, first.recovery, first.decline, first.status], ["2024-01-01", "2024-01-05", "2024-01-08", -0.25, "complete"]);
  // Two days after 75 comes 95.
  assert.ok(Math.abs((first.forwardReturn as number) - (95 / 75 - 1)) < 1e-12);
  assert.equal(first.endDate, "2024-01-09");
  // Two days after row 10 is past the end: open, +25% so far (80 -> 100).
  assert.deepEqual([second.status, second.forwardReturn, second.returnToDate, second.endDate], ["open", null, 0.25, "2024-01-16"]);
});

test("troughs missing from the study are refused", () => {
  const study = eventStudy(series, [4], { horizons: [{ tradingDays: 1 }] });
  assert.throws(() => troughOutcomes(troughs, study.horizons[0]), /trough on 2024-01-15 \(row 10\) is not among the event study's events/);
});
