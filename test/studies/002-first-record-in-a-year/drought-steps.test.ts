import { test } from "node:test";
import assert from "node:assert/strict";
import { droughtCountSteps } from "../../../lib/studies/002-first-record-in-a-year/drought-steps";
import { makeSeries, randomWalk } from "../../fixtures/series";
import { bruteBreakouts } from "../../series/record-oracle";

// Records on rows 0 (first day: level only), 1, 150, 400, 420 and 700.
const closes = Array.from({ length: 720 }, (_, i) => ({ 1: 101, 150: 102, 400: 103, 420: 104, 700: 105 })[i] ?? 100);
const series = makeSeries(closes);
const gap = (a: number, b: number) => bruteBreakouts(series, 0).find(([row, previous]) => row === b && previous === a)?.[2] as number;

test("the count of breakouts is a step function of the minimum drought, listed step by step", () => {
  const [d150, d400, d420, d700] = [gap(1, 150), gap(150, 400), gap(400, 420), gap(420, 700)];
  assert.ok(d420 < d150 && d150 < d400 && d400 < d700, "fixture: four distinct drought lengths");
  assert.deepEqual(droughtCountSteps(series, { floorDays: 10 }), [
    { fromDays: 10, toDays: d420, events: 4, dropping: [series.dates[420]] },
    { fromDays: d420 + 1, toDays: d150, events: 3, dropping: [series.dates[150]] },
    { fromDays: d150 + 1, toDays: d400, events: 2, dropping: [series.dates[400]] },
    { fromDays: d400 + 1, toDays: d700, events: 1, dropping: [series.dates[700]] },
    { fromDays: d700 + 1, toDays: null, events: 0, dropping: [] },
  ]);
});

test("a floor above some droughts starts the steps there; from and to limit the breakouts counted", () => {
  const d420 = gap(400, 420);
  const steps = droughtCountSteps(series, { floorDays: d420 + 1 });
  assert.equal(steps[0].fromDays, d420 + 1);
  assert.equal(steps[0].events, 3);
  const early = droughtCountSteps(series, { floorDays: 10, to: series.dates[419] });
  assert.deepEqual(early.map((s) => s.events), [2, 1, 0]);
});

test("every threshold inside a step counts the brute-force number of breakouts", () => {
  const walk = makeSeries(randomWalk(1500, 21, 0.0003, 0.015));
  const steps = droughtCountSteps(walk, { floorDays: 60 });
  for (const step of steps) {
    const top = step.toDays ?? step.fromDays + 100;
    for (const threshold of [step.fromDays, Math.floor((step.fromDays + top) / 2), top]) {
      assert.equal(bruteBreakouts(walk, threshold).length, step.events, `threshold ${threshold}`);
    }
  }
});

test("no breakout at all leaves one unbounded step; a bad floor is refused", () => {
  assert.deepEqual(droughtCountSteps(makeSeries([5, 4, 3]), { floorDays: 30 }), [{ fromDays: 30, toDays: null, events: 0, dropping: [] }]);
  assert.throws(() => droughtCountSteps(series, { floorDays: 1.5 }), /floorDays 1.5: must be a whole number of calendar days >= 0/);
});
