// The bad-input catalogue: every way a user can feed the kit something wrong, met the way a
// user meets it (the data CLI, the report CLI, the library calls a notebook makes), each with
// the exact message, the exit code, and proof that nothing was left half-written.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { claimSpec, numericResult } from "../../lib/claims";
import { writeCachedSeries } from "../../lib/data/cache";
import { loadSeries } from "../../lib/data/load";
import { importSnapshot } from "../../lib/data/snapshot";
import { readNotebook } from "../../lib/report/notebook";
import { neededSeries } from "../../lib/report/study-series";
import { reclaimsAfterBreakdown, reclaimSweep } from "../../lib/studies/000-200-day-reclaim";
import { weekdays } from "../fixtures/series";
import { fileSha256, generateBars, writeSnapshot } from "../data/fixtures";
import { cell, createReportSandbox, folderState, leftovers, PROJECT, runCli, writeNotebook, type ReportSandbox } from "./sandbox";

const DATA_CLI = path.join(PROJECT, "dist", "lib", "data", "cli.js");
const NO_VENV = fs.existsSync(path.join(PROJECT, ".venv", "bin", "python")) ? false : ".venv is missing: the Jupyter side is not installed (npm run setup)";
const CATALOG_IDS = (JSON.parse(fs.readFileSync(path.join(PROJECT, "data", "catalog.json"), "utf8")) as { series: { id: string }[] }).series.map((s) => s.id);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "r2k-catalogue-"));
// The kernel compiles in the notebook's folder, which must sit inside notebooks/: so does the sandbox.
const sandbox = createReportSandbox(path.join(PROJECT, "notebooks", `.test-tmp-catalogue-${process.pid}`));
after(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(sandbox.root, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// The data layer: a snapshot file as found, imported with `npm run data -- import <id>` over a
// cache that already holds good data for the series.

/** RUT in the snapshot's Yahoo layout: Date,Close,High,Low,Open,Volume. */
const RUT_HEADER = ["Date", "Close", "High", "Low", "Open", "Volume"];
const RUT_ROWS = [
  ["2025-01-02", "2263.78", "2280.5", "2250.1", "2270", "4500000000"],
  ["2025-01-03", "2280.11", "2285", "2260", "2264", "4100000000"],
  ["2025-01-06", "2275.4", "2290.25", "2270.3", "2281", "3900000000"],
  ["2025-01-07", "2241.96", "2279", "2238.5", "2276", "4700000000"],
];
/** The cache file those rows must become, written out by hand: date,close,open,high,low,volume. */
const RUT_CACHED = [
  "date,close,open,high,low,volume",
  "2025-01-02,2263.78,2270,2280.5,2250.1,4500000000",
  "2025-01-03,2280.11,2264,2285,2260,4100000000",
  "2025-01-06,2275.4,2281,2290.25,2270.3,3900000000",
  "2025-01-07,2241.96,2276,2279,2238.5,4700000000",
].join("\n") + "\n";
const RUT_SUMMARY = "4 rows, 2025-01-02 to 2025-01-07";

/** DGS10 in FRED's layout: date,value, with "." or "" on bond-market holidays. */
const DGS10_HEADER = ["date", "value"];
const DGS10_ROWS = [
  ["2025-01-02", "4.57"],
  ["2025-01-03", "4.6"],
  ["2025-01-06", "4.62"],
  ["2025-01-07", "4.69"],
];

type Rows = string[][];
const csv = (header: string[], rows: Rows, eol = "\n") => [header, ...rows].map((r) => r.join(",")).join(eol) + eol;
/** The rows with one field replaced: row r (0-based data row), column c. */
const setField = (rows: Rows, r: number, c: number, value: string): Rows => rows.map((row, i) => (i === r ? row.map((f, j) => (j === c ? value : f)) : row));
const rutWith = (r: number, c: number, value: string) => csv(RUT_HEADER, setField(RUT_ROWS, r, c, value));
const dgs10With = (r: number, value: string) => csv(DGS10_HEADER, setField(DGS10_ROWS, r, 1, value));
const badClose = (file: string, line: number, raw: string, expected = "a positive number") =>
  `${file} line ${line}: close is '${raw}' (expected ${expected}; remove the row or fix the source)`;

interface ImportCase {
  name: string;
  id: "RUT" | "DGS10";
  /** The snapshot file as the user has it. */
  text: string;
  /** Refused: the exact reason printed after "FAIL <id>". */
  refused?: string;
  /** Accepted: the exact cache file it becomes and the summary printed after "ok <id>". */
  accepted?: { cached: string; summary: string };
}

const IMPORT_CASES: ImportCase[] = [
  {
    name: "a CSV without its header line",
    id: "RUT",
    text: csv(RUT_HEADER, RUT_ROWS).split("\n").slice(1).join("\n"),
    refused: "RUT.csv line 1: no header (the first line is data: '2025-01-02,2263.78,2280.5,2250.1,2270,4500000000'); add the header line 'Date,Close,High,Low,Open,Volume'",
  },
  {
    name: "a CSV separated by semicolons (a European spreadsheet export)",
    id: "RUT",
    text: [RUT_HEADER, ...RUT_ROWS].map((r) => r.join(";")).join("\n") + "\n",
    refused: "RUT.csv line 1: fields are separated by ';', not ','; save the file as comma-separated",
  },
  {
    name: "a CSV with every field quoted: read as the same numbers",
    id: "RUT",
    text: [RUT_HEADER, ...RUT_ROWS].map((r) => r.map((f) => `"${f}"`).join(",")).join("\n") + "\n",
    accepted: { cached: RUT_CACHED, summary: RUT_SUMMARY },
  },
  {
    name: "a CSV saved by Excel on Windows (BOM, CRLF, trailing empty lines): read as the same numbers",
    id: "RUT",
    text: "\uFEFF" + csv(RUT_HEADER, RUT_ROWS, "\r\n") + "\r\n\r\n",
    accepted: { cached: RUT_CACHED, summary: RUT_SUMMARY },
  },
  {
    name: "a quoted close with a decimal comma",
    id: "RUT",
    text: rutWith(1, 1, '"2280,11"'),
    refused: badClose("RUT.csv", 3, "2280,11"),
  },
  { name: "a 'null' close", id: "RUT", text: rutWith(2, 1, "null"), refused: badClose("RUT.csv", 4, "null") },
  { name: "a '.' close in a price file (only FRED marks holidays so)", id: "RUT", text: rutWith(1, 1, "."), refused: badClose("RUT.csv", 3, ".") },
  { name: "an empty close", id: "RUT", text: rutWith(3, 1, ""), refused: badClose("RUT.csv", 5, "") },
  { name: "a zero close", id: "RUT", text: rutWith(0, 1, "0"), refused: badClose("RUT.csv", 2, "0") },
  { name: "a negative close", id: "RUT", text: rutWith(2, 1, "-2275.4"), refused: badClose("RUT.csv", 4, "-2275.4") },
  { name: "a NaN close", id: "RUT", text: rutWith(1, 1, "NaN"), refused: badClose("RUT.csv", 3, "NaN") },
  { name: "an Infinity close", id: "RUT", text: rutWith(1, 1, "Infinity"), refused: badClose("RUT.csv", 3, "Infinity") },
  {
    name: "a duplicated date",
    id: "RUT",
    text: rutWith(2, 0, "2025-01-03"),
    refused: "RUT.csv line 4: date 2025-01-03 repeats line 3; remove one of the two rows",
  },
  {
    name: "unsorted dates (newest first, as some sites export)",
    id: "RUT",
    text: csv(RUT_HEADER, [...RUT_ROWS].reverse()),
    refused: "RUT.csv line 3: date 2025-01-06 comes after 2025-01-07 (line 2); sort the rows by date, oldest first",
  },
  {
    name: "a US-style date (MM/DD/YYYY)",
    id: "RUT",
    text: rutWith(1, 0, "01/03/2025"),
    refused: "RUT.csv line 3: date '01/03/2025' is not a calendar date written YYYY-MM-DD; write dates as YYYY-MM-DD",
  },
  {
    name: "a compact date (YYYYMMDD)",
    id: "RUT",
    text: rutWith(3, 0, "20250107"),
    refused: "RUT.csv line 5: date '20250107' is not a calendar date written YYYY-MM-DD; write dates as YYYY-MM-DD",
  },
  {
    name: "a header and nothing else",
    id: "RUT",
    text: csv(RUT_HEADER, []) + "\n\n",
    refused: "RUT.csv has no rows of data; fetch or import the series again",
  },
  {
    name: "FRED's '.' on a holiday: dropped and counted",
    id: "DGS10",
    text: dgs10With(1, "."),
    accepted: { cached: "date,close\n2025-01-02,4.57\n2025-01-06,4.62\n2025-01-07,4.69\n", summary: "3 rows, 2025-01-02 to 2025-01-07, holidays dropped: 1" },
  },
  {
    name: "a negative yield: data, not an error",
    id: "DGS10",
    text: dgs10With(2, "-0.05"),
    accepted: { cached: "date,close\n2025-01-02,4.57\n2025-01-03,4.6\n2025-01-06,-0.05\n2025-01-07,4.69\n", summary: "4 rows, 2025-01-02 to 2025-01-07" },
  },
  { name: "a NaN yield", id: "DGS10", text: dgs10With(1, "NaN"), refused: badClose("DGS10.csv", 3, "NaN", "a number") },
];

/** A cache holding good, older data for RUT and DGS10, imported from a snapshot of its own. */
function previousCache(dir: string): string {
  const snap = path.join(dir, "previous-snapshot");
  const cache = path.join(dir, "cache");
  fs.mkdirSync(snap, { recursive: true });
  const older = (rows: Rows) => rows.map(([date, ...rest]) => [date.replace("2025", "2024"), ...rest]);
  writeSnapshot(snap, { "RUT.csv": csv(RUT_HEADER, older(RUT_ROWS)), "DGS10.csv": csv(DGS10_HEADER, older(DGS10_ROWS)) });
  const outcomes = importSnapshot(["RUT", "DGS10"], { dir: snap, cacheDir: cache });
  assert.deepEqual(outcomes.map((o) => o.ok), [true, true], "the previous cache was built");
  return cache;
}

for (const [n, c] of IMPORT_CASES.entries()) {
  test(`data import: ${c.name}`, () => {
    const dir = path.join(scratch, `import-${n}`);
    const cache = previousCache(dir);
    const before = folderState(cache);
    const snap = path.join(dir, "snapshot");
    fs.mkdirSync(snap);
    writeSnapshot(snap, { [`${c.id}.csv`]: c.text });

    const run = runCli(DATA_CLI, ["import", c.id], { R2K_CACHE_DIR: cache, R2K_SNAPSHOT_DIR: snap });
    assert.deepEqual(leftovers(cache), [], "no temporary file is left in the cache");
    if (c.refused !== undefined) {
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stdout, `import from ${snap} into ${cache}\n  FAIL ${c.id.padEnd(10)} ${c.refused}\n0 of 1 series imported; 1 failed (see FAIL above)\n`);
      assert.deepEqual(folderState(cache), before, "the previous cache files are intact, byte for byte");
    } else {
      const expected = c.accepted as NonNullable<ImportCase["accepted"]>;
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(run.stdout.split("\n")[1], `  ok   ${c.id.padEnd(10)} ${expected.summary}`);
      const file = path.join(cache, `${c.id}.csv`);
      assert.equal(fs.readFileSync(file, "utf8"), expected.cached);
      const manifest = JSON.parse(fs.readFileSync(path.join(cache, `${c.id}.manifest.json`), "utf8")) as { sha256: string };
      assert.equal(manifest.sha256, fileSha256(file), "the manifest describes the new file");
    }
  });
}

test("data refresh: an unknown series id (lower case) is refused before any request, listing the catalog", () => {
  const cache = previousCache(path.join(scratch, "unknown-id"));
  const before = folderState(cache);
  const run = runCli(DATA_CLI, ["refresh", "rut"], { R2K_CACHE_DIR: cache, R2K_FRED_URL: "http://127.0.0.1:9/never", R2K_YAHOO_URL: "http://127.0.0.1:9" });
  assert.equal(run.code, 1);
  assert.equal(run.stderr, `error: unknown series rut: the catalog has ${CATALOG_IDS.join(", ")}\n`);
  assert.deepEqual(folderState(cache), before);
});

// ---------------------------------------------------------------------------------------------
// The library calls a notebook makes, on a series loaded from the cache.

/** RUT with `rows` generated weekdays, cached in a fresh folder and loaded as a notebook would. */
function loadedRut(name: string, rows: number) {
  const cache = path.join(scratch, name);
  const bars = generateBars(weekdays("2024-01-02", rows), 2000, 11);
  const series = { id: "RUT", dates: bars.map((b) => b.date), close: Float64Array.from(bars, (b) => b.close) };
  writeCachedSeries(series, { source: "snapshot", fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 }, cache);
  return loadSeries("RUT", { cacheDir: cache, crossCheck: false });
}

test("library: a series shorter than the moving-average window names both lengths and the fix", () => {
  const rut = loadedRut("short", 150);
  assert.throws(() => reclaimsAfterBreakdown(rut.series, { window: 200, minGap: 90, gapUnit: "calendar" }), {
    message: "window 200 is longer than the series (150 rows): choose a window <= 150",
  });
  assert.throws(() => reclaimSweep(rut.series, { windows: [20, 151], minGaps: [0], gapUnit: "calendar", horizon: { tradingDays: 5 } }), {
    message: "window 151 is longer than the series (150 rows): choose a window <= 150",
  });
});

test("library: a horizon past the data's end leaves every reclaim open and out of the averages", () => {
  const rut = loadedRut("horizon", 300);
  const grid = reclaimSweep(rut.series, { windows: [5, 10, 20], minGaps: [0, 5], gapUnit: "trading", horizon: { tradingDays: 300 } });
  for (const [w, window] of grid.rows.entries()) {
    // Counted directly: every reclaim of this window with a gap >= 0 trading days.
    const all = reclaimsAfterBreakdown(rut.series, { window, minGap: 0, gapUnit: "trading" }).length;
    assert.ok(all > 0, `window ${window} has reclaims to be open`);
    assert.equal(grid.events[w][0], all);
    assert.deepEqual(grid.complete[w], [0, 0], "no reclaim has a complete 300-day horizon");
    assert.deepEqual(grid.open[w], grid.events[w], "every reclaim is open");
    assert.ok(grid.meanForwardReturn[w].every(Number.isNaN), "no mean is invented from open outcomes");
  }
});

// ---------------------------------------------------------------------------------------------
// The report CLI in a sandbox project: parameters refused before anything runs, broken
// notebooks, a missing venv, and (with the kernel) a cell that throws, a kernel that dies and
// a parameter carrying markup.

const STUDY = "000-200-day-reclaim.ipynb";
const STUDY_FILE = `notebooks/${STUDY}`;
const realParameters = (() => {
  const notebook = JSON.parse(fs.readFileSync(path.join(PROJECT, "notebooks", STUDY), "utf8")) as { cells: { source: string | string[]; metadata: { tags?: string[] } }[] };
  const source = notebook.cells.find((c) => c.metadata.tags?.includes("parameters"))?.source ?? "";
  return Array.isArray(source) ? source.join("") : source;
})();
/** The inclusive range the real notebook declares for an int parameter, read from its parameters cell. */
function declaredRange(name: string): string {
  const match = new RegExp(`^let ${name} = .*\\[int, (-?\\d+\\.\\.-?\\d+)\\]`, "m").exec(realParameters);
  assert.ok(match, `${STUDY} declares ${name} as an int with a range`);
  return match[1];
}

/** The previous run's reports, which a refused or failed run must not damage. */
function seedReports(box: ReportSandbox): Record<string, string> {
  fs.rmSync(box.reports, { recursive: true, force: true });
  fs.mkdirSync(box.reports);
  fs.writeFileSync(path.join(box.reports, "000-200-day-reclaim.html"), "<!DOCTYPE html>\n<html><body>the previous report</body></html>\n");
  fs.writeFileSync(path.join(box.reports, "000-200-day-reclaim.ipynb"), '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}\n');
  const claim = numericResult(claimSpec("000-2"), 27.6, "the previous run");
  fs.writeFileSync(path.join(box.reports, "claims.json"), JSON.stringify([{ ...claim, study: "000" }], null, 2) + "\n");
  return folderState(box.reports);
}

/**
 * After a run that stopped: the index is whole, nothing half-written is left, `kept` files are
 * unchanged byte for byte, and claims.json (rewritten by a run that executed) still holds the
 * previous study's claim.
 */
function assertReportsIntact(box: ReportSandbox, before: Record<string, string>, kept: readonly string[]): void {
  assert.deepEqual(leftovers(box.reports), [], "no temporary file is left in reports/");
  const now = folderState(box.reports);
  for (const name of kept) assert.equal(now[name], before[name], `${name} is intact`);
  assert.match(fs.readFileSync(path.join(box.reports, "index.html"), "utf8"), /<\/html>\n$/, "the index was rewritten whole");
  const claims = JSON.parse(fs.readFileSync(path.join(box.reports, "claims.json"), "utf8")) as { study: string; note: string }[];
  assert.deepEqual(claims.filter((c) => c.study === "000").map((c) => c.note), ["the previous run"], "the other study's claims are kept");
}

fs.symlinkSync(path.join(PROJECT, "notebooks", STUDY), path.join(sandbox.notebooks, STUDY));
writeNotebook(sandbox.notebooks, "905-no-parameters.ipynb", [cell("markdown", "# 905 — No parameters cell"), cell("code", "let window = 200;")]);
/** A notebook saved with a trailing comma after the last field of line 3 (column 39 is the '}'). */
const BROKEN_NOTEBOOK = '{\n "cells": [\n  {"cell_type": "code", "source": "1",}\n ]\n}\n';
fs.writeFileSync(path.join(sandbox.notebooks, "906-broken.ipynb"), BROKEN_NOTEBOOK);

interface RefusedRun {
  name: string;
  args: string[];
  /** The exact first line of stderr: the input and the fix. */
  message: () => string;
  /** What follows it on stderr, when the whole text is checked. */
  rest?: RegExp;
  /** The line stdout starts with. */
  progress: string;
}

const parameterListing = new RegExp(`^\\nParameters of notebooks/${STUDY.replace(/\./g, "\\.")} \\(set with -p name value\\):\\n  window = 200 +int, ${declaredRange("window").replace(/\./g, "\\.")} `);
const refusedStudy = "000-200-day-reclaim refused";

const REFUSED_RUNS: RefusedRun[] = [
  {
    name: "an unknown parameter name",
    args: ["study", "000", "-p", "windw", "250"],
    message: () => `${STUDY_FILE}: no parameter named 'windw'`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: 'a window of "abc"',
    args: ["study", "000", "-p", "window", "abc"],
    message: () => `${STUDY_FILE}: -p window abc: must be a whole number`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: "a window of -5",
    args: ["study", "000", "-p", "window", "-5"],
    message: () => `${STUDY_FILE}: -p window -5: must be within ${declaredRange("window")}`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: "a gap of 1.5 days",
    args: ["study", "000", "-p", "minGap", "1.5"],
    message: () => `${STUDY_FILE}: -p minGap 1.5: must be a whole number`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: "a window of 1e9",
    args: ["study", "000", "-p", "window", "1e9"],
    message: () => `${STUDY_FILE}: -p window 1e9: must be within ${declaredRange("window")}`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: "a horizon past any data (horizonDays 100000)",
    args: ["study", "000", "-p", "horizonDays", "100000"],
    message: () => `${STUDY_FILE}: -p horizonDays 100000: must be within ${declaredRange("horizonDays")}`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: "a start date in another format",
    args: ["study", "000", "-p", "start", "09/03/2009"],
    message: () => `${STUDY_FILE}: -p start 09/03/2009: must be a date written YYYY-MM-DD (a real calendar day)`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: "a gap unit that is not offered",
    args: ["study", "000", "-p", "gapUnit", "weeks"],
    message: () => `${STUDY_FILE}: -p gapUnit weeks: must be one of "calendar" | "trading"`,
    rest: parameterListing,
    progress: refusedStudy,
  },
  {
    name: "-p for a notebook without a parameters cell",
    args: ["study", "905", "-p", "window", "250"],
    message: () =>
      "notebooks/905-no-parameters.ipynb has no code cell tagged 'parameters', so -p window cannot be applied (tag the cell that sets the defaults 'parameters', or run without -p)",
    progress: "905-no-parameters refused",
  },
  {
    name: "a notebook file that is not valid JSON",
    args: ["study", "906"],
    message: () =>
      `notebooks/906-broken.ipynb is not valid JSON at line 3, column 39: ${jsonParseMessage(BROKEN_NOTEBOOK)} (fix the file, or restore it from git)`,
    progress: "906-broken refused",
  },
];

/** V8's own words for a JSON error, so the test does not pin one Node version's wording. */
function jsonParseMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected invalid JSON");
}

