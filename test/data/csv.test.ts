import assert from "node:assert/strict";
import { test } from "node:test";
import { formatCsv, parseCsv } from "../../lib/data/csv";
import { mulberry32 } from "../../lib/events/rng";

test("parseCsv strips a BOM, reads CRLF and skips trailing empty lines, keeping line numbers", () => {
  const table = parseCsv("\uFEFFDate,Close\r\n2025-01-02,10.5\r\n2025-01-03,11\r\n\r\n\r\n", "X.csv");
  assert.deepEqual(table.header, ["Date", "Close"]);
  assert.deepEqual(table.rows, [
    { line: 2, cells: ["2025-01-02", "10.5"] },
    { line: 3, cells: ["2025-01-03", "11"] },
  ]);
});

test("parseCsv reads quoted fields: commas, doubled quotes and line breaks inside quotes", () => {
  const text = 'name,note\n"a,b","say ""hi"""\n"two\nlines",x\nlast,y\n';
  const table = parseCsv(text, "q.csv");
  assert.deepEqual(
    table.rows.map((r) => r.cells),
    [
      ["a,b", 'say "hi"'],
      ["two\nlines", "x"],
      ["last", "y"],
    ],
  );
  // The record after a two-line quoted field starts on line 5 of the file.
  assert.deepEqual(
    table.rows.map((r) => r.line),
    [2, 3, 5],
  );
});

test("parseCsv accepts a file without a final newline and with LF line ends", () => {
  assert.deepEqual(parseCsv("a,b\n1,2", "f.csv").rows, [{ line: 2, cells: ["1", "2"] }]);
});

const bad: [string, string, string][] = [
  ["empty file", "", "e.csv is empty: expected a header line and rows of data"],
  ["only blank lines", "\r\n\r\n", "e.csv is empty: expected a header line and rows of data"],
  ["semicolons", "Date;Close\n2025-01-02;10\n", "e.csv line 1: fields are separated by ';', not ','; save the file as comma-separated"],
  ["tabs", "Date\tClose\n2025-01-02\t10\n", "e.csv line 1: fields are separated by tab, not ','; save the file as comma-separated"],
  ["short row", "Date,Close\n2025-01-02,10\n2025-01-03\n", "e.csv line 3: 1 fields but the header has 2; fix or remove the row"],
  ["long row", "Date,Close\n2025-01-02,10,5\n", "e.csv line 2: 3 fields but the header has 2; fix or remove the row"],
  ["open quote", 'Date,Close\n2025-01-02,"10\n', `e.csv line 2: a quoted field is never closed; add the closing '"'`],
];
for (const [name, text, message] of bad) {
  test(`parseCsv refuses ${name} with a message naming the file, line and fix`, () => {
    assert.throws(() => parseCsv(text, "e.csv"), { message });
  });
}

test("formatCsv output parses back to the same cells, and numbers keep every digit", () => {
  const rnd = mulberry32(7);
  const numbers = Array.from({ length: 200 }, () => (rnd() - 0.3) * 10 ** Math.floor(rnd() * 8));
  const rows = numbers.map((x, i) => [`r${i}`, x, i % 3 === 0 ? null : "t,\"q\""]);
  const table = parseCsv(formatCsv(["id", "value", "text"], rows), "f.csv");
  table.rows.forEach((row, i) => {
    assert.equal(Number(row.cells[1]), numbers[i]);
    assert.equal(row.cells[2], i % 3 === 0 ? "" : 't,"q"');
  });
});
