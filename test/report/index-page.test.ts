import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { ClaimResult } from "../../lib/claims";
import { indexPageHtml, writeIndexPage, type IndexEntry } from "../../lib/report/index-page";
import { writeNotebook } from "../../lib/report/notebook";
import { RUN_RECORD_KEY, type RunRecord } from "../../lib/report/run-record";

function record(study: string, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    study,
    notebook: `${study}-study.ipynb`,
    title: `${study} — Study <i>${study}</i>`,
    parameters: [{ name: "label", value: "<script>x</script>", defaultValue: "a", overridden: true, type: "string", doc: "" }],
    startedAt: "2026-11-23T13:02:41.512Z",
    durationSeconds: 4.25,
    status: "ok",
    error: null,
    ...extra,
  };
}

function claim(id: string, verdict: ClaimResult["verdict"], text = `claim ${id}`): ClaimResult {
  return { study: id.slice(0, 3), id, claim: text, article: "1", measured: "1", unit: "%", verdict, reading: "", note: "" };
}

const ENTRIES: IndexEntry[] = [
  { study: "000", notebook: "000-study.ipynb", record: record("000") },
  { study: "001", notebook: "001-study.ipynb", record: record("001", { status: "failed", error: "cell index 2 failed: <b>boom</b>" }) },
  { study: "002", notebook: "002-study.ipynb", record: null },
];
const CLAIMS = [claim("000-1", "confirmed"), claim("000-2", "confirmed"), claim("000-3", "not testable", "<script>bad()</script>"), claim("001-1", "roughly")];

test("the index escapes titles, parameters, errors and claims", () => {
  const html = indexPageHtml(ENTRIES, CLAIMS, "2026-11-23T14:00:00Z");
  assert.equal(html.includes("<script>"), false);
  assert.equal(html.includes("<i>000"), false);
  assert.equal(html.includes("<b>boom"), false);
  assert.ok(html.includes("000 — Study &lt;i&gt;000&lt;/i&gt;"));
  assert.ok(html.includes("label = &quot;&lt;script&gt;x&lt;/script&gt;&quot;"));
  assert.ok(html.includes("&lt;script&gt;bad()&lt;/script&gt;"));
});

test("links are relative, one per report, and studies not run yet say how to run them", () => {
  const html = indexPageHtml(ENTRIES, CLAIMS, "2026-11-23T14:00:00Z");
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(hrefs.every((href) => !/^[a-z]+:|^\//i.test(href)), hrefs.join(" "));
  assert.ok(hrefs.includes("000-study.html") && hrefs.includes("001-study.html"));
  assert.equal(hrefs.includes("002-study.html"), false);
  assert.ok(html.includes("Not run yet: npm run study -- 002"));
  assert.ok(html.includes("Last run failed."));
  assert.ok(html.includes("Run 2026-11-23 13:02 UTC in 4.3 s"));
});

test("the scorecard counts claims per verdict, per study and in total", () => {
  const html = indexPageHtml(ENTRIES, CLAIMS, "2026-11-23T14:00:00Z");
  const rows = [...html.matchAll(/<tr><th>((?:(?!<\/th>).)*)<\/th>((?:<td class="num">\d+<\/td>)+)<\/tr>/g)].map((m) => [
    m[1].replace(/<[^>]+>/g, ""),
    [...m[2].matchAll(/\d+/g)].map(Number),
  ]);
  // confirmed, roughly, not confirmed, not testable, claims: counted by hand from CLAIMS.
  assert.deepEqual(rows, [
    ["000", [2, 0, 0, 1, 3]],
    ["001", [0, 1, 0, 0, 1]],
    ["002", [0, 0, 0, 0, 0]],
    ["all", [2, 1, 0, 1, 4]],
  ]);
});

test("writeIndexPage reads the notebooks, the run records and claims.json", () => {
  const root = mkdtempSync(join(tmpdir(), "r2k-index-test-"));
  try {
    const notebooks = join(root, "notebooks");
    const reports = join(root, "reports");
    mkdirSync(notebooks);
    for (const name of ["000-study.ipynb", "001-study.ipynb", "notes.ipynb"]) writeFileSync(join(notebooks, name), "{}");
    writeNotebook(join(reports, "000-study.ipynb"), { nbformat: 4, nbformat_minor: 5, metadata: { [RUN_RECORD_KEY]: record("000") }, cells: [] });
    writeFileSync(join(reports, "claims.json"), JSON.stringify([claim("000-1", "confirmed")]));
    const html = readFileSync(writeIndexPage(notebooks, reports), "utf8");
    assert.ok(html.includes('href="000-study.html"'));
    assert.ok(html.includes("Not run yet: npm run study -- 001"));
    assert.equal(html.includes("notes"), false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
