import { test } from "node:test";
import assert from "node:assert/strict";
import { isHighHitRate } from "../../../lib/studies/000-200-day-reclaim/one-year-after";

test("a hit rate of three in four is high; just under it is not", () => {
  assert.equal(isHighHitRate(0.75), true);
  assert.equal(isHighHitRate(5 / 6), true);
  assert.equal(isHighHitRate(0.7499), false);
  assert.equal(isHighHitRate(2 / 3), false);
});
