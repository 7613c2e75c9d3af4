import assert from "node:assert/strict";
import { test } from "node:test";
import { forwardReturnBars, type ForwardReturnBar } from "../../lib/charts/forward-return-bars";
import { assertGolden } from "./golden";

const options = {
  title: "One year after each reclaim vs random entry",
  caption: "Source: generated, 2009-2024",
  horizon: "252 trading days",
  baseline: { mean: 8.04, p5: 1.5, p95: 14.25 },
};
const events: ForwardReturnBar[] = [
  { start: "2009-07-23", end: "2010-07-22", returnPct: 12.4 },
  { start: "2012-01-05", end: "2013-01-04", returnPct: 9.1 },
  { start: "2016-03-18", end: "2017-03-17", returnPct: 24.7 },
  { start: "2018-11-29", end: "2019-11-27", returnPct: -3.2 },
  { start: "2022-11-10", end: "2023-11-09", returnPct: -8.05, label: "2022-11-10 (b)" },
];

type Trace = { name: string; type: string; x: unknown[]; y: number[]; text?: string[]; xaxis?: string };

test("forwardReturnBars matches its golden file", () => {
  assertGolden("forward-return-bars", forwardReturnBars(events, options));
});

test("forwardReturnBars colours each event by the sign of its return and keeps their order", () => {
  const fig = forwardReturnBars(events, options);
  const [rise, fall] = fig.data as Trace[];
  assert.deepEqual(rise.x, ["2009-07-23", "2012-01-05", "2016-03-18"]);
  assert.deepEqual(fall.x, ["2018-11-29", "2022-11-10 (b)"]);
  assert.deepEqual(fall.y, [-3.2, -8.05]);
  assert.equal(fall.text![0], "2018-11-29 to 2019-11-27<br>return -3.2%");
  const xaxis = fig.layout.xaxis as { categoryarray: string[] };
  assert.deepEqual(xaxis.categoryarray, ["2009-07-23", "2012-01-05", "2016-03-18", "2018-11-29", "2022-11-10 (b)"]);
});

test("forwardReturnBars draws the baseline band and both means, each named in the legend", () => {
  const fig = forwardReturnBars(events, options);
  const lines = (fig.data as Trace[]).filter((t) => t.xaxis === "x2");
  const eventsMean = (12.4 + 9.1 + 24.7 - 3.2 - 8.05) / 5; // 6.99
  assert.deepEqual(
    lines.map((t) => [t.name, t.y]),
    [
      ["random entry: mean 8.0%", [8.04, 8.04]],
      ["events: mean 7.0%", [6.99, 6.99]],
    ],
  );
  assert.ok(Math.abs(lines[1].y[0] - eventsMean) < 0.005);
  const [band] = fig.layout.shapes as { y0: number; y1: number; name: string; showlegend: boolean }[];
  assert.deepEqual([band.y0, band.y1, band.showlegend], [1.5, 14.25, true]);
  assert.equal(band.name, "random entry: 5th-95th percentile (1.5% to 14.3%)");
});

test("forwardReturnBars names the bad input", () => {
  assert.throws(() => forwardReturnBars([], options), /events: empty/);
  assert.throws(() => forwardReturnBars([events[0], events[0]], options), /event label 2009-07-23: appears twice/);
  assert.throws(() => forwardReturnBars([{ ...events[0], returnPct: NaN }], options), /event 2009-07-23: returnPct is NaN/);
  assert.throws(() => forwardReturnBars(events, { ...options, baseline: { mean: 1, p5: 2, p95: 3 } }), /expected finite p5 <= mean <= p95/);
});
