import assert from "node:assert/strict";
import { test } from "node:test";
import { priceWithRecord } from "../../lib/charts/price-with-record";
import { recordsAfterDrought } from "../../lib/series/records";
import type { DailySeries } from "../../lib/series/daily-series";
import { weekdays } from "../fixtures/series";
import { randomWalkSeries } from "./fixtures";
import { assertGolden } from "./golden";

const options = { title: "Index and its record close", caption: "Source: generated, 2024-01-02 to 2024-08-09" };

type Trace = { name: string; x: string[]; y: (number | null)[]; text?: string[]; line?: { shape?: string } };
type Shape = { x0: string; x1: string; name?: string };

test("priceWithRecord matches its golden file", () => {
  const series = randomWalkSeries("IDX", 160, 8, 1000, 0.001);
  const breakouts = recordsAfterDrought(series, { minDays: 21 });
  assert.equal(breakouts.length, 3, "fixture: three breakouts");
  assertGolden("price-with-record", priceWithRecord(series, breakouts, { ...options, logY: true }));
});

// Closes: a record of 120 on 2024-01-03, a dip, the breakout of 125 on 2024-01-10.
const dates = weekdays("2024-01-01", 8);
const series: DailySeries = { id: "IDX", dates, close: Float64Array.of(100, 110, 120, 90, 95, 100, 110, 125) };
const [breakout] = recordsAfterDrought(series, { minDays: 7 });

test("the record line steps up with each new high; the drought is shaded and the breakout marked with its story", () => {
  assert.equal(breakout.date, "2024-01-10");
  const fig = priceWithRecord(series, [breakout], options);
  const [close, record, markers] = fig.data as Trace[];
  assert.deepEqual(close.y, [100, 110, 120, 90, 95, 100, 110, 125]);
  assert.deepEqual(record.y, [100, 110, 120, 120, 120, 120, 120, 125]);
  assert.equal(record.line?.shape, "hv");
  assert.deepEqual(fig.layout.shapes as Shape[], [{ type: "rect", x0: "2024-01-03", x1: "2024-01-10", name: "drought: no record close", showlegend: true }]);
  assert.deepEqual(markers.x, ["2024-01-10"]);
  assert.deepEqual(markers.y, [125]);
  assert.deepEqual(markers.text, ["2024-01-10: close 125.00<br>first record in 7 calendar days (0.0 years)<br>previous record 2024-01-03: 120.00"]);
});

test("a window keeps the record set before it and clips the drought to the window", () => {
  const fig = priceWithRecord(series, [breakout], { ...options, from: "2024-01-04", to: "2024-01-09" });
  const [close, record, ...rest] = fig.data as Trace[];
  assert.deepEqual(close.x, ["2024-01-04", "2024-01-05", "2024-01-08", "2024-01-09"]);
  assert.deepEqual(record.y, [120, 120, 120, 120], "the record of 2024-01-03 still holds inside the window");
  assert.deepEqual((fig.layout.shapes as Shape[]).map((s) => [s.x0, s.x1]), [["2024-01-04", "2024-01-09"]]);
  assert.deepEqual(rest, [], "the breakout after the window is not marked");
});

test("breakouts from another series and empty windows are refused", () => {
  const shifted = { ...breakout, index: breakout.index - 1 };
  assert.throws(() => priceWithRecord(series, [shifted], options), /breakout 2024-01-10 \(row 6\): not a row of series IDX/);
  assert.throws(() => priceWithRecord(series, [], { ...options, from: "2025-01-01" }), /holds no date of IDX/);
});
