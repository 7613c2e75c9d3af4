import { test } from "node:test";
import assert from "node:assert/strict";
import { defaults } from "../../../lib/studies/003-turnaround-2024/parameters";
import { claimRally, leadLasted, measureRally, rallyHolds } from "../../../lib/studies/003-turnaround-2024/rally";
import { rallySummary } from "../../../lib/studies/003-turnaround-2024/rally-views";
import type { DailySeries } from "../../../lib/series/daily-series";
import { weekdays } from "../../fixtures/series";
import { loadGenerated, yieldMarket } from "./fixtures";

test("small caps beat large caps when both the indexes and the ETFs are ahead; one of the two is partly", () => {
  assert.equal(rallyHolds(0.08, 0.079), "yes");
  assert.equal(rallyHolds(0.08, 0), "partly", "a tie is not ahead");
  assert.equal(rallyHolds(-0.01, 0.02), "partly");
  assert.equal(rallyHolds(0, -0.02), "no");
});

/** Anchors of a path: the value on each date, straight lines between them (flat after the last). */
function piecewise(dates: readonly string[], anchors: [string, number][]): number[] {
  return dates.map((d) => {
    const k = anchors.findIndex(([date]) => date > d);
    if (k === -1) return anchors[anchors.length - 1][1];
    if (k === 0) return anchors[0][1];
    const [d0, v0] = anchors[k - 1];
    const [d1, v1] = anchors[k];
    const span = Date.parse(d1) - Date.parse(d0);
    return v0 + ((v1 - v0) * (Date.parse(d) - Date.parse(d0))) / span;
  });
}

/**
 * A May low and a July high in 2023; small caps +20% and large caps +10% from the October 27
 * low to year end; by June 2024 small caps have given the lead back.
 */
function rallyMarket(): Record<"RUT" | "GSPC" | "IWM" | "SPY" | "IWM_ADJ" | "DGS10" | "TNX", DailySeries> {
  const base = yieldMarket({ days: 10, yieldBeta: 0 });
  const dates = weekdays("2023-04-03", 370);
  const small = piecewise(dates, [["2023-04-03", 100], ["2023-05-15", 95], ["2023-07-31", 110], ["2023-10-27", 90], ["2023-12-29", 108], ["2024-06-28", 95]]);
  const large = piecewise(dates, [["2023-04-03", 200], ["2023-10-27", 200], ["2023-12-29", 220], ["2024-06-28", 240]]);
  const of = (close: number[]): DailySeries => ({ id: "", dates, close: Float64Array.from(close, (v) => Math.round(v * 100) / 100) });
  const flat = of(dates.map(() => 4));
  return { ...base, RUT: of(small), GSPC: of(large), IWM: of(small), SPY: of(large), IWM_ADJ: of(small), DGS10: flat, TNX: flat };
}

test("the rally is measured from October's lowest close to year end, and the later windows show the lead gone", (t) => {
  const m = measureRally(loadGenerated(t, rallyMarket()), defaults);
  assert.equal(m.octoberLow.date, "2023-10-27");
  assert.deepEqual([m.summerLow.date, m.summerHigh.date], ["2023-05-15", "2023-07-31"]);
  assert.ok(Math.abs(m.index.aReturn - 0.2) < 1e-9 && Math.abs(m.index.bReturn - 0.1) < 1e-9, `${m.index.aReturn} ${m.index.bReturn}`);
  assert.ok(Math.abs(m.etf.difference - 0.1) < 1e-9);
  assert.equal(leadLasted(m), false);
  const claim = claimRally(m, defaults);
  assert.equal(claim.verdict, "confirmed");
  assert.match(claim.measured, /\(\+\d+\.\d pp\); IWM vs SPY \+\d+\.\d pp$/, "gaps are percentage points, signed");
  assert.match(claim.note, /price indexes and adjusted ETF closes agree\. The lead did not last/);
  assert.match(rallySummary(m), /the lead had gone/);
});
