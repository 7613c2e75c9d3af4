import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { CLAIMS_MIME, claimSpec, numericResult } from "../../lib/claims";
import { readClaimsFile } from "../../lib/report/claims";
import {
  changedInputs,
  dataHashes,
  freezeDecision,
  inputsSummary,
  shortHash,
  studyInputs,
  type RunInputs,
} from "../../lib/report/freeze";
import { writeNotebook, type Notebook } from "../../lib/report/notebook";
import { projectPaths, type ProjectPaths } from "../../lib/report/project";
import { RUN_RECORD_KEY, type RunRecord } from "../../lib/report/run-record";
import { runStudy } from "../../lib/report/run-study";

const scratch = mkdtempSync(join(tmpdir(), "r2k-freeze-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const NAME = "900-freeze.ipynb";

function put(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

const manifest = (id: string, sha256: string) => JSON.stringify({ id, source: "snapshot", fetchedAt: "2026-12-01T00:00:00Z", rows: 1, first: "2026-01-02", last: "2026-01-02", sha256, columns: ["date", "close"], droppedHolidays: 0 });

function studyNotebook(window: number, outputs: Notebook["cells"][number]["outputs"] = []): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    cells: [
      { cell_type: "markdown", source: "# 900 — Freeze", metadata: {} },
      { cell_type: "code", source: `let window = ${window}; // average window [int, 2..400]`, metadata: { tags: ["parameters"] }, outputs: [], execution_count: null },
      { cell_type: "code", source: "console.log(window);", metadata: {}, outputs, execution_count: outputs.length > 0 ? 1 : null },
    ],
  };
}

/** A project with every file a study's inputs are read from: a compiled library, report tools, a cache, a notebook. */
function fakeProject(name: string): ProjectPaths {
  const root = join(scratch, name);
  put(root, "package.json", "{}\n");
  put(root, "package-lock.json", '{"lockfileVersion": 3}\n');
  put(root, "requirements.txt", "nbconvert==7.17.2\n");
  put(root, "dist/lib/index.js", "exports.answer = 42;\n");
  put(root, "dist/lib/events/sweep.js", "exports.sweep = () => 1;\n");
  put(root, "dist/lib/index.d.ts", "export declare const answer = 42;\n");
  put(root, "dist/plotly.min.js", "/* plotly.js v3 */\n");
  put(root, "lib/report/execute_notebook.py", "print('run')\n");
  put(root, "lib/report/nbconvert/r2k/index.html.j2", "{% block body %}{% endblock %}\n");
  put(root, "lib/report/nbconvert/r2k_export/__pycache__/report.cpython-311.pyc", "compiled\n");
  put(root, "data/cache/RUT.manifest.json", manifest("RUT", "a".repeat(64)));
  put(root, "data/cache/IWM.manifest.json", manifest("IWM", "b".repeat(64)));
  writeNotebook(join(root, "notebooks", NAME), studyNotebook(200));
  const paths = projectPaths(root);
  return { ...paths, cache: join(root, "data", "cache") };
}

const inputsOf = (paths: ProjectPaths, window = 200, series: string[] = ["IWM", "RUT"]) =>
  studyInputs({ paths, notebook: studyNotebook(window), parameters: [{ name: "window", value: window }], series });

function okRecord(inputs: RunInputs | undefined, extra: Partial<RunRecord> = {}): RunRecord {
  return { study: "900", notebook: NAME, title: "900 — Freeze", parameters: [], startedAt: "2026-12-01T21:50:07.000Z", durationSeconds: 12.3, status: "ok", error: null, inputs, ...extra };
}

test("all inputs the same: the study is skipped", () => {
  const paths = fakeProject("same");
  const first = inputsOf(paths);
  assert.deepEqual(inputsOf(paths), first, "hashing twice gives the same inputs");
  assert.deepEqual(freezeDecision(okRecord(first), true, inputsOf(paths)), { rebuild: false });
});

// Each edit a user or a build makes, and the input it must name.
const EDITS: { what: string; edit: (root: string) => void; changed: string }[] = [
  { what: "a compiled library file edited", edit: (r) => put(r, "dist/lib/events/sweep.js", "exports.sweep = () => 2;\n"), changed: "library" },
  { what: "a compiled library file added", edit: (r) => put(r, "dist/lib/events/new.js", "exports.x = 1;\n"), changed: "library" },
  { what: "a compiled library file removed", edit: (r) => unlinkSync(join(r, "dist/lib/events/sweep.js")), changed: "library" },
  { what: "a dependency upgraded (package-lock.json)", edit: (r) => put(r, "package-lock.json", '{"lockfileVersion": 3, "tslab": "1.0.23"}\n'), changed: "library" },
  { what: "the report template edited", edit: (r) => put(r, "lib/report/nbconvert/r2k/index.html.j2", "{% block body %}x{% endblock %}\n"), changed: "report" },
  { what: "the kernel runner edited", edit: (r) => put(r, "lib/report/execute_notebook.py", "print('run twice')\n"), changed: "report" },
  { what: "plotly.js rebuilt differently", edit: (r) => put(r, "dist/plotly.min.js", "/* plotly.js v3.1 */\n"), changed: "report" },
  { what: "nbconvert upgraded (requirements.txt)", edit: (r) => put(r, "requirements.txt", "nbconvert==7.18.0\n"), changed: "report" },
  { what: "a cached series re-imported with other data", edit: (r) => put(r, "data/cache/RUT.manifest.json", manifest("RUT", "c".repeat(64))), changed: "data RUT" },
  { what: "a series the study reads imported for the first time", edit: (r) => put(r, "data/cache/VIX.manifest.json", manifest("VIX", "d".repeat(64))), changed: "data VIX" },
];

for (const { what, edit, changed } of EDITS) {
  test(`${what}: the study is rebuilt, naming ${changed}`, () => {
    const paths = fakeProject(`edit-${changed.replace(/\W/g, "-")}-${EDITS.findIndex((e) => e.what === what)}`);
    const reads = ["IWM", "RUT", "VIX"];
    const before = inputsOf(paths, 200, reads);
    edit(paths.root);
    assert.deepEqual(freezeDecision(okRecord(before), true, inputsOf(paths, 200, reads)), { rebuild: true, reason: `changed: ${changed}` });
  });
}

test("the notebook's code or a parameter value changed: the study is rebuilt, naming which", () => {
  const paths = fakeProject("notebook-parameters");
  const before = inputsOf(paths);
  const editedCell = { ...before, notebook: studyInputs({ paths, notebook: { ...studyNotebook(200), cells: studyNotebook(200).cells.slice(0, 2) }, parameters: [{ name: "window", value: 200 }], series: ["IWM", "RUT"] }).notebook };
  assert.deepEqual(freezeDecision(okRecord(before), true, editedCell), { rebuild: true, reason: "changed: notebook" });
  const overridden = studyInputs({ paths, notebook: studyNotebook(200), parameters: [{ name: "window", value: 250 }], series: ["IWM", "RUT"] });
  assert.deepEqual(freezeDecision(okRecord(before), true, overridden), { rebuild: true, reason: "changed: parameters" });
});

test("what a run replaces or a build adds beside the code does not count: outputs, counts, type declarations, __pycache__", () => {
  const paths = fakeProject("not-inputs");
  const before = inputsOf(paths);
  const ran = studyInputs({ paths, notebook: studyNotebook(200, [{ output_type: "stream", name: "stdout", text: "200\n" }]), parameters: [{ name: "window", value: 200 }], series: ["IWM", "RUT"] });
  assert.equal(ran.notebook, before.notebook, "a notebook saved with outputs has the same cells");
  put(paths.root, "dist/lib/index.d.ts", "export declare const answer: number;\n");
  put(paths.root, "lib/report/nbconvert/r2k_export/__pycache__/report.cpython-311.pyc", "recompiled\n");
  assert.deepEqual(inputsOf(paths), before);
});

test("with the study's series known, only those series count", () => {
  const paths = fakeProject("series-known");
  const before = inputsOf(paths, 200, ["RUT"]);
  assert.deepEqual(Object.keys(before.data), ["RUT"]);
  assert.deepEqual(Object.keys(inputsOf(paths).data), ["IWM", "RUT"]);
  put(paths.root, "data/cache/IWM.manifest.json", manifest("IWM", "e".repeat(64)));
  assert.deepEqual(freezeDecision(okRecord(before), true, inputsOf(paths, 200, ["RUT"])), { rebuild: false }, "IWM is not read by this study");
  assert.deepEqual(dataHashes(paths.cache, ["RUT", "NOT_CACHED"]), { RUT: "a".repeat(64) }, "a series not cached is left for the run to report");
});

test("a failed previous run, a missing HTML report, no run yet or a record without inputs: rebuilt, saying why", () => {
  const paths = fakeProject("states");
  const inputs = inputsOf(paths);
  assert.deepEqual(freezeDecision(okRecord(inputs, { status: "failed", error: "cell 2 failed" }), true, inputs), { rebuild: true, reason: "the last run failed" });
  assert.deepEqual(freezeDecision(okRecord(inputs), false, inputs), { rebuild: true, reason: "its HTML report is missing" });
  assert.deepEqual(freezeDecision(null, true, inputs), { rebuild: true, reason: "not built yet" });
  assert.deepEqual(freezeDecision(okRecord(undefined), true, inputs), { rebuild: true, reason: "built before inputs were recorded" });
});

test("changedInputs lists every changed input in a fixed order, data per series", () => {
  const a: RunInputs = { notebook: "n1", library: "l1", report: "r1", data: { IWM: "i1", RUT: "u1" }, parameters: "p1" };
  const b: RunInputs = { notebook: "n1", library: "l2", report: "r1", data: { RUT: "u2", VIX: "v1" }, parameters: "p2" };
  assert.deepEqual(changedInputs(a, b), ["library", "data IWM", "data RUT", "data VIX", "parameters"]);
  assert.deepEqual(changedInputs(a, a), []);
});

test("the index's summary shows short hashes and names the series a study read", () => {
  const inputs: RunInputs = { notebook: "1a2b3c4d".repeat(8), library: "9f8e7d6c".repeat(8), report: "0b1c2d3e".repeat(8), data: { RUT: "a".repeat(64) }, parameters: "77aa01bc".repeat(8) };
  const summary = inputsSummary(inputs);
  assert.match(summary, /^notebook 1a2b3c4d · library 9f8e7d6c · report 0b1c2d3e · data [0-9a-f]{8} \(RUT\) · parameters 77aa01bc$/);
  assert.equal(shortHash(inputs.library), "9f8e7d6c");
  const many = Object.fromEntries(["A", "B", "C", "D", "E", "F", "G"].map((id) => [id, "f".repeat(64)]));
  assert.match(inputsSummary({ ...inputs, data: many }), / \(7 series\) /);
  assert.notEqual(inputsSummary({ ...inputs, data: { RUT: "b".repeat(64) } }), summary, "other data, another data hash");
});

// Through the runner (no kernel: this project has no .venv, so a study that must run fails at the venv check).

function seedReports(paths: ProjectPaths, inputs: RunInputs, html = true): void {
  const claim = { ...numericResult(claimSpec("000-2"), 27.6, "from the executed notebook"), study: "900" };
  const executed: Notebook = {
    ...studyNotebook(200, [{ output_type: "display_data", data: { [CLAIMS_MIME]: { claims: [claim] }, "text/plain": "claims" }, metadata: {} }]),
  };
  executed.metadata = { ...executed.metadata, [RUN_RECORD_KEY]: okRecord(inputs) };
  writeNotebook(join(paths.reports, NAME), executed);
  if (html) put(paths.reports, NAME.replace(/\.ipynb$/, ".html"), "<!DOCTYPE html><html><body>built</body></html>\n");
  const other = { ...numericResult(claimSpec("000-2"), 27.6, "another study"), study: "901" };
  writeFileSync(join(paths.reports, "claims.json"), JSON.stringify([other]));
}

test("runStudy skips a current study: its reports stay, and its claims are in claims.json again (here it had lost them)", async () => {
  const paths = fakeProject("runner-skip");
  const inputs = studyInputs({ paths, notebook: studyNotebook(200), parameters: [{ name: "window", value: 200 }], series: ["RUT"] });
  seedReports(paths, inputs);
  const htmlBefore = readFileSync(join(paths.reports, "900-freeze.html"), "utf8");
  let executed = false;
  const result = await runStudy({ paths, notebookPath: join(paths.notebooks, NAME), onExecute: () => (executed = true) });
  assert.equal(result.skipped, true);
  assert.equal(executed, false, "no kernel was started");
  assert.equal(result.record.startedAt, "2026-12-01T21:50:07.000Z", "the record is the earlier run's");
  assert.equal(readFileSync(join(paths.reports, "900-freeze.html"), "utf8"), htmlBefore);
  assert.deepEqual(
    readClaimsFile(join(paths.reports, "claims.json")).map((c) => [c.study, c.note]),
    [["900", "from the executed notebook"], ["901", "another study"]],
  );
});

test("runStudy runs a study whose input changed, or with --force, or whose report is missing, saying why", async () => {
  const paths = fakeProject("runner-rebuild");
  const notebookPath = join(paths.notebooks, NAME);
  const inputs = studyInputs({ paths, notebook: studyNotebook(200), parameters: [{ name: "window", value: 200 }], series: ["RUT"] });
  const cases: { what: string; prepare: () => void; options: { force?: boolean; overrides?: { name: string; raw: string }[] }; reason: string }[] = [
    { what: "-p window 250", prepare: () => seedReports(paths, inputs), options: { overrides: [{ name: "window", raw: "250" }] }, reason: "changed: parameters" },
    { what: "--force", prepare: () => seedReports(paths, inputs), options: { force: true }, reason: "--force" },
    { what: "no HTML report", prepare: () => seedReports(paths, inputs, false), options: {}, reason: "its HTML report is missing" },
    {
      // The notebook's code names no series: RUT counts because the last run recorded it (its provenance).
      what: "a series the last run read, re-imported",
      prepare: () => {
        seedReports(paths, inputs);
        put(paths.root, "data/cache/RUT.manifest.json", manifest("RUT", "f".repeat(64)));
      },
      options: {},
      reason: "changed: data RUT",
    },
  ];
  for (const c of cases) {
    rmSync(paths.reports, { recursive: true, force: true });
    c.prepare();
    const reasons: string[] = [];
    await assert.rejects(runStudy({ paths, notebookPath, ...c.options, onExecute: (reason) => reasons.push(reason) }), /\.venv\/bin\/python not found/, c.what);
    assert.deepEqual(reasons, [c.reason], c.what);
  }
  assert.equal(existsSync(paths.python), false);
});
