import { test } from "node:test";
import assert from "node:assert/strict";
import { correlation, correlationByYear, rollingCorrelation } from "../../lib/series/correlation";

const close = (a: number, b: number) => Math.abs(a - b) < 1e-12;

test("correlation is +1 / -1 for exact lines and matches the textbook formula otherwise", () => {
  assert.ok(close(correlation([1, 2, 3, 4], [3, 5, 7, 9]), 1));
  assert.ok(close(correlation([1, 2, 3, 4], [4, 3, 2, 1]), -1));
  // By hand: x = [1,2,3], y = [1,3,2]: deviations (-1,0,1) and (-1,1,0): sxy = 1, sxx = 2, syy = 2 -> 0.5.
  assert.ok(close(correlation([1, 2, 3], [1, 3, 2]), 0.5));
  assert.ok(Number.isNaN(correlation([1, 1, 1], [1, 2, 3])));
  assert.throws(() => correlation([1, NaN], [1, 2]), /point 1 is \(NaN, 2\)/);
});

test("rolling correlation equals the correlation of each trailing window, NaN over missing values", () => {
  const x = [NaN, 1, 2, 3, 4, 2, 8];
  const y = [NaN, 2, 1, 4, 3, 5, 1];
  const rolled = rollingCorrelation(x, y, 3);
  assert.ok(Number.isNaN(rolled[0]) && Number.isNaN(rolled[1]) && Number.isNaN(rolled[2]));
  for (let i = 3; i < x.length; i++) assert.ok(close(rolled[i], correlation(x.slice(i - 2, i + 1), y.slice(i - 2, i + 1))));
  assert.throws(() => rollingCorrelation(x, y, 1), /window 1: a correlation needs at least 2 rows/);
});

test("correlation by year splits the points by calendar year and leaves thin years NaN", () => {
  const dates = ["2022-03-01", "2022-06-01", "2022-09-01", "2023-02-01", "2023-05-01", "2024-01-05"];
  const x = [1, 2, 3, 1, 2, 5];
  const y = [2, 4, 6, 5, 1, 0];
  const years = correlationByYear(dates, x, y, 2);
  assert.deepEqual(years.map((r) => [r.year, r.n]), [[2022, 3], [2023, 2], [2024, 1]]);
  assert.ok(close(years[0].correlation, 1));
  assert.ok(close(years[1].correlation, -1));
  assert.ok(Number.isNaN(years[2].correlation));
});
