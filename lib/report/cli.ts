import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { studies } from "../claims/registry";
import { readClaimsFile, VERDICTS } from "./claims";
import { writeIndexPage } from "./index-page";
import { NotebookWorker } from "./execute";
import { REPORT_EXPORTER } from "./html";
import { mapConcurrently } from "./parallel";
import type { ParameterOverride } from "./parameter-values";
import { writeStudyTables } from "./readme-tables";
import { displayPath, findProjectRoot, projectPaths, type ProjectPaths } from "./project";
import { formatRunTime } from "./report-header";
import { DEFAULT_CELL_TIMEOUT_SECONDS, runStudy, type StudyRunResult } from "./run-study";
import { findStudyNotebook, listStudyNotebooks } from "./studies";

/** A parsed command line of the report CLI. */
export type CliCommand =
  | { command: "study"; study: string; overrides: ParameterOverride[]; timeoutSeconds: number; pdf: boolean; force: boolean }
  | { command: "all"; timeoutSeconds: number; pdf: boolean; force: boolean; jobs: number }
  | { command: "index" };

/**
 * The report CLI's usage, shown with every command-line error.
 *
 * @example
 * console.error(USAGE);
 */
export const USAGE = `usage:
  node dist/lib/report/cli.js study <NNN> [-p name value]... [--timeout seconds] [--pdf] [--force]   run one study, then rebuild the index
  node dist/lib/report/cli.js all [--timeout seconds] [--pdf] [--force] [--jobs N]                   run every study in notebooks/, then the index
  node dist/lib/report/cli.js index                                                                  rebuild reports/index.html only
Values given with -p are read as JSON when they parse, else as text (-p start 2009-06-01, -p label '"2024"').
--timeout is the per-cell limit (default ${DEFAULT_CELL_TIMEOUT_SECONDS} s). --pdf also prints each report to reports/NNN-*.pdf (headless Chromium).
A study whose notebook, library, report tools, data and parameters are unchanged since its last
successful run is skipped; --force runs it anyway. all runs --jobs studies at once (default: one per core, here ${availableParallelism()}).`;

/** Size above which a report gets a warning (the target is under 6 MB each). */
const REPORT_SIZE_TARGET_BYTES = 6 * 1024 * 1024;

/**
 * Parses the report CLI's arguments; a mistake is an Error with the usage.
 *
 * @example
 * parseCliArgs(["study", "000", "-p", "window", "250"]);
 * // { command: "study", study: "000", overrides: [{ name: "window", raw: "250" }], timeoutSeconds: 300 }
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const refuse = (why: string): never => {
    throw new Error(`${why}\n${USAGE}`);
  };
  const [command, ...rest] = argv;
  const overrides: ParameterOverride[] = [];
  const positional: string[] = [];
  let timeoutSeconds = DEFAULT_CELL_TIMEOUT_SECONDS;
  let pdf = false;
  let force = false;
  let jobs: number | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "-p" || arg === "--parameter") {
      if (rest[i + 1] === undefined || rest[i + 2] === undefined) refuse(`${arg} needs a name and a value: -p window 250`);
      overrides.push({ name: rest[i + 1], raw: rest[i + 2] });
      i += 2;
    } else if (arg === "--timeout") {
      const seconds = Number(rest[i + 1]);
      if (rest[i + 1] === undefined || !(seconds > 0) || !Number.isFinite(seconds)) refuse(`--timeout ${rest[i + 1] ?? ""}: must be a number of seconds > 0`);
      timeoutSeconds = seconds;
      i += 1;
    } else if (arg === "--jobs") {
      const count = Number(rest[i + 1]);
      if (rest[i + 1] === undefined || !Number.isInteger(count) || count < 1) refuse(`--jobs ${rest[i + 1] ?? ""}: must be a whole number of studies >= 1`);
      jobs = count;
      i += 1;
    } else if (arg === "--pdf") {
      pdf = true;
    } else if (arg === "--force") {
      force = true;
    } else if (arg.startsWith("-")) {
      refuse(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (jobs !== null && command !== "all") refuse(`--jobs applies to all (study runs one study)`);
  if (command === "study") {
    if (positional.length !== 1) refuse(`study takes one study number, e.g. study 000 (got ${positional.length === 0 ? "none" : positional.join(" ")})`);
    return { command, study: positional[0], overrides, timeoutSeconds, pdf, force };
  }
  if (command === "all" || command === "index") {
    if (positional.length > 0) refuse(`${command} takes no study names (got ${positional.join(" ")})`);
    if (overrides.length > 0) refuse(`-p applies to one study: use study <NNN> -p name value`);
    if (command === "index" && pdf) refuse("--pdf applies to study and all, which write the reports");
    if (command === "index" && force) refuse(`--force applies to study and all (index always rebuilds)`);
    return command === "all" ? { command, timeoutSeconds, pdf, force, jobs: jobs ?? availableParallelism() } : { command };
  }
  return refuse(command === undefined ? "no command given" : `unknown command '${command}'`);
}

/**
 * Runs the CLI and returns the exit code: 0 when everything ran, 1 after building what it
 * could when a study failed.
 *
 * @example
 * process.exitCode = await main(["study", "000", "-p", "window", "250"]);
 */
