import assert from "node:assert/strict";
import * as path from "node:path";
import { test, type TestContext } from "node:test";
import { seriesInfo } from "../../lib/data/catalog";
import { describeExtension, extendSeries, OVERLAP_TOLERANCE } from "../../lib/data/extension";
import { loadSeries } from "../../lib/data/load";
import { captionFor } from "../../lib/data/provenance";
import { extensionSpec, seriesFromCsv, snapshotSpec, type ParsedSeries } from "../../lib/data/series-csv";
import { importSnapshotSeries } from "../../lib/data/snapshot";
import { weekdays } from "../fixtures/series";
import { extensionCsv, fileSha256, generateBars, tempDir, writeSnapshot, yahooCsv, type Bar } from "./fixtures";

const DATES = weekdays("2026-01-05", 40);

/**
 * RUT.csv: rows 0..29, the last one a zero-volume capture off the cent grid (as the snapshot's
 * RUT.csv ends). RUT_EXT.csv: rows 10..39, closes rounded to cents; on row 15 it reads 0.019%
 * above RUT.csv (inside the tolerance), on row 20 0.021% below (outside).
 */
function archives() {
  const bars = generateBars(DATES, 2600, 21);
  const base: Bar[] = bars.slice(0, 30);
  base[29] = { ...base[29], close: Math.fround(base[29].close + 0.0043), volume: 0 };
  const ext: Bar[] = bars.slice(10).map((b, k) => {
    const i = k + 10;
    const close = i < 30 ? base[i].close : b.close;
    const factor = i === 15 ? 1 + 0.00019 : i === 20 ? 1 - 0.00021 : 1;
    return { ...b, close: i === 15 || i === 20 ? close * factor : Math.round(close * 100) / 100 };
  });
  return { base, ext };
}

function parse(name: string, text: string, extension = false): ParsedSeries {
  const info = seriesInfo("RUT");
  return seriesFromCsv(text, name, extension ? extensionSpec(info) : snapshotSpec(info));
}

test("the tolerance is 0.02%, relative", () => {
  assert.equal(OVERLAP_TOLERANCE, 0.0002);
});

test("extendSeries appends only the rows after the base's last date, without volume, and leaves the base's rows as they were", () => {
  const { base, ext } = archives();
  const a = parse("RUT.csv", yahooCsv(base));
  const { parsed, record } = extendSeries(a, parse("RUT_EXT.csv", extensionCsv(ext), true));
  assert.deepEqual(parsed.series.dates, DATES);
  assert.deepEqual(Array.from(parsed.series.close.slice(0, 30)), Array.from(a.series.close));
  assert.deepEqual(Array.from(parsed.series.close.slice(30)), ext.slice(20).map((b) => b.close));
  assert.deepEqual(Array.from(parsed.series.open?.slice(30) ?? []), ext.slice(20).map((b) => b.open));
  // The base's last row (its zero-volume capture) stays; appended rows have no volume.
  assert.equal(parsed.series.volume?.[29], 0);
  assert.ok(parsed.series.volume?.slice(30).every(Number.isNaN));
  assert.deepEqual(
    { baseLast: record.baseLast, appended: record.appended, from: record.appendedFrom, to: record.appendedTo, missing: record.missingColumns },
    { baseLast: DATES[29], appended: 10, from: DATES[30], to: DATES[39], missing: ["volume"] },
  );
});

test("the overlap is compared: days both have, the largest difference, and each day beyond the tolerance (both sides of it)", () => {
  const { base, ext } = archives();
  const { record } = extendSeries(parse("RUT.csv", yahooCsv(base)), parse("RUT_EXT.csv", extensionCsv(ext), true));
  assert.equal(record.overlapDays, 20);
  assert.equal(record.overlapFrom, DATES[10]);
  assert.equal(record.overlapTo, DATES[29]);
  assert.equal(record.tolerance, OVERLAP_TOLERANCE);
  // Row 20 (-0.021%) is beyond 0.02%; row 15 (+0.019%) is not.
  assert.deepEqual(record.beyondTolerance.map((d) => d.date), [DATES[20]]);
  assert.ok(Math.abs(record.beyondTolerance[0].relative - -0.00021) < 1e-12);
  assert.equal(record.largest?.date, DATES[20]);
  // A wider tolerance lists nothing; a tighter one lists row 15 too.
  const again = (tolerance: number) =>
    extendSeries(parse("RUT.csv", yahooCsv(base)), parse("RUT_EXT.csv", extensionCsv(ext), true), tolerance).record.beyondTolerance.map((d) => d.date);
  assert.deepEqual(again(0.00022), []);
  assert.deepEqual(again(0.00018), [DATES[15], DATES[20]]);
});

