/** One data row of a CSV file with the line it starts on (1-based, the header is line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A parsed CSV file: its header and rows, each row as long as the header. */
export interface CsvTable {
  /** The name used in error messages, e.g. "RUT.csv". */
  file: string;
  header: string[];
  rows: CsvRow[];
}

const OTHER_DELIMITERS = [";", "\t", "|"];

/**
 * Parses comma-separated text: strips a byte-order mark, accepts CRLF or LF line ends,
 * skips empty lines (a trailing newline or two is common) and reads RFC 4180 quoted fields
 * ("a,b" and "say ""hi"""). Throws, naming the file and line, on an unterminated quote,
 * a row whose field count differs from the header's, or another delimiter (';', tab, '|').
 *
 * @example
 * parseCsv("Date,Close\r\n2025-01-02,2200.5\r\n", "RUT.csv").rows[0]; // { line: 2, cells: ["2025-01-02", "2200.5"] }
 */
export function parseCsv(text: string, file: string): CsvTable {
  const records = splitRecords(text.startsWith("\uFEFF") ? text.slice(1) : text, file);
  if (records.length === 0) throw new Error(`${file} is empty: expected a header line and rows of data`);
  const [first, ...rows] = records;
  const header = first.cells.map((cell) => cell.trim());
  if (header.length === 1) {
    const delimiter = OTHER_DELIMITERS.find((d) => header[0].includes(d));
    if (delimiter) {
      const shown = delimiter === "\t" ? "tab" : `'${delimiter}'`;
      throw new Error(`${file} line ${first.line}: fields are separated by ${shown}, not ','; save the file as comma-separated`);
    }
  }
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      throw new Error(
        `${file} line ${row.line}: ${row.cells.length} fields but the header has ${header.length}; fix or remove the row`,
      );
    }
  }
  return { file, header, rows };
}

/** Splits text into records of fields, keeping the line each record starts on. */
function splitRecords(text: string, file: string): CsvRow[] {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    // A record that is one empty field is an empty line: skip it.
    if (cells.length > 1 || cells[0] !== "") records.push({ line: recordLine, cells });
    cells = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`${file} line ${quoteLine}: a quoted field is never closed; add the closing '"'`);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      continue;
    }
    if (ch === ",") {
      cells.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== "" || cells.length > 0) endRecord();
  return records;
}

/**
 * Comma-separated text from a header and rows; null and undefined become empty fields,
 * numbers keep every digit (String(x) round-trips a double), and fields with a comma,
 * quote or line break are quoted.
 *
 * @example
 * formatCsv(["date", "close"], [["2025-01-02", 2200.5]]); // "date,close\n2025-01-02,2200.5\n"
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(","));
  return lines.join("\n") + "\n";
}
