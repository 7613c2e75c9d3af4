import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { ClaimResult } from "../claims";
import { updateClaimsFile, collectClaims } from "./claims";
import { executeNotebook, FAILED_CELL_TAG, failureMessage, NotebookWorker } from "./execute";
import { dataHashes, freezeDecision, studyInputs, type FreezeDecision } from "./freeze";
import { exportReportHtml, REPORT_EXPORTER } from "./html";
import { injectParameters } from "./inject";
import { readNotebook, writeNotebook, type Notebook } from "./notebook";
import { resolveOverrides, type ParameterOverride } from "./parameter-values";
import { notebookParameters } from "./parameters";
import type { PrintedReport } from "./pdf";
import { displayPath, type ProjectPaths } from "./project";
import { titleHeading } from "./reader-notebook";
import { reportParts } from "./report-parts";
import { parameterUses, runRecordOf, withRunRecord, type RunRecord } from "./run-record";
import { studyNumber } from "./studies";
import { collectProvenance } from "./provenance";
import { cacheInputsOf, neededSeries, requireCachedSeries } from "./study-series";

/**
 * The per-cell time limit when none is given, in seconds.
 *
 * @example
 * runStudy({ paths, notebookPath, timeoutSeconds: 2 * DEFAULT_CELL_TIMEOUT_SECONDS });
 */
export const DEFAULT_CELL_TIMEOUT_SECONDS = 300;

/** One study run: which notebook, which values, where the outputs go. */
export interface StudyRunOptions {
  paths: ProjectPaths;
  /** notebooks/NNN-<slug>.ipynb; the kernel runs in its folder. */
  notebookPath: string;
  overrides?: readonly ParameterOverride[];
  timeoutSeconds?: number;
  /** Where the executed notebook, the HTML report and claims.json go (default reports/). */
  reportsDir?: string;
  /** The notebook runner shared by the runs of one report run; without it, the run starts its own. */
  worker?: NotebookWorker;
  /** Another study follows: start its kernel as soon as this one's cells are done. */
  prestart?: boolean;
  /** Run even when the reports are current (`--force`); by default a current study is skipped. */
  force?: boolean;
  /** Called once the values are accepted, just before the kernel starts, with why it runs (for progress output). */
  onExecute?: (reason: string) => void;
  /** Also print the HTML report to reports/<notebook>.pdf (headless Chromium), after a successful run. */
  pdf?: boolean;
}

/** What a successful run wrote. */
export interface StudyRunResult {
  record: RunRecord;
  executedPath: string;
  htmlPath: string;
  htmlBytes: number;
  claims: ClaimResult[];
  /** True when the reports were current and nothing ran: `record` is the earlier run's. */
  skipped: boolean;
  /** When a PDF was asked for: where it went and what it holds. */
  pdf?: PrintedReport & { path: string };
}

/**
 * Runs one study end to end: checks the -p values against the parameters cell and that the
 * series it loads are cached (refusing either before the kernel starts), injects the values,
 * executes the notebook, and writes reports/<notebook>.ipynb, reports/<notebook>.html and the
 * study's entries in reports/claims.json, each atomically (and reports/<notebook>.pdf with `pdf`).
 * A study whose last successful run had the same inputs (lib/report/freeze.ts) is skipped unless
 * `force`: its reports stay (printed again with `pdf`), and its claims are put back into claims.json
 * from its executed notebook. When a cell fails, the partly executed notebook and its report are
 * still written (the study's claims are dropped, not left stale; no PDF is printed) and the
 * returned promise rejects with a message naming the notebook, the cell and the error.
 *
 * @example
 * await runStudy({ paths, notebookPath: "notebooks/000-200-day-reclaim.ipynb", overrides: [{ name: "window", raw: "250" }] });
 */
