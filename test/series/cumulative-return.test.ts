import { test } from "node:test";
import assert from "node:assert/strict";
import { cumulativeReturnSince } from "../../lib/series/cumulative-return";
import { sliceByDate, sliceColumnByDate, type DailySeries } from "../../lib/series/daily-series";

const series: DailySeries = {
  id: "T",
  dates: ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"],
  close: Float64Array.of(100, 110, 99, 121),
};

test("cumulative return starts at 0 on the first trading day on or after the date", () => {
  const r = cumulativeReturnSince(series, "2025-01-04"); // a Saturday: base is Monday 01-06
  assert.equal(r.baseDate, "2025-01-06");
  assert.deepEqual(r.dates, ["2025-01-06", "2025-01-07"]);
  assert.deepEqual([...r.values], [0, 121 / 99 - 1]);
});

test("cumulative return stops at `to` and refuses an empty range", () => {
  assert.deepEqual([...cumulativeReturnSince(series, "2025-01-02", "2025-01-03").values], [0, 110 / 100 - 1]);
  assert.throws(() => cumulativeReturnSince(series, "2025-02-01"), /T: no trading day in 2025-02-01\.\.the data's end \(data 2025-01-02\.\.2025-01-07\)/);
});

test("a column sliced by date stays aligned with the sliced series", () => {
  const column = Float64Array.of(1, 2, 3, 4);
  const from = "2025-01-03";
  const to = "2025-01-06";
  assert.deepEqual(sliceByDate(series, from, to).dates, ["2025-01-03", "2025-01-06"]);
  assert.deepEqual([...sliceColumnByDate(series, column, from, to)], [2, 3]);
  assert.throws(() => sliceColumnByDate(series, Float64Array.of(1), from, to), /column of 1 values is not aligned with T \(4 rows\)/);
});
