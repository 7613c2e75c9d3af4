import { test } from "node:test";
import assert from "node:assert/strict";
import { isUnusual, SIGNIFICANT_PERCENTILE } from "../../lib/claims/thresholds";

test("an events' mean is unusual from the significance percentile on, not just below it", () => {
  assert.equal(isUnusual(SIGNIFICANT_PERCENTILE), true);
  assert.equal(isUnusual(SIGNIFICANT_PERCENTILE - 0.01), false);
  assert.throws(() => isUnusual(101), /between 0 and 100/);
});
