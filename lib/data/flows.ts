import * as fs from "node:fs";
import * as path from "node:path";
import type { DailySeries } from "../series/daily-series";
import { flowsFromShares } from "../series/fund-flows";
import { parseCsv } from "./csv";
import { projectRoot } from "./paths";
import { checkDate, parseDecimal } from "./series-csv";

/**
 * The columns a flows file may hold (docs/flows-csv.md): `date`, then either `net_flow_usd`
 * (the day's net creations minus redemptions in US dollars) or `shares_outstanding` (fund
 * shares at the day's end) with an optional `price` (USD per share that day).
 *
 * @example
 * FLOWS_COLUMNS.valueColumns; // ["net_flow_usd", "shares_outstanding"]
 */
export const FLOWS_COLUMNS = {
  date: "date",
  valueColumns: ["net_flow_usd", "shares_outstanding"],
  price: "price",
} as const;

/** What a flows file holds: the flows themselves, or the share count they are derived from. */
export type FlowsKind = "net_flow_usd" | "shares_outstanding";

/** A flows file read and checked, before shares are turned into flows. */
export interface FlowsFile {
  /** The name used in messages. */
  file: string;
  kind: FlowsKind;
  /** Strictly ascending ISO dates. */
  dates: string[];
  /** Net flows in USD, or shares outstanding, one per date. */
  values: Float64Array;
  /** USD per share, when the file has a price column (shares files only). */
  price?: Float64Array;
  /** Source line of each row, for messages. */
  lines: number[];
  /** Header columns the reader does not use (kept out of the study, listed for the reader). */
  ignoredColumns: string[];
}

const SCHEMA_HINT = "see docs/flows-csv.md";

/**
 * Reads flows CSV text (schema in docs/flows-csv.md). Header names are matched without regard
 * to case or surrounding spaces. Refuses, naming the file, the line and the fix: a missing
 * `date` column, neither or both of `net_flow_usd` and `shares_outstanding`, dates not written
 * YYYY-MM-DD, dates repeated or out of order, shares or prices that are not positive numbers,
 * flows that are not numbers.
 *
 * @example
 * const parsed = parseFlowsCsv("date,shares_outstanding\n2024-01-02,262450000\n2024-01-03,263000000\n", "iwm-shares.csv");
 * parsed.kind; // "shares_outstanding"
 */
export function parseFlowsCsv(text: string, file: string): FlowsFile {
  const table = parseCsv(text, file);
  const header = table.header.map((name) => name.trim().toLowerCase());
  const shown = table.header.join(",");
  const need = `the file needs a 'date' column and either 'net_flow_usd' or 'shares_outstanding' (${SCHEMA_HINT})`;
  header.forEach((name, i) => {
    if (header.indexOf(name) !== i) throw new Error(`${file} line 1: column '${name}' appears twice in the header '${shown}'; keep one`);
  });
  const dateAt = header.indexOf(FLOWS_COLUMNS.date);
  if (dateAt < 0) throw new Error(`${file} line 1: no 'date' column in the header '${shown}'; ${need}`);
  const present = FLOWS_COLUMNS.valueColumns.filter((name) => header.includes(name));
  if (present.length === 0) throw new Error(`${file} line 1: no 'net_flow_usd' or 'shares_outstanding' column in the header '${shown}'; ${need}`);
  if (present.length === 2) {
    throw new Error(`${file} line 1: the header '${shown}' has both 'net_flow_usd' and 'shares_outstanding'; keep one of the two columns (${SCHEMA_HINT})`);
  }
  const kind: FlowsKind = present[0];
  const valueAt = header.indexOf(kind);
  const priceAt = kind === "shares_outstanding" ? header.indexOf(FLOWS_COLUMNS.price) : -1;
  const used = new Set([dateAt, valueAt, priceAt]);
  const ignoredColumns = table.header.filter((_, i) => !used.has(i));

  const dates: string[] = [];
  const lines: number[] = [];
  const values: number[] = [];
  const prices: number[] = [];
  for (const row of table.rows) {
    const where = `${file} line ${row.line}`;
    const date = checkDate(row.cells[dateAt].trim(), where);
    const previous = dates.length - 1;
    if (previous >= 0 && date <= dates[previous]) {
      throw new Error(
        date === dates[previous]
          ? `${where}: date ${date} repeats line ${lines[previous]}; keep one row per day`
          : `${where}: date ${date} comes after ${dates[previous]} (line ${lines[previous]}); sort the rows by date, oldest first`,
      );
    }
    dates.push(date);
    lines.push(row.line);
    values.push(kind === "shares_outstanding" ? positive(row.cells[valueAt], kind, "a positive number of fund shares", where) : flow(row.cells[valueAt], where));
    if (priceAt >= 0) prices.push(positive(row.cells[priceAt], "price", "a positive price in USD per share", where));
  }
  const minimum = kind === "shares_outstanding" ? 2 : 1;
  if (dates.length < minimum) {
    throw new Error(`${file}: ${dates.length} rows of data; ${kind === "shares_outstanding" ? "flows from shares need at least 2 days" : "add at least one row"} (${SCHEMA_HINT})`);
  }
  const parsed: FlowsFile = { file, kind, dates, values: Float64Array.from(values), lines, ignoredColumns };
  if (priceAt >= 0) parsed.price = Float64Array.from(prices);
  return parsed;
}

