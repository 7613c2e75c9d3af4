import { test } from "node:test";
import assert from "node:assert/strict";
import { combinedHolds, numericVerdict, statementVerdict } from "../../lib/claims/verdict";

test("a figure within tolerance is confirmed, on either side", () => {
  assert.equal(numericVerdict({ article: 18.1, measured: 17.2, tolerance: 1 }), "confirmed");
  assert.equal(numericVerdict({ article: 18.1, measured: 19.1, tolerance: 1 }), "confirmed");
});

test("beyond tolerance but within the rough band (3x by default) is roughly", () => {
  assert.equal(numericVerdict({ article: 28, measured: 25.5, tolerance: 1 }), "roughly");
  assert.equal(numericVerdict({ article: 28, measured: 24.9, tolerance: 1 }), "not confirmed");
  assert.equal(numericVerdict({ article: 28, measured: 24.9, tolerance: 1, roughTolerance: 4 }), "roughly");
});

test("directional claims keep 'roughly' when only the sign agrees", () => {
  assert.equal(numericVerdict({ article: 18.1, measured: 4, tolerance: 1, directional: true }), "roughly");
  assert.equal(numericVerdict({ article: 18.1, measured: -4, tolerance: 1, directional: true }), "not confirmed");
});

test("relative tolerance compares the gap as a share of the article's figure", () => {
  assert.equal(numericVerdict({ article: 2468, measured: 2460, tolerance: 0.005, relative: true }), "confirmed");
  assert.equal(numericVerdict({ article: 2468, measured: 2400, tolerance: 0.005, relative: true }), "not confirmed");
});

test("a missing measurement is not testable, never a number", () => {
  assert.equal(numericVerdict({ article: 41, measured: null, tolerance: 1 }), "not testable");
  assert.equal(numericVerdict({ article: 41, measured: Number.NaN, tolerance: 1 }), "not testable");
});

test("a negative tolerance is refused with the fix", () => {
  assert.throws(() => numericVerdict({ article: 1, measured: 1, tolerance: -1 }), /tolerance -1: must be a number >= 0/);
});

test("statements map to the four verdicts", () => {
  assert.deepEqual(
    (["yes", "partly", "no", "untestable"] as const).map(statementVerdict),
    ["confirmed", "roughly", "not confirmed", "not testable"],
  );
});

test("a claim bundling several figures holds only as far as its weakest figure", () => {
  assert.equal(combinedHolds(["confirmed", "confirmed"]), "yes");
  assert.equal(combinedHolds(["confirmed", "roughly"]), "partly");
  assert.equal(combinedHolds(["roughly", "not confirmed"]), "no");
  assert.equal(combinedHolds(["not confirmed", "not testable"]), "untestable");
  assert.throws(() => combinedHolds([]), /combinedHolds: no verdicts given/);
});
