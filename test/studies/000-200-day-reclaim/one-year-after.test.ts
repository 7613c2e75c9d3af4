import { test } from "node:test";
import assert from "node:assert/strict";
import { averageAndHitRateVerdict, isHighHitRate } from "../../../lib/studies/000-200-day-reclaim/one-year-after";

test("a hit rate of three in four is high; just under it is not", () => {
  assert.equal(isHighHitRate(0.75), true);
  assert.equal(isHighHitRate(5 / 6), true);
  assert.equal(isHighHitRate(0.7499), false);
  assert.equal(isHighHitRate(2 / 3), false);
});

test("a confirmed average with a hit rate below high is only roughly the article's claim", () => {
  assert.equal(averageAndHitRateVerdict("confirmed", 0.75), "confirmed");
  assert.equal(averageAndHitRateVerdict("confirmed", 0.7499), "roughly");
  assert.equal(averageAndHitRateVerdict("roughly", 0.9), "roughly");
  assert.equal(averageAndHitRateVerdict("roughly", 0.5), "roughly");
  assert.equal(averageAndHitRateVerdict("not confirmed", 0.9), "not confirmed");
});
