import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { jsonErrorPosition } from "../../lib/report/json-error-position";
import { cellSource, firstSourceLine, mimeOutputs, parseNotebook, writeNotebook, type Notebook } from "../../lib/report/notebook";

const FILE = "notebooks/000-x.ipynb";

test("jsonErrorPosition finds the first error's line and column", () => {
  // Positions counted by hand on each text.
  assert.equal(jsonErrorPosition('{"a": [1, 2], "b": {"c": "d"}}'), null);
  assert.equal(jsonErrorPosition(' -1.5e3 '), null);
  assert.deepEqual(jsonErrorPosition('{"a": 1,\n}'), { offset: 9, line: 2, column: 1 });
  assert.deepEqual(jsonErrorPosition('{"cells": [\n  {"a": x}\n]}'), { offset: 20, line: 2, column: 9 });
  assert.deepEqual(jsonErrorPosition('{"a": "b\\q"}'), { offset: 8, line: 1, column: 9 });
  assert.deepEqual(jsonErrorPosition('{"a": 1} x'), { offset: 9, line: 1, column: 10 });
  assert.deepEqual(jsonErrorPosition('{"a": 01}'), { offset: 7, line: 1, column: 8 });
  assert.deepEqual(jsonErrorPosition('[1, 2'), { offset: 5, line: 1, column: 6 });
});

test("a notebook that is not valid JSON is refused with the file and the error position", () => {
  assert.throws(() => parseNotebook('{"cells": [\n  {"a": x}\n]}', FILE), (error: Error) => {
    assert.match(error.message, /^notebooks\/000-x\.ipynb is not valid JSON at line 2, column 9: /);
    assert.match(error.message, /\(fix the file, or restore it from git\)$/);
    return true;
  });
  assert.throws(() => parseNotebook('{"cells": []', FILE), { message: /^notebooks\/000-x\.ipynb is not valid JSON at line 1, column 13: / });
});

test("a JSON file that is not an nbformat 4 notebook is refused", () => {
  assert.throws(() => parseNotebook("[]", FILE), { message: `${FILE} is not a notebook: it has no "cells" list (expected nbformat 4 JSON as JupyterLab saves it)` });
  assert.throws(() => parseNotebook('{"cells": [], "nbformat": 3}', FILE), {
    message: `${FILE}: nbformat 3 is not supported (open and save it in JupyterLab 4 to convert it to nbformat 4)`,
  });
  assert.throws(() => parseNotebook('{"cells": [{"source": ""}], "nbformat": 4}', FILE), {
    message: `${FILE}: cell 0 has no cell_type or source (expected nbformat 4 cells)`,
  });
});

test("sources as line lists read as one string; the first line skips blanks", () => {
  const cell = { cell_type: "code" as const, source: ["\n", "  const x = 1;\n", "x"], metadata: {} };
  assert.equal(cellSource(cell), "\n  const x = 1;\nx");
  assert.equal(firstSourceLine(cell), "const x = 1;");
});

test("mimeOutputs reads JSON values sent as objects and as strings", () => {
  const mime = "application/vnd.test+json";
  const notebook: Notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: "markdown", source: "", metadata: {} },
      { cell_type: "code", source: "", metadata: {}, outputs: [{ output_type: "display_data", data: { [mime]: { a: 1 }, "text/plain": "x" } }] },
      { cell_type: "code", source: "", metadata: {}, outputs: [{ output_type: "stream", name: "stdout", text: "hi" }, { output_type: "display_data", data: { [mime]: '{"a": 2}' } }] },
    ],
  };
  assert.deepEqual(mimeOutputs(notebook, mime), [{ cellIndex: 1, value: { a: 1 } }, { cellIndex: 2, value: { a: 2 } }]);
  notebook.cells[2].outputs![1].data![mime] = "{a: 2}";
  assert.throws(() => mimeOutputs(notebook, mime), { message: /^cell 2: the application\/vnd\.test\+json output is not valid JSON/ });
});

test("writeNotebook writes the whole file and leaves no temporary file", () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-notebook-test-"));
  try {
    const notebook: Notebook = { nbformat: 4, nbformat_minor: 5, metadata: { a: 1 }, cells: [] };
    writeNotebook(join(dir, "x.ipynb"), notebook);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, "x.ipynb"), "utf8")), notebook);
    assert.deepEqual(readdirSync(dir), ["x.ipynb"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
