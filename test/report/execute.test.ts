import assert from "node:assert/strict";
import { test } from "node:test";
import { failureMessage, type ExecutionFailure } from "../../lib/report/execute";
import type { Notebook } from "../../lib/report/notebook";

const STDERR = [
  "evalmachine.<anonymous>:3",
  'throw new Error("boom");',
  "^",
  "",
  "Error: boom",
  "    at evalmachine.<anonymous>:3:7",
  "    at sigintHandlersWrap (node:vm:280:12)",
  "    at Script.runInThisContext (node:vm:135:14)",
  "    at Object.execute (/work/main/node_modules/tslab/dist/executor.js:160:38)",
  "",
].join("\n");

const EXECUTED: Notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: "code", source: "let a = 1;", metadata: {}, outputs: [] },
    { cell_type: "code", source: ["\n", 'const b = 2;\n', 'throw new Error("boom");'], metadata: {}, outputs: [{ output_type: "stream", name: "stderr", text: `\u001b[31m${STDERR}\u001b[0m` }] },
  ],
};

const failure = (extra: Partial<ExecutionFailure>): ExecutionFailure => ({ kind: "cell", cellIndex: 1, ename: "<Error>", evalue: "", message: "", ...extra });

test("a failing cell is named by index and first line, with its stderr minus the kernel's frames", () => {
  assert.equal(
    failureMessage("notebooks/000-x.ipynb", "reports/000-x.ipynb", EXECUTED, failure({}), 300),
    [
      "notebooks/000-x.ipynb: cell index 1 (first line: `const b = 2;`) failed",
      "  evalmachine.<anonymous>:3",
      '  throw new Error("boom");',
      "  ^",
      "  ",
      "  Error: boom",
      "      at evalmachine.<anonymous>:3:7",
      "The partly executed notebook is kept at reports/000-x.ipynb (the cell is tagged r2k-failed-cell).",
    ].join("\n"),
  );
});

test("a kernel error with a value is shown before the stderr", () => {
  const message = failureMessage("n.ipynb", "r.ipynb", EXECUTED, failure({ ename: "TypeError", evalue: "x is undefined" }), 300);
  assert.match(message, /failed\n {2}TypeError: x is undefined\n {2}evalmachine/);
});

test("timeouts, dead kernels and kernels that never started say so", () => {
  assert.equal(
    failureMessage("n.ipynb", "r.ipynb", EXECUTED, failure({ kind: "timeout" }), 45),
    "n.ipynb: cell index 1 (first line: `const b = 2;`) did not finish within 45 s (raise --timeout, or make the cell faster). The partly executed notebook is kept at r.ipynb (the cell is tagged r2k-failed-cell).",
  );
  assert.equal(
    failureMessage("n.ipynb", "r.ipynb", EXECUTED, failure({ kind: "kernel-died", message: "Kernel died\n" }), 300),
    "n.ipynb: the kernel died while running cell index 1 (first line: `const b = 2;`): Kernel died. The partly executed notebook is kept at r.ipynb (the cell is tagged r2k-failed-cell).",
  );
  assert.equal(
    failureMessage("n.ipynb", "r.ipynb", EXECUTED, failure({ kind: "kernel-start", cellIndex: null, ename: "NoSuchKernel", message: "No such kernel named tslab" }), 300),
    "n.ipynb: the kernel did not start: NoSuchKernel No such kernel named tslab (check that .venv/bin/jupyter kernelspec list shows tslab and that node_modules/.bin/tslab exists)",
  );
});
