import { test } from "node:test";
import assert from "node:assert/strict";
import { dateRows, lowerBound, sliceByDate, sliceColumnByDate, upperBound } from "../../lib/series/daily-series";
import { makeSeries } from "../fixtures/series";

// Linear scans: the definitions the binary searches must agree with.
const firstIndex = <T>(values: readonly T[], keep: (v: T) => boolean) => {
  const i = values.findIndex(keep);
  return i < 0 ? values.length : i;
};

test("lowerBound and upperBound agree with a linear scan, on dates and on numbers with repeats", () => {
  const dates = ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"];
  for (const date of ["2025-01-01", "2025-01-02", "2025-01-04", "2025-01-07", "2025-01-08"]) {
    assert.equal(lowerBound(dates, date), firstIndex(dates, (d) => d >= date), date);
    assert.equal(upperBound(dates, date), firstIndex(dates, (d) => d > date), date);
  }
  const numbers = [1, 2, 2, 2, 5];
  for (const value of [0, 1, 2, 3, 5, 6]) {
    assert.equal(lowerBound(numbers, value), firstIndex(numbers, (v) => v >= value), `${value}`);
    assert.equal(upperBound(numbers, value), firstIndex(numbers, (v) => v > value), `${value}`);
  }
  assert.equal(lowerBound([], "2025-01-01"), 0);
});

test("dateRows are the rows whose dates fall in [from, to], either bound optional", () => {
  const dates = ["2025-01-02", "2025-01-03", "2025-01-06"];
  assert.deepEqual(dateRows(dates), { start: 0, end: 3 });
  assert.deepEqual(dateRows(dates, "2025-01-03"), { start: 1, end: 3 });
  assert.deepEqual(dateRows(dates, undefined, "2025-01-05"), { start: 0, end: 2 });
  assert.deepEqual(dateRows(dates, "2025-01-04", "2025-01-05"), { start: 2, end: 2 }); // a weekend: no row
});

test("a date slice and a column slice keep the same rows", () => {
  const series = makeSeries([10, 11, 12, 13, 14]); // Monday 2024-01-01 to Friday 2024-01-05
  const part = sliceByDate(series, "2024-01-02", "2024-01-04");
  assert.deepEqual(part.dates, ["2024-01-02", "2024-01-03", "2024-01-04"]);
  assert.deepEqual([...part.close], [11, 12, 13]);
  assert.deepEqual([...sliceColumnByDate(series, Float64Array.of(0, 1, 2, 3, 4), "2024-01-02", "2024-01-04")], [1, 2, 3]);
});
