import assert from "node:assert/strict";
import { test } from "node:test";
import { catalogIds, defaultProvider, listSeries, seriesInfo } from "../../lib/data/catalog";

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
