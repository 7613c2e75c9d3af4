import { escapeHtml } from "../notebook/display";
import type { RunRecord } from "./run-record";

/**
 * The top of a study report: the study, the notebook, when it ran and for how long, the
 * title, a banner when the run failed, and the parameters the run used (those set with -p
 * marked). Everything taken from the notebook or the command line is escaped.
 *
 * @example
 * reportHeaderHtml(record); // '<header class="r2k-header"><p class="r2k-kicker">Study 000 · ...'
 */
export function reportHeaderHtml(record: RunRecord): string {
  const kicker = [
    `Study ${escapeHtml(record.study)}`,
    `<code>${escapeHtml(record.notebook)}</code>`,
    `run ${escapeHtml(formatRunTime(record.startedAt))} in ${record.durationSeconds.toFixed(1)} s`,
    `<a href="#r2k-provenance">data provenance</a>`,
    `<a href="index.html">all reports</a>`,
  ].join(" · ");
  const failed =
    record.status === "failed"
      ? `<div class="r2k-failed"><strong>This run failed.</strong> The report shows the notebook up to the failed cell (marked red).<pre>${escapeHtml(record.error ?? "")}</pre></div>`
      : "";
  return `<header class="r2k-header"><p class="r2k-kicker">${kicker}</p><h1>${escapeHtml(record.title)}</h1>${failed}${parametersHtml(record)}</header>`;
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

function parametersHtml(record: RunRecord): string {
  if (record.parameters.length === 0) return "";
  const set = record.parameters.filter((p) => p.overridden).length;
  const summary = `Parameters (${set === 0 ? "all defaults" : `${set} set on the command line`})`;
  const rows = record.parameters.map((p) => {
    const cells = [p.name, JSON.stringify(p.value), JSON.stringify(p.defaultValue), p.type, p.doc].map((text) => `<td>${escapeHtml(text)}</td>`);
    return `<tr${p.overridden ? ' class="r2k-set"' : ""}>${cells.join("")}</tr>`;
  });
  const head = ["parameter", "value", "default", "type", "meaning"].map((h) => `<th>${h}</th>`).join("");
  return `<details class="r2k-parameters" open><summary>${summary}</summary><table><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}
