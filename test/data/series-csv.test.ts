import assert from "node:assert/strict";
import { test } from "node:test";
import { seriesInfo } from "../../lib/data/catalog";
import { checkDate, csvSpec, normalisedSpec, parseDecimal, seriesFromCsv, snapshotSpec } from "../../lib/data/series-csv";

const RUT = snapshotSpec(seriesInfo("RUT"));
const HEADER = "Date,Close,High,Low,Open,Volume";
const row = (date: string, close = "100", volume = "5") => `${date},${close},101,99,100,${volume}`;
const rut = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";

test("seriesFromCsv reads a Yahoo-layout file into typed columns with source lines", () => {
  const parsed = seriesFromCsv(rut(row("2025-01-02", "100.5"), row("2025-01-03", "101.25", "0")), "RUT.csv", RUT);
  assert.deepEqual(parsed.series.dates, ["2025-01-02", "2025-01-03"]);
  assert.deepEqual(Array.from(parsed.series.close), [100.5, 101.25]);
  assert.deepEqual(Array.from(parsed.series.volume ?? []), [5, 0]);
  assert.deepEqual(Array.from(parsed.series.open ?? []), [100, 100]);
  assert.deepEqual(parsed.lines, [2, 3]);
  assert.equal(parsed.droppedHolidays, 0);
});

test("seriesFromCsv maps GSPC's column order and ignores its Adj Close column", () => {
  const text = "Date,Open,High,Low,Close,Adj Close,Volume\n1950-01-03,16.66,16.66,16.66,16.66,16.66,1260000\n";
  const { series } = seriesFromCsv(text, "GSPC.csv", snapshotSpec(seriesInfo("GSPC")));
  assert.deepEqual(Object.keys(series).sort(), ["close", "dates", "high", "id", "low", "open", "volume"]);
  assert.equal(series.close[0], 16.66);
  assert.equal(series.volume?.[0], 1260000);
});

test("FRED files: empty and '.' values are holidays, dropped and counted", () => {
  const text = "date,value\n1962-01-02,4.06\n1962-01-03,\n1962-01-04,.\n1962-01-05,4.03\n";
  const parsed = seriesFromCsv(text, "DGS10.csv", snapshotSpec(seriesInfo("DGS10")));
  assert.deepEqual(parsed.series.dates, ["1962-01-02", "1962-01-05"]);
  assert.deepEqual(parsed.lines, [2, 5]);
  assert.equal(parsed.droppedHolidays, 2);
});

test("yields may be zero or negative; prices may not", () => {
  const tnx = snapshotSpec(seriesInfo("TNX"));
  const { series } = seriesFromCsv("Date,Close\n2020-01-02,0\n2020-01-03,-0.1\n", "TNX.csv", tnx);
  assert.deepEqual(Array.from(series.close), [0, -0.1]);
  assert.equal(tnx.positive, false);
  assert.equal(RUT.positive, true);
});

test("normalisedSpec reads the cache layout; csvSpec accepts FRED's older DATE header", () => {
  const spec = normalisedSpec(seriesInfo("IWN"), ["date", "close"]);
  assert.equal(seriesFromCsv("date,close\n2025-01-02,50\n", "IWN.csv", spec).series.close[0], 50);
  const fred = csvSpec(seriesInfo("DGS10"), ["DATE", "DGS10"], { date: "DATE", close: "DGS10" }, true);
  assert.equal(seriesFromCsv("DATE,DGS10\n2025-01-02,4.5\n", "f.csv", fred).series.close[0], 4.5);
});

