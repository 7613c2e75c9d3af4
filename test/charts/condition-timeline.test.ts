import assert from "node:assert/strict";
import { test } from "node:test";
import { conditionTimeline } from "../../lib/charts/condition-timeline";
import { weekdays } from "../fixtures/series";
import { assertGolden } from "./golden";

const dates = weekdays("2025-06-02", 6);
const rows = [
  { name: "breakout in the last 10 days", holds: [0, 1, 1, 1, 1, 0] },
  { name: "close above 200-day", holds: [false, false, true, true, true, true] },
  { name: "all hold", holds: [0, 0, 1, 1, 1, 0] },
];
const options = { title: "When the statements hold together", caption: "Source: generated, 2025-06-02 to 2025-06-09" };

type Heatmap = { type: string; x: string[]; y: string[]; z: number[][]; text: string[][] };

test("condition timeline matches its golden file", () => {
  assertGolden("condition-timeline", conditionTimeline(dates, rows, options));
});

test("the first condition is drawn on top, and each cell says whether it holds", () => {
  const [heatmap] = conditionTimeline(dates, rows, options).data as Heatmap[];
  assert.equal(heatmap.type, "heatmap");
  // Plotly's heatmap row 0 is the bottom row.
  assert.deepEqual(heatmap.y, ["all hold", "close above 200-day", "breakout in the last 10 days"]);
  assert.deepEqual(heatmap.z[1], [0, 0, 1, 1, 1, 1]);
  assert.equal(heatmap.text[2][1], "holds");
  assert.equal(heatmap.text[2][0], "does not hold");
});

test("a condition must have one value per date", () => {
  assert.throws(() => conditionTimeline(dates, [{ name: "short", holds: [1] }], options), /condition "short" has 1 values but dates has 6 dates/);
  assert.throws(() => conditionTimeline(dates, [], options), /rows: empty/);
});
