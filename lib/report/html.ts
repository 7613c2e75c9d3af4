import { spawn } from "node:child_process";
import { writeFileAtomic } from "../data/atomic-write";
import { requireVenv, type ProjectPaths } from "./project";

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
 * nbconvert's output for a notebook file through one of its exporters, on stdout. The exporter
 * runs the kit's compiled TypeScript with this same Node.js (R2K_NODE). A failure is an Error
 * with the exporter's own message (the end of its traceback) and the fix when the
 * exporter is not installed.
 *
 * @example
 * const html = await nbconvert("reports/000-200-day-reclaim.ipynb", REPORT_EXPORTER, paths);
 */
export function nbconvert(notebookPath: string, exporter: string, paths: ProjectPaths): Promise<string> {
  requireVenv(paths);
  const args = ["nbconvert", "--to", exporter, "--stdout", "--log-level=ERROR", notebookPath];
  return new Promise((resolve, reject) => {
    const child = spawn(paths.jupyter, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, R2K_NODE: process.execPath } });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-16384);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new Error(`jupyter nbconvert --to ${exporter} failed on ${notebookPath} (exit code ${code}): ${exporterProblem(stderr, exporter)}`));
    });
  });
}

/** What nbconvert's stderr says went wrong: the report exporter's message (the end of its traceback), else the stderr's end. */
function exporterProblem(stderr: string, exporter: string): string {
  if (stderr.includes(`Unknown exporter "${exporter}"`)) {
    return `the '${exporter}' exporter is not installed in .venv (run npm run setup, which installs lib/report/nbconvert into it)`;
  }
  const marker = "ReportError: ";
  const at = stderr.lastIndexOf(marker);
  return at >= 0 ? stderr.slice(at + marker.length).trim() : `\n${stderr.trim().split("\n").slice(-20).join("\n")}`;
}

/**
 * Writes the reader's HTML report of an executed notebook file (atomically) and returns its size
 * in bytes. It is what the report exporter makes of the file, the same page JupyterLab's
 * *Save and Export Notebook As > Report* gives.
 *
 * @example
 * const bytes = await exportReportHtml("reports/000-200-day-reclaim.ipynb", "reports/000-200-day-reclaim.html", paths);
 */
export async function exportReportHtml(executedPath: string, outPath: string, paths: ProjectPaths): Promise<number> {
  const html = await nbconvert(executedPath, REPORT_EXPORTER, paths);
  writeFileAtomic(outPath, html);
  return Buffer.byteLength(html);
}