for (const c of REFUSED_RUNS) {
  test(`report CLI refuses ${c.name}: exit 1, the input and the fix named, nothing run or damaged`, () => {
    const before = seedReports(sandbox);
    const run = sandbox.run(c.args);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, `${c.progress}\nindex: reports/index.html\n`, "refused before the kernel started");
    const [first, ...others] = run.stderr.split("\n");
    assert.equal(first, c.message());
    assert.ok(run.stderr.endsWith("\n1 study failed (see above); the reports of the others were built\n"), run.stderr);
    if (c.rest) assert.match(others.join("\n"), c.rest);
    assertReportsIntact(sandbox, before, Object.keys(before));
  });
}

test("report CLI: an unknown study number lists the notebooks there are", () => {
  const before = seedReports(sandbox);
  const run = sandbox.run(["study", "999"]);
  assert.equal(run.code, 1);
  const listing = fs.readdirSync(sandbox.notebooks).filter((n) => /^\d{3}-.*\.ipynb$/.test(n)).sort().join(", ");
  assert.equal(run.stderr, `no notebook for study '999' in ${sandbox.notebooks} (name a study by its number, e.g. 000; notebooks: ${listing})\n`);
  assert.deepEqual(folderState(sandbox.reports), before, "nothing was written, not even the index");
});

