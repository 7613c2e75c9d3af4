import { test } from "node:test";
import assert from "node:assert/strict";
import { pairedForwardReturns, winShare } from "../../../lib/studies/004-small-cap-snapshot/paired-outcomes";
import { makeSeries } from "../../fixtures/series";

// Both start Monday 2024-01-08; value (a) climbs 10% a day, growth (b) 5% a day, then b jumps.
const a = { ...makeSeries([100, 110, 121, 133.1, 146.41, 161.051], "2024-01-08"), id: "A" };
const b = { ...makeSeries([100, 105, 110.25, 115.7625, 200, 210], "2024-01-08"), id: "B" };

test("each event is entered on the first trading day on or after its date, in each series", () => {
  // Saturday 2024-01-06 is before both series start: out of range. Saturday 2024-01-13 enters Monday 01-15.
  const paired = pairedForwardReturns(a, b, ["2024-01-06", "2024-01-08", "2024-01-10", "2024-01-13"], { tradingDays: 2 });
  assert.equal(paired.label, "2d");
  assert.deepEqual(paired.outOfRange, ["2024-01-06"]);
  const [monday, wednesday, saturday] = paired.outcomes;
  assert.deepEqual([monday.a.startDate, monday.a.endDate], ["2024-01-08", "2024-01-10"]);
  // Two days from Monday: a +21%, b +10.25%: a wins by 10.75 points.
  assert.ok(Math.abs((monday.a.value as number) - 0.21) < 1e-12 && Math.abs((monday.b.value as number) - 0.1025) < 1e-12);
  assert.equal(monday.winner, "a");
  // From Wednesday (121 / 110.25) to Friday (146.41 / 200): b jumps and wins.
  assert.equal(wednesday.winner, "b");
  assert.ok(Math.abs((wednesday.difference as number) - (146.41 / 121 - 200 / 110.25)) < 1e-12);
  // From Monday 01-15, the last row, two days on is past the end: open, no winner, nothing gained yet.
  assert.deepEqual([saturday.a.startDate, saturday.a.open, saturday.a.toDate, saturday.winner, saturday.difference], ["2024-01-15", true, 0, null, null]);
});

test("the win share counts complete outcomes only", () => {
  const paired = pairedForwardReturns(a, b, ["2024-01-08", "2024-01-09", "2024-01-10", "2024-01-12"], { tradingDays: 2 });
  // Monday: a wins; Tuesday (110 -> 133.1 vs 105 -> 115.76): a wins; Wednesday: b wins; Friday: open.
  assert.deepEqual(winShare(paired.outcomes), { wins: 2, losses: 1, ties: 0, complete: 3, share: 2 / 3 });
});

test("an event after either series ends is out of range", () => {
  assert.deepEqual(pairedForwardReturns(a, b, ["2024-02-01"], { tradingDays: 1 }).outOfRange, ["2024-02-01"]);
});
