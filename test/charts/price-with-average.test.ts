import assert from "node:assert/strict";
import { test } from "node:test";
import { priceWithAverage } from "../../lib/charts/price-with-average";
import type { DailySeries } from "../../lib/series/daily-series";
import { weekdays } from "../fixtures/series";
import { randomWalkSeries, trailingMean } from "./fixtures";
import { assertGolden } from "./golden";

const frame = { title: "Test index and its 10-day average", caption: "Source: generated, 2024-01-02 to 2024-03-25", averageName: "10-day average" };

type Shape = { x0: string; x1: string; showlegend?: boolean };
type Trace = { name: string; x: string[]; y: (number | null)[]; text?: string[] };

test("priceWithAverage matches its golden file", () => {
  const series = randomWalkSeries("TEST", 60, 1, 2000);
  const fig = priceWithAverage(series, trailingMean(series.close, 10), {
    ...frame,
    events: [{ date: series.dates[30], text: "reclaim after 5 days below" }, { date: series.dates[45] }],
    eventName: "reclaims",
  });
  assertGolden("price-with-average", fig);
});

test("priceWithAverage shades each spell below the average up to the day it is back above", () => {
  const dates = weekdays("2025-01-06", 6);
  const series: DailySeries = { id: "T", dates, close: Float64Array.of(5, 3, 2, 6, 1, 7) };
  const fig = priceWithAverage(series, Float64Array.of(4, 4, 4, 4, 4, 4), frame);
  const shapes = fig.layout.shapes as Shape[];
  // Below on days 1-2 (back above on day 3) and on day 4 (back above on day 5).
  assert.deepEqual(shapes.map((s) => [s.x0, s.x1]), [[dates[1], dates[3]], [dates[4], dates[5]]]);
  assert.deepEqual(shapes.map((s) => s.showlegend), [true, undefined], "one legend entry for all spells");
  const defaults = (fig.layout.template as { layout: { shapedefaults: Record<string, unknown> } }).layout.shapedefaults;
  assert.deepEqual([defaults.layer, defaults.yref, defaults.y0, defaults.y1], ["below", "paper", 0, 1], "full-height, under the lines");
});

test("priceWithAverage marks events on the close with date, close and the caller's text", () => {
  const dates = weekdays("2025-01-06", 4);
  const series: DailySeries = { id: "T", dates, close: Float64Array.of(2100, 2211.654, 2050, 1990) };
  const fig = priceWithAverage(series, Float64Array.of(NaN, 2000, 2000, 2000), { ...frame, events: [{ date: dates[1], text: "reclaim" }] });
  const events = fig.data[2] as Trace;
  assert.deepEqual(events.x, [dates[1]]);
  assert.deepEqual(events.y, [2211.65]);
  assert.equal(events.text![0], `${dates[1]}<br>close 2,211.65<br>reclaim`);
  // The average's warm-up day is left out of its line, not drawn as a gap.
  assert.deepEqual((fig.data[1] as Trace).x, dates.slice(1));
});

test("priceWithAverage puts the y axis on a log scale with 1-2-5 ticks on request", () => {
  const dates = weekdays("2025-01-06", 3);
  const series: DailySeries = { id: "T", dates, close: Float64Array.of(150, 900, 2300) };
  const average = Float64Array.of(NaN, 500, 1100);
  const yaxis = priceWithAverage(series, average, { ...frame, logY: true }).layout.yaxis as { type?: string; tickvals?: number[] };
  assert.equal(yaxis.type, "log");
  // Every decade the closes touch, labelled at 1, 2 and 5.
  assert.deepEqual(yaxis.tickvals, [100, 200, 500, 1000, 2000, 5000]);
  assert.equal((priceWithAverage(series, average, frame).layout.yaxis as { type?: string }).type, undefined);
});

test("priceWithAverage names the bad input", () => {
  const series = randomWalkSeries("TEST", 10, 3, 100);
  assert.throws(() => priceWithAverage(series, Float64Array.of(1, 2), frame), /average has 2 values but series TEST has 10 dates/);
  assert.throws(
    () => priceWithAverage(series, series.close, { ...frame, events: [{ date: "2030-01-01" }] }),
    /event 2030-01-01: not a date of series TEST/,
  );
  assert.throws(() => priceWithAverage(series, series.close, { ...frame, caption: "" }), /caption "": must be a non-empty string/);
});

test("a full RUT-length history with a 200-day average stays under 400 KB of JSON", () => {
  // Like RUT since 1987: 9,700 days from about 170 to about 2,000 points.
  const series = randomWalkSeries("RUT", 9700, 6, 170, 0.0003);
  const fig = priceWithAverage(series, trailingMean(series.close, 200), { ...frame, averageName: "200-day average" });
  const bytes = Buffer.byteLength(JSON.stringify(fig));
  assert.ok(bytes < 400_000, `${bytes} bytes`);
});
