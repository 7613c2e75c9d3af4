import assert from "node:assert/strict";
import { test } from "node:test";
import { forwardReturnBars, type ForwardReturnBar } from "../../lib/charts/forward-return-bars";
import { assertGolden } from "./golden";

const options = { title: "One year after each reclaim vs random entry", caption: "Source: generated, 2009-2024", horizon: "252 trading days" };
// Random means 0.02, 0.06, 0.10, 0.14: their mean is 8%.
const baseline = { means: Float64Array.of(0.02, 0.06, 0.1, 0.14), quantiles: { p5: 0.015, p95: 0.1437 } };
const events: ForwardReturnBar[] = [
  { date: "2009-07-23", endDate: "2010-07-22", value: 0.124 },
  { date: "2012-01-05", endDate: "2013-01-04", value: 0.091 },
  { date: "2016-03-18", endDate: "2017-03-17", value: 0.247 },
  { date: "2018-11-29", endDate: "2019-11-27", value: -0.032 },
  { date: "2022-11-10", endDate: "2023-11-09", value: -0.0805, label: "2022-11-10 (b)" },
];

type Trace = { name: string; type: string; x: unknown[]; y: number[]; text?: string[]; xaxis?: string };

test("forwardReturnBars matches its golden file", () => {
  assertGolden("forward-return-bars", forwardReturnBars(events, baseline, options));
});

test("forwardReturnBars shows each return in percent, coloured by sign, in the events' order", () => {
  const fig = forwardReturnBars(events, baseline, options);
  const [rise, fall] = fig.data as Trace[];
  assert.deepEqual(rise.x, ["2009-07-23", "2012-01-05", "2016-03-18"]);
  assert.deepEqual(rise.y, [12.4, 9.1, 24.7]);
  assert.deepEqual(fall.x, ["2018-11-29", "2022-11-10 (b)"]);
  assert.deepEqual(fall.y, [-3.2, -8.05]);
  assert.equal(fall.text![0], "2018-11-29 to 2019-11-27<br>return -3.2%");
  const xaxis = fig.layout.xaxis as { categoryarray: string[]; ticktext: string[] };
  assert.deepEqual(xaxis.categoryarray, ["2009-07-23", "2012-01-05", "2016-03-18", "2018-11-29", "2022-11-10 (b)"]);
  assert.deepEqual(xaxis.ticktext.slice(3), ["2018<br>11-29", "2022-11-10 (b)"], "dates on two lines, other labels as given");
});

test("forwardReturnBars draws the baseline band and both means, each named in the legend", () => {
  const fig = forwardReturnBars(events, baseline, options);
  const lines = (fig.data as Trace[]).filter((t) => t.xaxis === "x2");
  // Events: (12.4 + 9.1 + 24.7 - 3.2 - 8.05) / 5 = 6.99.
  assert.deepEqual(
    lines.map((t) => [t.name, t.y]),
    [
      ["random entry: mean 8.0%", [8, 8]],
      ["events: mean 7.0%", [6.99, 6.99]],
    ],
  );
  const [band] = fig.layout.shapes as { y0: number; y1: number; name: string; showlegend: boolean }[];
  assert.deepEqual([band.y0, band.y1, band.showlegend], [1.5, 14.37, true]);
  assert.equal(band.name, "random entry: 5th-95th percentile (1.5% to 14.4%)");
});

test("forwardReturnBars names the bad input", () => {
  assert.throws(() => forwardReturnBars([], baseline, options), /events: empty/);
  assert.throws(() => forwardReturnBars([events[0], events[0]], baseline, options), /event label 2009-07-23: appears twice/);
  assert.throws(() => forwardReturnBars([{ ...events[0], value: null }], baseline, options), /event 2009-07-23: forward return is null \(pass complete events only/);
  assert.throws(() => forwardReturnBars(events, { ...baseline, quantiles: { p5: 0.2, p95: 0.1 } }, options), /finite quantiles p5 <= p95/);
});