test("report CLI: a project whose Jupyter venv is missing says how to install it", () => {
  const bare = createReportSandbox(path.join(scratch, "no-venv"), { withVenv: false });
  fs.symlinkSync(path.join(PROJECT, "notebooks", STUDY), path.join(bare.notebooks, STUDY));
  const before = seedReports(bare);
  // The study's series are cached (tiny stand-ins), so the run gets as far as the kernel.
  const cache = path.join(scratch, "no-venv-cache");
  const study = path.join(PROJECT, "notebooks", STUDY);
  for (const id of neededSeries(PROJECT, study, readNotebook(study), () => undefined)) {
    writeCachedSeries({ id, dates: ["2025-01-02"], close: Float64Array.of(100) }, { source: "snapshot", fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 }, cache);
  }
  const run = bare.run(["study", "000"], { R2K_CACHE_DIR: cache });
  assert.equal(run.code, 1);
  assert.match(run.stdout, /^000-200-day-reclaim running… failed after \d+\.\d s\n/);
  assert.equal(
    run.stderr.split("\n")[0],
    `${path.join(bare.root, ".venv", "bin", "python")} not found: the Jupyter side is not installed (run npm run setup, which creates .venv from requirements.txt and registers the tslab kernel)`,
  );
  assertReportsIntact(bare, before, Object.keys(before));
});

