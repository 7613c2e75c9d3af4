import assert from "node:assert/strict";
import { test } from "node:test";
import { PROVENANCE_MIME, type Provenance } from "../../lib/data/provenance";
import type { Notebook, NotebookOutput } from "../../lib/report/notebook";
import { collectProvenance, provenanceSectionHtml } from "../../lib/report/provenance";

const FILE = "reports/000-x.ipynb";

function series(id: string, sha256: string, extra: Partial<Provenance> = {}): Provenance {
  return {
    id,
    name: `${id} <index>`,
    kind: "index",
    unit: "points",
    source: "snapshot",
    origin: `Yahoo ^${id}`,
    sourceFile: `${id}.csv`,
    sha256,
    first: "1987-09-10",
    last: "2026-02-23",
    rows: 9700,
    fetchedAt: "2026-02-24T00:00:00Z",
    notes: ["17 suspect rows <kept>"],
    ...extra,
  } as Provenance;
}

function notebookShowing(...values: unknown[]): Notebook {
  const output = (value: unknown): NotebookOutput => ({ output_type: "display_data", data: { [PROVENANCE_MIME]: value, "text/html": "<table></table>" } });
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: values.map((v) => ({ cell_type: "code" as const, source: "", metadata: {}, outputs: [output(v)] })) };
}

test("collects each series once (by id and checksum), in the order first shown", () => {
  const executed = notebookShowing({ series: [series("RUT", "aa"), series("IWM", "bb")] }, { series: [series("RUT", "aa"), series("RUT", "cc"), series("SPX", "dd")] });
  assert.deepEqual(collectProvenance(executed, FILE).map((s) => `${s.id}:${s.sha256}`), ["RUT:aa", "IWM:bb", "RUT:cc", "SPX:dd"]);
});

test("a series without a source file (fetched from a provider) is accepted", () => {
  const fetched = series("DGS10", "ee", { source: "fred", sourceFile: undefined, sourceUrl: "https://fred.example/DGS10" } as Partial<Provenance>);
  assert.equal(collectProvenance(notebookShowing({ series: [fetched] }), FILE).length, 1);
});

test("refuses malformed provenance, naming the cell and the field", () => {
  assert.throws(() => collectProvenance(notebookShowing({ rows: [] }), FILE), {
    message: `${FILE}, cell 0: ${PROVENANCE_MIME} has no "series" list (expected {series: [...]} from showProvenance)`,
  });
  assert.throws(() => collectProvenance(notebookShowing({ series: [{ ...series("RUT", "aa"), rows: "9700" }] }), FILE), {
    message: `${FILE}, cell 0: ${PROVENANCE_MIME}: series RUT has a missing or mistyped "rows" (text fields are strings, rows a number, notes a list of strings)`,
  });
  assert.throws(() => collectProvenance(notebookShowing({ series: [{ ...series("RUT", "aa"), sha256: undefined }] }), FILE), /series RUT has a missing or mistyped "sha256"/);
});

test("the provenance section lists each series, escaped, and says when there is none", () => {
  const html = provenanceSectionHtml([series("RUT", "0123456789abcdef0123")]);
  assert.ok(html.includes('id="r2k-provenance"'));
  assert.ok(html.includes("RUT &lt;index&gt;"));
  assert.ok(html.includes("<li>17 suspect rows &lt;kept&gt;</li>"));
  assert.ok(html.includes('title="0123456789abcdef0123"'));
  assert.ok(html.includes("1987-09-10 to 2026-02-23"));
  assert.ok(html.includes("9,700"));
  assert.equal(html.includes("<index>"), false);
  assert.match(provenanceSectionHtml([]), /showed no data provenance/);
});
