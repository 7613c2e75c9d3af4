import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../../lib/events/event-study";
import { reclaimOutcomes } from "../../../lib/studies/000-200-day-reclaim/reclaim-outcomes";
import { reclaimsAfterBreakdown } from "../../../lib/studies/000-200-day-reclaim/reclaims";
import type { DailySeries } from "../../../lib/series/daily-series";

// 2-day average; closes dip below twice: reclaims at rows 4 and 9, the second one near the end.
const closes = [10, 11, 12, 9, 13, 14, 15, 12, 11, 16, 17];
const series: DailySeries = {
  id: "T",
  dates: closes.map((_, i) => `2024-01-${String(i + 1).padStart(2, "0")}`),
  close: Float64Array.from(closes),
};

test("each reclaim gets its own forward return, and an open horizon stays open", () => {
  const reclaims = reclaimsAfterBreakdown(series, { window: 2, minGap: 0, gapUnit: "trading" });
  assert.deepEqual(reclaims.map((r) => r.index), [4, 9]);
  const study = eventStudy(series, reclaims.map((r) => r.index), { horizons: [{ tradingDays: 3 }] });
  const rows = reclaimOutcomes(reclaims, study.horizons[0]);
  assert.equal(rows[0].status, "complete");
  assert.equal(rows[0].forwardReturn, 12 / 13 - 1); // row 4 (13) to row 7 (12)
  assert.equal(rows[0].breakdown, "2024-01-04");
  assert.equal(rows[1].status, "open");
  assert.equal(rows[1].forwardReturn, null);
  assert.equal(rows[1].returnToDate, 17 / 16 - 1); // to the last day
  assert.equal(rows[1].endDate, "2024-01-11");
});

test("a reclaim missing from the event study is refused with the fix", () => {
  const reclaims = reclaimsAfterBreakdown(series, { window: 2, minGap: 0, gapUnit: "trading" });
  const study = eventStudy(series, [reclaims[0].index], { horizons: [{ tradingDays: 3 }] });
  assert.throws(() => reclaimOutcomes(reclaims, study.horizons[0]), /reclaim on 2024-01-10 \(row 9\) is not among the event study's events/);
});
