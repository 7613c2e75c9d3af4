import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../../lib/events/event-study";
import { troughOutcomes } from "../../../lib/studies/004-small-cap-snapshot/trough-outcomes";
import { bearMarketTroughs } from "../../../lib/studies/004-small-cap-snapshot/troughs";
import { makeSeries } from "../../fixtures/series";

// Record to record: 100 -> 75 (row 4) -> 105 (row 7, new record); 110 -> 70 (row 10) -> 120 (row 12).
const series = makeSeries([100, 90, 78, 88, 75, 92, 95, 105, 110, 85, 70, 100, 120]);
const troughs = bearMarketTroughs(series, { rule: "record-to-record", fall: 0.2 });

test("each trough with its depth, the day its bear market ended and the return that followed; an unfinished horizon is open", () => {
  const study = eventStudy(series, troughs.map((t) => t.troughIndex), { horizons: [{ tradingDays: 3 }] });
  const [first, second] = troughOutcomes(troughs, study.horizons[0]);
  assert.deepEqual([first.peak, first.trough, first.end, first.decline, first.status], ["2024-01-01", "2024-01-05", "2024-01-10", -0.25, "complete"]);
  // Three days after 75 comes 105.
  assert.ok(Math.abs((first.forwardReturn as number) - (105 / 75 - 1)) < 1e-12);
  assert.equal(first.endDate, "2024-01-10");
  // Three days after row 10 is past the end (row 12): open, 70 -> 120 so far.
  assert.deepEqual([second.status, second.forwardReturn, second.endDate], ["open", null, "2024-01-17"]);
  assert.ok(Math.abs(second.returnToDate - (120 / 70 - 1)) < 1e-12);
});

test("troughs missing from the study are refused", () => {
  const study = eventStudy(series, [4], { horizons: [{ tradingDays: 1 }] });
  assert.throws(() => troughOutcomes(troughs, study.horizons[0]), /trough on 2024-01-15 \(row 10\) is not among the event study's events/);
});