export async function main(argv: readonly string[], paths: ProjectPaths = projectPaths(findProjectRoot(__dirname))): Promise<number> {
  const command = parseCliArgs(argv);
  const failed: string[] = [];
  if (command.command === "study") {
    const notebookPath = findStudyNotebook(paths.notebooks, command.study);
    if (!(await runWithProgress(paths, notebookPath, "", command))) failed.push(studyName(notebookPath));
  } else if (command.command === "all") {
    const notebooks = listStudyNotebooks(paths.notebooks);
    if (notebooks.length === 0) console.log(`no study notebooks (NNN-<slug>.ipynb) in ${paths.notebooks}`);
    // One notebook runner for every study; up to --jobs kernels at once, and while a study's report
    // is written the kernel for the study that will take its place starts. Each study's lines carry its [i/n].
    const worker = new NotebookWorker(paths, REPORT_EXPORTER);
    try {
      const ok = await mapConcurrently(notebooks, command.jobs, (name, i) => {
        const { timeoutSeconds, pdf, force } = command;
        const run = { overrides: [], timeoutSeconds, pdf, force, worker, prestart: i + command.jobs < notebooks.length };
        return runWithProgress(paths, join(paths.notebooks, name), `[${i + 1}/${notebooks.length}] `, run);
      });
      failed.push(...notebooks.filter((_, i) => !ok[i]).map(studyName));
    } finally {
      await worker.close();
    }
  }
  const index = writeIndexPage(paths.notebooks, paths.reports);
  console.log(`index: ${displayPath(paths.root, index)}`);
  if (command.command === "all" && failed.length === 0) {
    // Every study ran with its defaults: the README's tables are regenerated from what they found.
    const readme = join(paths.root, "README.md");
    const changed = writeStudyTables(readme, studies(), readClaimsFile(join(paths.reports, "claims.json")));
    console.log(`README study tables: ${changed ? "updated (review the diff)" : "unchanged"}`);
  }
  if (failed.length > 0) {
    console.error(`${failed.length} stud${failed.length === 1 ? "y" : "ies"} failed: ${failed.join(", ")} (see above); the reports of the others were built`);
  }
  return failed.length > 0 ? 1 : 0;
}

const studyName = (notebookPath: string) => basename(notebookPath).replace(/\.ipynb$/, "");

async function runWithProgress(
  paths: ProjectPaths,
  notebookPath: string,
  prefix: string,
  run: { overrides: ParameterOverride[]; timeoutSeconds: number; pdf: boolean; force: boolean; worker?: NotebookWorker; prestart?: boolean },
): Promise<boolean> {
  // Whole lines only (studies may run at once): "running (why)…", then "done"/"failed", each with the study's name.
  const name = `${prefix}${studyName(notebookPath)}`;
  const started = Date.now();
  let running = false;
  const onExecute = (reason: string) => {
    running = true;
    console.log(`${name} running (${reason})…`);
  };
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  try {
    const result = await runStudy({ paths, notebookPath, ...run, onExecute });
    if (result.skipped) {
      console.log(`${name} unchanged since ${formatRunTime(result.record.startedAt)}: skipped (--force runs it)`);
      if (result.pdf) console.log(`  ${displayPath(paths.root, result.pdf.path)} (${result.pdf.pages} pages, ${result.pdf.charts} charts)`);
      return true;
    }
    describeResult(paths, result, `${name} done in ${seconds()} s`);
    return true;
  } catch (error) {
    // Refused before running (bad -p values, a malformed parameters cell): the message says it all.
    console.log(running ? `${name} failed after ${seconds()} s` : `${name} refused`);
    console.error((error as Error).message);
    return false;
  }
}

function describeResult(paths: ProjectPaths, result: StudyRunResult, headline: string): void {
  const megabytes = (result.htmlBytes / 1024 / 1024).toFixed(1);
  const counts = VERDICTS.map((v) => `${result.claims.filter((c) => c.verdict === v).length} ${v}`).join(", ");
  const files = `  ${displayPath(paths.root, result.htmlPath)} (${megabytes} MB), ${displayPath(paths.root, result.executedPath)}`;
  const pdf = result.pdf ? [`  ${displayPath(paths.root, result.pdf.path)} (${result.pdf.pages} pages, ${result.pdf.charts} charts)`] : [];
  console.log([headline, files, `  claims: ${result.claims.length} (${counts})`, ...pdf].join("\n"));
  if (result.htmlBytes > REPORT_SIZE_TARGET_BYTES) {
    console.warn(`  warning: ${displayPath(paths.root, result.htmlPath)} is ${megabytes} MB, over the 6 MB target (thin the chart data, e.g. fewer points or fewer traces)`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
