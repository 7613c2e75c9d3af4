import { test } from "node:test";
import assert from "node:assert/strict";
import { numericClaim, statementClaim, untestableClaim } from "../../lib/claims/claim";
import { claimDefinition, claimIds } from "../../lib/claims/registry";
import { claimsBundle, CLAIMS_MIME } from "../../lib/claims/claims-table";

test("every study has its claims registered with stable ids", () => {
  assert.deepEqual(claimIds("000"), ["000-1", "000-2", "000-3", "000-4", "000-5", "000-6"]);
  assert.equal(claimIds("004").length, 8);
});

test("an unknown claim id names the known ids of that study", () => {
  assert.throws(() => claimDefinition("000-9"), /claim id '000-9' is not in the registry .*known ids: 000-1, 000-2/);
});

test("a numeric claim carries the registry's text, the measured figure and the verdict", () => {
  const c = numericClaim("000-2", { article: 28, measured: 27.64, tolerance: 1 }, "closing high to closing low");
  assert.equal(c.study, "000");
  assert.equal(c.article, claimDefinition("000-2").article);
  assert.equal(c.measured, "27.6");
  assert.equal(c.verdict, "confirmed");
  assert.equal(c.note, "closing high to closing low");
});

test("an untestable claim names the missing data", () => {
  const c = untestableClaim("004-3", "forward earnings estimates");
  assert.equal(c.verdict, "not testable");
  assert.match(c.note, /needs forward earnings estimates/);
});

test("the claims bundle hands the claims to the runner as JSON and escapes HTML", () => {
  const c = statementClaim("000-1", "<script>alert(1)</script>", "yes", "note");
  const bundle = claimsBundle([c]);
  assert.deepEqual(bundle[CLAIMS_MIME], { claims: [c] });
  assert.ok(!String(bundle["text/html"]).includes("<script>"));
  assert.ok(String(bundle["text/html"]).includes("&lt;script&gt;"));
});
