import { test } from "node:test";
import assert from "node:assert/strict";
import { crossSeriesEventStudy } from "../../lib/events/cross-series";
import { eventOutcomeTable } from "../../lib/events/event-outcome-table";
import type { DailySeries } from "../../lib/series/daily-series";
import { makeSeries } from "../fixtures/series";

// Weekdays from Monday 2024-01-01: "A" covers ten days, "B" starts on the fourth.
const a: DailySeries = { ...makeSeries([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]), id: "A" };
const b: DailySeries = { id: "B", dates: a.dates.slice(3), close: Float64Array.of(50, 40, 60, 70, 80, 90, 100) };
const events = ["2024-01-01", "2024-01-04", "2024-01-11"];

test("one row per event, one return per column; partial and uncovered values are named in the status", () => {
  const horizons = [{ tradingDays: 2 }];
  const rows = eventOutcomeTable(events, [
    { name: "A 2d", study: crossSeriesEventStudy(a, events, { horizons }) },
    { name: "B 2d", study: crossSeriesEventStudy(b, events, { horizons }) },
  ]);
  assert.deepEqual(rows, [
    { event: "2024-01-01", "A 2d": 102 / 100 - 1, "B 2d": null, status: "not covered: B 2d" },
    { event: "2024-01-04", "A 2d": 105 / 103 - 1, "B 2d": 60 / 50 - 1, status: "complete" },
    { event: "2024-01-11", "A 2d": 109 / 108 - 1, "B 2d": 100 / 90 - 1, status: "partial: A 2d, B 2d to 2024-01-12" },
  ]);
  assert.deepEqual(Object.keys(rows[0]), ["event", "A 2d", "B 2d", "status"], "columns in the order given, status last");
});

test("partial columns are grouped by the day their data end", () => {
  const shortB: DailySeries = { ...b, dates: b.dates.slice(0, -1), close: b.close.slice(0, -1) };
  const horizons = [{ tradingDays: 5 }];
  const [row] = eventOutcomeTable(["2024-01-09"], [
    { name: "A", study: crossSeriesEventStudy(a, ["2024-01-09"], { horizons }) },
    { name: "B", study: crossSeriesEventStudy(shortB, ["2024-01-09"], { horizons }) },
    { name: "A again", study: crossSeriesEventStudy(a, ["2024-01-09"], { horizons }) },
  ]);
  assert.equal(row.status, "partial: A, A again to 2024-01-12; B to 2024-01-11");
  assert.equal(row.B, 90 / 70 - 1);
});

test("a column can pick a later horizon of its study; names must be unique", () => {
  const study = crossSeriesEventStudy(a, events, { horizons: [{ tradingDays: 1 }, { tradingDays: 3 }] });
  const [row] = eventOutcomeTable(events.slice(0, 1), [{ name: "A 3d", study, horizon: 1 }]);
  assert.equal(row["A 3d"], 103 / 100 - 1);
  assert.throws(() => eventOutcomeTable(events, [{ name: "x", study }, { name: "x", study }]), /column name "x": must be unique/);
  assert.throws(() => eventOutcomeTable(events, [{ name: "x", study, horizon: 2 }]), /the study has no horizon 2 \(it has 2\)/);
});
