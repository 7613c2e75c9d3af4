import * as aq from "arquero";
import { formatPercent, formatPoints, formatShare } from "../claims/format";
import { displayBundle, escapeHtml } from "./display";

/** Options for showing a table in a notebook. */
export interface ShowTableOptions {
  /** Most rows shown (the rest are counted in the caption). Default 50. */
  limit?: number;
  /** A line under the table: what it is and where its data come from. */
  caption?: string;
  /** Decimals for non-integer numbers. Default 2. */
  decimals?: number;
  /** Columns holding fractions, shown as signed percents (0.181 -> "+18.1%"). */
  percent?: readonly string[];
  /** Columns holding shares or hit rates (0..1), shown as unsigned percents (0.75 -> "75.0%"). */
  shares?: readonly string[];
  /** Columns holding differences of returns (fractions), shown in percentage points (0.08 -> "+8.0 pp"). */
  points?: readonly string[];
}

type CellFormat = "percent" | "share" | "points" | undefined;

const FRACTION_FORMATS: Record<Exclude<CellFormat, undefined>, (value: number) => string> = {
  percent: (value) => formatPercent(value),
  share: (value) => formatShare(value, 1),
  points: (value) => formatPoints(value),
};

function formatCell(value: unknown, decimals: number, format: CellFormat): string {
  if (value === null || value === undefined) return "";
  if (format && typeof value === "number" && Number.isFinite(value)) return FRACTION_FORMATS[format](value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "–";
    return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }
  return String(value);
}

/**
 * An arquero table as an HTML table string (escaped), with an optional caption.
 *
 * @example
 * tableHtml(aq.table({ date: ["2025-06-27"], close: [2172.5] }), { caption: "Reclaim days" });
 */
export function tableHtml(table: aq.ColumnTable, options: ShowTableOptions = {}): string {
  const limit = options.limit ?? 50;
  const decimals = options.decimals ?? 2;
  const formats = new Map<string, CellFormat>([
    ...(options.percent ?? []).map((n) => [n, "percent"] as const),
    ...(options.shares ?? []).map((n) => [n, "share"] as const),
    ...(options.points ?? []).map((n) => [n, "points"] as const),
  ]);
  const names = table.columnNames();
  const rows = table.objects({ limit }) as Record<string, unknown>[];
  // Text columns read left to right; numbers line up on the right.
  const align = new Map(names.map((n) => [n, rows.some((row) => typeof row[n] === "string") ? "left" : "right"]));
  const head = names.map((n) => `<th style="text-align:${align.get(n)}">${escapeHtml(n)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${names.map((n) => `<td style="text-align:${align.get(n)}">${escapeHtml(formatCell(row[n], decimals, formats.get(n)))}</td>`).join("")}</tr>`)
    .join("");
  const more = table.numRows() > limit ? ` (first ${limit} of ${table.numRows()} rows)` : "";
  const caption = options.caption || more ? `<caption style="caption-side:bottom;text-align:left">${escapeHtml((options.caption ?? "") + more)}</caption>` : "";
  return `<table class="r2k-table">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Shows an arquero table (or an array of row objects) in the notebook as an HTML table.
 *
 * @example
 * showTable(reclaims, { caption: "Reclaims of the 200-day average since 2009" });
 */
export function showTable(rows: aq.ColumnTable | readonly object[], options: ShowTableOptions = {}): void {
  const table = Array.isArray(rows) ? aq.from(rows as object[]) : (rows as aq.ColumnTable);
  displayBundle({ "text/html": tableHtml(table, options), "text/plain": table.toMarkdown({ limit: options.limit ?? 50 }) });
}

/**
 * Shows Markdown computed from results (a sentence with the measured numbers in it).
 *
 * @example
 * showMarkdown(`We find **${n} reclaims** since ${start}.`);
 */
export function showMarkdown(markdown: string): void {
  displayBundle({ "text/markdown": markdown, "text/plain": markdown });
}
