import { test } from "node:test";
import assert from "node:assert/strict";
import { eventStudy } from "../../lib/events/event-study";
import { joinOutcomes, outcomeColumns, outcomesByRow, type EventTable } from "../../lib/events/outcome-join";
import { makeSeries } from "../fixtures/series";

// Closes 100, 110, 121, 133.1 (+10% a day); a 2-day horizon from row 0 ends on row 2, from row 3 it is open.
const series = makeSeries([100, 110, 121, 133.1]);
const [result] = eventStudy(series, [0, 3], { horizons: [{ tradingDays: 2 }] }).horizons;

test("outcomes are found by event row, complete and open alike", () => {
  const byRow = outcomesByRow(result);
  assert.deepEqual([...byRow.keys()].sort(), [0, 3]);
  assert.equal(byRow.get(0)?.open, false);
  assert.equal(byRow.get(3)?.open, true);
  assert.equal(byRow.get(1), undefined);
});

test("a complete outcome shows its forward return; an open one shows null and its return to date", () => {
  const byRow = outcomesByRow(result);
  const done = outcomeColumns(byRow.get(0)!);
  assert.ok(Math.abs((done.forwardReturn as number) - 0.21) < 1e-12);
  assert.equal(done.returnToDate, done.forwardReturn);
  assert.equal(done.endDate, series.dates[2]);
  assert.equal(done.status, "complete");
  assert.deepEqual(outcomeColumns(byRow.get(3)!), { forwardReturn: null, returnToDate: 0, endDate: series.dates[3], status: "open" });
});

// A study's own events: which row each starts on, and the columns its table shows.
const spikes = [{ at: 3, label: "late" }, { at: 0, label: "first" }];
const spikeTable: EventTable<(typeof spikes)[number], { label: string }> = {
  kind: "spike",
  row: (e) => e.at,
  date: (e) => series.dates[e.at],
  columns: (e) => ({ label: e.label }),
};

test("joinOutcomes: each event's own columns, then its outcome, in the events' order", () => {
  const rows = joinOutcomes(spikes, result, spikeTable);
  assert.deepEqual(rows.map((r) => [r.label, r.status]), [["late", "open"], ["first", "complete"]]);
  assert.deepEqual(rows[1], { label: "first", ...outcomeColumns(outcomesByRow(result).get(0)!) });
});

test("joinOutcomes refuses an event the study was not run on, naming it and the fix", () => {
  const stray = [{ at: 1, label: "stray" }];
  assert.throws(() => joinOutcomes(stray, result, spikeTable), {
    message: `spike on ${series.dates[1]} (row 1) is not among the event study's events: pass the same spikes to eventStudy`,
  });
});
