import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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
  /** The notebook runner to use (several runs share one); without it, one is started for this run. */
  worker?: NotebookWorker;
  /** Start a fresh kernel for the next run as soon as this one's cells are done (another study follows). */
  prestart?: boolean;
}

/** The run's status as the notebook runner reports it. */
type ReportedStatus = { status: "ok" } | ({ status: "error"; cell_index: number | null } & Omit<ExecutionFailure, "cellIndex">);

/** A reply of the notebook runner: the run's status, or why the request itself failed. */
type WorkerReply = { id: number; status: ReportedStatus } | { id: number; error: string };

/**
 * The notebook runner: one long-lived Python process (lib/report/execute_notebook.py in the
 * project venv, nbclient and nbconvert as libraries) that runs notebooks through Jupyter kernels,
 * several at once, exports them (lib/report/html.ts), and can start the next run's kernel ahead.
 * Python, nbclient, nbconvert and the exporters' templates load once per report run instead of
 * once per study and step. The process starts with the first request (a report run whose
 * studies are all current starts none). node_modules/.bin is on the kernels' PATH (tslab lives there).
 *
 * @example
 * const worker = new NotebookWorker(paths, REPORT_EXPORTER);
 * try {
 *   const { notebook, failure } = await executeNotebook(prepared, { paths, cwd: paths.notebooks, timeoutSeconds: 300, worker });
 * } finally {
 *   await worker.close();
 * }
 */
export class NotebookWorker {
  private readonly pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private stderr = "";
  private exited: Error | null = null;
  private process: { child: ChildProcessWithoutNullStreams; done: Promise<void> } | null = null;

  /** `warmExporter`: an nbconvert exporter to make (and compile the templates of) as soon as the process starts. */
  constructor(
    private readonly paths: ProjectPaths,
    private readonly warmExporter?: string,
  ) {}

  /**
   * Sends one request (see lib/report/execute_notebook.py) and waits for its reply; the first
   * request starts the process (and fails when the project venv is missing).
   *
   * @example
   * await worker.request({ op: "execute", input, output, timeout: 300, kernel: "tslab", cwd, prestart: false });
   */
  request(body: Record<string, unknown>): Promise<WorkerReply> {
    if (this.exited) return Promise.reject(this.exited);
    const { child } = this.process ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      child.stdin.write(`${JSON.stringify({ id, ...body })}\n`);
    });
  }

  /**
   * Lets the runs under way finish, stops the kernels started ahead, and waits for the process to exit.
   *
   * @example
   * await worker.close();
   */
  async close(): Promise<void> {
    if (!this.process) return;
    if (!this.exited) this.process.child.stdin.end(`${JSON.stringify({ op: "close" })}\n`);
    await this.process.done;
  }

  private start(): { child: ChildProcessWithoutNullStreams; done: Promise<void> } {
    const { paths } = this;
    requireVenv(paths);
    // The report exporter runs the kit's compiled TypeScript with this same Node.js (R2K_NODE).
    const env = { ...process.env, PATH: `${paths.nodeBin}${delimiter}${process.env.PATH ?? ""}`, R2K_NODE: process.execPath };
    const args = [paths.executeScript, ...(this.warmExporter ? ["--warm", this.warmExporter] : [])];
    const child = spawn(paths.python, args, { cwd: paths.root, env, stdio: ["pipe", "pipe", "pipe"] });
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
        const reply = JSON.parse(buffered.slice(0, end)) as WorkerReply;
        buffered = buffered.slice(end + 1);
        this.pending.get(reply.id)?.resolve(reply);
        this.pending.delete(reply.id);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-65536);
    });
    // A write to a runner that has just exited fails; the exit itself rejects what was pending.
    child.stdin.on("error", () => undefined);
    const done = new Promise<void>((resolve) => {
      const stop = (why: string) => {
        if (this.exited) return;
        this.exited = new Error(`the notebook runner (${paths.executeScript}) ${why} before writing its result:\n${lastLines(this.stderr, 20)}`);
        for (const { reject } of this.pending.values()) reject(this.exited);
        this.pending.clear();
        resolve();
      };
      child.on("error", (error) => stop(`could not start (${error.message})`));
      child.on("close", (code) => stop(`stopped with exit code ${code}`));
    });
    this.process = { child, done };
    return this.process;
  }
}

/**
 * Runs a notebook through a Jupyter kernel (the notebook runner, {@link NotebookWorker}). A
 * failing cell is not an exception here: the partly executed notebook comes back with the
 * failure, so the caller can keep it. Only a runner that could not run at all throws.
 *
 * @example
 * const { notebook, failure } = await executeNotebook(prepared, { paths, cwd: paths.notebooks, timeoutSeconds: 300 });
 */
export async function executeNotebook(prepared: Notebook, options: ExecuteOptions): Promise<ExecutionResult> {
  const { paths, cwd, timeoutSeconds, kernel = "tslab" } = options;
  const worker = options.worker ?? new NotebookWorker(paths);
  const work = mkdtempSync(join(tmpdir(), "r2k-run-"));
  try {
    const [input, output] = ["input.ipynb", "output.ipynb"].map((name) => join(work, name));
    writeNotebook(input, prepared);
    const reply = await worker.request({ op: "execute", input, output, timeout: timeoutSeconds, kernel, cwd, prestart: options.prestart === true });
    if ("error" in reply) throw new Error(`the notebook runner (${paths.executeScript}) could not run the notebook: ${reply.error}`);
    const reported = reply.status;
    const failure =
      reported.status === "ok"
        ? null
        : { kind: reported.kind, cellIndex: reported.cell_index, ename: reported.ename, evalue: reported.evalue, message: reported.message };
    return { notebook: readNotebook(output), failure };
  } finally {
    if (!options.worker) await worker.close();
    rmSync(work, { recursive: true, force: true });
  }
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
