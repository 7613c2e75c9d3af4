import { INJECTED_TAG } from "./inject";
import { cellSource, hasTag, type Notebook } from "./notebook";

const HEADING = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;

/** The notebook's title: its first markdown heading, and where it is. */
export interface TitleHeading {
  text: string;
  cellIndex: number;
  lineIndex: number;
}

/**
 * The first markdown heading of the notebook (any level), or null when it has none.
 *
 * @example
 * titleHeading(notebook)?.text; // "000 — The 200-day moving-average reclaim"
 */
export function titleHeading(notebook: Notebook): TitleHeading | null {
  for (const [cellIndex, cell] of notebook.cells.entries()) {
    if (cell.cell_type !== "markdown") continue;
    const lines = cellSource(cell).split("\n");
    const lineIndex = lines.findIndex((line) => HEADING.test(line));
    if (lineIndex >= 0) return { text: HEADING.exec(lines[lineIndex])![1], cellIndex, lineIndex };
  }
  return null;
}

/**
 * The executed notebook as a reader sees it in the HTML report: the injected-parameters
 * cell and the title heading move to the report's header (so they are not shown twice),
 * and empty code cells go. The input is not changed.
 *
 * @example
 * readerNotebook(executed).cells.some((c) => hasTag(c, "injected-parameters")); // false
 */
export function readerNotebook(executed: Notebook): Notebook {
  const title = titleHeading(executed);
  const cells = executed.cells.flatMap((cell, index) => {
    if (hasTag(cell, INJECTED_TAG)) return [];
    if (cell.cell_type === "code" && cellSource(cell).trim() === "" && (cell.outputs ?? []).length === 0) return [];
    if (!title || index !== title.cellIndex) return [cell];
    const lines = cellSource(cell).split("\n");
    lines.splice(title.lineIndex, 1);
    const source = lines.join("\n").trim();
    return source === "" ? [] : [{ ...cell, source }];
  });
  return { ...executed, cells };
}
