import assert from "node:assert/strict";
import { test } from "node:test";
import { INJECTED_TAG, injectParameters } from "../../lib/report/inject";
import { cellSource, hasTag, type Notebook, type NotebookCell } from "../../lib/report/notebook";

const FILE = "notebooks/000-x.ipynb";

function notebook(minor = 5): Notebook {
  const cell = (source: string, tags?: string[]): NotebookCell => ({ cell_type: "code", source, metadata: tags ? { tags } : {}, outputs: [] });
  return {
    nbformat: 4,
    nbformat_minor: minor,
    metadata: {},
    cells: [
      { cell_type: "markdown", source: "# Title", metadata: {} },
      cell('let window = 200; // [int, 2..2000]\nlet label = "x";', ["parameters"]),
      cell("console.log(window);"),
    ],
  };
}

/** Reads the injected cell back: each line `name = <JSON>;` parsed as JSON, independently of the writer. */
function assignments(cell: NotebookCell): [string, unknown][] {
  return cellSource(cell)
    .split("\n")
    .map((line) => {
      const match = /^([A-Za-z_$][\w$]*) = (.*);$/.exec(line);
      assert.ok(match, `not an assignment of a JSON literal: ${line}`);
      return [match[1], JSON.parse(match[2])];
    });
}

test("the injected cell comes right after the parameters cell, tagged, assigning JSON literals", () => {
  const tricky = 'a "quoted" </script> value\nwith a newline; window = 0;';
  const result = injectParameters(notebook(), new Map<string, number | string>([["window", 250], ["label", tricky]]), FILE);
  assert.equal(result.cells.length, 4);
  const injected = result.cells[2];
  assert.deepEqual(injected.metadata.tags, [INJECTED_TAG]);
  assert.equal(injected.cell_type, "code");
  assert.equal(injected.id, INJECTED_TAG);
  assert.deepEqual(assignments(injected), [["window", 250], ["label", tricky]]);
  assert.equal(cellSource(result.cells[3]), "console.log(window);");
});

test("re-injection replaces the earlier injected cell", () => {
  const once = injectParameters(notebook(), new Map([["window", 250]]), FILE);
  const twice = injectParameters(once, new Map([["window", 300]]), FILE);
  assert.equal(twice.cells.filter((c) => hasTag(c, INJECTED_TAG)).length, 1);
  assert.deepEqual(assignments(twice.cells[2]), [["window", 300]]);
  assert.equal(twice.cells.length, 4);
});

test("no values: no injected cell, and an old one is removed", () => {
  const once = injectParameters(notebook(), new Map([["window", 250]]), FILE);
  const none = injectParameters(once, new Map(), FILE);
  assert.deepEqual(none.cells.map(cellSource), notebook().cells.map(cellSource));
});

test("the input notebook is not changed", () => {
  const input = notebook();
  const before = JSON.stringify(input);
  injectParameters(input, new Map([["window", 250]]), FILE);
  assert.equal(JSON.stringify(input), before);
});

test("notebooks before nbformat 4.5 get no cell id", () => {
  const result = injectParameters(notebook(4), new Map([["window", 250]]), FILE);
  assert.equal("id" in result.cells[2], false);
});

test("refuses values for a notebook without a parameters cell, and names that are not identifiers", () => {
  const plain = { ...notebook(), cells: notebook().cells.filter((c) => !hasTag(c, "parameters")) };
  assert.throws(() => injectParameters(plain, new Map([["window", 250]]), FILE), {
    message: `${FILE} has no code cell tagged 'parameters' to inject parameters after (tag the cell that sets the defaults)`,
  });
  assert.throws(() => injectParameters(notebook(), new Map([["x; evil()", 1]]), FILE), /is not an identifier/);
});
