import type { DailySeries } from "../series/daily-series";
import { dayNumber } from "../series/dates";
import { SERIES_COLUMNS, snapshotLayout, type ColumnMap, type SeriesColumn, type SeriesInfo } from "./catalog";
import { parseCsv, type CsvTable } from "./csv";

/** How to read one source's CSV into a series. */
export interface CsvSpec {
  /** Catalog id of the series. */
  id: string;
  /** The header the source should have, in order (names not in `columns` are ignored). */
  header: readonly string[];
  columns: ColumnMap;
  /** Empty or "." values mark holidays (FRED): the row is dropped and counted. */
  blankIsHoliday: boolean;
  /** Prices must be > 0; yields and rates only finite. */
  positive: boolean;
  /** An empty volume is read as NaN, "not recorded" (the cache's rows appended from an archive without volume). */
  blankVolumeIsMissing?: boolean;
}

/** A series read from CSV, with the line of each row (for messages) and the holidays dropped. */
export interface ParsedSeries {
  file: string;
  series: DailySeries;
  /** Source line of each series row. */
  lines: number[];
  /** Rows whose value was empty or "." (FRED holidays), dropped. */
  droppedHolidays: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * How to read a source with the given header and column mapping for a catalog series
 * (prices must be positive; yields and rates only finite).
 *
 * @example
 * csvSpec(seriesInfo("DGS10"), ["observation_date", "DGS10"], { date: "observation_date", close: "DGS10" }, true);
 */
export function csvSpec(info: SeriesInfo, header: readonly string[], columns: ColumnMap, blankIsHoliday: boolean): CsvSpec {
  const positive = info.kind !== "yield" && info.kind !== "rate";
  return { id: info.id, header, columns, blankIsHoliday, positive };
}

/**
 * How to read a series' file in the snapshot folder (layout from the catalog).
 *
 * @example
 * snapshotSpec(seriesInfo("DGS10")).columns.close; // "value"
 */
export function snapshotSpec(info: SeriesInfo): CsvSpec {
  const { header, columns, blankIsHoliday } = snapshotLayout(info);
  return csvSpec(info, header, columns, blankIsHoliday);
}

/**
 * How to read the archive that extends a series' snapshot file (RUT_EXT.csv for RUT).
 *
 * @example
 * extensionSpec(seriesInfo("RUT")).header; // ["Date", "Open", "High", "Low", "Close"]
 */
export function extensionSpec(info: SeriesInfo): CsvSpec {
  const layout = snapshotLayout(info);
  if (!layout.extension) throw new Error(`${info.id} has no snapshot.extension in data/catalog.json`);
  return csvSpec(info, layout.extension.header, layout.extension.columns, layout.blankIsHoliday);
}

/**
 * How to read a normalised file (date,close[,open,high,low,volume]) holding `columns`; an
 * empty volume there is NaN (rows appended from an archive that has none).
 *
 * @example
 * normalisedSpec(seriesInfo("RUT"), ["date", "close", "volume"]).header; // ["date", "close", "volume"]
 */
export function normalisedSpec(info: SeriesInfo, columns: readonly SeriesColumn[], blankIsHoliday = false): CsvSpec {
  const spec = csvSpec(info, columns, Object.fromEntries(columns.map((c) => [c, c])) as ColumnMap, blankIsHoliday);
  return { ...spec, blankVolumeIsMissing: true };
}

/**
 * Reads CSV text into a series, refusing anything a study could silently get wrong: a
 * missing or unknown header, another delimiter, dates not written YYYY-MM-DD, closes that
 * are not (positive) numbers, repeated or unsorted dates. Each error names the file, the
 * line and the fix. Holidays (empty or "." values, when the spec allows) are dropped and counted.
 *
 * @example
 * const parsed = seriesFromCsv(text, "RUT.csv", snapshotSpec(seriesInfo("RUT")));
 * parsed.series.close.length; // rows read
 */
export function seriesFromCsv(text: string, file: string, spec: CsvSpec): ParsedSeries {
  const table = parseCsv(text, file);
  const index = columnIndexes(table, spec);
  const present = SERIES_COLUMNS.filter((c) => index[c] !== undefined);
  const dates: string[] = [];
  const lines: number[] = [];
  const values: Partial<Record<SeriesColumn, number[]>> = {};
  for (const c of present) if (c !== "date") values[c] = [];
  let droppedHolidays = 0;
  for (const row of table.rows) {
    const where = `${file} line ${row.line}`;
    const rawClose = row.cells[index.close as number].trim();
    if (spec.blankIsHoliday && (rawClose === "" || rawClose === ".")) {
      checkDate(row.cells[index.date as number].trim(), where);
      droppedHolidays++;
      continue;
    }
    const date = checkDate(row.cells[index.date as number].trim(), where);
    const previous = dates.length - 1;
    if (previous >= 0 && date <= dates[previous]) {
      throw new Error(
        date === dates[previous]
          ? `${where}: date ${date} repeats line ${lines[previous]}; remove one of the two rows`
          : `${where}: date ${date} comes after ${dates[previous]} (line ${lines[previous]}); sort the rows by date, oldest first`,
      );
    }
    dates.push(date);
    lines.push(row.line);
    for (const c of present) {
      if (c === "date") continue;
      const raw = row.cells[index[c] as number].trim();
      values[c]?.push(c === "volume" && raw === "" && spec.blankVolumeIsMissing ? NaN : checkNumber(c, raw, where, spec.positive));
    }
  }
  const series: DailySeries = { id: spec.id, dates, close: Float64Array.from(values.close ?? []) };
  for (const c of ["open", "high", "low", "volume"] as const) {
    const v = values[c];
    if (v) series[c] = Float64Array.from(v);
  }
  return { file, series, lines, droppedHolidays };
}

/** Position of each mapped column in the file, after checking the header. */
function columnIndexes(table: CsvTable, spec: CsvSpec): Partial<Record<SeriesColumn, number>> {
  const { file, header } = table;
  const expected = spec.header.join(",");
  const found = header.join(",");
  if (ISO_DATE.test(header[0]) || DECIMAL.test(header[0])) {
    throw new Error(`${file} line 1: no header (the first line is data: '${found}'); add the header line '${expected}'`);
  }
  const seen = new Set<string>();
  for (const name of header) {
    if (!spec.header.includes(name)) {
      throw new Error(
        `${file} line 1: unknown column '${name}' in the header '${found}'; expected '${expected}' ` +
          `(check the file holds ${spec.id}, or update data/catalog.json if the source changed its layout)`,
      );
    }
    if (seen.has(name)) throw new Error(`${file} line 1: column '${name}' appears twice in the header '${found}'; keep one`);
    seen.add(name);
  }
  const index: Partial<Record<SeriesColumn, number>> = {};
  for (const [column, name] of Object.entries(spec.columns) as [SeriesColumn, string][]) {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`${file} line 1: no column '${name}' in the header '${found}'; expected '${expected}'`);
    index[column] = at;
  }
  return index;
}