// With the kernel: three generated studies, run with `study NNN` like a user would.
const TITLE = (n: string, what: string) => cell("markdown", `# ${n} — ${what}`);
const LABEL_PARAMETER = cell("code", 'let label = "plain"; // a label shown in the report', ["parameters"]);

test("report CLI with the kernel: a cell that throws fails the run, names the cell, keeps the others' claims", { skip: NO_VENV }, () => {
  writeNotebook(sandbox.notebooks, "910-throws.ipynb", [
    TITLE("910", "Throws"),
    LABEL_PARAMETER,
    cell("code", 'console.log("before the failure");'),
    cell("code", 'const limit: number = 3;\nthrow new Error(`catalogue: ${label} went past ${limit}`);'),
    cell("code", 'console.log("never printed");'),
  ]);
  const before = seedReports(sandbox);
  const run = sandbox.run(["study", "910"]);
  assert.equal(run.code, 1);
  assert.match(run.stdout, /^910-throws running… failed after \d+\.\d s\nindex: reports\/index\.html\n$/);
  const lines = run.stderr.split("\n");
  assert.equal(lines[0], "notebooks/910-throws.ipynb: cell index 3 (first line: `const limit: number = 3;`) failed");
  assert.ok(lines.includes("  Error: catalogue: plain went past 3"), run.stderr);
  assert.ok(lines.includes("The partly executed notebook is kept at reports/910-throws.ipynb (the cell is tagged r2k-failed-cell)."), run.stderr);
  assertReportsIntact(sandbox, before, ["000-200-day-reclaim.html", "000-200-day-reclaim.ipynb"]);
  const html = fs.readFileSync(path.join(sandbox.reports, "910-throws.html"), "utf8");
  assert.match(html, /<\/html>\s*$/, "the failed run's report is written whole");
  assert.ok(html.includes("catalogue: plain went past 3"), "the report shows the error");
});

