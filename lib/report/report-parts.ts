import { readFileSync } from "node:fs";
import { parseNotebook, type Notebook } from "./notebook";
import { notebookParameters } from "./parameters";
import { collectProvenance, provenanceSectionHtml } from "./provenance";
import { readerNotebook, titleHeading } from "./reader-notebook";
import { reportHeaderHtml, type ReportHeading } from "./report-header";
import { parameterUses, runRecordOf } from "./run-record";
import { STUDY_NOTEBOOK } from "./studies";

/** What the report exporter (lib/report/nbconvert/r2k_export) puts into the r2k template. */
export interface ReportParts {
  /** The cells a reader sees (see readerNotebook), with the title in the metadata for the page's <title>. */
  notebook: Notebook;
  header: string;
  footer: string;
}

/**
 * What the report's header tells about a notebook: the run record the report runner stored in
 * it, or else what the notebook itself says (a study run in JupyterLab and exported from there):
 * its study number, title and the parameters cell's values.
 *
 * @example
 * reportHeading(savedFromJupyterLab, "000-200-day-reclaim.ipynb").parameters[0]; // { name: "window", value: 200, overridden: false, ... }
 */
export function reportHeading(notebook: Notebook, fileName: string): ReportHeading {
  return (
    runRecordOf(notebook) ?? {
      study: STUDY_NOTEBOOK.exec(fileName)?.[1] ?? "",
      notebook: fileName,
      title: titleHeading(notebook)?.text ?? fileName.replace(/\.ipynb$/, ""),
      parameters: parameterUses(notebookParameters(notebook, fileName), new Map()),
      status: "ok",
      error: null,
    }
  );
}

/**
 * The parts of a notebook's report: the reader's cells, the header and the data provenance
 * section. `fileName` names the notebook in the header and in errors.
 *
 * @example
 * const { notebook, header, footer } = reportParts(readNotebook("reports/000-200-day-reclaim.ipynb"), "000-200-day-reclaim.ipynb");
 */
export function reportParts(notebook: Notebook, fileName: string): ReportParts {
  const heading = reportHeading(notebook, fileName);
  const reader = readerNotebook(notebook);
  return {
    notebook: { ...reader, metadata: { ...reader.metadata, title: heading.title } },
    header: reportHeaderHtml(heading),
    footer: provenanceSectionHtml(collectProvenance(notebook, fileName)),
  };
}

/**
 * The exporter's entry: `node dist/lib/report/report-parts.js <file name>` reads the notebook's
 * JSON on stdin and writes its ReportParts as JSON on stdout; an error goes to stderr, exit 1.
 *
 * @example
 * main(["000-200-day-reclaim.ipynb"]); // prints {"notebook": {...}, "header": "...", "footer": "..."}
 */
export function main(argv: readonly string[]): number {
  const [fileName, ...rest] = argv;
  if (fileName === undefined || rest.length > 0) {
    console.error("usage: node dist/lib/report/report-parts.js <notebook file name> < notebook.ipynb");
    return 2;
  }
  try {
    process.stdout.write(JSON.stringify(reportParts(parseNotebook(readFileSync(0, "utf8"), fileName), fileName)));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
