import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { ClaimResult } from "../../lib/claims";
import { blockNetwork, launchChromium } from "../../lib/report/chromium";
import { nbconvert } from "../../lib/report/html";
import { INJECTED_TAG } from "../../lib/report/inject";
import { cellSource, hasTag, outputText, readNotebook, type Notebook, type NotebookCell } from "../../lib/report/notebook";
import { findProjectRoot, projectPaths } from "../../lib/report/project";
import { runRecordOf } from "../../lib/report/run-record";
import { runStudy } from "../../lib/report/run-study";

// These tests start the real tslab kernel (about 5 s each) through the project venv.
const paths = projectPaths(findProjectRoot(__dirname));
const NO_VENV = existsSync(paths.python) ? false : `${paths.python} is missing: the Jupyter venv is not installed (npm run setup)`;
const NO_CHROMIUM = existsSync("/usr/bin/chromium") ? NO_VENV : "/usr/bin/chromium is missing";

// The kernel compiles in the notebook's folder, which must sit inside notebooks/.
const notebooksDir = join(paths.notebooks, `.test-tmp-${process.pid}`);
let reportsDir = "";

before(() => {
  mkdirSync(notebooksDir, { recursive: true });
  reportsDir = mkdtempSync(join(tmpdir(), "r2k-reports-test-"));
});

after(() => {
  rmSync(notebooksDir, { recursive: true, force: true });
  rmSync(reportsDir, { recursive: true, force: true });
});

const cell = (cell_type: "code" | "markdown", source: string, tags?: string[]): NotebookCell => ({
  cell_type,
  source,
  metadata: tags ? { tags } : {},
  ...(cell_type === "code" ? { outputs: [], execution_count: null } : {}),
});

function writeStudy(name: string, cells: NotebookCell[]): string {
  const notebook: Notebook = {
    nbformat: 4,
    nbformat_minor: 4,
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    cells,
  };
  const path = join(notebooksDir, name);
  writeFileSync(path, JSON.stringify(notebook, null, 1));
  return path;
}

const DIST = "../../dist/lib";
// Explicit properties ({ window: window }): tslab 1.0.22 fails on shorthand properties ({ window })
// naming a variable declared in an earlier cell (ReferenceError).
const CHART_BUNDLE = `{
  "application/vnd.plotly.v1+json": { data: [{ y: [1, 3, 2], name: "json-only" + "-trace" }], layout: {} },
  "text/html": '<div id="r2k-test-chart"></div><script>if (window.Plotly) window.Plotly.newPlot("r2k-test-chart", [{ y: [1, 3, 2], type: "scatter" }], { title: { text: "html form" } });</script>',
  "text/plain": "chart",
}`;
const PROVENANCE = `{ series: [{ id: "RUT", name: "Russell 2000", kind: "index", source: "snapshot", origin: "Yahoo ^RUT", sourceFile: "RUT.csv",
  sha256: "0123456789abcdef", first: "1987-09-10", last: "2026-02-23", rows: 9700, fetchedAt: "2026-02-24T00:00:00Z", notes: ["generated for a test"] }] }`;