/**
 * Returns `raw` when it is a real calendar date written YYYY-MM-DD; otherwise throws an error
 * that starts with `where` (the file and line) and says how to write it.
 *
 * @example
 * checkDate("2024-06-28", "flows.csv line 2"); // "2024-06-28"
 * checkDate("06/28/2024", "flows.csv line 2"); // Error: "flows.csv line 2: date '06/28/2024' is not ..."
 */
export function checkDate(raw: string, where: string): string {
  let valid = ISO_DATE.test(raw);
  if (valid) {
    try {
      dayNumber(raw);
    } catch {
      valid = false;
    }
  }
  if (!valid) throw new Error(`${where}: date '${raw}' is not a calendar date written YYYY-MM-DD; write dates as YYYY-MM-DD`);
  return raw;
}

function checkNumber(column: SeriesColumn, raw: string, where: string, positive: boolean): number {
  const value = parseDecimal(raw);
  const isVolume = column === "volume";
  const ok = Number.isFinite(value) && (isVolume ? value >= 0 : !positive || value > 0);
  if (!ok) {
    const expected = isVolume ? "a number >= 0" : positive ? "a positive number" : "a number";
    throw new Error(`${where}: ${column} is '${raw}' (expected ${expected}; remove the row or fix the source)`);
  }
  return value;
}

/**
 * The number a CSV field writes as a plain decimal ("2200.5", "-1.2e9", ".5"), or NaN for
 * anything else: Number() would also accept "", "0x10" and "Infinity".
 *
 * @example
 * parseDecimal("-125000000"); // -125000000
 * parseDecimal("1,234"); // NaN
 */
export function parseDecimal(raw: string): number {
  return DECIMAL.test(raw) ? Number(raw) : NaN;
}
