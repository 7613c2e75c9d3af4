import assert from "node:assert/strict";
import { test } from "node:test";
import { formatFixed, roundAll, roundTo } from "../../lib/charts/round";

test("roundTo keeps the given decimals and turns missing values into null (a gap in Plotly)", () => {
  assert.equal(roundTo(2211.6543, 2), 2211.65);
  assert.equal(roundTo(-0.004, 2), 0);
  assert.ok(!Object.is(roundTo(-0.004, 2), -0), "no -0 in the JSON");
  assert.equal(roundTo(Infinity, 2), null);
  assert.deepEqual(roundAll(Float64Array.of(1.25, NaN, 3), 1), [1.3, null, 3]);
});

test("formatFixed groups thousands and never prints -0", () => {
  assert.equal(formatFixed(2211.654, 2), "2,211.65");
  assert.equal(formatFixed(-1234567.891, 1), "-1,234,567.9");
  assert.equal(formatFixed(-0.001, 1), "0.0");
  assert.equal(formatFixed(10000, 0), "10,000");
});
