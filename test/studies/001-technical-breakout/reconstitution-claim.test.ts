import { test } from "node:test";
import assert from "node:assert/strict";
import { SIGNIFICANT_PERCENTILE } from "../../../lib/claims/thresholds";
import { NORMAL_RATIO, reconstitutionHolds } from "../../../lib/studies/001-technical-breakout/reconstitution-claim";

test("001-6 holds when both volume ratios are above normal and the return after is unusual", () => {
  assert.equal(reconstitutionHolds(1.2, 1.4, SIGNIFICANT_PERCENTILE), "yes");
  assert.equal(reconstitutionHolds(1.2, 1.4, SIGNIFICANT_PERCENTILE - 0.1), "partly");
});

test("001-6 does not hold when either volume ratio is at or below a normal day's", () => {
  assert.equal(reconstitutionHolds(NORMAL_RATIO, 1.4, 99), "no");
  assert.equal(reconstitutionHolds(1.4, NORMAL_RATIO, 99), "no");
  assert.equal(reconstitutionHolds(NORMAL_RATIO + 0.01, NORMAL_RATIO + 0.01, 50), "partly");
});
