import assert from "node:assert/strict";
import { test } from "node:test";
import { applySuspectPolicy, findSuspectRows, onCentGrid } from "../../lib/data/suspect-rows";
import type { DailySeries } from "../../lib/series/daily-series";
import { weekdays } from "../fixtures/series";
import { generateBars } from "./fixtures";

/** A RUT-like series (cent closes stored as float32, volume > 0) and an IWM-like one on the same days. */
function fixture() {
  const dates = weekdays("2025-06-02", 60);
  const bars = generateBars(dates, 2200, 1);
  const iwmBars = generateBars(dates, 220, 2);
  const rut: DailySeries = {
    id: "RUT",
    dates,
    close: Float64Array.from(bars, (b) => b.close),
    open: Float64Array.from(bars, (b) => b.open),
    high: Float64Array.from(bars, (b) => b.high),
    low: Float64Array.from(bars, (b) => b.low),
    volume: Float64Array.from(bars, (b) => b.volume),
  };
  const iwm: DailySeries = { id: "IWM", dates: [...dates], close: Float64Array.from(iwmBars, (b) => b.close) };
  // Intraday captures: volume 0 with an unrounded close (20), volume 0 alone (30), two in a row (40, 41).
  for (const i of [20, 30, 40, 41]) (rut.volume as Float64Array)[i] = 0;
  for (const i of [20, 40, 41]) rut.close[i] = Math.fround(rut.close[i] + 0.3712);
  // An unrounded close with normal volume (55), more than 10 rows from the others.
  rut.close[55] = Math.fround(rut.close[55] - 1.2345);
  return { rut, iwm };
}

test("onCentGrid accepts cent prices stored as float32 and rejects finer ones", () => {
  assert.equal(onCentGrid(2663.780029296875), true);
  assert.equal(onCentGrid(16.65999984741211), true);
  assert.equal(onCentGrid(4.06), true);
  assert.equal(onCentGrid(2620.988525390625), false);
  assert.equal(onCentGrid(108.625), false);
});

test("findSuspectRows flags volume 0 and unrounded closes among rounded neighbours", () => {
  const { rut } = fixture();
  const found = findSuspectRows(rut);
  assert.deepEqual(
    found.map((f) => [f.index, f.reasons]),
    [
      [20, ["zero volume", "off-grid close"]],
      [30, ["zero volume"]],
      // 40 and 41 sit side by side; zero-volume rows are left out of each other's neighbourhood.
      [40, ["zero volume", "off-grid close"]],
      [41, ["zero volume", "off-grid close"]],
      [55, ["off-grid close"]],
    ],
  );
});

test("volume 0 before the series starts reporting volume, and series never rounded, raise nothing", () => {
  const dates = weekdays("1949-12-26", 8);
  const close = Float64Array.from(dates, (_, i) => 16.5 + i / 100);
  const volume = Float64Array.from(dates, (_, i) => (i < 5 ? 0 : 1_000_000));
  assert.deepEqual(findSuspectRows({ id: "GSPC", dates, close, volume }), []);
  const vix = { id: "VIX", dates, close, volume: new Float64Array(dates.length) };
  assert.deepEqual(findSuspectRows(vix), []);
  const adjusted = Float64Array.from(dates, (_, i) => 32.929141998291016 + i * 0.123456789);
  assert.deepEqual(findSuspectRows({ id: "IWM", dates, close: adjusted }), []);
});

test("unrounded closes next to unrounded ones raise nothing: an adjustment edge, a 3-decimal yield", () => {
  const dates = weekdays("2025-08-25", 40);
  // SPY-like: 20 dividend-adjusted (unrounded) closes, then rounded ones.
  const spy = Float64Array.from(dates, (_, i) => (i < 20 ? 640 + i * 0.8123457 : Math.fround(660 + i * 0.37)));
  assert.deepEqual(findSuspectRows({ id: "SPY", dates, close: spy }), []);
  // TNX-like: yields with 3 decimals, some of which happen to land on the cent grid.
  const tnx = Float64Array.from(dates, (_, i) => Math.fround(4 + ((i * 7) % 13) / 1000 + (i % 5) / 100));
  assert.deepEqual(findSuspectRows({ id: "TNX", dates, close: tnx }), []);
});

test("a half-cent close exactly between rounded neighbours is flagged as a midpoint (interpolated holiday)", () => {
  const dates = weekdays("2022-06-27", 30);
  const close = Float64Array.from(dates, (_, i) => Math.round((11000 + i * 13.37) * 100) / 100);
  // Row 10 filled in as the mean of rows 9 and 11, which differ by an odd number of cents.
  close[11] = Math.round((close[9] + 0.77) * 100) / 100;
  close[10] = (close[9] + close[11]) / 2;
  assert.equal(onCentGrid(close[10]), false);
  const found = findSuspectRows({ id: "NASDAQCOM", dates, close });
  assert.deepEqual(found, [{ index: 10, reasons: ["midpoint of neighbours"] }]);
});

