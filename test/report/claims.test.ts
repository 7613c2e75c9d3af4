import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CLAIMS_MIME, type ClaimResult } from "../../lib/claims";
import { collectClaims, mergeClaims, readClaimsFile, updateClaimsFile } from "../../lib/report/claims";
import type { Notebook, NotebookOutput } from "../../lib/report/notebook";

const FILE = "reports/000-x.ipynb";

function claim(id: string, verdict: ClaimResult["verdict"], measured = "1.0"): ClaimResult {
  return { study: id.slice(0, 3), id, claim: `claim ${id}`, article: "2.0", measured, unit: "%", verdict, reading: "", note: "" };
}

function notebookShowing(...outputs: NotebookOutput[][]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: outputs.map((o) => ({ cell_type: "code" as const, source: "", metadata: {}, outputs: o })),
  };
}

const display = (value: unknown): NotebookOutput => ({ output_type: "display_data", data: { [CLAIMS_MIME]: value, "text/plain": "" } });

test("collects every claim from the claims outputs, filed under the study", () => {
  const executed = notebookShowing(
    [display({ claims: [claim("000-1", "confirmed"), claim("000-2", "roughly")] })],
    [{ output_type: "stream", name: "stdout", text: "x" }],
    [display(JSON.stringify({ claims: [claim("000-3", "not testable")] }))],
  );
  assert.deepEqual(
    collectClaims(executed, "000", FILE).map((c) => [c.study, c.id, c.verdict]),
    [["000", "000-1", "confirmed"], ["000", "000-2", "roughly"], ["000", "000-3", "not testable"]],
  );
});

test("a claim shown twice keeps its first place and its last value", () => {
  const executed = notebookShowing(
    [display({ claims: [claim("000-1", "roughly", "5.0"), claim("000-2", "confirmed")] })],
    [display({ claims: [claim("000-1", "confirmed", "2.1")] })],
  );
  const claims = collectClaims(executed, "000", FILE);
  assert.deepEqual(claims.map((c) => [c.id, c.measured]), [["000-1", "2.1"], ["000-2", "1.0"]]);
});

test("the entries have exactly the claims.json fields", () => {
  const [entry] = collectClaims(notebookShowing([display({ claims: [{ ...claim("000-1", "confirmed"), extra: 1 }] })]), "000", FILE);
  assert.deepEqual(Object.keys(entry), ["study", "id", "claim", "article", "measured", "unit", "verdict", "reading", "note"]);
});

test("refuses malformed claims outputs, naming the cell", () => {
  assert.throws(() => collectClaims(notebookShowing([], [display({ rows: [] })]), "000", FILE), {
    message: `${FILE}, cell 1: ${CLAIMS_MIME} has no "claims" list (expected {claims: [...]} from showClaims)`,
  });
  assert.throws(() => collectClaims(notebookShowing([display({ claims: [{ ...claim("000-1", "confirmed"), verdict: "maybe" }] })]), "000", FILE), {
    message: `${FILE}, cell 0: claim 000-1 has verdict 'maybe' (expected one of confirmed, roughly, not confirmed, not testable)`,
  });
  assert.throws(() => collectClaims(notebookShowing([display({ claims: [{ id: "000-1" }] })]), "000", FILE), /claim 000-1 has a missing or mistyped "claim"/);
});

test("merging replaces one study's entries and keeps the others, ordered by study", () => {
  const existing = [claim("000-1", "confirmed"), claim("000-2", "roughly"), claim("002-1", "not confirmed")];
  const merged = mergeClaims(existing, "000", [claim("000-3", "confirmed")]);
  assert.deepEqual(merged.map((c) => c.id), ["000-3", "002-1"]);
  const added = mergeClaims(merged, "001", [claim("001-2", "roughly"), claim("001-1", "roughly")]);
  assert.deepEqual(added.map((c) => c.id), ["000-3", "001-2", "001-1", "002-1"]);
});

test("claims.json: missing reads as empty; updates are merged and written whole", () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-claims-test-"));
  const path = join(dir, "claims.json");
  try {
    assert.deepEqual(readClaimsFile(path), []);
    updateClaimsFile(path, "001", [claim("001-1", "roughly")]);
    updateClaimsFile(path, "000", [claim("000-1", "confirmed")]);
    updateClaimsFile(path, "001", [claim("001-2", "not testable")]);
    const written = JSON.parse(readFileSync(path, "utf8")) as ClaimResult[];
    assert.deepEqual(written.map((c) => [c.study, c.id]), [["000", "000-1"], ["001", "001-2"]]);
    writeFileSync(path, "{oops");
    assert.throws(() => readClaimsFile(path), /claims\.json is not valid JSON .*; delete it and run the studies again to rebuild it$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a claims.json written before claims carried their reading is still read, with the reading empty", () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-claims-old-"));
  try {
    const file = join(dir, "claims.json");
    const old: Partial<ClaimResult> = claim("000-1", "confirmed");
    delete old.reading;
    writeFileSync(file, JSON.stringify([old]));
    assert.deepEqual(readClaimsFile(file), [{ ...old, reading: "" }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