test("report CLI with the kernel: a kernel killed mid-run (as by the OOM killer) is named, and the run stops", { skip: NO_VENV }, () => {
  writeNotebook(sandbox.notebooks, "911-kernel-killed.ipynb", [
    TITLE("911", "Kernel killed"),
    cell("code", 'console.log("alive");'),
    cell("code", 'process.kill(process.pid, "SIGKILL");'),
    cell("code", 'console.log("never printed");'),
  ]);
  const before = seedReports(sandbox);
  const run = sandbox.run(["study", "911"]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^notebooks\/911-kernel-killed\.ipynb: the kernel died while running cell index 2 \(first line: `process\.kill\(process\.pid, "SIGKILL"\);`\): /);
  assert.match(run.stderr, /The partly executed notebook is kept at reports\/911-kernel-killed\.ipynb \(the cell is tagged r2k-failed-cell\)\.\n/);
  assertReportsIntact(sandbox, before, ["000-200-day-reclaim.html", "000-200-day-reclaim.ipynb"]);
  const kept = JSON.parse(fs.readFileSync(path.join(sandbox.reports, "911-kernel-killed.ipynb"), "utf8")) as { cells: { outputs?: { text?: string | string[] }[] }[] };
  assert.deepEqual(kept.cells[1].outputs?.map((o) => [o.text].flat().join("")), ["alive\n"], "what ran before is kept");
});