test("policy keep: nothing changes; each row reports its move beside IWM's", () => {
  const { rut, iwm } = fixture();
  const { series, rows } = applySuspectPolicy(rut, findSuspectRows(rut), "keep", iwm);
  assert.deepEqual(Array.from(series.close), Array.from(rut.close));
  assert.deepEqual(series.dates, rut.dates);
  assert.equal(rows.length, 5);
  for (const row of rows) {
    const i = rut.dates.indexOf(row.date);
    assert.equal(row.action, "kept");
    assert.equal(row.close, rut.close[i]);
    assert.equal(row.change, rut.close[i] / rut.close[i - 1] - 1);
    assert.deepEqual(row.crossCheck, { id: "IWM", change: iwm.close[i] / iwm.close[i - 1] - 1 });
  }
});

test("policy drop: the suspect rows are gone from every column", () => {
  const { rut, iwm } = fixture();
  const { series, rows } = applySuspectPolicy(rut, findSuspectRows(rut), "drop", iwm);
  const gone = new Set([20, 30, 40, 41, 55]);
  const kept = rut.dates.map((_, i) => i).filter((i) => !gone.has(i));
  assert.deepEqual(series.dates, kept.map((i) => rut.dates[i]));
  assert.deepEqual(Array.from(series.close), kept.map((i) => rut.close[i]));
  assert.deepEqual(Array.from(series.volume ?? []), kept.map((i) => (rut.volume as Float64Array)[i]));
  assert.ok(rows.every((r) => r.action === "dropped"));
});

test("policy replace: close = previous close x (1 + IWM's move), chained through consecutive suspects", () => {
  const { rut, iwm } = fixture();
  const { series, rows } = applySuspectPolicy(rut, findSuspectRows(rut), "replace", iwm);
  // Independent computation: walk the days, rebuilding each suspect day from the day before.
  const expected = Array.from(rut.close);
  for (const i of [20, 30, 40, 41, 55]) expected[i] = expected[i - 1] * (iwm.close[i] / iwm.close[i - 1]);
  assert.deepEqual(series.dates, rut.dates);
  for (let i = 0; i < expected.length; i++) assert.ok(Math.abs(series.close[i] - expected[i]) < 1e-9, `day ${i}: ${series.close[i]} vs ${expected[i]}`);
  assert.deepEqual(
    rows.map((r) => [r.date, r.action]),
    [20, 30, 40, 41, 55].map((i) => [rut.dates[i], "replaced"]),
  );
  assert.equal(rows[3].replacement, series.close[41]);
  // High and low still contain the close.
  for (let i = 0; i < expected.length; i++) {
    assert.ok((series.high as Float64Array)[i] >= series.close[i] && (series.low as Float64Array)[i] <= series.close[i]);
  }
});

test("policy replace falls back to drop, saying why, where IWM has no row or no IWM is loaded", () => {
  const { rut, iwm } = fixture();
  const missing = rut.dates[30];
  const keep = iwm.dates.map((_, i) => i).filter((i) => iwm.dates[i] !== missing);
  const holed: DailySeries = { id: "IWM", dates: keep.map((i) => iwm.dates[i]), close: Float64Array.from(keep, (i) => iwm.close[i]) };
  const { series, rows } = applySuspectPolicy(rut, findSuspectRows(rut), "replace", holed);
  const row30 = rows.find((r) => r.date === missing);
  assert.equal(row30?.action, "dropped");
  assert.equal(row30?.fallback, `IWM has no row on ${missing}: dropped`);
  assert.equal(row30?.crossCheck, undefined);
  assert.equal(series.dates.includes(missing), false);
  assert.equal(series.dates.length, rut.dates.length - 1);

  const alone = applySuspectPolicy(rut, findSuspectRows(rut), "replace");
  assert.ok(alone.rows.every((r) => r.action === "dropped" && r.fallback === "no cross-check series loaded: dropped"));
});

test("policy replace drops a suspect first row: there is nothing to rebuild it from", () => {
  const dates = weekdays("2025-01-02", 12);
  const close = Float64Array.from(dates, (_, i) => 100 + i);
  close[0] = 99.987;
  const iwm = { id: "IWM", dates, close: Float64Array.from(dates, (_, i) => 50 + i) };
  const { rows } = applySuspectPolicy({ id: "RUT", dates, close }, findSuspectRows({ id: "RUT", dates, close }), "replace", iwm);
  assert.deepEqual(rows.map((r) => [r.date, r.action, r.fallback]), [[dates[0], "dropped", "no earlier row to rebuild it from: dropped"]]);
});
