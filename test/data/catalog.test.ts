import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { catalogIds, defaultProvider, listSeries, readCatalog, seriesInfo, snapshotLayout } from "../../lib/data/catalog";
import { tempDir } from "./fixtures";

const STUDY_SERIES = ["RUT", "GSPC", "SP500", "RU2000PR", "RU2000TR", "RU2000GPR", "RU2000VPR", "RU2000GTR", "RU2000VTR", "RUT_LONG", "IXIC", "NASDAQCOM", "DJI", "IWM", "IWM_ADJ", "IWN", "IWO", "SPY", "QQQ", "RTY_F", "VIX", "TNX", "DGS10", "FEDFUNDS"];

test("the catalog holds every series the studies use, once each", () => {
  assert.deepEqual([...catalogIds()].sort(), [...STUDY_SERIES].sort());
});

test("seriesInfo gives provider symbols, kind, unit and the snapshot layout", () => {
  const rut = seriesInfo("RUT");
  assert.deepEqual(rut.providers, { yahoo: "^RUT" });
  assert.equal(rut.kind, "price index");
  assert.equal(rut.unit, "index points");
  assert.equal(rut.crossCheck, "IWM");
  assert.equal(rut.snapshot?.file, "RUT.csv");
  assert.deepEqual(seriesInfo("DGS10").providers, { fred: "DGS10" });
  assert.equal(seriesInfo("FEDFUNDS").frequency, "monthly");
  assert.equal(seriesInfo("IWM").kind, "adjusted close (total return)");
  assert.equal(seriesInfo("TNX").unit, "percent");
  assert.deepEqual(seriesInfo("SP500").snapshot?.columns, { date: "observation_date", close: "SP500" });
});

test("seriesInfo refuses an unknown id and lists the known ones", () => {
  assert.throws(() => seriesInfo("R2K"), { message: `unknown series 'R2K': the catalog (data/catalog.json) has ${catalogIds().join(", ")}` });
});

test("every snapshot layout maps date and close to names in its header; FRED files treat blanks as holidays", () => {
  for (const info of listSeries()) {
    // A composed series has no file of its own.
    assert.ok(Boolean(info.snapshot) !== Boolean(info.compose), `${info.id}: a snapshot file or a compose rule, not both`);
    if (!info.snapshot) continue;
    const { header, columns, origin, blankIsHoliday } = info.snapshot;
    assert.ok(header.includes(columns.date) && header.includes(columns.close), info.id);
    assert.equal(blankIsHoliday, origin === "fred", info.id);
    assert.ok(info.providers[origin] !== undefined, `${info.id}: the snapshot's publisher has a symbol`);
  }
});

test("cross-check series exist in the catalog; refresh defaults to Yahoo when there is a Yahoo symbol", () => {
  for (const info of listSeries()) if (info.crossCheck) assert.ok(catalogIds().includes(info.crossCheck), info.id);
  assert.equal(defaultProvider(seriesInfo("RUT")), "yahoo");
  assert.equal(defaultProvider(seriesInfo("SP500")), "fred");
});

test("the FRED Russell 2000 series: FRED symbols equal to the ids; growth and value daily from 1993-06-01", () => {
  for (const id of ["RU2000PR", "RU2000TR", "RU2000GPR", "RU2000VPR", "RU2000GTR", "RU2000VTR"]) {
    assert.deepEqual(seriesInfo(id).providers, { fred: id });
    assert.equal(seriesInfo(id).snapshot?.file, `${id}.csv`);
  }
  assert.equal(seriesInfo("RU2000PR").dailyFrom, undefined);
  for (const id of ["RU2000GPR", "RU2000VPR", "RU2000GTR", "RU2000VTR"]) assert.equal(seriesInfo(id).dailyFrom, "1993-06-01", id);
  assert.equal(seriesInfo("RU2000TR").kind, "total return index");
});

test("RUT and GSPC are extended by the second archive; RUT_LONG is composed from RU2000PR and RUT at 1987-09-10", () => {
  assert.equal(seriesInfo("RUT").snapshot?.extension?.file, "RUT_EXT.csv");
  assert.equal(seriesInfo("GSPC").snapshot?.extension?.file, "GSPC_EXT.csv");
  const long = seriesInfo("RUT_LONG");
  assert.deepEqual(long.compose, { before: "RU2000PR", after: "RUT", join: "1987-09-10", method: "daily returns" });
  assert.equal(long.snapshot, undefined);
  assert.deepEqual(long.providers, {});
  assert.throws(() => snapshotLayout(long), { message: "RUT_LONG has no snapshot file in data/catalog.json: it is built from RU2000PR and RUT, import or refresh those" });
});

test("a bad compose or dailyFrom entry is refused, naming the field and the fix", (t) => {
  const dir = tempDir(t);
  const where = path.join(dir, "catalog.json");
  const write = (series: unknown[]) => fs.writeFileSync(where, JSON.stringify({ series }));
  const base = { name: "x", meaning: "x", unit: "index points", kind: "price index", frequency: "daily", notes: [] };
  const file = { ...base, id: "A", providers: { fred: "A" }, snapshot: { file: "A.csv", origin: "fred", header: ["DATE", "VALUE"], columns: { date: "DATE", close: "VALUE" }, blankIsHoliday: true } };
  const cases: [unknown[], string][] = [
    [[file, { ...base, id: "L", providers: {}, compose: { before: "A", after: "A", join: "1987/09/10", method: "daily returns" } }], `${where} series[1]: compose must be {before: id, after: id, join: "YYYY-MM-DD", method: "daily returns"}; fix data/catalog.json`],
    [[file, { ...base, id: "L", providers: {}, compose: { before: "A", after: "B", join: "1987-09-10", method: "daily returns" } }], `${where}: L's compose input 'B' must be a series of the catalog with a snapshot file; fix data/catalog.json`],
    [[file, { ...file, id: "L", compose: { before: "A", after: "A", join: "1987-09-10", method: "daily returns" } }], `${where} series[1]: compose must be the only source of a composed series (remove snapshot and providers); fix data/catalog.json`],
    [[{ ...file, dailyFrom: "June 1993" }], `${where} series[0]: dailyFrom must be a date written YYYY-MM-DD; fix data/catalog.json`],
  ];
  for (const [series, message] of cases) {
    write(series);
    assert.throws(() => readCatalog(where), { message });
  }
});
