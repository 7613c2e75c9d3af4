import assert from "node:assert/strict";
import { test } from "node:test";
import { lineChart } from "../../lib/charts/line-chart";
import { weekdays } from "../fixtures/series";
import { randomWalkSeries } from "./fixtures";
import { assertGolden } from "./golden";

const options = {
  title: "Year to date",
  caption: "Source: generated, 2024-01-02 to 2024-02-12",
  yTitle: "Return since 2024-01-02 (%)",
  unit: "%",
  zeroLine: true,
  events: [{ date: "2024-01-19", text: "a trough" }, { date: "2024-02-05" }],
};

/** Returns since the first day as fractions: the unit "%" draws them in percent. */
function ytd(seed: number): Float64Array {
  const { close } = randomWalkSeries("X", 30, seed, 100);
  return close.map((v) => v / close[0] - 1);
}

type Trace = { name: string; x: string[]; y: (number | null)[]; yaxis?: string; text?: string[] };

test("lineChart matches its golden file", () => {
  const dates = weekdays("2024-01-02", 30);
  const lines = ["Russell 2000", "S&P 500", "Nasdaq"].map((name, i) => ({ name, dates, values: ytd(i + 1) }));
  assertGolden("line-chart", lineChart(lines, options));
});

test("lineChart draws a zero line, one vertical marker per event and hover text for each", () => {
  const dates = weekdays("2024-01-02", 3);
  const fig = lineChart([{ name: "A", dates, values: [NaN, 0.01234, -0.005] }], options);
  const shapes = fig.layout.shapes as { x0: unknown; y0: unknown; yref: string }[];
  assert.deepEqual(shapes.map((s) => [s.x0, s.y0, s.yref]), [
    [0, 0, "y"],
    ["2024-01-19", 0, "paper"],
    ["2024-02-05", 0, "paper"],
  ]);
  const [line, events] = fig.data as Trace[];
  assert.deepEqual(line.x, dates.slice(1), "a leading missing value is left out");
  assert.deepEqual(line.y, [1.23, -0.5], "fractions drawn in percent, rounded to 2 decimals");
  assert.equal(events.yaxis, "y2");
  assert.deepEqual(events.text, ["2024-01-19: a trough", "2024-02-05"]);
});

test("lineChart draws values of a unit other than % or pp as passed", () => {
  const dates = weekdays("2024-01-02", 2);
  const fig = lineChart([{ name: "A", dates, values: [1.5, 2.25] }], { title: "t", caption: "c", yTitle: "Ratio (x)", unit: "x" });
  assert.deepEqual((fig.data[0] as Trace).y, [1.5, 2.25]);
  assert.equal((fig.layout.yaxis as { ticksuffix?: string }).ticksuffix, "x");
});

test("lineChart without events or zero line has no shapes and no second axis", () => {
  const dates = weekdays("2024-01-02", 2);
  const fig = lineChart([{ name: "A", dates, values: [1, 2] }], { title: "t", caption: "c", yTitle: "Level (points)" });
  assert.deepEqual(fig.layout.shapes, []);
  assert.equal(fig.layout.yaxis2, undefined);
  assert.throws(() => lineChart([{ name: "A", dates, values: [1] }], options), /line "A" has 1 values but line "A" has 2 dates/);
});
