import { test } from "node:test";
import assert from "node:assert/strict";
import { numericResult, statementResult, untestableResult } from "../../lib/claims/claim";
import { ClaimSheet } from "../../lib/claims/claim-sheet";
import { CLAIMS_MIME } from "../../lib/claims/claims-table";
import { claimIds, claimSpec } from "../../lib/claims/registry";
import { captureDisplays } from "../../lib/notebook/display";

test("a sheet lists claims in claims.ts order and a rerun cell replaces its claim", () => {
  const sheet = new ClaimSheet("000");
  sheet.add(numericResult(claimSpec("000-2"), 20, "first run"));
  sheet.add(statementResult(claimSpec("000-1"), "x", "yes", ""));
  sheet.add(numericResult(claimSpec("000-2"), 27.9, "rerun"));
  assert.deepEqual(sheet.list().map((c) => [c.id, c.note]), [["000-1", ""], ["000-2", "rerun"]]);
});

test("showing a sheet with a claim missing names the missing ids", () => {
  const sheet = new ClaimSheet("000");
  sheet.add(statementResult(claimSpec("000-1"), "x", "yes", ""));
  assert.throws(() => sheet.show(), /study 000: claims 000-2, 000-3, 000-4, 000-5, 000-6 were not checked/);
});

test("a complete sheet displays every claim once", () => {
  const sheet = new ClaimSheet("004");
  for (const id of claimIds("004")) sheet.add(untestableResult(claimSpec(id), "test data"));
  const [bundle] = captureDisplays(() => sheet.show());
  assert.equal((bundle[CLAIMS_MIME] as { claims: unknown[] }).claims.length, 8);
});

test("claims of another study and unknown studies are refused", () => {
  assert.throws(() => new ClaimSheet("999"), /no study package '999'/);
  assert.throws(() => new ClaimSheet("000").add(untestableResult(claimSpec("004-3"), "x")), /claim 004-3 belongs to study 004, not 000/);
});
