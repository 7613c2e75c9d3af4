import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../data/atomic-write";
import { NotebookWorker } from "./execute";
import type { ProjectPaths } from "./project";
import type { ReportParts } from "./report-parts";

/**
 * The nbconvert exporter that makes the kit's report (lib/report/nbconvert/r2k_export, installed
 * into .venv by set-up): `jupyter nbconvert --to report`, and *Report* in JupyterLab's
 * *File > Save and Export Notebook As* menu.
 *
 * @example
 * spawn(paths.jupyter, ["nbconvert", "--to", REPORT_EXPORTER, "reports/000-200-day-reclaim.ipynb"]);
 */
export const REPORT_EXPORTER = "report";

/**
 * nbconvert's output for a notebook file through one of its exporters, as
 * `jupyter nbconvert --to <exporter>` gives it, made by the notebook runner (nbconvert as a
 * library: the exporter and its templates load once per runner). The report exporter runs the
 * kit's compiled TypeScript with this same Node.js (R2K_NODE), unless given the report's `parts`
 * (reportParts of the notebook: the caller holding it saves the exporter a Node.js start). A failure is an Error with the
 * exporter's own message, and the fix when the exporter is not installed.
 *
 * @example
 * const html = await nbconvert("reports/000-200-day-reclaim.ipynb", REPORT_EXPORTER, paths, worker);
 */
export async function nbconvert(notebookPath: string, exporter: string, paths: ProjectPaths, worker?: NotebookWorker, parts?: ReportParts): Promise<string> {
  const runner = worker ?? new NotebookWorker(paths);
  const work = mkdtempSync(join(tmpdir(), "r2k-export-"));
  try {
    const output = join(work, "export.out");
    const partsFile = parts ? join(work, "parts.json") : null;
    if (partsFile) writeFileSync(partsFile, JSON.stringify(parts));
    const reply = await runner.request({ op: "export", exporter, input: notebookPath, output, parts: partsFile });
    if ("error" in reply) throw new Error(`the ${exporter} exporter failed on ${notebookPath}: ${exporterProblem(reply.error, exporter)}`);
    return readFileSync(output, "utf8");
  } finally {
    if (!worker) await runner.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** What went wrong, from the runner's "ExceptionName: message": the report exporter's own message, or the fix for a missing exporter. */
function exporterProblem(error: string, exporter: string): string {
  if (error.startsWith("ExporterNameError: ")) {
    return `the '${exporter}' exporter is not installed in .venv (run npm run setup, which installs lib/report/nbconvert into it)`;
  }
  return error.replace(/^ReportError: /, "");
}

/**
 * Writes the reader's HTML report of an executed notebook file (atomically) and returns its size
 * in bytes. It is what the report exporter makes of the file, the same page JupyterLab's
 * *Save and Export Notebook As > Report* gives.
 *
 * @example
 * const bytes = await exportReportHtml("reports/000-200-day-reclaim.ipynb", "reports/000-200-day-reclaim.html", paths);
 */
export async function exportReportHtml(executedPath: string, outPath: string, paths: ProjectPaths, worker?: NotebookWorker, parts?: ReportParts): Promise<number> {
  const html = await nbconvert(executedPath, REPORT_EXPORTER, paths, worker, parts);
  writeFileAtomic(outPath, html);
  return Buffer.byteLength(html);
}
