import { test } from "node:test";
import assert from "node:assert/strict";
import { SIGNIFICANT_PERCENTILE } from "../../../lib/claims/thresholds";
import { claimFlows, flowSignalHolds } from "../../../lib/studies/003-turnaround-2024/flows";
import { flowsFigures, flowsSummary } from "../../../lib/studies/003-turnaround-2024/flows-views";
import { defaults } from "../../../lib/studies/003-turnaround-2024/parameters";

test("outflows are a buy signal from the significance percentile on, and only with a positive mean", () => {
  assert.equal(flowSignalHolds({ mean: 0.03, percentile: SIGNIFICANT_PERCENTILE }), "yes");
  assert.equal(flowSignalHolds({ mean: 0.03, percentile: SIGNIFICANT_PERCENTILE - 0.1 }), "partly");
  assert.equal(flowSignalHolds({ mean: -0.01, percentile: 99 }), "no");
  assert.equal(flowSignalHolds({ mean: 0, percentile: 99 }), "no");
  assert.equal(flowSignalHolds(null), "untestable");
});

test("without a flows file the claim is not testable, names the data that would test it, and shows no chart", () => {
  const claim = claimFlows(null, defaults);
  assert.equal(claim.verdict, "not testable");
  assert.match(claim.note, /needs IWM's daily shares outstanding .* flows CSV \(docs\/flows-csv\.md\) through the flowsFile parameter/);
  assert.match(claim.note, /65-day rolling flows, signal below the 10th percentile/);
  assert.match(flowsSummary(null), /No flows file supplied/);
  assert.deepEqual(flowsFigures(null, undefined as never, defaults), []);
});
