import assert from "node:assert/strict";
import { test } from "node:test";
import { sensitivityHeatmap } from "../../lib/charts/sensitivity-heatmap";
import { assertGolden } from "./golden";

const gaps = [63, 91, 126];
const windows = [150, 200];
const meanReturns = [
  [14.234, 16.8, 19.05],
  [17.41, 18.1, -2.5],
];
const counts = [
  [14, 11, 9],
  [11, 8, 6],
];
const options = {
  title: "Mean 1-year return after reclaims, by definition",
  caption: "Source: generated",
  xTitle: "Minimum gap (calendar days)",
  yTitle: "Average window (trading days)",
  zTitle: "Mean return (%)",
  zMid: 0,
  second: { name: "events", values: counts },
  highlight: { name: "8 or 11 events (the article's counts)", where: (c: { second?: number }) => c.second === 8 || c.second === 11 },
};

type Trace = { type: string; x: unknown[]; y: unknown[]; z?: number[][]; customdata?: number[][]; hovertemplate?: string; name?: string };

test("sensitivityHeatmap matches its golden file", () => {
  assertGolden("sensitivity-heatmap", sensitivityHeatmap(gaps, windows, meanReturns, options));
});

test("sensitivityHeatmap rings the highlighted cells and puts x, y, z and the count in the hover", () => {
  const fig = sensitivityHeatmap(gaps, windows, meanReturns, options);
  const [heatmap, legendEntry] = fig.data as Trace[];
  // count 11 at (91, 150) and (63, 200); count 8 at (91, 200): framed cells as (column, row).
  const frames = (fig.layout as { shapes: { x0: number; x1: number; y0: number; y1: number }[] }).shapes;
  assert.deepEqual(frames.map((f) => [f.x0 + 0.5, f.y0 + 0.5]), [[1, 0], [0, 1], [1, 1]]);
  assert.ok(frames.every((f) => f.x1 - f.x0 === 1 && f.y1 - f.y0 === 1), "each frame is exactly one cell");
  assert.equal(legendEntry.name, "8 or 11 events (the article's counts) (3 cells)");
  assert.deepEqual(heatmap.z, [
    [14.2, 16.8, 19.1],
    [17.4, 18.1, -2.5],
  ]);
  assert.deepEqual(heatmap.customdata, counts);
  assert.equal(
    heatmap.hovertemplate,
    "Minimum gap (calendar days): %{x}<br>Average window (trading days): %{y}<br>Mean return (%): %{z:.1f}<br>events: %{customdata}<extra></extra>",
  );
  assert.equal((heatmap as { colorbar?: { title: { text: string } } }).colorbar?.title.text, "Mean return (%)");
});

test("a heatmap in % takes fractions: z drawn in percent, the highlight rule sees the fractions", () => {
  const fractions = meanReturns.map((row) => row.map((v) => v / 100));
  const seen: number[] = [];
  const fig = sensitivityHeatmap(gaps, windows, fractions, {
    ...options, zUnit: "%", highlight: { name: "above 18%", where: (c) => (seen.push(c.z), c.z > 0.18) },
  });
  assert.deepEqual((fig.data[0] as Trace).z, [
    [14.2, 16.8, 19.1],
    [17.4, 18.1, -2.5],
  ]);
  assert.deepEqual(seen, fractions.flat());
  assert.equal((fig.data[1] as Trace).name, "above 18% (2 cells)");
});

test("sensitivityHeatmap labels cells only on grids small enough to read", () => {
  const small = sensitivityHeatmap(gaps, windows, meanReturns, options).data[0] as { texttemplate?: string };
  assert.equal(small.texttemplate, "%{z:.1f}");
  const xs = Array.from({ length: 20 }, (_, k) => k);
  const ys = Array.from({ length: 11 }, (_, k) => k);
  const big = sensitivityHeatmap(xs, ys, ys.map(() => xs.map(() => 1)), { title: "t", caption: "c", xTitle: "x", yTitle: "y", zTitle: "z" });
  assert.equal((big.data[0] as { texttemplate?: string }).texttemplate, undefined);
});

test("sensitivityHeatmap names a grid of the wrong shape", () => {
  assert.throws(() => sensitivityHeatmap(gaps, windows, [meanReturns[0]], options), /z has 1 rows but y has 2 values/);
  assert.throws(
    () => sensitivityHeatmap(gaps, windows, meanReturns, { ...options, second: { name: "events", values: [[1, 2], [3, 4]] } }),
    /second "events" row 0 has 2 values but x has 3/,
  );
});
