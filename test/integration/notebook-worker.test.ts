// The notebook runner (lib/report/execute.ts NotebookWorker + execute_notebook.py) with real
// kernels: the venv's Python kernel, which starts in about a second (tslab takes several).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { executeNotebook, NotebookWorker } from "../../lib/report/execute";
import { nbconvert } from "../../lib/report/html";
import { outputText, type Notebook } from "../../lib/report/notebook";
import { findProjectRoot, projectPaths } from "../../lib/report/project";

const paths = projectPaths(findProjectRoot(__dirname));
const NO_VENV = existsSync(paths.python) ? false : `${paths.python} is missing: the Jupyter venv is not installed (npm run setup)`;
const work = mkdtempSync(join(tmpdir(), "r2k-worker-test-"));
after(() => rmSync(work, { recursive: true, force: true }));

const pythonNotebook = (...sources: string[]): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } },
  cells: sources.map((source, i) => ({ cell_type: "code", id: `c${i}`, source, metadata: {}, outputs: [], execution_count: null })),
});

/** What a notebook's cells printed, cell by cell. */
const printed = (notebook: Notebook) => notebook.cells.map((cell) => (cell.outputs ?? []).map((o) => outputText(o.text)).join("").trim());

const REPORT = "import os, time\nprint(os.getpid())\nprint(time.time())";
const options = (worker: NotebookWorker, prestart = false) => ({ paths, cwd: work, timeoutSeconds: 60, kernel: "python3", worker, prestart });

test("one runner runs notebooks at once, each in a fresh kernel, and takes the kernel it started ahead for the next", { skip: NO_VENV }, async () => {
  const worker = new NotebookWorker(paths);
  try {
    // A sets a variable and stays busy; B starts while A runs and must not see A's variable.
    const [a, b] = await Promise.all([
      executeNotebook(pythonNotebook("x = 1", `${REPORT}\ntime.sleep(3)\nprint(time.time())`), options(worker, true)),
      executeNotebook(pythonNotebook(`${REPORT}\nprint('x' in globals())`), options(worker)),
    ]);
    assert.equal(a.failure, null);
    assert.equal(b.failure, null);
    const [aPid, aStart, aEnd] = printed(a.notebook)[1].split("\n");
    const [bPid, bStart, sawX] = printed(b.notebook)[0].split("\n");
    assert.notEqual(aPid, bPid, "each notebook has its own kernel");
    assert.equal(sawX, "False", "a kernel runs one notebook only");
    assert.ok(Number(bStart) < Number(aEnd) && Number(aStart) < Number(bStart) + 60, `B ran while A was busy (A ${aStart}..${aEnd}, B at ${bStart})`);
    // A asked for a kernel ahead: the next run takes it, already started, and it is a new one.
    const c = await executeNotebook(pythonNotebook(REPORT), options(worker));
    const cPid = printed(c.notebook)[0].split("\n")[0];
    assert.ok(![aPid, bPid].includes(cPid), "the kernel started ahead is a fresh one");
  } finally {
    await worker.close();
  }
});

test("a failing cell comes back with the partly executed notebook; the runner goes on", { skip: NO_VENV }, async () => {
  const worker = new NotebookWorker(paths);
  try {
    const failed = await executeNotebook(pythonNotebook("print('before')", "raise ValueError('boom')", "print('never')"), options(worker));
    assert.equal(failed.failure?.kind, "cell");
    assert.equal(failed.failure?.cellIndex, 1);
    assert.equal(failed.failure?.ename, "ValueError");
    assert.deepEqual(printed(failed.notebook).slice(0, 1), ["before"]);
    const next = await executeNotebook(pythonNotebook("print(6 * 7)"), options(worker));
    assert.deepEqual(printed(next.notebook), ["42"]);
  } finally {
    await worker.close();
  }
});

test("the runner exports through nbconvert's exporters, and names a missing one with the fix", { skip: NO_VENV }, async () => {
  const worker = new NotebookWorker(paths);
  try {
    const file = join(work, "export.ipynb");
    writeFileSync(file, JSON.stringify(pythonNotebook("print('exported')")));
    const markdown = await nbconvert(file, "markdown", paths, worker);
    assert.match(markdown, /print\('exported'\)/);
    await assert.rejects(nbconvert(file, "no-such-exporter", paths, worker), {
      message: `the no-such-exporter exporter failed on ${file}: the 'no-such-exporter' exporter is not installed in .venv (run npm run setup, which installs lib/report/nbconvert into it)`,
    });
  } finally {
    await worker.close();
  }
});
