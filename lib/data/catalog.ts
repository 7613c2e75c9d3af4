import * as fs from "node:fs";
import { catalogPath } from "./paths";

/** What a series' values are; decides which checks apply (prices must be > 0, yields may not be). */
export type SeriesKind = "price index" | "adjusted close (total return)" | "yield" | "rate";

/** How often the series has a row. */
export type Frequency = "daily" | "monthly";

/** A provider that can serve the series live. */
export type ProviderName = "yahoo" | "fred";

/**
 * The columns of a normalised series, in cache order.
 *
 * @example
 * SERIES_COLUMNS.filter((c) => c === "date" || series[c]); // the columns a series carries
 */
export const SERIES_COLUMNS = ["date", "close", "open", "high", "low", "volume"] as const;

/** One column of a normalised series. */
export type SeriesColumn = (typeof SERIES_COLUMNS)[number];

/** Our column name -> the header name in a source file (date and close are required). */
export type ColumnMap = { date: string; close: string } & Partial<Record<SeriesColumn, string>>;

/** Where a series sits in the snapshot folder and how its file is laid out. */
export interface SnapshotLayout {
  /** File name inside the snapshot folder, e.g. "RUT.csv". */
  file: string;
  /** Who published the data the file was copied from. */
  origin: ProviderName;
  /** The file's exact header (columns not in `columns` are known and ignored). */
  header: string[];
  columns: ColumnMap;
  /** True for FRED files, whose empty or "." values mark holidays (dropped and counted). */
  blankIsHoliday: boolean;
}

/** A catalog entry: what a series is and where to get it. */
export interface SeriesInfo {
  id: string;
  name: string;
  meaning: string;
  unit: "index points" | "USD" | "percent";
  kind: SeriesKind;
  frequency: Frequency;
  /** Provider symbols, e.g. { yahoo: "^RUT" } or { fred: "DGS10" }. */
  providers: Partial<Record<ProviderName, string>>;
  snapshot: SnapshotLayout;
  /** A series whose daily move checks (and may replace) this one's suspect rows, e.g. RUT -> IWM. */
  crossCheck?: string;
  /** Known anomalies of the source. */
  notes: string[];
}

const KINDS: readonly SeriesKind[] = ["price index", "adjusted close (total return)", "yield", "rate"];
const UNITS: readonly SeriesInfo["unit"][] = ["index points", "USD", "percent"];
const FREQUENCIES: readonly Frequency[] = ["daily", "monthly"];
const PROVIDERS: readonly ProviderName[] = ["yahoo", "fred"];

let cached: SeriesInfo[] | undefined;

/**
 * Every series of the catalog (data/catalog.json), checked once and kept.
 *
 * @example
 * listSeries().map((s) => s.id); // ["RUT", "GSPC", ...]
 */
export function listSeries(): readonly SeriesInfo[] {
  if (!cached) {
    const file = catalogPath();
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { series?: unknown };
    if (!Array.isArray(parsed.series)) throw new Error(`${file}: expected {"series": [...]}; restore the file from git`);
    cached = parsed.series.map((entry, i) => checkEntry(entry, `${file} series[${i}]`));
  }
  return cached;
}

/**
 * The catalog ids, in catalog order.
 *
 * @example
 * catalogIds().includes("RUT"); // true
 */
export function catalogIds(): string[] {
  return listSeries().map((s) => s.id);
}

/**
 * The catalog entry of a series; throws for an unknown id, listing the known ones.
 *
 * @example
 * seriesInfo("RUT").providers.yahoo; // "^RUT"
 */
export function seriesInfo(id: string): SeriesInfo {
  const info = listSeries().find((s) => s.id === id);
  if (!info) throw new Error(`unknown series '${id}': the catalog (data/catalog.json) has ${catalogIds().join(", ")}`);
  return info;
}

/**
 * The provider a refresh uses by default: Yahoo when the series has a Yahoo symbol, else FRED.
 *
 * @example
 * defaultProvider(seriesInfo("DGS10")); // "fred"
 */
export function defaultProvider(info: SeriesInfo): ProviderName {
  return info.providers.yahoo ? "yahoo" : "fred";
}

function checkEntry(entry: unknown, where: string): SeriesInfo {
  const e = entry as SeriesInfo;
  const fail = (field: string, expected: string): never => {
    throw new Error(`${where}: ${field} must be ${expected}; fix data/catalog.json`);
  };
  if (typeof e?.id !== "string" || !/^[A-Z0-9_]+$/.test(e.id)) fail("id", "an upper-case id like \"RUT\"");
  for (const field of ["name", "meaning"] as const) if (typeof e[field] !== "string") fail(field, "a string");
  if (!UNITS.includes(e.unit)) fail("unit", UNITS.join(" | "));
  if (!KINDS.includes(e.kind)) fail("kind", KINDS.join(" | "));
  if (!FREQUENCIES.includes(e.frequency)) fail("frequency", FREQUENCIES.join(" | "));
  const symbols = Object.entries(e.providers ?? {});
  if (symbols.length === 0 || symbols.some(([p, s]) => !PROVIDERS.includes(p as ProviderName) || typeof s !== "string")) {
    fail("providers", "an object like {\"yahoo\": \"^RUT\"} or {\"fred\": \"DGS10\"}");
  }
  const snap = e.snapshot;
  if (typeof snap?.file !== "string" || !Array.isArray(snap.header) || !PROVIDERS.includes(snap.origin)) {
    fail("snapshot", "{file, origin, header, columns, blankIsHoliday}");
  }
  for (const [column, name] of Object.entries(snap.columns ?? {})) {
    if (!(SERIES_COLUMNS as readonly string[]).includes(column) || !snap.header.includes(name as string)) {
      fail(`snapshot.columns.${column}`, `one of ${SERIES_COLUMNS.join(", ")} mapped to a name in snapshot.header`);
    }
  }
  if (!snap.columns?.date || !snap.columns?.close) fail("snapshot.columns", "an object with at least date and close");
  if (typeof snap.blankIsHoliday !== "boolean") fail("snapshot.blankIsHoliday", "true or false");
  if (!Array.isArray(e.notes)) fail("notes", "an array of strings");
  return e;
}