function positive(raw: string, column: string, expected: string, where: string): number {
  const value = parseDecimal(raw.trim());
  if (!(value > 0 && Number.isFinite(value))) {
    throw new Error(`${where}: ${column} is '${raw}' (expected ${expected}, written without thousands separators; fix the value or remove the row)`);
  }
  return value;
}

function flow(raw: string, where: string): number {
  const value = parseDecimal(raw.trim());
  if (!Number.isFinite(value)) {
    throw new Error(`${where}: net_flow_usd is '${raw}' (expected a number of US dollars, negative for outflows, written without thousands separators; fix the value or remove the row)`);
  }
  return value;
}

/** An ETF's daily net flows in USD, ready for the flow signal. */
export interface FundFlows {
  /** The file they came from. */
  file: string;
  /** How the flows were obtained, in words. */
  method: string;
  /** Strictly ascending ISO dates. */
  dates: string[];
  /** Net flow of each day in USD (negative = outflow). */
  flow: Float64Array;
  /** Anything the reader should know: the price used, columns ignored. */
  notes: string[];
}

/**
 * Net flows in USD from a parsed flows file. A `net_flow_usd` file is used as it is; a
 * `shares_outstanding` file becomes (change in shares) x price, with the file's `price` column
 * or, without one, the close of `price` (e.g. IWM from the cache) on each date; its first day
 * has no prior count and is left out.
 *
 * @example
 * const flows = fundFlows(parseFlowsCsv(text, "iwm-shares.csv"), loadSeries("IWM").series);
 * flows.flow.length; // rows - 1 for a shares file
 */
export function fundFlows(parsed: FlowsFile, price?: DailySeries): FundFlows {
  const notes = parsed.ignoredColumns.length > 0 ? [`columns not used: ${parsed.ignoredColumns.join(", ")}`] : [];
  if (parsed.kind === "net_flow_usd") {
    return { file: parsed.file, method: "net_flow_usd column", dates: parsed.dates, flow: parsed.values, notes };
  }
  let perShare = parsed.price;
  let method = "change in shares_outstanding x the file's price column";
  if (!perShare) {
    if (!price) {
      throw new Error(`${parsed.file} has shares_outstanding but no price column: add a 'price' column (USD per share) or pass the fund's price series (e.g. loadSeries("IWM").series)`);
    }
    const closes = new Map(price.dates.map((date, i) => [date, price.close[i]]));
    perShare = Float64Array.from(parsed.dates, (date, k) => {
      const close = closes.get(date);
      if (close === undefined) {
        throw new Error(`${parsed.file} line ${parsed.lines[k]}: ${price.id} has no close on ${date}; add a 'price' column to the file, or remove the row`);
      }
      return close;
    });
    method = `change in shares_outstanding x ${price.id} close`;
    notes.push(`price per share: ${price.id} close from the data cache (as that series is quoted; a file 'price' column takes precedence)`);
  }
  return {
    file: parsed.file,
    method,
    dates: parsed.dates.slice(1),
    flow: flowsFromShares(parsed.values, perShare).slice(1),
    notes,
  };
}

/**
 * Reads a flows file from disk and turns it into net flows (see parseFlowsCsv and fundFlows).
 * A relative path is taken from the project folder, so a notebook parameter such as
 * "data/iwm-shares.csv" means the same wherever the notebook runs.
 *
 * @example
 * const flows = loadFlows("data/iwm-shares.csv", loadSeries("IWM").series);
 */
export function loadFlows(file: string, price?: DailySeries): FundFlows {
  const resolved = path.resolve(projectRoot(), file);
  if (!fs.existsSync(resolved)) {
    throw new Error(`flows file '${file}' does not exist (looked for ${resolved}): check the path, relative to the project folder or absolute (${SCHEMA_HINT})`);
  }
  return fundFlows(parseFlowsCsv(fs.readFileSync(resolved, "utf8"), path.basename(resolved)), price);
}
