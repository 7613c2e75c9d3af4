import { test } from "node:test";
import assert from "node:assert/strict";
import { spansInBand } from "../../lib/series/band-spans";
import { weekdays } from "../fixtures/series";

test("spans in a band are the runs of rows inside it, both bounds included", () => {
  const dates = weekdays("2024-06-03", 8);
  const distance = [-0.15, -0.16, -0.17, -0.19, -0.18, -0.175, NaN, -0.17];
  const spans = spansInBand(dates, distance, -0.18, -0.16);
  assert.deepEqual(
    spans.map((s) => [s.startDate, s.endDate, s.tradingDays]),
    [
      [dates[1], dates[2], 2],
      [dates[4], dates[5], 2],
      [dates[7], dates[7], 1],
    ],
  );
});

test("a band whose bounds are reversed is refused", () => {
  assert.throws(() => spansInBand(["2024-01-02"], [0], -0.16, -0.18), /band -0.16..-0.18: the lower bound must not exceed the upper one/);
});
