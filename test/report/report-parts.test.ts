import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { cellSource, hasTag, type Notebook } from "../../lib/report/notebook";
import { reportHeading, reportParts } from "../../lib/report/report-parts";
import { EXECUTED_TITLE, executedNotebook, PROVENANCE_NOTE, runRecord } from "../fixtures/executed-notebook";

test("a notebook the runner executed is headed by its run record", () => {
  assert.deepEqual(reportHeading(executedNotebook({ record: runRecord() }), "900-export-check.ipynb"), runRecord());
});

test("a notebook saved from JupyterLab is headed by what it says: study number, title, the parameters cell's values", () => {
  assert.deepEqual(reportHeading(executedNotebook(), "900-export-check.ipynb"), {
    study: "900",
    notebook: "900-export-check.ipynb",
    title: EXECUTED_TITLE,
    parameters: [{ name: "window", value: 200, defaultValue: 200, overridden: false, type: "int, 2..2000", doc: "moving-average window" }],
    status: "ok",
    error: null,
  });
  const copy = reportHeading(executedNotebook(), ".lab-test-12-900-export-check.ipynb");
  assert.equal(copy.study, "", "a file name without a study number gives no study");
});

test("the parts: the reader's cells with the title for the page, the header, the provenance section", () => {
  const parts = reportParts(executedNotebook({ record: runRecord() }), "900-export-check.ipynb");
  assert.equal(parts.notebook.metadata.title, EXECUTED_TITLE);
  assert.equal(parts.notebook.cells.some((cell) => hasTag(cell, "injected-parameters")), false);
  assert.equal(parts.notebook.cells.some((cell) => cellSource(cell).includes(`# ${EXECUTED_TITLE}`)), false);
  assert.ok(parts.header.includes(`<h1>${EXECUTED_TITLE}</h1>`));
  assert.ok(parts.footer.includes(PROVENANCE_NOTE));
});

test("the exporter's entry reads the notebook on stdin and writes the parts as JSON; bad input exits 1 with the file named", () => {
  const script = join(__dirname, "../../lib/report/report-parts.js");
  const saved = executedNotebook();
  const ok = spawnSync(process.execPath, [script, "900-export-check.ipynb"], { input: JSON.stringify(saved), encoding: "utf8" });
  assert.equal(ok.status, 0, ok.stderr);
  const parts = JSON.parse(ok.stdout) as { notebook: Notebook; header: string; footer: string };
  assert.deepEqual(parts, reportParts(saved, "900-export-check.ipynb"));
  const bad = spawnSync(process.execPath, [script, "900-export-check.ipynb"], { input: "{", encoding: "utf8" });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^900-export-check\.ipynb is not valid JSON/);
});
