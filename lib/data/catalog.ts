import * as fs from "node:fs";
import { catalogPath } from "./paths";

/** What a series' values are; decides which checks apply (prices must be > 0, yields may not be). */
export type SeriesKind = "price index" | "total return index" | "adjusted close (total return)" | "yield" | "rate";

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
  /** A second archive of the same series whose rows after this file's last date are appended at import. */
  extension?: ExtensionLayout;
}

/**
 * A second archive that extends a snapshot file past its last date (RUT_EXT.csv for RUT.csv).
 * Only its rows after the first file's last date are used; the days both files have are
 * compared (lib/data/extension.ts). Columns it lacks (volume) are NaN on the appended rows.
 */
export interface ExtensionLayout {
  /** File name inside the snapshot folder, e.g. "RUT_EXT.csv". */
  file: string;
  header: string[];
  columns: ColumnMap;
}

/** The one way two series are joined into one so far: the later level, earlier rows rebuilt from daily returns. */
export type ComposeMethod = "daily returns";

/**
 * A series built by the data layer from two cached series (RUT_LONG from RU2000PR and RUT):
 * `after`'s rows from `join` on, unchanged; before it, `before`'s daily returns chained back
 * from `after`'s close on the join date, so the level is on `after`'s scale.
 */
export interface ComposeSpec {
  before: string;
  after: string;
  /** First date taken from `after`; both series must have a row that day. */
  join: string;
  method: ComposeMethod;
}

/** A catalog entry: what a series is and where to get it. */
export interface SeriesInfo {
  id: string;
  name: string;
  meaning: string;
  unit: "index points" | "USD" | "percent";
  kind: SeriesKind;
  frequency: Frequency;
  /** Provider symbols, e.g. { yahoo: "^RUT" } or { fred: "DGS10" }; empty for a composed series. */
  providers: Partial<Record<ProviderName, string>>;
  /** Where the series is in the snapshot folder; absent for a composed series. */
  snapshot?: SnapshotLayout;
  /** How a composed series is built from two others (then there is no snapshot or provider). */
  compose?: ComposeSpec;
  /**
   * First date of daily rows, for sources that publish month-end values before it (FRED's
   * Russell 2000 Growth and Value: month-end until 1993-05, daily from 1993-06-01). Rows
   * before it must be month-end values; a trading-day horizon cannot start on them.
   */
  dailyFrom?: string;
  /** A series whose daily move checks (and may replace) this one's suspect rows, e.g. RUT -> IWM. */
  crossCheck?: string;
  /** Known anomalies of the source. */
  notes: string[];
}

const KINDS: readonly SeriesKind[] = ["price index", "total return index", "adjusted close (total return)", "yield", "rate"];
const UNITS: readonly SeriesInfo["unit"][] = ["index points", "USD", "percent"];
const FREQUENCIES: readonly Frequency[] = ["daily", "monthly"];
const PROVIDERS: readonly ProviderName[] = ["yahoo", "fred"];
const METHODS: readonly ComposeMethod[] = ["daily returns"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let cached: SeriesInfo[] | undefined;

/**
 * Every series of the catalog (data/catalog.json), checked once and kept.
 *
 * @example
 * listSeries().map((s) => s.id); // ["RUT", "GSPC", ...]
 */
export function listSeries(): readonly SeriesInfo[] {
  cached ??= readCatalog(catalogPath());
  return cached;
}

/**
 * The entries of a catalog file, each checked (fields, snapshot layout, compose inputs); throws
 * naming the file, the entry, the field and the fix.
 *
 * @example
 * readCatalog("data/catalog.json").find((s) => s.id === "RUT_LONG")?.compose?.join; // "1987-09-10"
 */
export function readCatalog(file: string): SeriesInfo[] {
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { series?: unknown };
  if (!Array.isArray(parsed.series)) throw new Error(`${file}: expected {"series": [...]}; restore the file from git`);
  const entries = parsed.series.map((entry, i) => checkEntry(entry, `${file} series[${i}]`));
  for (const e of entries) if (e.compose) checkInputs(e, entries, file);
  return entries;
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
 * The snapshot layout of a series; throws for a composed series (it has no file of its own).
 *
 * @example
 * snapshotLayout(seriesInfo("RUT")).file; // "RUT.csv"
 */
export function snapshotLayout(info: SeriesInfo): SnapshotLayout {
  if (!info.snapshot) {
    const inputs = info.compose ? `: it is built from ${info.compose.before} and ${info.compose.after}, import or refresh those` : "";
    throw new Error(`${info.id} has no snapshot file in data/catalog.json${inputs}`);
  }
  return info.snapshot;
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
  if (!Array.isArray(e.notes)) fail("notes", "an array of strings");
  if (e.dailyFrom !== undefined && !ISO_DATE.test(e.dailyFrom)) fail("dailyFrom", "a date written YYYY-MM-DD");
  if (e.compose !== undefined) {
    const c = e.compose;
    if (e.snapshot !== undefined || Object.keys(e.providers ?? {}).length > 0) {
      fail("compose", "the only source of a composed series (remove snapshot and providers)");
    }
    if (typeof c.before !== "string" || typeof c.after !== "string" || !ISO_DATE.test(c.join ?? "") || !METHODS.includes(c.method)) {
      fail("compose", `{before: id, after: id, join: "YYYY-MM-DD", method: ${METHODS.map((m) => `"${m}"`).join(" | ")}}`);
    }
    return e;
  }
  const symbols = Object.entries(e.providers ?? {});
  if (symbols.length === 0 || symbols.some(([p, s]) => !PROVIDERS.includes(p as ProviderName) || typeof s !== "string")) {
    fail("providers", "an object like {\"yahoo\": \"^RUT\"} or {\"fred\": \"DGS10\"}");
  }
  const snap = e.snapshot as SnapshotLayout;
  if (typeof snap?.file !== "string" || !Array.isArray(snap.header) || !PROVIDERS.includes(snap.origin)) {
    fail("snapshot", "{file, origin, header, columns, blankIsHoliday}");
  }
  checkColumns(snap, "snapshot", fail);
  if (typeof snap.blankIsHoliday !== "boolean") fail("snapshot.blankIsHoliday", "true or false");
  const ext = snap.extension;
  if (ext !== undefined) {
    if (typeof ext.file !== "string" || !Array.isArray(ext.header)) fail("snapshot.extension", "{file, header, columns}");
    checkColumns(ext, "snapshot.extension", fail);
  }
  return e;
}

/** A composed series' inputs must be file-backed catalog series. */
function checkInputs(e: SeriesInfo, entries: readonly SeriesInfo[], file: string): void {
  for (const id of [e.compose?.before, e.compose?.after]) {
    const input = entries.find((other) => other.id === id);
    if (!input || input.compose) {
      throw new Error(`${file}: ${e.id}'s compose input '${id}' must be a series of the catalog with a snapshot file; fix data/catalog.json`);
    }
  }
}

function checkColumns(layout: { header: string[]; columns: ColumnMap }, where: string, fail: (field: string, expected: string) => never): void {
  for (const [column, name] of Object.entries(layout.columns ?? {})) {
    if (!(SERIES_COLUMNS as readonly string[]).includes(column) || !layout.header.includes(name as string)) {
      fail(`${where}.columns.${column}`, `one of ${SERIES_COLUMNS.join(", ")} mapped to a name in ${where}.header`);
    }
  }
  if (!layout.columns?.date || !layout.columns?.close) fail(`${where}.columns`, "an object with at least date and close");
}
