import { test } from "node:test";
import assert from "node:assert/strict";
import { higherAfterHorizon, PARTIAL_HORIZON_MIN_SHARE } from "../../lib/claims/partial-horizon";

const horizonDays = 252;
const atMinimum = Math.ceil(PARTIAL_HORIZON_MIN_SHARE * horizonDays); // 189 of 252

test("a complete horizon decides by the return's sign", () => {
  assert.equal(higherAfterHorizon({ toDate: 0.05, days: horizonDays, horizonDays, open: false }), "yes");
  assert.equal(higherAfterHorizon({ toDate: -0.05, days: horizonDays, horizonDays, open: false }), "no");
  assert.equal(higherAfterHorizon({ toDate: 0, days: horizonDays, horizonDays, open: false }), "no", "flat is not higher");
});

test("a partial horizon never confirms: from the minimum share on, higher so far is partly and lower so far is no", () => {
  assert.equal(higherAfterHorizon({ toDate: 0.157, days: atMinimum, horizonDays, open: true }), "partly");
  assert.equal(higherAfterHorizon({ toDate: 0.157, days: 232, horizonDays, open: true }), "partly");
  assert.equal(higherAfterHorizon({ toDate: -0.02, days: 232, horizonDays, open: true }), "no");
});

test("below the minimum share a partial horizon is untestable, whatever its sign", () => {
  assert.equal(higherAfterHorizon({ toDate: 0.157, days: atMinimum - 1, horizonDays, open: true }), "untestable");
  assert.equal(higherAfterHorizon({ toDate: -0.1, days: atMinimum - 1, horizonDays, open: true }), "untestable");
  assert.equal(higherAfterHorizon({ toDate: 0.037, days: 111, horizonDays, open: true }), "untestable");
  // The minimum is a parameter: a lower one admits the same 111 days.
  assert.equal(higherAfterHorizon({ toDate: 0.037, days: 111, horizonDays, open: true }, 0.4), "partly");
});

test("a bad horizon or minimum share is refused with its name", () => {
  assert.throws(() => higherAfterHorizon({ toDate: 0.1, days: 10, horizonDays: 0, open: true }), /horizonDays 0 must be a number of trading days > 0/);
  assert.throws(() => higherAfterHorizon({ toDate: 0.1, days: 10, horizonDays, open: true }, 1.5), /minShare 1.5 must be a share in \(0, 1\]/);
});
