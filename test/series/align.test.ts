import { test } from "node:test";
import assert from "node:assert/strict";
import { alignOnCommonDates } from "../../lib/series/align";
import type { DailySeries } from "../../lib/series/daily-series";

const series = (id: string, dates: string[], close: number[]): DailySeries => ({ id, dates, close: Float64Array.from(close) });

test("aligning keeps only the dates every series has, each close on its own date", () => {
  const a = series("A", ["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"], [1, 2, 3, 4]);
  const b = series("B", ["2024-01-03", "2024-01-04", "2024-01-05"], [20, 30, 40]);
  const c = series("C", ["2024-01-02", "2024-01-03", "2024-01-05"], [100, 200, 400]);
  const aligned = alignOnCommonDates([a, b, c]);
  assert.deepEqual(aligned.ids, ["A", "B", "C"]);
  assert.deepEqual(aligned.dates, ["2024-01-03", "2024-01-05"]);
  assert.deepEqual(aligned.closes.map((col) => [...col]), [[2, 4], [20, 40], [200, 400]]);
});

test("aligning refuses series that share no date, and an empty list", () => {
  const a = series("A", ["2024-01-02"], [1]);
  const b = series("B", ["2024-01-03"], [2]);
  assert.throws(() => alignOnCommonDates([a, b]), /series A, B share no date/);
  assert.throws(() => alignOnCommonDates([]), /series: empty/);
});