test("a date the extension has inside the base's span is counted, not inserted", () => {
  const { base, ext } = archives();
  const saturday = { ...ext[0], date: "2026-01-24" };
  const withExtra = [...ext.slice(0, 5), saturday, ...ext.slice(5)].sort((x, y) => (x.date < y.date ? -1 : 1));
  const { parsed, record } = extendSeries(parse("RUT.csv", yahooCsv(base)), parse("RUT_EXT.csv", extensionCsv(withExtra), true));
  assert.ok(!parsed.series.dates.includes("2026-01-24"));
  assert.equal(record.onlyInExtension, 1);
  assert.equal(record.onlyInBase, 0);
});

test("an extension without a price column the base has is refused, naming both files and the fix", () => {
  const { base, ext } = archives();
  const closeOnly = { ...parse("RUT_EXT.csv", extensionCsv(ext), true) };
  closeOnly.series = { id: "RUT", dates: closeOnly.series.dates, close: closeOnly.series.close };
  assert.throws(() => extendSeries(parse("RUT.csv", yahooCsv(base)), closeOnly), {
    message:
      "RUT_EXT.csv has no open, high, low column but RUT.csv has: appended rows would lack them; map those columns in the " +
      "catalog's snapshot.extension.columns, or remove them from snapshot.columns",
  });
});

/** A snapshot folder with both archives and IWM on every date; an empty cache. */
function snapshot(t: TestContext) {
  const { base, ext } = archives();
  const snap = tempDir(t, "r2k-snap-");
  const cache = tempDir(t, "r2k-cache-");
  writeSnapshot(snap, { "RUT.csv": yahooCsv(base), "RUT_EXT.csv": extensionCsv(ext), "IWM.csv": yahooCsv(generateBars(DATES, 250, 22)) });
  importSnapshotSeries("IWM", { dir: snap, cacheDir: cache });
  const stored = importSnapshotSeries("RUT", { dir: snap, cacheDir: cache });
  return { snap, cache, stored, base, ext };
}

test("import extends RUT: the manifest records the extension file, its checksum and the overlap", (t) => {
  const { snap, stored } = snapshot(t);
  const e = stored.manifest.extension;
  assert.equal(stored.manifest.rows, 40);
  assert.equal(stored.manifest.last, DATES[39]);
  assert.equal(stored.manifest.sourceSha256, fileSha256(path.join(snap, "RUT.csv")));
  assert.equal(e?.sourceFile, path.join(snap, "RUT_EXT.csv"));
  assert.equal(e?.sha256, fileSha256(path.join(snap, "RUT_EXT.csv")));
  assert.deepEqual(e?.beyondTolerance.map((d) => d.date), [DATES[20]]);
});

test("loaded, the extended rows have NaN volume; the base's suspect last row is still judged by the suspectRows policy", (t) => {
  const { cache, base } = snapshot(t);
  const kept = loadSeries("RUT", { cacheDir: cache });
  assert.equal(kept.series.dates.length, 40);
  assert.ok(kept.series.volume?.slice(30).every(Number.isNaN));
  assert.deepEqual(kept.validation.suspectRows.map((r) => [r.date, r.reasons]), [[DATES[29], ["zero volume", "off-grid close"]]]);
  const replaced = loadSeries("RUT", { cacheDir: cache, suspectRows: "replace" });
  const iwm = loadSeries("IWM", { cacheDir: cache }).series.close;
  assert.ok(Math.abs(replaced.series.close[29] / (base[28].close * (iwm[29] / iwm[28])) - 1) < 1e-12);
  const dropped = loadSeries("RUT", { cacheDir: cache, suspectRows: "drop" });
  assert.deepEqual(dropped.series.dates, [...DATES.slice(0, 29), ...DATES.slice(30)]);
});

test("provenance and caption say where the extended rows come from", (t) => {
  const { cache, stored } = snapshot(t);
  const rut = loadSeries("RUT", { cacheDir: cache });
  const e = stored.manifest.extension;
  assert.ok(e);
  assert.deepEqual(rut.provenance.extension, e);
  assert.equal(rut.provenance.notes[0], describeExtension(e));
  assert.match(rut.provenance.notes[0], new RegExp(`^extended by RUT_EXT\\.csv \\(sha256 ${e.sha256?.slice(0, 8)}…\\) after ${DATES[29]}: 10 rows ${DATES[30]} to ${DATES[39]}, without volume \\(NaN\\); overlap 20 days`));
  assert.match(rut.provenance.notes[0], new RegExp(`1 beyond 0\\.02%: ${DATES[20]} `));
  assert.match(captionFor(rut), new RegExp(`, ${DATES[0]} to ${DATES[39]}; after ${DATES[29]}: RUT_EXT\\.csv \\(sha256 ${e.sha256?.slice(0, 8)}…\\), no volume; suspect rows: 1 kept as is$`));
  // A range that ends before the extension does not mention it.
  assert.doesNotMatch(captionFor(rut, undefined, DATES[20]), /RUT_EXT/);
});
