import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { firstSourceLine, outputText, readNotebook, writeNotebook, type Notebook } from "./notebook";
import { requireVenv, type ProjectPaths } from "./project";

/**
 * Tag put on the cell that stopped a run, so the kept notebook and the report point at it.
 *
 * @example
 * hasTag(kept.cells[4], FAILED_CELL_TAG); // true for the cell that failed
 */
export const FAILED_CELL_TAG = "r2k-failed-cell";

/** How a run stopped early, as the nbclient helper reports it. */
export interface ExecutionFailure {
  kind: "cell" | "timeout" | "kernel-died" | "kernel-start";
  /** Index of the running cell in the executed notebook; null before the first cell. */
  cellIndex: number | null;
  ename: string;
  evalue: string;
  message: string;
}

/** The executed (or partly executed) notebook, and the failure if the run stopped early. */
export interface ExecutionResult {
  notebook: Notebook;
  failure: ExecutionFailure | null;
}

/** How to run a notebook: the kernel's working folder, the per-cell time limit, the kernel. */
export interface ExecuteOptions {
  paths: ProjectPaths;
  /** The kernel's working folder; tslab compiles there, so it must be inside notebooks/. */
  cwd: string;
  timeoutSeconds: number;
  kernel?: string;
}

/**
 * Runs a notebook through a Jupyter kernel (nbclient, via lib/report/execute_notebook.py and
 * the project venv), with node_modules/.bin on the kernel's PATH. A failing cell is not an
 * exception here: the partly executed notebook comes back with the failure, so the caller
 * can keep it. Only a helper that could not run at all throws.
 *
 * @example
 * const { notebook, failure } = await executeNotebook(prepared, { paths, cwd: paths.notebooks, timeoutSeconds: 300 });
 */
export async function executeNotebook(prepared: Notebook, options: ExecuteOptions): Promise<ExecutionResult> {
  const { paths, cwd, timeoutSeconds, kernel = "tslab" } = options;
  requireVenv(paths);
  const work = mkdtempSync(join(tmpdir(), "r2k-run-"));
  try {
    const [input, output, status] = ["input.ipynb", "output.ipynb", "status.json"].map((name) => join(work, name));
    writeNotebook(input, prepared);
    const args = [paths.executeScript, input, output, status, "--timeout", String(timeoutSeconds), "--kernel", kernel, "--cwd", cwd];
    const env = { ...process.env, PATH: `${paths.nodeBin}${delimiter}${process.env.PATH ?? ""}` };
    const { code, stderr } = await run(paths.python, args, { cwd, env });
    if (!existsSync(status) || !existsSync(output)) {
      throw new Error(`the notebook runner (${paths.executeScript}) stopped with exit code ${code} before writing its result:\n${lastLines(stderr, 20)}`);
    }
    const reported = JSON.parse(readFileSync(status, "utf8")) as { status: "ok" } | ({ status: "error"; cell_index: number | null } & Omit<ExecutionFailure, "cellIndex">);
    const failure =
      reported.status === "ok"
        ? null
        : { kind: reported.kind, cellIndex: reported.cell_index, ename: reported.ename, evalue: reported.evalue, message: reported.message };
    return { notebook: readNotebook(output), failure };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-65536);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

/**
 * The message for a run that stopped early: the notebook, the cell (index and first source
 * line), the error and the cell's stderr (where tslab prints TypeScript compile errors and
 * uncaught exceptions), and where the partly executed notebook was kept.
 *
 * @example
 * failureMessage("notebooks/000-x.ipynb", "reports/000-x.ipynb", executed, failure, 300);
 * // "notebooks/000-x.ipynb: cell index 4 failed (first line: `throw new Error(\"boom\")`)\nError: boom\n..."
 */
export function failureMessage(file: string, keptAt: string, executed: Notebook, failure: ExecutionFailure, timeoutSeconds: number): string {
  const cell = failure.cellIndex === null ? undefined : executed.cells[failure.cellIndex];
  const named = cell ? `cell index ${failure.cellIndex} (first line: \`${firstSourceLine(cell)}\`)` : "";
  const kept = `The partly executed notebook is kept at ${keptAt}${cell ? ` (the cell is tagged ${FAILED_CELL_TAG})` : ""}.`;
  if (failure.kind === "kernel-start") {
    return `${file}: the kernel did not start: ${failure.ename} ${failure.message} (check that .venv/bin/jupyter kernelspec list shows tslab and that node_modules/.bin/tslab exists)`;
  }
  if (failure.kind === "timeout") {
    return `${file}: ${named} did not finish within ${timeoutSeconds} s (raise --timeout, or make the cell faster). ${kept}`;
  }
  if (failure.kind === "kernel-died") {
    return `${file}: the kernel died while running ${named}: ${failure.message.trim()}. ${kept}`;
  }
  const error = failure.evalue ? `${failure.ename}: ${failure.evalue}` : "";
  const stderr = cell ? cellStderr(cell.outputs ?? []) : "";
  const details = [error, stderr].filter((part) => part !== "").join("\n") || lastLines(failure.message, 10);
  return `${file}: ${named} failed\n${indent(details)}\n${kept}`;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const KERNEL_FRAME = /^\s+at .*(node_modules[\\/]tslab[\\/]|node:|\(evalmachine|sigintHandlersWrap)/;

/** The stderr text a cell printed, without colour codes and without the kernel's own stack frames. */
function cellStderr(outputs: NonNullable<Notebook["cells"][number]["outputs"]>): string {
  const text = outputs
    .filter((output) => output.output_type === "stream" && output.name === "stderr")
    .map((output) => outputText(output.text))
    .join("")
    .replace(ANSI, "");
  const kept = text.split("\n").filter((line) => !KERNEL_FRAME.test(line));
  return kept.slice(0, 40).join("\n").trim();
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