export async function runStudy(options: StudyRunOptions): Promise<StudyRunResult> {
  const { paths, overrides = [], timeoutSeconds = DEFAULT_CELL_TIMEOUT_SECONDS } = options;
  const notebookPath = resolve(options.notebookPath);
  const reportsDir = resolve(options.reportsDir ?? paths.reports);
  const file = displayPath(paths.root, notebookPath);
  const name = basename(notebookPath);
  const study = studyNumber(name);
  const source = readNotebook(notebookPath, file);
  const parameters = notebookParameters(source, file);
  const values = resolveOverrides(file, parameters, overrides);
  const prepared = injectParameters(source, values, file);
  const defaults = new Map((parameters ?? []).map((p) => [p.name, p.defaultValue]));
  const needed = neededSeries(paths.root, notebookPath, source, (name) => values.get(name) ?? defaults.get(name));
  requireCachedSeries(file, needed);
  const executedPath = join(reportsDir, name);
  const htmlPath = join(reportsDir, name.replace(/\.ipynb$/, ".html"));
  const previous = previousRun(executedPath);
  // The data a study depends on: the series its code names, and those its last run showed provenance
  // for (a series loaded by a computed id shows up only there), each as the cached files it is read from.
  const dataOf = (ids: readonly string[]) => [...new Set([...needed, ...ids].flatMap(cacheInputsOf))];
  const inputs = studyInputs({ paths, notebook: source, parameters: parameterUses(parameters, values), series: dataOf(Object.keys(previous?.record.inputs?.data ?? {})) });
  const decision: FreezeDecision = options.force ? { rebuild: true, reason: "--force" } : freezeDecision(previous?.record ?? null, existsSync(htmlPath), inputs);
  if (!decision.rebuild && previous) {
    const claims = collectClaims(previous.notebook, study, executedPath);
    updateClaimsFile(join(reportsDir, "claims.json"), study, claims);
    const pdf = options.pdf ? await printPdf(htmlPath) : undefined;
    return { record: previous.record, executedPath, htmlPath, htmlBytes: statSync(htmlPath).size, claims, skipped: true, pdf };
  }

  options.onExecute?.(decision.rebuild ? decision.reason : "");
  const startedAt = new Date();
  // The runner executes the notebook and exports its report; one of its own when none is shared.
  const worker = options.worker ?? new NotebookWorker(paths, REPORT_EXPORTER);
  try {
    const { notebook: executed, failure } = await executeNotebook(prepared, { paths, cwd: dirname(notebookPath), timeoutSeconds, worker, prestart: options.prestart });
    const error = failure && failureMessage(file, displayPath(paths.root, executedPath), executed, failure, timeoutSeconds);
    const record: RunRecord = {
      study,
      notebook: name,
      title: titleHeading(source)?.text ?? name.replace(/\.ipynb$/, ""),
      parameters: parameterUses(parameters, values),
      startedAt: startedAt.toISOString(),
      durationSeconds: (Date.now() - startedAt.getTime()) / 1000,
      status: failure ? "failed" : "ok",
      error,
      inputs: { ...inputs, data: dataHashes(paths.cache, dataOf(seriesShown(executed, file))) },
    };
    const kept = withRunRecord(failure?.cellIndex != null ? tagCell(executed, failure.cellIndex, FAILED_CELL_TAG) : executed, record);
    writeNotebook(executedPath, kept);
    // The report's parts are made here, from the notebook in hand; a malformed output fails the export like any other.
    const exported = (async () => exportReportHtml(executedPath, htmlPath, paths, worker, reportParts(kept, name)))();
    const htmlBytes = await exported.catch((exportError: Error) => {
      throw error ? new Error(`${error}\nThe HTML report of the failed run could not be written either: ${exportError.message}`) : exportError;
    });
    const claims = failure ? [] : collectClaims(kept, study, executedPath);
    updateClaimsFile(join(reportsDir, "claims.json"), study, claims);
    if (error) throw new Error(error);
    return { record, executedPath, htmlPath, htmlBytes, claims, skipped: false, pdf: options.pdf ? await printPdf(htmlPath) : undefined };
  } finally {
    if (!options.worker) await worker.close();
  }
}

/** Prints the report beside itself (.pdf). Playwright is loaded only then: it takes seconds to load. */
async function printPdf(htmlPath: string): Promise<PrintedReport & { path: string }> {
  const { printReportPdf } = await import("./pdf.js");
  const path = htmlPath.replace(/\.html$/, ".pdf");
  return { path, ...(await printReportPdf(htmlPath, path)) };
}

/** The earlier run's executed notebook and record; one that cannot be read counts as none (the study runs and rewrites it). */
function previousRun(executedPath: string): { notebook: Notebook; record: RunRecord } | null {
  if (!existsSync(executedPath)) return null;
  try {
    const notebook = readNotebook(executedPath);
    const record = runRecordOf(notebook);
    return record && { notebook, record };
  } catch {
    return null;
  }
}

/** The ids of the series a run showed provenance for; none when its provenance cannot be read (the report says why). */
function seriesShown(executed: Notebook, file: string): string[] {
  try {
    return collectProvenance(executed, file).map((series) => series.id);
  } catch {
    return [];
  }
}

function tagCell(notebook: Notebook, index: number, tag: string): Notebook {
  const cells = notebook.cells.map((cell, i) =>
    i === index ? { ...cell, metadata: { ...cell.metadata, tags: [...(cell.metadata.tags ?? []), tag] } } : cell,
  );
  return { ...notebook, cells };
}
