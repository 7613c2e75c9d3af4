import assert from "node:assert/strict";
import { test } from "node:test";
import { stepCountChart, type CountStep } from "../../lib/charts/step-count-chart";
import { assertGolden } from "./golden";

const steps: CountStep[] = [
  { from: 180, to: 292, count: 12, text: "drops out above 292: 1992-11-30" },
  { from: 293, to: 424, count: 10 },
  { from: 425, to: 1488, count: 9 },
  { from: 1489, to: null, count: 0 },
];
const options = {
  title: "Breakouts counted, by minimum drought",
  caption: "Source: generated",
  xTitle: "Minimum drought (calendar days)",
  yTitle: "Breakouts (count)",
  reference: { value: 11, name: "the article's 11" },
  selected: { value: 366, name: "minimum used: 366 days" },
};

type Trace = { name: string; x: number[]; y: number[]; text?: string[] };

test("stepCountChart matches its golden file", () => {
  assertGolden("step-count-chart", stepCountChart(steps, options));
});

test("the step line holds each count from its step's start to the next; the open last step is drawn a tenth of the range wide", () => {
  const [line, reference, selected] = stepCountChart(steps, options).data as Trace[];
  assert.deepEqual(line.x, [180, 293, 425, 1489, 1489 + Math.round((1489 - 180) / 10)]);
  assert.deepEqual(line.y, [12, 10, 9, 0, 0]);
  assert.equal(line.text?.[0], "Minimum drought (calendar days): 180 to 292<br>Breakouts (count): 12<br>drops out above 292: 1992-11-30");
  assert.equal(line.text?.[3], "Minimum drought (calendar days): 1489 or more<br>Breakouts (count): 0");
  assert.deepEqual([reference.name, reference.y], ["the article's 11", [11, 11]]);
  assert.deepEqual([selected.x, selected.y], [[366, 366], [0, 13]]);
});

test("steps must be ascending and touching, with only the last unbounded", () => {
  assert.throws(() => stepCountChart([], options), /steps: empty/);
  assert.throws(() => stepCountChart([{ from: 1, to: 5, count: 2 }, { from: 7, to: null, count: 1 }], options), /step 1 starts at 7 but step 0 ends at 5/);
  assert.throws(() => stepCountChart([{ from: 1, to: null, count: 2 }, { from: 2, to: 3, count: 1 }], options), /only the last step may have no upper bound/);
  assert.throws(() => stepCountChart([{ from: 5, to: 4, count: 2 }], options), /step 0: from 5, to 4/);
});
