import { test } from "node:test";
import assert from "node:assert/strict";
import { claim6, coverageLabel, outOfSampleHolds, type OutOfSample } from "../../../lib/studies/000-200-day-reclaim/out-of-sample";
import type { ReclaimStudyData } from "../../../lib/studies/000-200-day-reclaim/data";
import type { ForwardReturn } from "../../../lib/series/forward";
import { makeSeries } from "../../fixtures/series";

const complete = (value: number): ForwardReturn => ({ startIndex: 0, endIndex: 252, value, toDate: value, open: false });
const partial = (toDate: number, days = 100): ForwardReturn => ({ startIndex: 0, endIndex: days, value: null, toDate, open: true });
const year = (index: ForwardReturn, proxy: ForwardReturn = complete(0.3)): OutOfSample => ({
  reclaim: { breakdownIndex: 0, breakdownDate: "2025-02-21", index: 0, reclaimDate: "2025-06-30", gapDays: 129, closeAtReclaim: 1, smaAtReclaim: 1 },
  index,
  proxy,
  longRun: 0.09,
  daysCovered: index.endIndex,
  horizonDays: 252,
});

test("a complete year above the long-run average holds; at or below it, it does not", () => {
  assert.equal(outOfSampleHolds(year(complete(0.0901))), "yes");
  assert.equal(outOfSampleHolds(year(complete(0.09))), "no");
  assert.equal(outOfSampleHolds(year(complete(-0.05), complete(0.5))), "no", "the ETF proxy is shown, not scored");
});

test("a partial year never confirms: above so far is partly, below so far no, too little of it untestable", () => {
  assert.equal(outOfSampleHolds(year(partial(0.2, 189))), "partly"); // 189 of 252 days: three quarters
  assert.equal(outOfSampleHolds(year(partial(0.05, 189))), "no");
  assert.equal(outOfSampleHolds(year(partial(0.2, 188))), "untestable");
  assert.equal(coverageLabel(year(partial(0.2, 160))), "partial: 160 of 252 trading days");
  assert.equal(coverageLabel(year(complete(0.2))), "complete");
});

test("the row labels the year and compares it in percentage points", () => {
  const data = { rut: { series: makeSeries(new Array(300).fill(100), "2025-06-30") } } as unknown as ReclaimStudyData;
  const result = claim6(year(complete(0.2)), data);
  assert.equal(result.measured, `index +20.0% to ${data.rut.series.dates[252]} (complete)`);
  assert.equal(result.verdict, "confirmed");
  assert.match(result.note, /\+11\.0 pp against the long-run price CAGR since 1978 \(\+9\.0%/);
});
