import assert from "node:assert/strict";
import { test } from "node:test";
import { displayScale, inDisplayUnit } from "../../lib/charts/display-unit";

test("percent and percentage points take fractions and show them x100; other units as passed", () => {
  assert.equal(displayScale("%"), 100);
  assert.equal(displayScale("pp"), 100);
  assert.equal(displayScale("x"), 1);
  assert.equal(displayScale(""), 1);
  assert.equal(displayScale(undefined), 1);
  assert.deepEqual(inDisplayUnit(Float64Array.of(0.25, -0.5, NaN), "%"), [25, -50, NaN]);
  assert.deepEqual(inDisplayUnit([1.5, 2], "x"), [1.5, 2]);
});
