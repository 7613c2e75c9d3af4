import { test } from "node:test";
import assert from "node:assert/strict";
import { lookAheadViolations } from "../../../lib/events/rule";
import { bearMarketTroughs, troughRule } from "../../../lib/studies/004-small-cap-snapshot/troughs";
import { makeSeries } from "../../fixtures/series";

// 100 -> 78 (-22%: a bear) -> 88 (+12.8% bounce) -> 75 (new low, -25%) -> 92 (+22.7%) ... 105, 110 (new records)
// -> 85 (-22.7%: a bear) -> 80 (low) -> 100 (+25%).
const series = makeSeries([100, 90, 78, 88, 75, 92, 95, 105, 110, 85, 80, 100]);
const rows = (troughs: ReturnType<typeof bearMarketTroughs>) => troughs.map((t) => [t.peakIndex, t.troughIndex, t.recoveryIndex]);

test("a bounce smaller than the recovery does not end the bear market: the trough is the later, lower low", () => {
  const troughs = bearMarketTroughs(series, { fall: 0.2, recovery: 0.2 });
  assert.deepEqual(rows(troughs), [
    [0, 4, 5],
    [8, 10, 11],
  ]);
  assert.deepEqual(troughs.map((t) => [t.peakDate, t.troughDate, t.recoveryDate]), [
    ["2024-01-01", "2024-01-05", "2024-01-08"],
    ["2024-01-11", "2024-01-15", "2024-01-16"],
  ]);
  assert.deepEqual(troughs.map((t) => t.decline), [75 / 100 - 1, 80 / 110 - 1]);
  assert.ok(troughs.every((t) => !t.provisional));
});

test("with a 10% recovery the bounce to 88 ends the first bear at 78; measured from records, 75 starts no new one", () => {
  assert.deepEqual(rows(bearMarketTroughs(series, { fall: 0.2, recovery: 0.1 })), [
    [0, 2, 3],
    [8, 10, 11],
  ]);
});

test("measured from rally highs, the fall from 88 to 75 is a bear market of its own when the fall is 10%", () => {
  assert.deepEqual(rows(bearMarketTroughs(series, { fall: 0.1, recovery: 0.1, peak: "rally" })), [
    [0, 2, 3],
    [3, 4, 5],
    [8, 10, 11],
  ]);
  // With a 20% fall, 88 -> 75 (-14.8%) is not enough.
  assert.deepEqual(rows(bearMarketTroughs(series, { fall: 0.2, recovery: 0.1, peak: "rally" })), [
    [0, 2, 3],
    [8, 10, 11],
  ]);
});

test("a deeper fall threshold keeps only the deeper bear markets", () => {
  // -25% and -27.3%: both pass 25%, neither passes 30%.
  assert.equal(bearMarketTroughs(series, { fall: 0.25, recovery: 0.2 }).length, 2);
  assert.deepEqual(bearMarketTroughs(series, { fall: 0.3, recovery: 0.2 }), []);
});

test("an open bear market's low is provisional: left out unless asked for", () => {
  const open = makeSeries([100, 70, 65, 72]);
  assert.deepEqual(bearMarketTroughs(open, { fall: 0.2, recovery: 0.2 }), []);
  const [trough] = bearMarketTroughs(open, { fall: 0.2, recovery: 0.2, includeOpen: true });
  assert.deepEqual([trough.troughIndex, trough.recoveryIndex, trough.recoveryDate, trough.provisional], [2, null, null, true]);
  assert.deepEqual(troughRule({ fall: 0.2, recovery: 0.2 })(open), [], "the rule uses confirmed troughs only");
});

test("the trough rule gives the trough rows, and it looks ahead by construction", () => {
  assert.deepEqual(troughRule({ fall: 0.2, recovery: 0.2 })(series), [4, 10]);
  // Cut after row 4 (the low, 75) there is no recovery yet, so row 4 is not an event.
  assert.ok(lookAheadViolations(troughRule({ fall: 0.2, recovery: 0.2 }), series).includes(4));
});

test("closes that are not positive numbers are refused with the series named", () => {
  assert.throws(() => bearMarketTroughs(makeSeries([100, NaN]), { fall: 0.2, recovery: 0.2 }), /TEST close\[1\] is NaN/);
});
