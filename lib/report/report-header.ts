import { escapeHtml } from "../notebook/display";
import type { RunRecord } from "./run-record";

/**
 * What a report's header tells about the notebook: its run record, or for a notebook run
 * elsewhere (in JupyterLab, then exported) the same without the run's time.
 *
 * @example
 * const heading: ReportHeading = { study: "000", notebook: "000-x.ipynb", title: "000 — x", parameters: [], status: "ok", error: null };
 */
export type ReportHeading = Omit<RunRecord, "startedAt" | "durationSeconds"> & Partial<Pick<RunRecord, "startedAt" | "durationSeconds">>;

/**
 * The top of a study report: the study, the notebook, when it ran and for how long (or that
 * its outputs are as saved, for a notebook not run by the report runner), the title, a banner
 * when the run failed, and the parameters the run used (those set with -p marked; without a
 * run, the parameters cell's values). Everything taken from the notebook or the command line
 * is escaped.
 *
 * @example
 * reportHeaderHtml(record); // '<header class="r2k-header"><p class="r2k-kicker">Study 000 · ...'
 */
export function reportHeaderHtml(record: ReportHeading): string {
  const { startedAt, durationSeconds } = record;
  const ran = startedAt !== undefined && durationSeconds !== undefined;
  const kicker = [
    record.study ? `Study ${escapeHtml(record.study)}` : "",
    `<code>${escapeHtml(record.notebook)}</code>`,
    ran ? `run ${escapeHtml(formatRunTime(startedAt))} in ${durationSeconds.toFixed(1)} s` : "outputs as saved in the notebook",
    `<a href="#r2k-provenance">data provenance</a>`,
    // Only the runner's reports/ folder has the index beside the report.
    ran ? `<a href="index.html">all reports</a>` : "",
  ]
    .filter((part) => part !== "")
    .join(" · ");
  const failed =
    record.status === "failed"
      ? `<div class="r2k-failed"><strong>This run failed.</strong> The report shows the notebook up to the failed cell (marked red).<pre>${escapeHtml(record.error ?? "")}</pre></div>`
      : "";
  return `<header class="r2k-header"><p class="r2k-kicker">${kicker}</p><h1>${escapeHtml(record.title)}</h1>${failed}${parametersHtml(record, ran)}</header>`;
}

/**
 * A run's start time for readers: "2026-11-23 13:02 UTC".
 *
 * @example
 * formatRunTime("2026-11-23T13:02:41.512Z"); // "2026-11-23 13:02 UTC"
 */
export function formatRunTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The parameters table; without a run (a notebook run in JupyterLab) the values are the cell's own, with no defaults to tell apart. */
function parametersHtml(record: ReportHeading, ran: boolean): string {
  if (record.parameters.length === 0) return "";
  const set = record.parameters.filter((p) => p.overridden).length;
  const summary = ran ? `Parameters (${set === 0 ? "all defaults" : `${set} set on the command line`})` : "Parameters (as in the notebook's parameters cell)";
  const columns = ran ? ["parameter", "value", "default", "type", "meaning"] : ["parameter", "value", "type", "meaning"];
  const rows = record.parameters.map((p) => {
    const values = ran ? [p.name, JSON.stringify(p.value), JSON.stringify(p.defaultValue), p.type, p.doc] : [p.name, JSON.stringify(p.value), p.type, p.doc];
    return `<tr${p.overridden ? ' class="r2k-set"' : ""}>${values.map((text) => `<td>${escapeHtml(text)}</td>`).join("")}</tr>`;
  });
  const head = columns.map((h) => `<th>${h}</th>`).join("");
  return `<details class="r2k-parameters" open><summary>${summary}</summary><table><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}
