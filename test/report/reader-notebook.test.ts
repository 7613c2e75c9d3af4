import assert from "node:assert/strict";
import { test } from "node:test";
import { cellSource, type Notebook, type NotebookCell } from "../../lib/report/notebook";
import { readerNotebook, titleHeading } from "../../lib/report/reader-notebook";

const code = (source: string, tags?: string[], outputs: NotebookCell["outputs"] = []): NotebookCell => ({
  cell_type: "code",
  source,
  metadata: tags ? { tags } : {},
  outputs,
});
const markdown = (source: string): NotebookCell => ({ cell_type: "markdown", source, metadata: {} });

function executed(): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      markdown("Intro without a heading."),
      markdown("Lead-in.\n## 000 — The 200-day reclaim ##\nBody text."),
      code("let window = 200;", ["parameters"]),
      code("window = 250;", ["injected-parameters"], [{ output_type: "stream", name: "stdout", text: "250\n" }]),
      code("   \n"),
      code("show()", undefined, [{ output_type: "stream", name: "stdout", text: "x" }]),
      markdown("# A later heading"),
    ],
  };
}

test("the title is the first markdown heading, any level, without closing hashes", () => {
  assert.deepEqual(titleHeading(executed()), { text: "000 — The 200-day reclaim", cellIndex: 1, lineIndex: 1 });
  assert.equal(titleHeading({ ...executed(), cells: [markdown("no heading"), code("# not markdown")] }), null);
});

test("the reader's notebook drops the injected cell, empty code cells and the title line", () => {
  const reader = readerNotebook(executed());
  assert.deepEqual(reader.cells.map(cellSource), ["Intro without a heading.", "Lead-in.\nBody text.", "let window = 200;", "show()", "# A later heading"]);
});

test("a markdown cell holding only the title goes", () => {
  const notebook = { ...executed(), cells: [markdown("# Title\n"), code("x")] };
  assert.deepEqual(readerNotebook(notebook).cells.map(cellSource), ["x"]);
});
