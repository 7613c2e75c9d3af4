import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { writeFileAtomic } from "../data/atomic-write";
import { jsonErrorPosition } from "./json-error-position";

/** One output of a code cell (nbformat 4): display data, a stream, or an error. */
export interface NotebookOutput {
  output_type: "display_data" | "execute_result" | "stream" | "error";
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  name?: "stdout" | "stderr";
  text?: string | string[];
  ename?: string;
  evalue?: string;
  traceback?: string[];
  execution_count?: number | null;
}

/** One notebook cell (nbformat 4); `source` is one string or a list of lines, as on disk. */
export interface NotebookCell {
  cell_type: "code" | "markdown" | "raw";
  id?: string;
  source: string | string[];
  metadata: { tags?: string[]; [key: string]: unknown };
  outputs?: NotebookOutput[];
  execution_count?: number | null;
}

/** A Jupyter notebook (nbformat 4), the parts the report runner reads and writes. */
export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/**
 * Parses a notebook's JSON text; `file` names it in errors (invalid JSON gives the line and
 * column, a wrong shape says what is missing).
 *
 * @example
 * parseNotebook(readFileSync(path, "utf8"), "notebooks/000-200-day-reclaim.ipynb");
 */
export function parseNotebook(text: string, file: string): Notebook {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const where = jsonErrorPosition(text);
    const position = where ? ` at line ${where.line}, column ${where.column}` : "";
    throw new Error(`${file} is not valid JSON${position}: ${(error as Error).message} (fix the file, or restore it from git)`);
  }
  const notebook = parsed as Partial<Notebook> | null;
  if (typeof notebook !== "object" || notebook === null || !Array.isArray(notebook.cells)) {
    throw new Error(`${file} is not a notebook: it has no "cells" list (expected nbformat 4 JSON as JupyterLab saves it)`);
  }
  if (notebook.nbformat !== 4) {
    throw new Error(`${file}: nbformat ${String(notebook.nbformat)} is not supported (open and save it in JupyterLab 4 to convert it to nbformat 4)`);
  }
  notebook.cells.forEach((cell, index) => {
    if (typeof cell !== "object" || cell === null || typeof cell.cell_type !== "string" || !("source" in cell)) {
      throw new Error(`${file}: cell ${index} has no cell_type or source (expected nbformat 4 cells)`);
    }
    cell.metadata ??= {};
  });
  return { ...notebook, metadata: notebook.metadata ?? {} } as Notebook;
}

/**
 * Reads and parses a notebook file; errors name it as `file` (default: the path as given),
 * e.g. the project-relative path the rest of a run's messages use.
 *
 * @example
 * const notebook = readNotebook("/work/kit/notebooks/000-200-day-reclaim.ipynb", "notebooks/000-200-day-reclaim.ipynb");
 */
export function readNotebook(path: string, file = path): Notebook {
  return parseNotebook(readFileSync(path, "utf8"), file);
}

/**
 * Writes a notebook the way Jupyter does (one-space indent, trailing newline), atomically.
 *
 * @example
 * writeNotebook("reports/000-200-day-reclaim.ipynb", executed);
 */
export function writeNotebook(path: string, notebook: Notebook): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, `${JSON.stringify(notebook, null, 1)}\n`);
}

/**
 * A cell's source as one string (nbformat stores either a string or a list of lines).
 *
 * @example
 * cellSource({ cell_type: "code", source: ["let a = 1;\n", "a"], metadata: {} }); // "let a = 1;\na"
 */
export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * The cell's first non-blank source line, trimmed, to name the cell in messages.
 *
 * @example
 * firstSourceLine({ cell_type: "code", source: "\nconst x = 1;\n", metadata: {} }); // "const x = 1;"
 */
export function firstSourceLine(cell: NotebookCell): string {
  return cellSource(cell).split("\n").map((line) => line.trim()).find((line) => line !== "") ?? "";
}

/**
 * Whether the cell carries a tag in its metadata (`parameters`, `injected-parameters`, ...).
 *
 * @example
 * hasTag(cell, "parameters");
 */
export function hasTag(cell: NotebookCell, tag: string): boolean {
  return Array.isArray(cell.metadata.tags) && cell.metadata.tags.includes(tag);
}

/**
 * The text of an output's stream or MIME entry (nbformat stores multiline text as a list).
 *
 * @example
 * outputText(["a\n", "b"]); // "a\nb"
 */
export function outputText(text: unknown): string {
  if (Array.isArray(text)) return text.join("");
  return typeof text === "string" ? text : "";
}

/**
 * Every display value of one MIME type in the notebook's outputs, in cell order, with the
 * index of the cell that showed it. JSON arrives as an object from a MIME bundle, or as a
 * string when sent through tslab's `display.raw`; both are parsed to a value here.
 *
 * @example
 * mimeOutputs(executed, "application/vnd.r2k.claims+json"); // [{ cellIndex: 7, value: { claims: [...] } }]
 */
export function mimeOutputs(notebook: Notebook, mime: string): { cellIndex: number; value: unknown }[] {
  const found: { cellIndex: number; value: unknown }[] = [];
  notebook.cells.forEach((cell, cellIndex) => {
    for (const output of cell.outputs ?? []) {
      const value = output.data?.[mime];
      if (value === undefined) continue;
      if (typeof value !== "string") {
        found.push({ cellIndex, value });
        continue;
      }
      try {
        found.push({ cellIndex, value: JSON.parse(value) });
      } catch (error) {
        throw new Error(`cell ${cellIndex}: the ${mime} output is not valid JSON (${(error as Error).message}); emit it as an object through displayBundle`);
      }
    }
  });
  return found;
}
