import { test } from "node:test";
import assert from "node:assert/strict";
import type { DailySeries } from "../../../lib/series/daily-series";
import { DEFAULTS } from "../../../lib/studies/004-small-cap-snapshot/params";
import {
  claimTroughReturns, measureTroughs, measureTroughSweep, sideBySideRows, troughDefinition,
} from "../../../lib/studies/004-small-cap-snapshot/trough-returns";
import { makeSeries } from "../../fixtures/series";
import { studyData } from "./study-data";

// 100 falls to 70 (row 10), then rises geometrically so that 252 rows after the low it is
// `yearReturn` above it; it passes 100 (a new record) before that, ending the bear market.
function oneBear(yearReturn: number): DailySeries {
  const step = (1 + yearReturn) ** (1 / 252);
  return longHistory(Array.from({ length: 300 }, (_, i) => (i <= 10 ? 100 - 3 * i : 70 * step ** (i - 10))));
}
function longHistory(close: number[]): DailySeries {
  return { ...makeSeries(close, "2001-01-01"), id: "RUT_LONG" };
}
const params = { ...DEFAULTS, draws: 100, sweepStep: 25 };

function claimFor(yearReturn: number, troughTolerance = 5, series = oneBear(yearReturn)) {
  const data = studyData(series);
  const m = measureTroughs(data, params);
  return claimTroughReturns(m, measureTroughSweep(data, m, { ...params, troughTolerance }), { troughTolerance, articleDate: "2025-08-01" });
}

test("004-6 confirms a mean within troughTolerance points of 60%, and is only roughly beyond it", () => {
  const at = claimFor(0.649);
  assert.deepEqual([at.measured, at.verdict], ["64.9", "confirmed"]);
  const beyond = claimFor(0.651);
  assert.deepEqual([beyond.measured, beyond.verdict], ["65.1", "roughly"]);
  assert.equal(claimFor(0.651, 6).verdict, "confirmed", "the parameter is the tolerance");
  // 70 -> 101 (a new record, row 110) -> 63 on row 262: the year after the low lost 10%.
  const fell = longHistory(Array.from({ length: 300 }, (_, i) => (i <= 10 ? 100 - 3 * i : i <= 110 ? 70 + 0.31 * (i - 10) : Math.max(63, 101 - 0.25 * (i - 110)))));
  const lost = claimFor(0, 5, fell);
  assert.deepEqual([lost.measured, lost.verdict], ["-10.0", "not confirmed"]);
});

test("without a trough whose year is complete, 004-6 is not testable", () => {
  // 100 -> 70 and no new record: the bear market is still open, its low provisional.
  const open = longHistory(Array.from({ length: 300 }, (_, i) => (i <= 10 ? 100 - 3 * i : 70 + 0.05 * (i - 10))));
  const claim = claimFor(0, 5, open);
  assert.deepEqual([claim.measured, claim.verdict], ["n/a", "not testable"]);
  assert.match(claim.note, /0 bear-market troughs .*none with a complete year\. 1 low\(s\) left out/);
});

test("the note names the reading, its troughs and how many readings were tried", () => {
  const claim = claimFor(0.6);
  assert.match(claim.note, /read as "record to record, fall 20%"/);
  assert.match(claim.note, /: 2001-01-15; median \+60\.0%/);
  // Grid of falls 15%, 40% x ends (new record, 10%, 35%, 60%) from records and 3 bounces from rally highs = 14,
  // and the default (fall 20%, off the grid).
  assert.match(claim.note, /15 readings tried; \d+ \(\d+%\) reproduce the article's about 60%; the default \(record to record, fall 20%\) ranks 1 of 15/);
});

test("the default reading off the grid is still counted among the readings tried", () => {
  const data = studyData(oneBear(0.6));
  const m = measureTroughs(data, params);
  const s = measureTroughSweep(data, m, params);
  assert.equal(s.tried.tried, 15, "14 grid cells + the default (fall 20% is not on the 15%/40% grid)");
  assert.equal(s.tried.defaultRank, 1);
});

test("the readings side by side: one row per trough date, each rule's return or blank", () => {
  const data = studyData(oneBear(0.6));
  const rows = sideBySideRows(measureTroughs(data, params));
  assert.equal(rows.length, 1);
  assert.equal(rows[0].trough, "2001-01-15");
  assert.equal(rows[0]["bear market (record to record)"], "2001-01-01 to " + data.rutLong.series.dates[10 + Math.ceil(Math.log(100 / 70) / Math.log(1.6 ** (1 / 252)))]);
  assert.ok(Math.abs((rows[0]["record to record, fall 20%"] as number) - 0.6) < 1e-9);
});

test("the parameters' trough definition", () => {
  assert.deepEqual(troughDefinition({ troughRule: "record-to-record", fallPercent: 20, recoveryPercent: 30 }), { rule: "record-to-record", fall: 0.2 });
  assert.deepEqual(troughDefinition({ troughRule: "rally-bounce", fallPercent: 25, recoveryPercent: 30 }), { rule: "rally-bounce", fall: 0.25, recovery: 0.3 });
});

test("a bear market that ended after the article is flagged in the note: its trough was not yet known then", () => {
  const data = studyData(oneBear(0.6));
  const m = measureTroughs(data, params);
  const s = measureTroughSweep(data, m, params);
  const ended = m.chosen.troughs[0].recoveryDate as string;
  assert.match(claimTroughReturns(m, s, { troughTolerance: 5, articleDate: "2001-02-01" }).note, new RegExp(`the 2001-01-15 trough ended on ${ended}, after the article`));
  assert.doesNotMatch(claimTroughReturns(m, s, { troughTolerance: 5, articleDate: ended }).note, /after the article/);
});

test("the note says which lows the other rules add and drop", () => {
  // One bear market with a 20% bounce inside it, then a long rise: record to record has one
  // trough (row 5, 70); the record-bounce rule keeps the early low (row 2, 80) instead; the
  // rally-bounce rule counts both.
  const close = [100, 90, 80, 96, 85, 70, 90, ...Array.from({ length: 300 }, (_, k) => 101 + k)];
  const data = studyData(longHistory(close));
  const m = measureTroughs(data, params);
  const claim = claimTroughReturns(m, measureTroughSweep(data, m, params), { troughTolerance: 5, articleDate: "2030-01-01" });
  assert.match(claim.note, /fall 20% from the record, 20% bounce: [^(]+\(1 bear-market trough; adds 2001-01-03; drops 2001-01-08\)/);
  assert.match(claim.note, /fall 20% from the rally high, 20% bounce: [^(]+\(2 bear-market troughs; adds 2001-01-03; drops none\)/);
});
