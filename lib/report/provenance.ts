import { PROVENANCE_MIME, type Provenance } from "../data/provenance";
import { escapeHtml } from "../notebook/display";
import { mimeOutputs, type Notebook } from "./notebook";

const REQUIRED_TEXT = ["id", "name", "kind", "source", "sha256", "first", "last", "fetchedAt"] as const;
const OPTIONAL_TEXT = ["origin", "sourceFile", "sourceUrl", "unit"] as const;

/**
 * Every series the executed notebook showed provenance for (lib/data's `showProvenance`),
 * once each (by id and checksum), in the order first shown. A malformed output is an Error
 * naming the cell and the field.
 *
 * @example
 * collectProvenance(executed, "reports/000-x.ipynb"); // [{ id: "RUT", source: "snapshot", rows: 11834, ... }]
 */
export function collectProvenance(notebook: Notebook, file: string): Provenance[] {
  const seen = new Map<string, Provenance>();
  for (const { cellIndex, value } of mimeOutputs(notebook, PROVENANCE_MIME)) {
    const where = `${file}, cell ${cellIndex}: ${PROVENANCE_MIME}`;
    const series = (value as { series?: unknown } | null)?.series;
    if (!Array.isArray(series)) throw new Error(`${where} has no "series" list (expected {series: [...]} from showProvenance)`);
    for (const entry of series as Record<string, unknown>[]) {
      const bad =
        REQUIRED_TEXT.find((field) => typeof entry?.[field] !== "string") ??
        OPTIONAL_TEXT.find((field) => entry?.[field] !== undefined && typeof entry[field] !== "string") ??
        (typeof entry?.rows !== "number" ? "rows" : !Array.isArray(entry.notes) || entry.notes.some((n) => typeof n !== "string") ? "notes" : null);
      if (bad) throw new Error(`${where}: series ${String(entry?.id)} has a missing or mistyped "${bad}" (text fields are strings, rows a number, notes a list of strings)`);
      const item = entry as unknown as Provenance;
      const key = `${item.id}\u0000${item.sha256}`;
      if (!seen.has(key)) seen.set(key, item);
    }
  }
  return [...seen.values()];
}

/**
 * The report's data provenance section: one row per series with its origin, file, checksum,
 * date range, row count, fetch time and notes. Every value is escaped.
 *
 * @example
 * provenanceSectionHtml(collectProvenance(executed, file));
 */
export function provenanceSectionHtml(series: readonly Provenance[]): string {
  const heading = `<h2 id="r2k-provenance">Data provenance</h2>`;
  if (series.length === 0) {
    return `<section class="r2k-provenance-section">${heading}<p>This notebook showed no data provenance (call showProvenance from lib/data for the series it uses).</p></section>`;
  }
  const head = ["series", "source", "file", "sha256", "dates", "rows", "fetched", "notes"].map((h) => `<th>${h}</th>`).join("");
  const rows = series.map((s) => {
    const cells = [
      `<strong>${escapeHtml(s.name)}</strong><br><code>${escapeHtml(s.id)}</code> (${escapeHtml(s.kind)})`,
      s.origin ? `${escapeHtml(s.origin)} (${escapeHtml(s.source)})` : escapeHtml(s.source),
      [s.sourceFile, s.sourceUrl].filter((x) => x).map((x) => `<code>${escapeHtml(x!)}</code>`).join("<br>"),
      `<code title="${escapeHtml(s.sha256)}">${escapeHtml(s.sha256.slice(0, 12))}…</code>`,
      `${escapeHtml(s.first)} to ${escapeHtml(s.last)}`,
      s.rows.toLocaleString("en-US"),
      escapeHtml(s.fetchedAt),
      s.notes.length > 0 ? `<ul>${s.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "",
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  });
  return `<section class="r2k-provenance-section">${heading}<table><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}
