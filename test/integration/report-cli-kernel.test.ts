// The report CLI with the real tslab kernel, in a sandbox project (see test/catalogue/sandbox.ts):
// a cell that throws, a kernel killed mid-run and a parameter carrying markup, met the way a user
// meets them (`study NNN`), each with the message, the exit code and the reports left intact.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, test } from "node:test";
import { assertReportsIntact, cell, createReportSandbox, PROJECT, seedReports, writeNotebook } from "../catalogue/sandbox";

const NO_VENV = fs.existsSync(path.join(PROJECT, ".venv", "bin", "python")) ? false : ".venv is missing: the Jupyter side is not installed (npm run setup)";
const STUDY = "000-200-day-reclaim.ipynb";

// The kernel compiles in the notebook's folder, which must sit inside notebooks/: so does the sandbox.
const sandbox = createReportSandbox(path.join(PROJECT, "notebooks", `.test-tmp-cli-kernel-${process.pid}`));
after(() => fs.rmSync(sandbox.root, { recursive: true, force: true }));
fs.symlinkSync(path.join(PROJECT, "notebooks", STUDY), path.join(sandbox.notebooks, STUDY));

// With the kernel: three generated studies, run with `study NNN` like a user would.
const TITLE = (n: string, what: string) => cell("markdown", `# ${n} — ${what}`);
const LABEL_PARAMETER = cell("code", 'let label = "plain"; // a label shown in the report', ["parameters"]);

test("report CLI with the kernel: a cell that throws fails the run, names the cell, keeps the others' claims", { skip: NO_VENV }, () => {
  writeNotebook(sandbox.notebooks, "910-throws.ipynb", [
    TITLE("910", "Throws"),
    LABEL_PARAMETER,
    cell("code", 'console.log("before the failure");'),
    cell("code", 'const limit: number = 3;\nthrow new Error(`catalogue: ${label} went past ${limit}`);'),
    cell("code", 'console.log("never printed");'),
  ]);
  const before = seedReports(sandbox);
  const run = sandbox.run(["study", "910"]);
  assert.equal(run.code, 1);
  assert.match(run.stdout, /^910-throws running \(not built yet\)…\n910-throws failed after \d+\.\d s\nindex: reports\/index\.html\n$/);
  const lines = run.stderr.split("\n");
  assert.equal(lines[0], "notebooks/910-throws.ipynb: cell index 3 (first line: `const limit: number = 3;`) failed");
  assert.ok(lines.includes("  Error: catalogue: plain went past 3"), run.stderr);
  assert.ok(lines.includes("The partly executed notebook is kept at reports/910-throws.ipynb (the cell is tagged r2k-failed-cell)."), run.stderr);
  assertReportsIntact(sandbox, before, ["000-200-day-reclaim.html", "000-200-day-reclaim.ipynb"]);
  const html = fs.readFileSync(path.join(sandbox.reports, "910-throws.html"), "utf8");
  assert.match(html, /<\/html>\s*$/, "the failed run's report is written whole");
  assert.ok(html.includes("catalogue: plain went past 3"), "the report shows the error");
});

test("report CLI with the kernel: a kernel killed mid-run (as by the OOM killer) is named, and the run stops", { skip: NO_VENV }, () => {
  writeNotebook(sandbox.notebooks, "911-kernel-killed.ipynb", [
    TITLE("911", "Kernel killed"),
    cell("code", 'console.log("alive");'),
    cell("code", 'process.kill(process.pid, "SIGKILL");'),
    cell("code", 'console.log("never printed");'),
  ]);
  const before = seedReports(sandbox);
  const run = sandbox.run(["study", "911"]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^notebooks\/911-kernel-killed\.ipynb: the kernel died while running cell index 2 \(first line: `process\.kill\(process\.pid, "SIGKILL"\);`\): /);
  assert.match(run.stderr, /The partly executed notebook is kept at reports\/911-kernel-killed\.ipynb \(the cell is tagged r2k-failed-cell\)\.\n/);
  assertReportsIntact(sandbox, before, ["000-200-day-reclaim.html", "000-200-day-reclaim.ipynb"]);
  const kept = JSON.parse(fs.readFileSync(path.join(sandbox.reports, "911-kernel-killed.ipynb"), "utf8")) as { cells: { outputs?: { text?: string | string[] }[] }[] };
  assert.deepEqual(kept.cells[1].outputs?.map((o) => [o.text].flat().join("")), ["alive\n"], "what ran before is kept");
});

test("report CLI with the kernel: a parameter carrying <script> runs as data and is escaped in the report and the index", { skip: NO_VENV }, () => {
  const label = `</script><script>alert("x")</script><img src=x onerror=alert(1)>`;
  writeNotebook(sandbox.notebooks, "912-markup.ipynb", [
    TITLE("912", "Markup in a parameter"),
    LABEL_PARAMETER,
    cell("code", `import { showClaims, numericResult, claimSpec } from "../dist/lib/claims";\nconsole.log("label is " + label);`),
    cell("code", 'showClaims([numericResult(claimSpec("000-2"), 27.6, "label: " + label)]);'),
  ]);
  const before = seedReports(sandbox);
  const run = sandbox.run(["study", "912", "-p", "label", label]);
  assert.equal(run.code, 0, run.stderr);
  assertReportsIntact(sandbox, before, ["000-200-day-reclaim.html", "000-200-day-reclaim.ipynb"]);
  const executed = JSON.parse(fs.readFileSync(path.join(sandbox.reports, "912-markup.ipynb"), "utf8")) as { cells: { source: string | string[]; outputs?: { text?: string | string[] }[] }[] };
  assert.equal([executed.cells[2].source].flat().join(""), `label = ${JSON.stringify(label)};`, "injected as a JSON literal, never pasted as code");
  assert.equal([executed.cells[3].outputs?.[0]?.text].flat().join(""), `label is ${label}\n`, "the kernel saw the text as typed");
  const escaped = label.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  for (const page of ["912-markup.html", "index.html"]) {
    const html = fs.readFileSync(path.join(sandbox.reports, page), "utf8");
    assert.equal(html.includes("<img src=x"), false, `${page} has no live <img> from the parameter`);
    assert.equal(html.includes('<script>alert("x")'), false, `${page} has no live <script> from the parameter`);
    assert.ok(html.replace(/&quot;|&#34;/g, '"').includes(escaped), `${page} shows the parameter, escaped`);
  }
  const claims = JSON.parse(fs.readFileSync(path.join(sandbox.reports, "claims.json"), "utf8")) as { study: string; note: string }[];
  assert.deepEqual(claims.map((c) => [c.study, c.note]), [["000", "the previous run"], ["912", `label: ${label}`]]);
});
