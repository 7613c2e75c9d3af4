import assert from "node:assert/strict";
import { test } from "node:test";
import { candlestick } from "../../lib/charts/candlestick";
import { randomWalkSeries } from "./fixtures";
import { assertGolden } from "./golden";

const series = randomWalkSeries("TEST", 25, 9, 2050);
const neckline = { name: "neckline 2,110", dates: [series.dates[0], series.dates[24]], values: [2110, 2110], dash: "dash", color: "#6e7781" };
const options = {
  title: "Test index, a pattern and its neckline",
  caption: "Source: generated, 2024-01-02 to 2024-02-05",
  lines: [neckline],
  markers: [{ name: "pattern points", dates: [series.dates[5], series.dates[12], series.dates[19]], values: [2010, 1980, 2015], text: ["left shoulder", "head", "right shoulder"] }],
};

type Trace = { type: string; name: string; x: string[]; open?: number[]; close?: number[]; y?: number[]; text?: string[]; line?: { dash?: string } };

test("candlestick matches its golden file", () => {
  assertGolden("candlestick", candlestick(series, options));
});

test("candlestick carries rounded OHLC, the neckline and named points", () => {
  const fig = candlestick(series, options);
  const [candles, line, points] = fig.data as Trace[];
  assert.equal(candles.type, "candlestick");
  assert.equal(candles.open![3], Math.round(series.open![3] * 100) / 100);
  assert.equal(candles.close!.length, 25);
  assert.deepEqual([line.name, line.y, line.line!.dash], ["neckline 2,110", [2110, 2110], "dash"]);
  assert.deepEqual(points.text, ["left shoulder", "head", "right shoulder"]);
  assert.deepEqual((fig.layout.xaxis as { rangeslider: unknown }).rangeslider, { visible: false });
});

test("candlestick needs open, high and low", () => {
  assert.throws(() => candlestick({ id: "RUT", dates: ["2025-01-02"], close: Float64Array.of(1) }, options), /series RUT has no open\/high\/low/);
});
