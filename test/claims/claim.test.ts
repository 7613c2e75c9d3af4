import { test } from "node:test";
import assert from "node:assert/strict";
import { numericResult, statementResult, untestableResult } from "../../lib/claims/claim";
import { claimsBundle, CLAIMS_MIME } from "../../lib/claims/claims-table";
import { claimIds, claimSpec, studies } from "../../lib/claims/registry";
import type { ClaimSpec } from "../../lib/claims/spec";

const fall: ClaimSpec = {
  id: "007-2", claim: "Fall from the high", article: "nearly 28", figure: 28, unit: "%", tolerance: 1, reading: "closing high to closing low",
};

test("the registry finds every study package, each with its claims numbered in order", () => {
  assert.deepEqual(studies().map((s) => s.id), ["000", "001", "002", "003", "004"]);
  assert.deepEqual(claimIds("000"), ["000-1", "000-2", "000-3", "000-4", "000-5", "000-6"]);
  assert.equal(claimSpec("004-3").id, "004-3");
});

test("an unknown study or claim id names what is known", () => {
  assert.throws(() => claimIds("999"), /no study package '999' under lib\/studies \(known: 000, 001/);
  assert.throws(() => claimSpec("000-9"), /claim '000-9' is not in study 000's claims.ts \(known: 000-1, 000-2/);
});

test("a numeric result carries the spec's text and reading, the measured figure and the verdict", () => {
  const c = numericResult(fall, 27.64, "peak 2024-11-11 to trough 2025-04-08");
  assert.deepEqual(c, {
    study: "007", id: "007-2", claim: "Fall from the high", article: "nearly 28", unit: "%", reading: "closing high to closing low",
    measured: "27.6", verdict: "confirmed", note: "peak 2024-11-11 to trough 2025-04-08",
  });
  assert.equal(numericResult(fall, 29.01, "").verdict, "roughly");
  assert.equal(numericResult(fall, null, "").measured, "n/a");
  assert.equal(numericResult(fall, null, "").verdict, "not testable");
});

test("a qualitative spec cannot be scored as a number", () => {
  assert.throws(() => numericResult({ ...fall, figure: null, tolerance: undefined }, 1, ""), /has no numeric figure .*use statementResult/);
});

test("an untestable result names the missing data", () => {
  const c = untestableResult(fall, "forward earnings estimates");
  assert.equal(c.verdict, "not testable");
  assert.match(c.note, /needs forward earnings estimates/);
});

test("the claims bundle hands the claims to the runner as JSON and escapes HTML", () => {
  const c = statementResult(fall, "<script>alert(1)</script>", "yes", "note");
  const bundle = claimsBundle([c]);
  assert.deepEqual(bundle[CLAIMS_MIME], { claims: [c] });
  assert.ok(!String(bundle["text/html"]).includes("<script>"));
  assert.ok(String(bundle["text/html"]).includes("&lt;script&gt;"));
  assert.match(String(bundle["text/html"]), /href="\.\.\/docs\/verdicts\.md"/);
});
