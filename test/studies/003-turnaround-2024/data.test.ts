import { test } from "node:test";
import assert from "node:assert/strict";
import { dataSeries, loadData } from "../../../lib/studies/003-turnaround-2024/data";
import { loadGenerated, yieldMarket } from "./fixtures";

test("the yield series and suspect-row policy outside the parameters cell's choices are refused with the choices", () => {
  assert.throws(() => loadData({ yieldSeries: "GS10", suspectRows: "keep" }), /yieldSeries 'GS10': choose one of DGS10, TNX/);
  assert.throws(() => loadData({ yieldSeries: "DGS10", suspectRows: "fix" }), /suspectRows 'fix': choose one of keep, drop, replace/);
});

test("the other 10-year yield series is loaded beside the chosen one", (t) => {
  const data = loadGenerated(t, yieldMarket({ days: 30, yieldBeta: 0 }), { yieldSeries: "TNX", suspectRows: "keep" });
  assert.equal(data.yields.info.id, "TNX");
  assert.equal(data.otherYields.info.id, "DGS10");
  assert.deepEqual(dataSeries(data).map((l) => l.info.id), ["RUT", "GSPC", "IWM", "SPY", "IWM_ADJ", "TNX", "DGS10"]);
});