test("report CLI with the kernel: a parameter carrying <script> runs as data and is escaped in the report and the index", { skip: NO_VENV }, () => {
  const label = `</script><script>alert("x")</script><img src=x onerror=alert(1)>`;
  writeNotebook(sandbox.notebooks, "912-markup.ipynb", [
    TITLE("912", "Markup in a parameter"),
    LABEL_PARAMETER,
    cell("code", `import { showClaims, numericResult, claimSpec } from "../dist/lib/claims";\nconsole.log("label is " + label);`),
    cell("code", 'showClaims([numericResult(claimSpec("000-2"), 27.6, "label: " + label)]);'),
  ]);
  const before = seedReports(sandbox);
  const run = sandbox.run(["study", "912", "-p", "label", label]);
  assert.equal(run.code, 0, run.stderr);
  assertReportsIntact(sandbox, before, ["000-200-day-reclaim.html", "000-200-day-reclaim.ipynb"]);
  const executed = JSON.parse(fs.readFileSync(path.join(sandbox.reports, "912-markup.ipynb"), "utf8")) as { cells: { source: string | string[]; outputs?: { text?: string | string[] }[] }[] };
  assert.equal([executed.cells[2].source].flat().join(""), `label = ${JSON.stringify(label)};`, "injected as a JSON literal, never pasted as code");
  assert.equal([executed.cells[3].outputs?.[0]?.text].flat().join(""), `label is ${label}\n`, "the kernel saw the text as typed");
  const escaped = label.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  for (const page of ["912-markup.html", "index.html"]) {
    const html = fs.readFileSync(path.join(sandbox.reports, page), "utf8");
    assert.equal(html.includes("<img src=x"), false, `${page} has no live <img> from the parameter`);
    assert.equal(html.includes('<script>alert("x")'), false, `${page} has no live <script> from the parameter`);
    assert.ok(html.replace(/&quot;|&#34;/g, '"').includes(escaped), `${page} shows the parameter, escaped`);
  }
  const claims = JSON.parse(fs.readFileSync(path.join(sandbox.reports, "claims.json"), "utf8")) as { study: string; note: string }[];
  assert.deepEqual(claims.map((c) => [c.study, c.note]), [["000", "the previous run"], ["912", `label: ${label}`]]);
});
