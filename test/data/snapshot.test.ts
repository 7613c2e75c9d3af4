import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test, type TestContext } from "node:test";
import { readCachedSeries } from "../../lib/data/cache";
import { importSnapshot, importSnapshotSeries, readChecksums } from "../../lib/data/snapshot";
import { weekdays } from "../fixtures/series";
import { extensionCsv, fileSha256, generateBars, tempDir, writeSnapshot, yahooCsv } from "./fixtures";

/** A snapshot folder with RUT (one intraday capture), IWM and DGS10 (two holidays), and an empty cache. */
function setup(t: TestContext) {
  const dates = weekdays("2024-01-02", 40);
  const rut = generateBars(dates, 2000, 11);
  rut[25] = { ...rut[25], close: Math.fround(rut[25].close + 0.4321), volume: 0 };
  const iwm = generateBars(dates, 200, 12);
  const dgs10 = "date,value\n2024-01-02,3.95\n2024-01-03,3.91\n2024-01-15,\n2024-01-16,.\n2024-01-17,4.10\n";
  const snap = tempDir(t, "r2k-snap-");
  const cache = tempDir(t, "r2k-cache-");
  // RUT_EXT.csv (the catalog's extension of RUT) covers the same days: nothing to append.
  writeSnapshot(snap, { "RUT.csv": yahooCsv(rut), "RUT_EXT.csv": extensionCsv(rut), "IWM.csv": yahooCsv(iwm), "DGS10.csv": dgs10 });
  return { snap, cache, rut, iwm, dates };
}

test("readChecksums reads sha256sum output, text and binary markers alike", (t) => {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, "SHA256SUMS"), `${"a".repeat(64)}  A.csv\n${"B".repeat(64)} *B.csv\n\n`);
  assert.deepEqual([...readChecksums(dir)], [["A.csv", "a".repeat(64)], ["B.csv", "b".repeat(64)]]);
  fs.writeFileSync(path.join(dir, "SHA256SUMS"), "not a sum line\n");
  assert.throws(() => readChecksums(dir), {
    message: `${path.join(dir, "SHA256SUMS")} line 1: expected '<64 hex digits>  <file name>'; regenerate it with \`sha256sum *.csv > SHA256SUMS\``,
  });
});

test("importSnapshot verifies, validates and caches each series, cross-checking RUT against IWM", (t) => {
  const { snap, cache, rut, iwm, dates } = setup(t);
  const outcomes = importSnapshot(["RUT", "IWM", "DGS10"], { dir: snap, cacheDir: cache });
  assert.deepEqual(outcomes.map((o) => [o.id, o.ok]), [["RUT", true], ["IWM", true], ["DGS10", true]]);
  const [rutOut, , dgsOut] = outcomes;
  assert.ok(rutOut.ok && dgsOut.ok);
  assert.equal(rutOut.manifest.source, "snapshot");
  assert.equal(rutOut.manifest.sourceFile, path.join(snap, "RUT.csv"));
  assert.equal(rutOut.manifest.sourceSha256, fileSha256(path.join(snap, "RUT.csv")));
  assert.equal(rutOut.manifest.rows, 40);
  // The suspect row was checked against IWM although RUT was listed first.
  assert.equal(rutOut.validation.suspectRows.length, 1);
  const row = rutOut.validation.suspectRows[0];
  assert.equal(row.date, dates[25]);
  assert.equal(row.line, 27);
  assert.equal(row.crossCheck?.change, iwm[25].close / iwm[24].close - 1);
  assert.equal(row.change, rut[25].close / rut[24].close - 1);
  // FRED holidays are dropped, counted, and remembered in the manifest.
  assert.equal(dgsOut.validation.droppedHolidays, 2);
  assert.equal(dgsOut.manifest.droppedHolidays, 2);
  assert.equal(readCachedSeries("DGS10", cache)?.text, "date,close\n2024-01-02,3.95\n2024-01-03,3.91\n2024-01-17,4.1\n");
});

test("a file changed after the snapshot was made fails with both sums and what to do; the cache is untouched", (t) => {
  const { snap, cache } = setup(t);
  importSnapshotSeries("RUT", { dir: snap, cacheDir: cache });
  const before = readCachedSeries("RUT", cache);
  const file = path.join(snap, "RUT.csv");
  const expected = readChecksums(snap).get("RUT.csv") as string;
  fs.appendFileSync(file, "2030-01-02,1,1,1,1,1\r\n");
  const actual = fileSha256(file);
  assert.throws(() => importSnapshotSeries("RUT", { dir: snap, cacheDir: cache }), {
    message:
      `${file}: sha256 is ${actual.slice(0, 16)}… but SHA256SUMS says ${expected.slice(0, 16)}…: the file changed after the ` +
      "snapshot was made; copy it again from its source (see MANIFEST.md), or update SHA256SUMS if the change is intended",
  });
  assert.deepEqual(readCachedSeries("RUT", cache), before);
});

