import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { test, type TestContext } from "node:test";
import { writeCachedSeries, type CacheOrigin } from "../../lib/data/cache";
import { compareSources, loadSeries } from "../../lib/data/load";
import type { DailySeries } from "../../lib/series/daily-series";
import { weekdays } from "../fixtures/series";
import { generateBars, tempDir, type Bar } from "./fixtures";

const origin: CacheOrigin = { source: "snapshot", fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 };

function toSeries(id: string, bars: readonly Bar[]): DailySeries {
  return {
    id,
    dates: bars.map((b) => b.date),
    close: Float64Array.from(bars, (b) => b.close),
    high: Float64Array.from(bars, (b) => b.high),
    low: Float64Array.from(bars, (b) => b.low),
    volume: Float64Array.from(bars, (b) => b.volume),
  };
}

/** A cache with RUT (an intraday capture on day 15) and, unless told otherwise, IWM. */
function cacheWith(t: TestContext, withIwm = true) {
  const dates = weekdays("2025-03-03", 30);
  const rutBars = generateBars(dates, 2100, 5);
  rutBars[15] = { ...rutBars[15], close: Math.fround(rutBars[15].close * 1.003 + 0.0017), volume: 0 };
  const iwmBars = generateBars(dates, 210, 6);
  const dir = tempDir(t);
  writeCachedSeries(toSeries("RUT", rutBars), origin, dir);
  if (withIwm) writeCachedSeries(toSeries("IWM", iwmBars), origin, dir);
  return { dir, dates, rutBars, iwmBars };
}

test("a series not in the cache: the error names the folder and both ways to fill it", (t) => {
  const dir = tempDir(t);
  assert.throws(() => loadSeries("RUT", { cacheDir: dir }), {
    message: `series RUT is not in the cache (${dir}): run \`npm run data -- import\` (snapshot folder) or \`npm run data -- refresh RUT\` (online)`,
  });
});

test("loadSeries reads through R2K_CACHE_DIR when no folder is given", (t) => {
  const { dir } = cacheWith(t);
  const saved = process.env.R2K_CACHE_DIR;
  process.env.R2K_CACHE_DIR = dir;
  t.after(() => {
    if (saved === undefined) delete process.env.R2K_CACHE_DIR;
    else process.env.R2K_CACHE_DIR = saved;
  });
  assert.equal(loadSeries("RUT").manifest.rows, 30);
});

test("loadSeries returns the series, an arquero table of the same rows, the manifest and the validation", (t) => {
  const { dir, rutBars } = cacheWith(t);
  const rut = loadSeries("RUT", { cacheDir: dir });
  assert.equal(rut.info.id, "RUT");
  assert.deepEqual(Array.from(rut.series.close), rutBars.map((b) => b.close));
  assert.deepEqual(rut.table.columnNames(), ["date", "close", "high", "low", "volume"]);
  assert.deepEqual(rut.table.array("date"), rutBars.map((b) => b.date));
  assert.deepEqual(Array.from(rut.table.array("close") as ArrayLike<number>), rutBars.map((b) => b.close));
  assert.equal(rut.manifest.source, "snapshot");
  assert.equal(rut.validation.suspectRows.length, 1);
  assert.equal(rut.validation.suspectPolicy, "keep");
  assert.equal(rut.provenance.rows, 30);
});

test("suspectRows: 'replace' rebuilds the suspect close from IWM's move that day", (t) => {
  const { dir, dates, rutBars, iwmBars } = cacheWith(t);
  const rut = loadSeries("RUT", { cacheDir: dir, suspectRows: "replace" });
  const expected = rutBars[14].close * (iwmBars[15].close / iwmBars[14].close);
  assert.ok(Math.abs(rut.series.close[15] - expected) < 1e-9);
  assert.equal(rut.validation.suspectRows[0].date, dates[15]);
  assert.equal(rut.validation.suspectRows[0].action, "replaced");
  const dropped = loadSeries("RUT", { cacheDir: dir, suspectRows: "drop" });
  assert.equal(dropped.series.dates.includes(dates[15]), false);
  assert.equal(dropped.table.numRows(), 29);
});

test("without IWM in the cache, suspect rows are reported unchecked and 'replace' falls back to drop", (t) => {
  const { dir, dates } = cacheWith(t, false);
  const rut = loadSeries("RUT", { cacheDir: dir, suspectRows: "replace" });
  assert.equal(rut.series.dates.includes(dates[15]), false);
  assert.equal(rut.validation.suspectRows[0].fallback, "no cross-check series loaded: dropped");
  assert.equal(rut.validation.warnings.at(-1), "IWM is not in the cache: RUT's suspect rows were not cross-checked (import IWM too)");
});

test("every load validates: a cache file whose manifest was rewritten to match bad data is still refused", (t) => {
  const { dir } = cacheWith(t);
  const file = path.join(dir, "RUT.csv");
  const lines = fs.readFileSync(file, "utf8").split("\n");
  [lines[3], lines[4]] = [lines[4], lines[3]];
  // Rewrite both files consistently, as a careless script might: the sha matches, the order does not.
  const text = lines.join("\n");
  fs.writeFileSync(file, text);
  const manifestFile = path.join(dir, "RUT.manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  manifest.sha256 = createHash("sha256").update(text).digest("hex");
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  assert.throws(() => loadSeries("RUT", { cacheDir: dir }), (error: Error) =>
    error.message.startsWith(`${file} line 5: date `) && error.message.endsWith("sort the rows by date, oldest first"),
  );
});

test("compareSources finds the largest disagreement over shared dates and counts dates only one side has", () => {
  const a: DailySeries = { id: "GSPC", dates: ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"], close: Float64Array.of(9, 100, 200, 300, 400) };
  const b: DailySeries = { id: "SP500", dates: ["2025-01-02", "2025-01-03", "2025-01-05", "2025-01-06", "2025-01-08"], close: Float64Array.of(100, 202, 7, 298, 5) };
  // Shared span 2025-01-02..2025-01-07; shared dates 01-02 (0%), 01-03 (+1%), 01-06 (-0.67%).
  assert.deepEqual(compareSources(a, b), {
    a: "GSPC",
    b: "SP500",
    overlap: 3,
    from: "2025-01-02",
    to: "2025-01-07",
    largest: { date: "2025-01-03", a: 200, b: 202, relative: 202 / 200 - 1, percent: (202 / 200 - 1) * 100 },
    onlyInA: 1, // 2025-01-07
    onlyInB: 1, // 2025-01-05 (01-08 lies outside the shared span)
  });
});

test("compareSources of series that do not overlap reports no shared span", () => {
  const a: DailySeries = { id: "A", dates: ["2020-01-02"], close: Float64Array.of(1) };
  const b: DailySeries = { id: "B", dates: ["2021-01-04"], close: Float64Array.of(1) };
  assert.deepEqual(compareSources(a, b), { a: "A", b: "B", overlap: 0, onlyInA: 0, onlyInB: 0 });
});
