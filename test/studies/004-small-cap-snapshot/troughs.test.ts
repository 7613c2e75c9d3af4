import { test } from "node:test";
import assert from "node:assert/strict";
import { lookAheadViolations } from "../../../lib/events/rule";
import { bearMarketTroughs, troughLabel, troughRule, troughRuleText, type TroughDefinition } from "../../../lib/studies/004-small-cap-snapshot/troughs";
import { makeSeries } from "../../fixtures/series";

const standard: TroughDefinition = { rule: "record-to-record", fall: 0.2 };
const rows = (troughs: ReturnType<typeof bearMarketTroughs>) => troughs.map((t) => [t.peakIndex, t.troughIndex, t.recoveryIndex]);

// One bear market with a 20% bounce inside it: 100 (record) -> 80 (-20%) -> 96 (+20% off the low)
// -> 70 (the low) -> 90 -> 101 (new record), then a calm rise.
const bounce = makeSeries([100, 90, 80, 96, 85, 70, 90, 101, 103, 105]);

test("record to record: a 20% bounce inside one bear market gives ONE trough, the lowest close", () => {
  const troughs = bearMarketTroughs(bounce, standard);
  assert.deepEqual(rows(troughs), [[0, 5, 7]]);
  assert.deepEqual([troughs[0].peakDate, troughs[0].troughDate, troughs[0].recoveryDate], ["2024-01-01", "2024-01-08", "2024-01-10"]);
  assert.ok(Math.abs(troughs[0].decline - -0.3) < 1e-12);
});

test("the bounce rules read the same fall differently: the rally rule gives two lows, the record rule keeps the early one", () => {
  // Rally highs: 80 is a low (96 is 20% above it), then 96 -> 70 is a new 27% fall.
  assert.deepEqual(rows(bearMarketTroughs(bounce, { rule: "rally-bounce", fall: 0.2, recovery: 0.2 })), [[0, 2, 3], [3, 5, 6]]);
  // From records: after the bounce to 96 a new bear market needs a new record (101), so 70 is never counted.
  assert.deepEqual(rows(bearMarketTroughs(bounce, { rule: "record-bounce", fall: 0.2, recovery: 0.2 })), [[0, 2, 3]]);
  assert.throws(() => bearMarketTroughs(bounce, { rule: "rally-bounce", fall: 0.2 }), /needs a recovery/);
});

test("record to record: a fall of exactly 20% is a bear market, 19.9% is not", () => {
  assert.equal(bearMarketTroughs(makeSeries([100, 90, 80, 101]), standard).length, 1);
  assert.deepEqual(bearMarketTroughs(makeSeries([100, 90, 80.1, 101]), standard), []);
});

test("a bear market with no new record yet is open: its low is provisional, left out unless asked for", () => {
  // 100 -> 75 (the low) -> 105 (record): ended. 110 (record) -> 80 -> 100: no new record, open.
  const series = makeSeries([100, 90, 78, 88, 75, 92, 95, 105, 110, 85, 80, 100]);
  assert.deepEqual(rows(bearMarketTroughs(series, standard)), [[0, 4, 7]]);
  const all = bearMarketTroughs(series, { ...standard, includeOpen: true });
  assert.deepEqual(all.map((t) => [t.troughIndex, t.recoveryDate, t.provisional]), [[4, "2024-01-10", false], [10, null, true]]);
  assert.deepEqual(troughRule(standard)(series), [4], "the rule uses ended bear markets only");
});

test("the trough rule looks ahead by construction: a low is a trough only once its bear market ends", () => {
  // Cut after row 5 (the low, 70) there is no new record yet, so row 5 is not an event.
  assert.ok(lookAheadViolations(troughRule(standard), bounce).includes(5));
});

test("definitions in words", () => {
  assert.equal(troughLabel(standard), "record to record, fall 20%");
  assert.equal(troughLabel({ rule: "record-bounce", fall: 0.25, recovery: 0.2 }), "fall 25% from the record, 20% bounce");
  assert.equal(troughLabel({ rule: "rally-bounce", fall: 0.2, recovery: 0.5 }), "fall 20% from the rally high, 50% bounce");
  assert.match(troughRuleText(standard), /from a record close through a fall of at least 20% to the next record close/);
});

test("closes that are not positive numbers are refused with the series named", () => {
  assert.throws(() => bearMarketTroughs(makeSeries([100, NaN]), standard), /TEST close\[1\] is NaN/);
});
