import { dateRows, lowerBound } from "../series/daily-series";
import { displayBundle, escapeHtml } from "../notebook/display";
import type { CacheManifest, ComposedInput, DataSource } from "./cache";
import { seriesInfo, snapshotLayout, type SeriesInfo, type SeriesKind } from "./catalog";
import { describeExtension, type ExtensionRecord } from "./extension";
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
  /** The suspect-row policy applied, holidays dropped, gaps found, extension and composition. */
  notes: string[];
  /** First date of daily rows when earlier rows are month-end values. */
  dailyFrom?: string;
  /** The archive appended after the source file's last date, and how their shared days compare. */
  extension?: ExtensionRecord;
  /** A composed series' inputs, each with its source checksum and the rows used. */
  inputs?: ComposedInput[];
}

type ProvenanceInput = Pick<LoadedSeries, "info" | "series" | "manifest" | "validation">;

const PUBLISHERS = { yahoo: "Yahoo", fred: "FRED" } as const;

/**
 * The provenance record of a loaded series.
 *
 * @example
 * provenanceOf(loadSeries("RUT")).origin; // "Yahoo ^RUT"
 */
export function provenanceOf(loaded: ProvenanceInput, inputNotes: readonly string[] = []): Provenance {
  const { info, series, manifest, validation } = loaded;
  const notes: string[] = [];
  if (manifest.inputs) notes.push(describeComposition(info, manifest.inputs));
  if (manifest.extension) notes.push(describeExtension(manifest.extension));
  if (validation.dailyFrom) {
    const lastMonthEnd = series.dates[lowerBound(series.dates, validation.dailyFrom) - 1];
    notes.push(
      `month-end values until ${lastMonthEnd}, daily from ${validation.dailyFrom}: ` +
        `trading-day horizons only from ${validation.dailyFrom}, calendar horizons from any row`,
    );
  }
  const suspects = validation.suspectRows;
  if (suspects.length > 0) {
    const count = (action: string) => suspects.filter((r) => r.action === action).length;
    const done = [
      count("kept") && `${count("kept")} kept as is`,
      count("replaced") && `${count("replaced")} replaced from ${crossCheckOf(info)}'s moves`,
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
  notes.push(...inputNotes);
  return {
    id: info.id,
    name: info.name,
    kind: info.kind,
    unit: info.unit,
    source: manifest.source,
    origin: originOf(info, manifest),
    sourceFile: manifest.sourceFile,
    sourceUrl: manifest.sourceUrl,
    sha256: manifest.sourceSha256 ?? manifest.sha256,
    first: series.dates[0],
    last: series.dates[series.dates.length - 1],
    rows: series.dates.length,
    fetchedAt: manifest.fetchedAt,
    notes,
    ...(validation.dailyFrom !== undefined && { dailyFrom: validation.dailyFrom }),
    ...(manifest.extension && { extension: manifest.extension }),
    ...(manifest.inputs && { inputs: manifest.inputs }),
  };
}

/** "Yahoo ^RUT", "FRED RU2000PR", or for a composed series its inputs' origins. */
function originOf(info: SeriesInfo, manifest: CacheManifest): string {
  if (manifest.inputs) return manifest.inputs.map((input) => input.origin).join(" + ");
  const publisher = manifest.source === "snapshot" || manifest.source === "composed" ? snapshotLayout(info).origin : manifest.source;
  return `${PUBLISHERS[publisher]} ${info.providers[publisher] ?? info.id}`;
}

function crossCheckOf(info: SeriesInfo): string | undefined {
  return info.crossCheck ?? (info.compose && seriesInfo(info.compose.after).crossCheck);
}

/**
 * One sentence on how a composed series was built: each input's rows, origin and checksum,
 * the join date and method, and the factor applied to the earlier levels.
 */
function describeComposition(info: SeriesInfo, inputs: readonly ComposedInput[]): string {
  const [before, after] = inputs;
  const sum = (input: ComposedInput) => `sha256 ${input.sha256.slice(0, 8)}…`;
  const join = info.compose?.join ?? after.first;
  return (
    `composed by ${info.compose?.method ?? "daily returns"} at ${join}: ${before.id} (${before.origin}, ${sum(before)}) ` +
    `${before.first} to ${before.last}, its daily returns chained back from ${after.id}'s close on ${join} ` +
    `(levels = ${before.id} x ${before.scale.toPrecision(6)}); ${after.id} (${after.origin}, ${sum(after)}) ` +
    `${after.first} to ${after.last} unchanged; close only (no open, high, low or volume)`
  );
}

/**
 * A one-line chart caption: source, checksum and the date range shown (the series' dates
 * inside [from, to]), plus, in that range, the extension archive's rows, month-end rows and
 * suspect rows. A composed series names both inputs, the join date and the method.
 *
 * @example
 * captionFor(loadSeries("RUT"));
 * // "Source: Yahoo ^RUT via snapshot (sha256 3189f0b4…), 1987-09-10 to 2026-08-21; after 2026-02-23: RUT_EXT.csv
 * //  (sha256 6e5126a0…), no volume; suspect rows: 17 kept as is"
 * captionFor(loadSeries("RUT_LONG"), "1979-01-01", "2025-12-31");
 * // "Source: FRED RU2000PR (sha256 68ce9b3d…) to 1987-09-09, chained by daily returns into Yahoo ^RUT (sha256 3189f0b4…) from 1987-09-10, ..."
 */
export function captionFor(loaded: LoadedSeries, from?: string, to?: string): string {
  const p = loaded.provenance;
  const how = p.source === "snapshot" ? " via snapshot" : p.source === "composed" ? "" : `, fetched ${p.fetchedAt.slice(0, 10)}`;
  const head = p.inputs ? compositionCaption(loaded, p.inputs) : `Source: ${p.origin}${how} (sha256 ${p.sha256.slice(0, 8)}…)`;
  const dates = loaded.series.dates;
  const { start, end } = dateRows(dates, from, to);
  if (start >= end) return `${head}, no data from ${from ?? "the start"} to ${to ?? "the end"}`;
  const first = dates[start];
  const last = dates[end - 1];
  const ext = p.extension;
  const extended = ext && ext.appended > 0 && last > ext.baseLast ? `; after ${ext.baseLast}: ${ext.file}${ext.sha256 ? ` (sha256 ${ext.sha256.slice(0, 8)}…)` : ""}, no volume` : "";
  const monthEnd = p.dailyFrom && first < p.dailyFrom ? `; month-end values before ${p.dailyFrom}` : "";
  const inRange = loaded.validation.suspectRows.filter((r) => r.date >= first && r.date <= last);
  const verb = { keep: "kept as is", drop: "dropped", replace: `replaced from ${crossCheckOf(loaded.info)}'s moves` }[
    loaded.validation.suspectPolicy
  ];
  const suspects = inRange.length > 0 ? `; suspect rows: ${inRange.length} ${verb}` : "";
  return `${head}, ${first} to ${last}${extended}${monthEnd}${suspects}`;
}

/** "Source: FRED RU2000PR (sha256 …) to 1987-09-09, chained by daily returns into Yahoo ^RUT (sha256 …) from 1987-09-10". */
function compositionCaption(loaded: LoadedSeries, inputs: readonly ComposedInput[]): string {
  const [before, after] = inputs;
  const sum = (input: ComposedInput) => `sha256 ${input.sha256.slice(0, 8)}…`;
  const method = loaded.info.compose?.method ?? "daily returns";
  return `Source: ${before.origin} (${sum(before)}) to ${before.last}, chained by ${method} into ${after.origin} (${sum(after)}) from ${after.first}`;
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
