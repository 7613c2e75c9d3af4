import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { claimsTableHtml, type ClaimResult } from "../claims";
import { escapeHtml } from "../notebook/display";
import { writeFileAtomic } from "../data/atomic-write";
import { withFileLock } from "../data/file-lock";
import { VERDICTS, readClaimsFile } from "./claims";
import { readNotebook } from "./notebook";
import { formatRunTime } from "./report-header";
import { runRecordOf, type RunRecord } from "./run-record";
import { listStudyNotebooks, studyNumber } from "./studies";

/** One study on the index: its notebook and, once it has run, the record of the last run. */
export interface IndexEntry {
  study: string;
  /** The notebook's file name in notebooks/. */
  notebook: string;
  record: RunRecord | null;
}

/**
 * The report index: a scorecard (claims per verdict, per study and in total), then each
 * study with a relative link to its report, its title, when it ran, the parameters used and
 * its claims table. All text is escaped.
 *
 * @example
 * indexPageHtml(entries, readClaimsFile("reports/claims.json"), new Date().toISOString());
 */
export function indexPageHtml(entries: readonly IndexEntry[], claims: readonly ClaimResult[], generatedAt: string): string {
  const studies = entries.map((entry) => studySection(entry, claims.filter((c) => c.study === entry.study)));
  const body = [
    `<h1>Russell 2000 claims: study reports</h1>`,
    `<p class="muted">Built ${escapeHtml(formatRunTime(generatedAt))} from reports/claims.json and the executed notebooks.</p>`,
    `<h2>Scorecard</h2>`,
    scorecardHtml(entries, claims),
    ...studies,
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Russell 2000 claims: study reports</title>
<style>${INDEX_CSS}</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

function scorecardHtml(entries: readonly IndexEntry[], claims: readonly ClaimResult[]): string {
  const countRow = (label: string, subset: readonly ClaimResult[]) => {
    const counts = VERDICTS.map((v) => `<td class="num">${subset.filter((c) => c.verdict === v).length}</td>`);
    return `<tr><th>${label}</th>${counts.join("")}<td class="num">${subset.length}</td></tr>`;
  };
  const rows = entries.map((e) => countRow(`<a href="#study-${escapeHtml(e.study)}">${escapeHtml(e.study)}</a>`, claims.filter((c) => c.study === e.study)));
  const head = ["study", ...VERDICTS, "claims"].map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  return `<table class="scorecard"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}${countRow("all", claims)}</tbody></table>`;
}

function studySection(entry: IndexEntry, claims: readonly ClaimResult[]): string {
  const { record } = entry;
  const anchor = `study-${escapeHtml(entry.study)}`;
  if (!record) {
    return `<section id="${anchor}"><h2>${escapeHtml(entry.study)} · <code>${escapeHtml(entry.notebook)}</code></h2><p class="muted">Not run yet: npm run study -- ${escapeHtml(entry.study)}</p></section>`;
  }
  const report = `${encodeURIComponent(entry.notebook.replace(/\.ipynb$/, ""))}.html`;
  const status =
    record.status === "failed"
      ? `<div class="failed"><strong>Last run failed.</strong><pre>${escapeHtml(record.error ?? "")}</pre></div>`
      : "";
  const parameters = record.parameters.map(
    (p) => `<code${p.overridden ? ' class="set"' : ""}>${escapeHtml(p.name)} = ${escapeHtml(JSON.stringify(p.value))}</code>`,
  );
  const meta = `Run ${escapeHtml(formatRunTime(record.startedAt))} in ${record.durationSeconds.toFixed(1)} s · <a href="${escapeHtml(report)}">report</a> · <code>${escapeHtml(entry.notebook)}</code>`;
  return [
    `<section id="${anchor}">`,
    `<h2><a href="${escapeHtml(report)}">${escapeHtml(record.title)}</a></h2>`,
    `<p class="muted">${meta}</p>`,
    status,
    parameters.length > 0 ? `<p>Parameters: ${parameters.join(" ")}</p>` : "",
    claims.length > 0 ? claimsTableHtml(claims) : `<p class="muted">No claims recorded for this run.</p>`,
    `</section>`,
  ].join("\n");
}

const INDEX_CSS = `
body { margin: 0; color: #1f2328; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
a { color: #0969da; }
h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: 0.2em; margin-top: 1.8em; }
table { border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #d1d9e0; padding: 4px 8px; vertical-align: top; }
thead th { background: #f6f8fa; }
td.num { text-align: right; }
code { font: 13px ui-monospace, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 4px; }
code.set { background: #ddf4ff; }
.muted { color: #59636e; }
.failed { border: 1px solid #cf222e; background: #fff1f0; border-radius: 6px; padding: 8px 12px; }
.failed pre { white-space: pre-wrap; margin: 0.4em 0 0; }
`;

/**
 * The index entries for every study notebook, with the run record from reports/ when the
 * study has run.
 *
 * @example
 * collectIndexEntries("notebooks", "reports"); // [{ study: "000", notebook: "000-....ipynb", record: {...} }]
 */
export function collectIndexEntries(notebooksDir: string, reportsDir: string): IndexEntry[] {
  return listStudyNotebooks(notebooksDir).map((notebook) => {
    const executed = join(reportsDir, notebook);
    return { study: studyNumber(notebook), notebook, record: existsSync(executed) ? runRecordOf(readNotebook(executed)) : null };
  });
}

/**
 * Writes reports/index.html (atomically) from the notebooks, the executed notebooks and
 * reports/claims.json; returns its path.
 *
 * @example
 * writeIndexPage("notebooks", "reports"); // "reports/index.html"
 */
export function writeIndexPage(notebooksDir: string, reportsDir: string): string {
  const path = join(reportsDir, "index.html");
  mkdirSync(reportsDir, { recursive: true });
  // Under a lock: two runners finishing at once must not write an index that misses one of them.
  withFileLock(`${path}.lock`, path, () => {
    const claims = readClaimsFile(join(reportsDir, "claims.json"));
    writeFileAtomic(path, indexPageHtml(collectIndexEntries(notebooksDir, reportsDir), claims, new Date().toISOString()));
  });
  return path;
}
