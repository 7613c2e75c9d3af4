import { test } from "node:test";
import assert from "node:assert/strict";
import { activityOnDays, dailyActivity, indicesOfDates, returnsAroundDays, returnWindowLabel } from "../../lib/events/reconstitution-activity";
import { summarizeReturns } from "../../lib/events/stats";
import type { DailySeries } from "../../lib/series/daily-series";
import { weekdays } from "../fixtures/series";

// Closes stay at 100 so the range is (high - low) / 100. A volume of 0 is a missing value.
const dates = weekdays("2024-06-17", 7);
const series: DailySeries = {
  id: "TEST",
  dates,
  close: Float64Array.of(100, 100, 100, 100, 100, 100, 100),
  high: Float64Array.of(101, 101, 102, 103, 101, 102, 106),
  low: Float64Array.of(99, 100, 100, 100, 100, 100, 100),
  volume: Float64Array.of(100, 200, 300, 400, 0, 700, 1375),
};

test("volume and range against the median of the prior days (the day itself left out)", () => {
  const a = dailyActivity(series, { lookback: 3 });
  const round = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? null : Math.round(v * 1e9) / 1e9));
  // Row 3: 400 / median(100, 200, 300) = 2. Row 4 has no volume. Row 5: prior 300, 400 and a
  // missing day: 2 of 3 values are enough, median 350, ratio 2. Row 6: 1375 / median(400, 700).
  assert.deepEqual(round(a.volumeRatio), [null, null, null, 2, null, 2, 2.5]);
  // Ranges (fractions): -, 0.01, 0.02, 0.03, 0.01, 0.02, 0.06. Row 3 has 2 prior ranges (row 0 has
  // no previous close), enough for a lookback of 3: 0.03 / 0.015. Row 4: 0.01 / median(0.01, 0.02, 0.03).
  assert.deepEqual(round(a.range), [null, 0.01, 0.02, 0.03, 0.01, 0.02, 0.06]);
  assert.deepEqual(round(a.rangeRatio), [null, null, null, 2, 0.5, 1, 3]);
  assert.throws(() => dailyActivity(series, { lookback: 0 }), /lookback 0: must be a whole number/);
});

test("a series without volume or high/low gets NaN ratios for what it lacks", () => {
  const closeOnly = dailyActivity({ id: "X", dates, close: series.close }, { lookback: 3 });
  assert.ok(closeOnly.volumeRatio.every(Number.isNaN) && closeOnly.rangeRatio.every(Number.isNaN));
});

test("event days are ranked among ordinary days; dates that are not rows are listed as missing", () => {
  const result = activityOnDays(series, [dates[6], "2030-06-28"], { lookback: 3 });
  assert.deepEqual(result.missing, ["2030-06-28"]);
  assert.equal(result.events.length, 1);
  const [event] = result.events;
  assert.equal(event.date, dates[6]);
  assert.equal(event.volumeRatio, 2.5);
  // Ordinary volume ratios: 2 (row 3) and 2 (row 5): the event beats both, percentile 100 (0-100 scale).
  assert.equal(event.volumePercentile, 100);
  // Ordinary range ratios 2, 0.5, 1: the event's 3 beats all three.
  assert.equal(event.rangePercentile, 100);
  assert.equal(result.ordinary.volumeRatio.median, 2);
  assert.equal(result.ordinary.rangeRatio.n, 3);
  assert.equal(result.eventSummary.volumeRatio.median, 2.5);
  assert.equal(event.dayReturn, 0);
});

test("indicesOfDates finds rows by exact date", () => {
  assert.deepEqual(indicesOfDates(dates, [dates[4], "2024-06-22", dates[1]]), { indices: [1, 4], missing: ["2024-06-22"] });
});

test("returns around events beside the same window from every day", () => {
  const path: DailySeries = { id: "P", dates: weekdays("2024-01-01", 8), close: Float64Array.of(100, 110, 121, 110, 100, 120, 90, 99) };
  const [before, after] = returnsAroundDays(path, [2, 6], [{ from: -2, to: 0 }, { from: 0, to: 2 }]);
  assert.equal(before.label, "t-2 to t");
  // Before: rows 0 -> 2 (+21%) and 4 -> 6 (-10%).
  assert.deepEqual(before.events.map((e) => Math.round(e.value * 1e9) / 1e9), [0.21, -0.1]);
  // After: rows 2 -> 4 (100 / 121 - 1); row 6 + 2 is past the data, so it is left out.
  assert.deepEqual(after.events.map((e) => e.date), [path.dates[2]]);
  assert.equal(after.events[0].value, 100 / 121 - 1);
  const brute: number[] = [];
  for (let i = 0; i + 2 < 8; i++) brute.push(path.close[i + 2] / path.close[i] - 1);
  assert.deepEqual(after.allDays, summarizeReturns(brute));
  assert.throws(() => returnsAroundDays(path, [2], [{ from: 2, to: 2 }]), /return window 2..2: need whole offsets with from < to/);
  assert.equal(returnWindowLabel({ from: 0, to: 20 }), "t to t+20");
});
