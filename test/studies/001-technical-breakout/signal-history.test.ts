import { test } from "node:test";
import assert from "node:assert/strict";
import { SIGNIFICANT_PERCENTILE } from "../../../lib/claims/thresholds";
import { signalHorizons, unusualness } from "../../../lib/studies/001-technical-breakout/signal-history";

test("a percentile is unusual from SIGNIFICANT_PERCENTILE up, or at its mirror image down", () => {
  assert.equal(unusualness(SIGNIFICANT_PERCENTILE), "unusually high");
  assert.equal(unusualness(SIGNIFICANT_PERCENTILE - 0.5), "not unusual");
  assert.equal(unusualness(100 - SIGNIFICANT_PERCENTILE), "unusually low");
  assert.equal(unusualness(100 - SIGNIFICANT_PERCENTILE + 0.5), "not unusual");
  assert.throws(() => unusualness(101), /between 0 and 100/);
});

test("the signal studies look a month, the parameters' horizon and a year ahead", () => {
  assert.deepEqual(signalHorizons({ horizonDays: 42 }), [{ tradingDays: 21 }, { tradingDays: 42 }, { tradingDays: 252 }]);
});
