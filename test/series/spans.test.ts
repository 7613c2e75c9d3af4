import { test } from "node:test";
import assert from "node:assert/strict";
import { trueSpans } from "../../lib/series/spans";
import { weekdays } from "../fixtures/series";

test("stretches of consecutive true rows, including one that runs to the last row", () => {
  const dates = weekdays("2025-06-02", 6);
  assert.deepEqual(trueSpans(dates, [true, true, false, 0, 1, 1]), [
    { start: 0, end: 1, startDate: dates[0], endDate: dates[1], tradingDays: 2 },
    { start: 4, end: 5, startDate: dates[4], endDate: dates[5], tradingDays: 2 },
  ]);
  assert.deepEqual(trueSpans(dates, [0, 0, 0, 0, 0, 0]), []);
  assert.throws(() => trueSpans(dates, [1]), /holds has 1 values but dates has 6/);
});
