import { test } from "node:test";
import assert from "node:assert/strict";
import { claim1, currentEventMarkers, measureCurrentEvent } from "../../../lib/studies/000-200-day-reclaim/current-event";
import { DEFAULTS } from "../../../lib/studies/000-200-day-reclaim/params";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";

// With a 2-day average a close is above it exactly when it beats the day before: rising closes
// until `breakdown`, falling from it, rising again from `reclaim`.
function vShape(breakdown: string, reclaim: string): DailySeries {
  const dates = weekdays("2024-06-03", 330);
  let level = 100;
  const close = Float64Array.from(dates, (date) => (level *= date >= breakdown && date < reclaim ? 0.998 : 1.002));
  return { id: "TEST", dates, close };
}
const params = { ...DEFAULTS, window: 2 };

test("a breakdown in late February and a reclaim at the end of June confirm 000-1, edges included", () => {
  for (const [breakdown, reclaim] of [["2025-02-21", "2025-06-30"], ["2025-02-17", "2025-06-16"], ["2025-03-07", "2025-07-08"]]) {
    const event = measureCurrentEvent(vShape(breakdown, reclaim), params);
    assert.deepEqual([event.last?.breakdownDate, event.last?.reclaimDate], [breakdown, reclaim]);
    assert.equal(claim1(event, params).verdict, "confirmed", `${breakdown} to ${reclaim}`);
  }
});

test("a day outside either window, or no reclaim before the article, does not confirm it", () => {
  const cases: [string, string, string][] = [
    ["2025-03-10", "2025-06-30", "breakdown 2025-03-10, reclaim 2025-06-30"], // the Monday after Mar 7
    ["2025-02-14", "2025-06-30", "breakdown 2025-02-14, reclaim 2025-06-30"], // the Friday before Feb 15
    ["2025-02-21", "2025-06-13", "breakdown 2025-02-21, reclaim 2025-06-13"], // the Friday before Jun 16
    ["2025-02-21", "2025-07-09", "no reclaim in 2025 before the article"], // the day after the article
  ];
  for (const [breakdown, reclaim, measured] of cases) {
    const result = claim1(measureCurrentEvent(vShape(breakdown, reclaim), params), params);
    assert.deepEqual([result.measured, result.verdict], [measured, "not confirmed"], `${breakdown} to ${reclaim}`);
  }
});

test("the close-up marker names the reclaim's close, average and breakdown", () => {
  const [marker] = currentEventMarkers(measureCurrentEvent(vShape("2025-02-21", "2025-06-30"), params));
  assert.equal(marker.date, "2025-06-30");
  assert.match(marker.text ?? "", /^close \d+\.\d\d vs average \d+\.\d\d<br>below since 2025-02-21$/);
});