test("a study runs through the tslab kernel with an injected parameter and becomes a report", { skip: NO_VENV }, async () => {
  const notebookPath = writeStudy("900-integration.ipynb", [
    cell("markdown", "# 900 — Integration check\n\nA tiny generated study."),
    cell("code", 'let window = 200; // moving-average window [int, 2..2000]\nlet label = "plain"; // a label', ["parameters"]),
    cell("code", `import { displayBundle } from "${DIST}/notebook/display";\nimport { showClaims, numericResult, claimSpec } from "${DIST}/claims";\nconsole.log(JSON.stringify({ window: window, label: label }));`),
    cell("code", `displayBundle(${CHART_BUNDLE});`),
    cell("code", `showClaims([numericResult(claimSpec("000-2"), window / 10, "generated")]);`),
    cell("code", `displayBundle({ "application/vnd.r2k.provenance+json": ${PROVENANCE}, "text/plain": "provenance" });`),
  ]);
  const label = "<script>alert(1)</script>";
  const result = await runStudy({ paths, notebookPath, reportsDir, overrides: [{ name: "window", raw: "250" }, { name: "label", raw: label }] });

  const executed = readNotebook(join(reportsDir, "900-integration.ipynb"));
  assert.ok(hasTag(executed.cells[1], "parameters"));
  assert.ok(hasTag(executed.cells[2], INJECTED_TAG));
  assert.equal(cellSource(executed.cells[2]), `window = 250;\nlabel = ${JSON.stringify(label)};`);
  const printed = (executed.cells[3].outputs ?? []).filter((o) => o.output_type === "stream").map((o) => outputText(o.text)).join("");
  assert.deepEqual(JSON.parse(printed), { window: 250, label });
  const chart = executed.cells[4].outputs?.[0]?.data ?? {};
  assert.deepEqual(Object.keys(chart).sort(), ["application/vnd.plotly.v1+json", "text/html", "text/plain"], "the chart went out as one bundle");
  assert.equal((chart["application/vnd.plotly.v1+json"] as { data: { name: string }[] }).data[0].name, "json-only-trace");
  assert.equal(runRecordOf(executed)?.status, "ok");
  assert.deepEqual(runRecordOf(executed)?.parameters.map((p) => [p.name, p.value, p.overridden]), [["window", 250, true], ["label", label, true]]);
  // The code names no series, but the run showed RUT's provenance: the freeze watches RUT's cached file.
  const rutManifest = join(paths.cache, "RUT.manifest.json");
  const cachedRut = existsSync(rutManifest) ? { RUT: (JSON.parse(readFileSync(rutManifest, "utf8")) as { sha256: string }).sha256 } : {};
  assert.deepEqual(runRecordOf(executed)?.inputs?.data, cachedRut);

  // Run again with the same values: nothing changed, so the study is skipped and its reports stay.
  const again = await runStudy({ paths, notebookPath, reportsDir, overrides: [{ name: "window", raw: "250" }, { name: "label", raw: label }] });
  assert.equal(again.skipped, true);
  assert.equal(again.record.startedAt, runRecordOf(executed)?.startedAt);

  // The claim computed in the kernel from the injected value: 250 / 10 = 25.0 against 28 -> not within 1.
  const claims = JSON.parse(readFileSync(join(reportsDir, "claims.json"), "utf8")) as ClaimResult[];
  assert.deepEqual(claims.map((c) => [c.study, c.id, c.measured]), [["900", "000-2", "25.0"]]);
  assert.deepEqual(result.claims, claims);

  const html = readFileSync(result.htmlPath, "utf8");
  assert.ok(html.includes('<div id="r2k-test-chart"></div><script>if (window.Plotly)'), "nbconvert keeps the text/html form of the chart");
  assert.equal(html.includes("json-only-trace"), false, "the application/vnd.plotly.v1+json form is not rendered");
  assert.equal(html.split("plotly.js v").length - 1, 1, "plotly.js is embedded once");
  assert.equal(/<script[^>]*\bsrc=["']?(https?:)?\/\//i.test(html), false);
  assert.equal(html.includes(label), false, "the parameter appears escaped everywhere");
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(html.includes("<title>900 — Integration check</title>"));
  assert.ok(html.includes('<details class="r2k-code">'));
  assert.ok(html.includes('id="r2k-provenance"') && html.includes("generated for a test"));
  assert.ok(result.htmlBytes < 6 * 1024 * 1024, `report is ${result.htmlBytes} bytes`);
  assert.deepEqual(readdirSync(reportsDir).sort(), ["900-integration.html", "900-integration.ipynb", "claims.json"]);
});

test("the report, and the plain HTML export of the executed notebook, draw the chart offline in headless Chromium", { skip: NO_CHROMIUM }, async () => {
  const htmlPath = join(reportsDir, "900-integration.html");
  assert.ok(existsSync(htmlPath), "the previous test wrote the report");
  // What a reader gets from `jupyter nbconvert --to html reports/900-integration.ipynb` in .venv.
  const plainPath = join(reportsDir, "900-integration.plain.html");
  writeFileSync(plainPath, await nbconvert(join(reportsDir, "900-integration.ipynb"), "html", paths));
  const plain = readFileSync(plainPath, "utf8");
  assert.equal(plain.split("plotly.js v").length - 1, 1, "the plain export embeds plotly.js once");
  assert.equal(/<script[^>]*\bsrc=["']?(https?:)?\/\//i.test(plain), false, "and loads no script from the network");
  const browser = await launchChromium();
  try {
    for (const file of [htmlPath, plainPath]) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const blocked = await blockNetwork(page);
      await page.goto(`file://${file}`);
      await page.waitForSelector("#r2k-test-chart .main-svg", { timeout: 10000 });
      assert.deepEqual({ blocked, errors }, { blocked: [], errors: [] }, file);
      assert.equal(await page.locator("details.r2k-code[open]").count(), 0, "code is folded");
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test("a failing cell stops the run, names the cell and keeps the partly executed notebook", { skip: NO_VENV }, async () => {
  const notebookPath = writeStudy("901-failing.ipynb", [
    cell("markdown", "# 901 — Failing"),
    cell("code", 'console.log("before");'),
    cell("code", 'const n: number = 1;\nthrow new Error("integration boom " + n);'),
    cell("code", 'console.log("after");'),
  ]);
  await assert.rejects(runStudy({ paths, notebookPath, reportsDir }), (error: Error) => {
    assert.match(error.message, /^notebooks\/\.test-tmp-\d+\/901-failing\.ipynb: cell index 2 \(first line: `const n: number = 1;`\) failed\n/);
    assert.match(error.message, /Error: integration boom 1/);
    assert.match(error.message, /The partly executed notebook is kept at .*901-failing\.ipynb \(the cell is tagged r2k-failed-cell\)\.$/);
    return true;
  });
  const kept = readNotebook(join(reportsDir, "901-failing.ipynb"));
  assert.equal(outputText(kept.cells[1].outputs?.[0]?.text), "before\n");
  assert.ok(hasTag(kept.cells[2], "r2k-failed-cell"));
  assert.deepEqual(kept.cells[3].outputs, []);
  assert.equal(runRecordOf(kept)?.status, "failed");
  const html = readFileSync(join(reportsDir, "901-failing.html"), "utf8");
  assert.ok(html.includes('class="r2k-failed"'));
  const claims = JSON.parse(readFileSync(join(reportsDir, "claims.json"), "utf8")) as ClaimResult[];
  assert.equal(claims.some((c) => c.study === "901"), false);
});

test("a TypeScript compile error is reported with tslab's message", { skip: NO_VENV }, async () => {
  const notebookPath = writeStudy("902-compile-error.ipynb", [cell("code", 'const n: number = "not a number";')]);
  await assert.rejects(runStudy({ paths, notebookPath, reportsDir }), {
    message: /cell index 0 \(first line: `const n: number = "not a number";`\) failed\n {2}1:7 - Type 'string' is not assignable to type 'number'\./,
  });
});

test("a kernel that dies mid-run is a clear error", { skip: NO_VENV }, async () => {
  const notebookPath = writeStudy("904-kernel-dies.ipynb", [cell("code", 'console.log("alive");'), cell("code", "process.exit(3);")]);
  await assert.rejects(runStudy({ paths, notebookPath, reportsDir }), {
    message: /904-kernel-dies\.ipynb: the kernel died while running cell index 1 \(first line: `process\.exit\(3\);`\): .*The partly executed notebook is kept at /s,
  });
  assert.equal(outputText(readNotebook(join(reportsDir, "904-kernel-dies.ipynb")).cells[0].outputs?.[0]?.text), "alive\n");
});

test("bad values are refused before anything runs or is written", async () => {
  const notebookPath = writeStudy("903-refused.ipynb", [cell("code", "let window = 200; // [int, 2..2000]", ["parameters"])]);
  const empty = mkdtempSync(join(tmpdir(), "r2k-refused-test-"));
  try {
    await assert.rejects(runStudy({ paths, notebookPath, reportsDir: empty, overrides: [{ name: "window", raw: "1.5" }] }), {
      message: /903-refused\.ipynb: -p window 1\.5: must be a whole number\n\nParameters of /,
    });
    assert.deepEqual(readdirSync(empty), []);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
