import { test } from "node:test";
import assert from "node:assert/strict";
import { signalOverlap } from "../../../lib/studies/001-technical-breakout/signal-overlap";
import { weekdays } from "../../fixtures/series";

const dates = weekdays("2025-06-02", 10);

test("days where a recent event and a state hold together, as spans", () => {
  const fit = signalOverlap(dates, [
    { name: "event in the last 3 days", events: [2], withinDays: 3 },
    { name: "state", holds: [1, 1, 1, 1, 0, 1, 1, 1, 1, 1] },
  ]);
  // The event on row 2 counts on rows 2..5; the state fails on row 4.
  assert.deepEqual(Array.from(fit.conditions[0].holds), [0, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
  assert.deepEqual(Array.from(fit.all), [0, 0, 1, 1, 0, 1, 0, 0, 0, 0]);
  assert.deepEqual(fit.spans.map((s) => [s.startDate, s.endDate, s.tradingDays]), [
    [dates[2], dates[3], 2],
    [dates[5], dates[5], 1],
  ]);
});

test("withinDays 0 means the event day only; windows past the data's end are cut", () => {
  const fit = signalOverlap(dates, [{ name: "today", events: [1, 9], withinDays: 0 }, { name: "late", events: [8], withinDays: 5 }]);
  assert.deepEqual(Array.from(fit.all), [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
});

test("bad conditions are refused with the fix", () => {
  assert.throws(() => signalOverlap(dates, []), /conditions: empty/);
  assert.throws(() => signalOverlap(dates, [{ name: "short", holds: [1, 0] }]), /condition "short" has 2 values but there are 10 dates/);
  assert.throws(() => signalOverlap(dates, [{ name: "x", events: [1], withinDays: -1 }]), /withinDays -1 must be a whole number/);
  assert.throws(() => signalOverlap(dates, [{ name: "x", events: [3, 1], withinDays: 1 }]), /ascending and unique/);
});