// Each bad input, with the exact message: it names the file, the line, the value and the fix.
const bad: [string, string, string][] = [
  [
    "a missing header",
    `${row("1987-09-10")}\n${row("1987-09-11")}\n`,
    "RUT.csv line 1: no header (the first line is data: '1987-09-10,100,101,99,100,5'); add the header line 'Date,Close,High,Low,Open,Volume'",
  ],
  [
    "an unknown column",
    "Date,Price,High,Low,Open,Volume\n" + row("2025-01-02") + "\n",
    "RUT.csv line 1: unknown column 'Price' in the header 'Date,Price,High,Low,Open,Volume'; expected 'Date,Close,High,Low,Open,Volume' " +
      "(check the file holds RUT, or update data/catalog.json if the source changed its layout)",
  ],
  [
    "a missing column",
    "Date,Close,High,Low,Open\n2025-01-02,100,101,99,100\n",
    "RUT.csv line 1: no column 'Volume' in the header 'Date,Close,High,Low,Open'; expected 'Date,Close,High,Low,Open,Volume'",
  ],
  [
    "a repeated column",
    "Date,Close,Close,Low,Open,Volume\n" + row("2025-01-02") + "\n",
    "RUT.csv line 1: column 'Close' appears twice in the header 'Date,Close,Close,Low,Open,Volume'; keep one",
  ],
  [
    "';' as delimiter",
    "Date;Close;High;Low;Open;Volume\n2025-01-02;100;101;99;100;5\n",
    "RUT.csv line 1: fields are separated by ';', not ','; save the file as comma-separated",
  ],
  [
    "a US-style date",
    rut(row("2025-01-02"), row("01/03/2025")),
    "RUT.csv line 3: date '01/03/2025' is not a calendar date written YYYY-MM-DD; write dates as YYYY-MM-DD",
  ],
  [
    "an impossible date",
    rut(row("2025-02-30")),
    "RUT.csv line 2: date '2025-02-30' is not a calendar date written YYYY-MM-DD; write dates as YYYY-MM-DD",
  ],
  [
    "a date with a time",
    rut(row("2025-01-02 00:00:00")),
    "RUT.csv line 2: date '2025-01-02 00:00:00' is not a calendar date written YYYY-MM-DD; write dates as YYYY-MM-DD",
  ],
  ["a 'null' close", rut(row("2025-01-02"), row("2025-01-03", "null")), "RUT.csv line 3: close is 'null' (expected a positive number; remove the row or fix the source)"],
  ["an empty close (not FRED)", rut(row("2025-01-02", "")), "RUT.csv line 2: close is '' (expected a positive number; remove the row or fix the source)"],
  ["a NaN close", rut(row("2025-01-02", "NaN")), "RUT.csv line 2: close is 'NaN' (expected a positive number; remove the row or fix the source)"],
  ["an infinite close", rut(row("2025-01-02", "Infinity")), "RUT.csv line 2: close is 'Infinity' (expected a positive number; remove the row or fix the source)"],
  ["an overflowing close", rut(row("2025-01-02", "1e999")), "RUT.csv line 2: close is '1e999' (expected a positive number; remove the row or fix the source)"],
  ["a zero close", rut(row("2025-01-02", "0")), "RUT.csv line 2: close is '0' (expected a positive number; remove the row or fix the source)"],
  ["a negative close", rut(row("2025-01-02", "-5")), "RUT.csv line 2: close is '-5' (expected a positive number; remove the row or fix the source)"],
  ["a decimal comma", rut(row("2025-01-02", '"100,5"')), "RUT.csv line 2: close is '100,5' (expected a positive number; remove the row or fix the source)"],
  ["a negative volume", rut(row("2025-01-02", "100", "-1")), "RUT.csv line 2: volume is '-1' (expected a number >= 0; remove the row or fix the source)"],
  ["a zero open", `${HEADER}\n2025-01-02,100,101,99,0,5\n`, "RUT.csv line 2: open is '0' (expected a positive number; remove the row or fix the source)"],
  ["a duplicate date", rut(row("2025-01-02"), row("2025-01-03"), row("2025-01-03")), "RUT.csv line 4: date 2025-01-03 repeats line 3; remove one of the two rows"],
  [
    "unsorted dates",
    rut(row("2025-01-02"), row("2025-01-06"), row("2025-01-03")),
    "RUT.csv line 4: date 2025-01-03 comes after 2025-01-06 (line 3); sort the rows by date, oldest first",
  ],
  ["a short row", rut(row("2025-01-02"), "2025-01-03,100"), "RUT.csv line 3: 2 fields but the header has 6; fix or remove the row"],
];
for (const [name, text, message] of bad) {
  test(`seriesFromCsv refuses ${name}`, () => {
    assert.throws(() => seriesFromCsv(text, "RUT.csv", RUT), { message });
  });
}

test("a yield that is not a number is refused with 'expected a number'", () => {
  assert.throws(() => seriesFromCsv("date,value\n2020-01-02,n/a\n", "DGS10.csv", snapshotSpec(seriesInfo("DGS10"))), {
    message: "DGS10.csv line 2: close is 'n/a' (expected a number; remove the row or fix the source)",
  });
});

test("a FRED holiday row with a bad date is still refused", () => {
  assert.throws(() => seriesFromCsv("date,value\n2020-13-01,\n", "DGS10.csv", snapshotSpec(seriesInfo("DGS10"))), {
    message: "DGS10.csv line 2: date '2020-13-01' is not a calendar date written YYYY-MM-DD; write dates as YYYY-MM-DD",
  });
});

test("checkDate and parseDecimal, shared with the flows reader, accept only plain forms", () => {
  assert.equal(checkDate("2024-02-29", "f.csv line 2"), "2024-02-29");
  assert.throws(() => checkDate("2023-02-29", "f.csv line 2"), /f.csv line 2: date '2023-02-29' is not a calendar date written YYYY-MM-DD/);
  assert.equal(parseDecimal("-1.25e3"), -1250);
  assert.equal(parseDecimal(".5"), 0.5);
  for (const raw of ["", "1,234", "0x10", "Infinity", "null"]) assert.ok(Number.isNaN(parseDecimal(raw)), raw);
});

test("an empty volume is NaN (not recorded) in the cache's normalised files, and refused in a source file", () => {
  const text = "date,close,volume\n2026-02-23,2620.99,0\n2026-02-24,2652.33,\n";
  const cached = seriesFromCsv(text, "RUT.csv", normalisedSpec(seriesInfo("RUT"), ["date", "close", "volume"]));
  assert.deepEqual(Array.from(cached.series.volume ?? []), [0, NaN]);
  assert.throws(() => seriesFromCsv(rut(row("2025-01-02", "100", "")), "RUT.csv", RUT), {
    message: "RUT.csv line 2: volume is '' (expected a number >= 0; remove the row or fix the source)",
  });
  // An empty close is still an error in the cache.
  assert.throws(() => seriesFromCsv("date,close\n2026-02-24,\n", "RUT.csv", normalisedSpec(seriesInfo("RUT"), ["date", "close"])), /close is ''/);
});
