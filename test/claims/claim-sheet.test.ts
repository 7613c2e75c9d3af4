import { test } from "node:test";
import assert from "node:assert/strict";
import { numericClaim, statementClaim, untestableClaim } from "../../lib/claims/claim";
import { ClaimSheet } from "../../lib/claims/claim-sheet";
import { CLAIMS_MIME } from "../../lib/claims/claims-table";
import { claimIds } from "../../lib/claims/registry";
import { captureDisplays } from "../../lib/notebook/display";

test("a sheet lists claims in registry order and a rerun cell replaces its claim", () => {
  const sheet = new ClaimSheet("000");
  sheet.add(numericClaim("000-2", { article: 28, measured: 20, tolerance: 1 }, "first run"));
  sheet.add(statementClaim("000-1", "x", "yes", ""));
  sheet.add(numericClaim("000-2", { article: 28, measured: 27.9, tolerance: 1 }, "rerun"));
  assert.deepEqual(sheet.list().map((c) => [c.id, c.note]), [["000-1", ""], ["000-2", "rerun"]]);
});

test("showing a sheet with a claim missing names the missing ids", () => {
  const sheet = new ClaimSheet("000");
  sheet.add(statementClaim("000-1", "x", "yes", ""));
  assert.throws(() => sheet.show(), /study 000: claims 000-2, 000-3, 000-4, 000-5, 000-6 were not checked/);
});

test("a complete sheet displays every claim once", () => {
  const sheet = new ClaimSheet("004");
  for (const id of claimIds("004")) sheet.add(untestableClaim(id, "test data"));
  const [bundle] = captureDisplays(() => sheet.show());
  assert.equal((bundle[CLAIMS_MIME] as { claims: unknown[] }).claims.length, 8);
});

test("claims of another study and unknown studies are refused", () => {
  assert.throws(() => new ClaimSheet("999"), /study '999' has no claims/);
  assert.throws(() => new ClaimSheet("000").add(untestableClaim("004-3", "x")), /claim 004-3 belongs to study 004, not 000/);
});
