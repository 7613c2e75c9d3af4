import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../data/atomic-write";
import { writeNotebook, type Notebook } from "./notebook";
import { requireVenv, type ProjectPaths } from "./project";
import { collectProvenance, provenanceSectionHtml } from "./provenance";
import { readerNotebook } from "./reader-notebook";
import { reportHeaderHtml } from "./report-header";
import type { RunRecord } from "./run-record";

/**
 * The markers our nbconvert template (lib/report/nbconvert/r2k) leaves for this module to fill.
 *
 * @example
 * raw.includes(REPORT_MARKERS.head); // true for nbconvert output of the r2k template
 */
export const REPORT_MARKERS = { head: "<!--r2k:head-->", header: "<!--r2k:header-->", footer: "<!--r2k:footer-->" } as const;

/** The parts a study report adds to nbconvert's page. */
export interface ReportParts {
  /** plotly.js source, embedded once in the head so charts draw offline. */
  plotly: string;
  header: string;
  footer: string;
}

/**
 * A script element holding `source` inline. `</script` and `<!--` inside it are escaped (as
 * `<\/script`, `<\!--`, the same characters to JavaScript) so the HTML parser cannot end or
 * derail the element early.
 *
 * @example
 * inlineScript('const s = "</script>";'); // '<script>const s = "<\/script>";</script>'
 */
export function inlineScript(source: string): string {
  return `<script>${source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--")}</script>`;
}

/**
 * The src of every script element that would load from the network (http, https or
 * protocol-relative). A report must have none: readers open it offline.
 *
 * @example
 * externalScriptSources('<script src="https://cdn.example/x.js"></script>'); // ["https://cdn.example/x.js"]
 */
export function externalScriptSources(html: string): string[] {
  const found = html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi);
  return [...found].map((match) => match[1]);
}

/**
 * Completes nbconvert's page: plotly.js inline in the head (once), our header at the top of
 * the body, the provenance section at the end. Refuses a page that would load a script from
 * the network or that lacks a marker (the r2k template was not used).
 *
 * @example
 * finishReportHtml(raw, { plotly, header: reportHeaderHtml(record), footer: provenanceSectionHtml(series) }, "reports/000-x.html");
 */
export function finishReportHtml(raw: string, parts: ReportParts, file: string): string {
  const spliceAt = (html: string, marker: string, at: number, insert: string) => {
    if (at < 0) throw new Error(`${file}: nbconvert's output has no ${marker} (the report template lib/report/nbconvert/r2k was not used)`);
    return html.slice(0, at) + insert + html.slice(at + marker.length);
  };
  let html = spliceAt(raw, REPORT_MARKERS.head, raw.indexOf(REPORT_MARKERS.head), inlineScript(parts.plotly));
  html = spliceAt(html, REPORT_MARKERS.header, html.indexOf(REPORT_MARKERS.header), parts.header);
  // The footer marker is the last one: a notebook's own text comes before it.
  html = spliceAt(html, REPORT_MARKERS.footer, html.lastIndexOf(REPORT_MARKERS.footer), parts.footer);
  const external = externalScriptSources(html);
  if (external.length > 0) {
    throw new Error(`${file} would load scripts from the network (${external.join(", ")}); reports must work offline: embed the script or drop the output that adds it`);
  }
  return html;
}

/**
 * The minified plotly.js built by scripts/build-plotly.ts.
 *
 * @example
 * readPlotly(paths).length; // about 4.8 million characters
 */
export function readPlotly(paths: ProjectPaths): string {
  if (!existsSync(paths.plotly)) {
    throw new Error(`${paths.plotly} is missing: build it with npm run build (which runs scripts/build-plotly.ts)`);
  }
  return readFileSync(paths.plotly, "utf8");
}

/**
 * nbconvert's HTML for a notebook file, through our r2k template, without prompts.
 *
 * @example
 * const raw = await nbconvertHtml("/tmp/reader.ipynb", paths);
 */
export function nbconvertHtml(notebookPath: string, paths: ProjectPaths): Promise<string> {
  requireVenv(paths);
  const args = [
    "nbconvert",
    "--to",
    "html",
    "--template",
    "r2k",
    `--TemplateExporter.extra_template_basedirs=${paths.templates}`,
    "--no-prompt",
    "--stdout",
    "--log-level=ERROR",
    notebookPath,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(paths.jupyter, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-16384);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new Error(`jupyter nbconvert failed on ${notebookPath} (exit code ${code}):\n${stderr.trim()}`));
    });
  });
}

/**
 * Writes the reader's HTML report of an executed notebook (atomically) and returns its size
 * in bytes: nbconvert with our template, then header, provenance and plotly.js added.
 *
 * @example
 * const bytes = await exportReportHtml(executed, record, "reports/000-200-day-reclaim.html", paths);
 */
export async function exportReportHtml(executed: Notebook, record: RunRecord, outPath: string, paths: ProjectPaths): Promise<number> {
  const plotly = readPlotly(paths);
  const footer = provenanceSectionHtml(collectProvenance(executed, outPath));
  const work = mkdtempSync(join(tmpdir(), "r2k-html-"));
  try {
    const readerPath = join(work, record.notebook);
    writeNotebook(readerPath, readerNotebook(executed));
    const html = finishReportHtml(await nbconvertHtml(readerPath, paths), { plotly, header: reportHeaderHtml(record), footer }, outPath);
    writeFileAtomic(outPath, html);
    return Buffer.byteLength(html);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