test("a file without a checksum line, a missing file and a missing SHA256SUMS are errors naming the fix", (t) => {
  const { snap, cache } = setup(t);
  fs.writeFileSync(path.join(snap, "SPY.csv"), "Date,Close,High,Low,Open,Volume\n");
  assert.throws(() => importSnapshotSeries("SPY", { dir: snap, cacheDir: cache }), {
    message: `SPY.csv has no line in ${path.join(snap, "SHA256SUMS")}: the file cannot be verified; add its sum (\`sha256sum SPY.csv >> SHA256SUMS\`) only if you trust where it came from`,
  });
  assert.throws(() => importSnapshotSeries("QQQ", { dir: snap, cacheDir: cache }), {
    message: `${path.join(snap, "QQQ.csv")} is missing: copy it into the snapshot folder, or import from another folder with --from DIR`,
  });
  fs.rmSync(path.join(snap, "SHA256SUMS"));
  const outcomes = importSnapshot(["RUT", "IWM"], { dir: snap, cacheDir: cache });
  const message = `${path.join(snap, "SHA256SUMS")} is missing: the snapshot cannot be verified; copy the whole snapshot folder again (it ships SHA256SUMS)`;
  assert.deepEqual(outcomes.map((o) => (o.ok ? "ok" : o.error.message)), [message, message]);
  assert.deepEqual(fs.readdirSync(cache), []);
});

test("invalid data in a verified file fails that series only; the others are imported", (t) => {
  const { snap, cache } = setup(t);
  const bad = "date,value\n2024-01-02,3.95\n2024-01-02,3.91\n";
  const keep = (name: string) => fs.readFileSync(path.join(snap, name), "utf8");
  writeSnapshot(snap, { "RUT.csv": keep("RUT.csv"), "RUT_EXT.csv": keep("RUT_EXT.csv"), "DGS10.csv": bad });
  const outcomes = importSnapshot(["DGS10", "RUT"], { dir: snap, cacheDir: cache });
  assert.equal(outcomes[0].ok, false);
  assert.equal(!outcomes[0].ok && outcomes[0].error.message, "DGS10.csv line 3: date 2024-01-02 repeats line 2; remove one of the two rows");
  assert.equal(outcomes[1].ok, true);
  assert.equal(readCachedSeries("DGS10", cache), undefined);
});

test("a composed series is built after its inputs; when an input fails it is not built, and says which", (t) => {
  const { snap, cache } = setup(t);
  // RUT is in the folder (from 2024); RU2000PR is missing.
  const outcomes = importSnapshot(["RUT_LONG"], { dir: snap, cacheDir: cache });
  assert.deepEqual(outcomes.map((o) => [o.id, o.ok]), [["RUT_LONG", false], ["RU2000PR", false], ["RUT", true]]);
  assert.equal(!outcomes[0].ok && outcomes[0].error.message, "not built: its input RU2000PR failed to import (see its line)");
  assert.match(!outcomes[1].ok ? outcomes[1].error.message : "", /RU2000PR\.csv is missing/);
});

test("a series with dailyFrom whose early rows are not month-end values is refused before anything is cached", (t) => {
  const snap = tempDir(t, "r2k-snap-");
  const cache = tempDir(t, "r2k-cache-");
  // RU2000GPR's catalog dailyFrom is 1993-06-01: a mid-May row before it is not a month-end value.
  writeSnapshot(snap, { "RU2000GPR.csv": "DATE,VALUE\r\n1993-04-30,950.00\r\n1993-05-14,960.00\r\n1993-06-01,970.00\r\n" });
  assert.throws(() => importSnapshotSeries("RU2000GPR", { dir: snap, cacheDir: cache }), /RU2000GPR row 1993-05-14 \(line 3\) is before dailyFrom 1993-06-01 but is not a month-end value/);
  assert.deepEqual(fs.readdirSync(cache), []);
});

test("a snapshot without the extension archive still imports the series, to its file's last date, and says so", (t) => {
  const snap = tempDir(t, "r2k-snap-noext-");
  const cacheDir = tempDir(t, "r2k-cache-noext-");
  const rut = generateBars(weekdays("2025-01-02", 30), 2000, 7);
  writeSnapshot(snap, { "RUT.csv": yahooCsv(rut) });
  const stored = importSnapshotSeries("RUT", { dir: snap, cacheDir });
  assert.equal(readCachedSeries("RUT", cacheDir)?.manifest.last, rut[rut.length - 1].date);
  assert.ok(stored.validation.warnings.some((w) => /RUT_EXT\.csv is not in .*without the extension archive/.test(w)), stored.validation.warnings.join("\n"));
});
