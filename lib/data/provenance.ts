import { dateRows } from "../series/daily-series";
import { displayBundle, escapeHtml } from "../notebook/display";
import type { DataSource } from "./cache";
import type { SeriesInfo, SeriesKind } from "./catalog";
import type { LoadedSeries } from "./load";

/**
 * MIME type of the provenance bundle the report runner collects from executed notebooks.
 *
 * @example
 * outputs.filter((o) => PROVENANCE_MIME in o.data).map((o) => o.data[PROVENANCE_MIME].series);
 */
export const PROVENANCE_MIME = "application/vnd.r2k.provenance+json";

/** Where one loaded series came from and what was done to it. */
export interface Provenance {
  id: string;
  name: string;
  kind: SeriesKind;
  unit: SeriesInfo["unit"];
  source: DataSource;
  /** Publisher and symbol, e.g. "Yahoo ^RUT" or "FRED DGS10". */
  origin: string;
  sourceFile?: string;
  sourceUrl?: string;
  /** SHA-256 of the source as received (snapshot file or response), else of the cached file. */
  sha256: string;
  first: string;
  last: string;
  rows: number;
  fetchedAt: string;
  /** The suspect-row policy applied, holidays dropped, gaps found. */
  notes: string[];
}

type ProvenanceInput = Pick<LoadedSeries, "info" | "series" | "manifest" | "validation">;

const PUBLISHERS = { yahoo: "Yahoo", fred: "FRED" } as const;

/**
 * The provenance record of a loaded series.
 *
 * @example
 * provenanceOf(loadSeries("RUT")).origin; // "Yahoo ^RUT"
 */
export function provenanceOf(loaded: ProvenanceInput): Provenance {
  const { info, series, manifest, validation } = loaded;
  const publisher = manifest.source === "snapshot" ? info.snapshot.origin : manifest.source;
  const notes: string[] = [];
  const suspects = validation.suspectRows;
  if (suspects.length > 0) {
    const count = (action: string) => suspects.filter((r) => r.action === action).length;
    const done = [
      count("kept") && `${count("kept")} kept as is`,
      count("replaced") && `${count("replaced")} replaced from ${info.crossCheck}'s moves`,
      count("dropped") && `${count("dropped")} dropped`,
    ].filter(Boolean);
    const reasons = new Map<string, number>();
    for (const r of suspects.flatMap((s) => s.reasons)) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    const why = [...reasons].map(([reason, n]) => `${reason} ${n}`).join(", ");
    notes.push(`suspect rows: ${suspects.length} (${why}), policy "${validation.suspectPolicy}": ${done.join(", ")}`);
  }
  if (validation.droppedHolidays > 0) notes.push(`holiday rows without a value, dropped: ${validation.droppedHolidays}`);
  if (validation.gaps.length > 0) {
    const longest = validation.gaps.reduce((a, b) => (b.days > a.days ? b : a));
    notes.push(
      `gaps longer than ${validation.maxGapDays} calendar days: ${validation.gaps.length} ` +
        `(longest ${longest.days} days, ${longest.from} to ${longest.to})`,
    );
  }
  return {
    id: info.id,
    name: info.name,
    kind: info.kind,
    unit: info.unit,
    source: manifest.source,
    origin: `${PUBLISHERS[publisher]} ${info.providers[publisher] ?? info.id}`,
    sourceFile: manifest.sourceFile,
    sourceUrl: manifest.sourceUrl,
    sha256: manifest.sourceSha256 ?? manifest.sha256,
    first: series.dates[0],
    last: series.dates[series.dates.length - 1],
    rows: series.dates.length,
    fetchedAt: manifest.fetchedAt,
    notes,
  };
}

/**
 * A one-line chart caption: source, checksum and the date range shown (the series' dates
 * inside [from, to]), plus the suspect rows in that range.
 *
 * @example
 * captionFor(loadSeries("RUT"));
 * // "Source: Yahoo ^RUT via snapshot (sha256 3189f0b4…), 1987-09-10 to 2026-02-23; suspect rows: 17 kept as is"
 */
export function captionFor(loaded: LoadedSeries, from?: string, to?: string): string {
  const p = loaded.provenance;
  const how = p.source === "snapshot" ? " via snapshot" : `, fetched ${p.fetchedAt.slice(0, 10)}`;
  const head = `Source: ${p.origin}${how} (sha256 ${p.sha256.slice(0, 8)}…)`;
  const dates = loaded.series.dates;
  const { start, end } = dateRows(dates, from, to);
  if (start >= end) return `${head}, no data from ${from ?? "the start"} to ${to ?? "the end"}`;
  const first = dates[start];
  const last = dates[end - 1];
  const inRange = loaded.validation.suspectRows.filter((r) => r.date >= first && r.date <= last);
  const verb = { keep: "kept as is", drop: "dropped", replace: `replaced from ${loaded.info.crossCheck}'s moves` }[
    loaded.validation.suspectPolicy
  ];
  const suspects = inRange.length > 0 ? `; suspect rows: ${inRange.length} ${verb}` : "";
  return `${head}, ${first} to ${last}${suspects}`;
}

/**
 * Shows where the loaded series came from: a bundle with {@link PROVENANCE_MIME} (collected
 * into the HTML report), an HTML table and plain text.
 *
 * @example
 * showProvenance([loadSeries("RUT"), loadSeries("IWM")]);
 */
export function showProvenance(loadedList: readonly LoadedSeries[]): void {
  const series = loadedList.map((l) => l.provenance);
  const head = ["series", "source", "range", "rows", "sha256", "notes"];
  const cells = (p: Provenance) => [
    `${p.id}: ${p.name}`,
    `${p.origin} (${p.source}, ${p.fetchedAt.slice(0, 10)})`,
    `${p.first} to ${p.last}`,
    String(p.rows),
    `${p.sha256.slice(0, 12)}…`,
    p.notes.join("; "),
  ];
  const html =
    `<table class="r2k-provenance"><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>` +
    series.map((p) => `<tr>${cells(p).map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("") +
    `</tbody></table>`;
  const text = series.map((p) => cells(p).filter(Boolean).join(" | ")).join("\n");
  displayBundle({ [PROVENANCE_MIME]: { series }, "text/html": html, "text/plain": text });
}
