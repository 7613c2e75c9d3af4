import assert from "node:assert/strict";
import { test, type TestContext } from "node:test";
import { writeCachedSeries } from "../../lib/data/cache";
import { chainByDailyReturns } from "../../lib/data/compose";
import { loadSeries } from "../../lib/data/load";
import { captionFor } from "../../lib/data/provenance";
import type { DailySeries } from "../../lib/series/daily-series";
import { weekdays } from "../fixtures/series";
import { tempDir } from "./fixtures";

const close = (xs: readonly number[]) => Float64Array.from(xs);

test("a known return path gives the known chained levels; from the join on the levels are after's", () => {
  // before: +10%, -10%, +20% into the join day (row 3), then anything; after starts on the join day at 1000.
  const dates = weekdays("1987-09-07", 6);
  const before: DailySeries = { id: "FRED", dates, close: close([100, 110, 99, 118.8, 120, 121]) };
  const after: DailySeries = { id: "YAHOO", dates: dates.slice(3), close: close([1000, 1010, 1020]) };
  const { series, scale, beforeRows, afterRows } = chainByDailyReturns(before, after, dates[3], "LONG");
  const expected = [1000 / 1.2 / 0.9 / 1.1, 1000 / 1.2 / 0.9, 1000 / 1.2, 1000, 1010, 1020];
  assert.equal(series.id, "LONG");
  assert.deepEqual(series.dates, dates);
  series.close.forEach((x, i) => assert.ok(Math.abs(x / expected[i] - 1) < 1e-12, `row ${i}: ${x} vs ${expected[i]}`));
  assert.equal(scale, 1000 / 118.8);
  assert.deepEqual([beforeRows, afterRows], [3, 3]);
  // Close only: no open, high, low or volume.
  assert.deepEqual(Object.keys(series).sort(), ["close", "dates", "id"]);
});

test("the join date is honoured: before's rows on and after it are not used, after's rows before it neither", () => {
  const dates = weekdays("1987-09-01", 8);
  const before: DailySeries = { id: "FRED", dates, close: close([50, 51, 52, 53, 54, 55, 56, 57]) };
  const after: DailySeries = { id: "YAHOO", dates, close: close([7, 7, 7, 7, 200, 210, 220, 230]) };
  const { series } = chainByDailyReturns(before, after, dates[4], "LONG");
  assert.deepEqual(Array.from(series.close.slice(4)), [200, 210, 220, 230]);
  // Before the join: before's shape, scaled so that its join-day level (54) lands on 200.
  series.close.slice(0, 4).forEach((x, i) => assert.ok(Math.abs(x - (before.close[i] * 200) / 54) < 1e-9));
});

test("a join date missing from either side is an error naming the series and the fix", () => {
  const dates = weekdays("1987-09-07", 4);
  const before: DailySeries = { id: "FRED", dates, close: close([1, 2, 3, 4]) };
  const after: DailySeries = { id: "YAHOO", dates: dates.slice(2), close: close([5, 6]) };
  const fix = "choose a join date both have (data/catalog.json compose.join)";
  assert.throws(() => chainByDailyReturns(before, after, "1987-09-12", "LONG"), { message: `LONG: FRED has no row on the join date 1987-09-12; ${fix}` });
  assert.throws(() => chainByDailyReturns(before, after, dates[1], "LONG"), { message: `LONG: YAHOO has no row on the join date ${dates[1]}; ${fix}` });
});

test("month-end rows of the earlier series stay marked (dailyFrom) in the joined series", () => {
  const dates = ["1992-11-30", "1992-12-31", ...weekdays("1993-01-04", 4)];
  const before: DailySeries = { id: "FRED", dates, close: close([1, 2, 3, 4, 5, 6]), dailyFrom: "1993-01-04" };
  const after: DailySeries = { id: "YAHOO", dates: dates.slice(4), close: close([10, 11]) };
  assert.equal(chainByDailyReturns(before, after, dates[4], "LONG").series.dailyFrom, "1993-01-04");
});

/** A cache with RU2000PR (1987-09-01 to 09-18) and RUT from the join (1987-09-10) with a zero-volume row on 09-15. */
function cache(t: TestContext) {
  const dir = tempDir(t);
  const pr = weekdays("1987-09-01", 14);
  const rut = weekdays("1987-09-10", 10);
  const fetchedAt = "2026-11-30T00:00:00.000Z";
  writeCachedSeries({ id: "RU2000PR", dates: pr, close: Float64Array.from(pr, (_, i) => 400 + 5 * i) }, { source: "snapshot", sourceSha256: "a".repeat(64), fetchedAt, droppedHolidays: 1 }, dir);
  writeCachedSeries(
    { id: "RUT", dates: rut, close: Float64Array.from(rut, (_, i) => 160 + i), volume: Float64Array.from(rut, (_, i) => (i === 3 ? 0 : 1000)) },
    { source: "snapshot", sourceSha256: "b".repeat(64), fetchedAt, droppedHolidays: 0 },
    dir,
  );
  return { dir, pr, rut };
}

test("RUT_LONG loads from the cached RU2000PR and RUT, joined on 1987-09-10, with both checksums in its provenance", (t) => {
  const { dir, pr, rut } = cache(t);
  const long = loadSeries("RUT_LONG", { cacheDir: dir });
  assert.deepEqual(long.series.dates, [...pr.filter((d) => d < "1987-09-10"), ...rut]);
  assert.equal(long.series.close[7], 160);
  // 1987-09-09 is RU2000PR's row 6 (430), the join day its row 7 (435): 160 x 430 / 435.
  assert.ok(Math.abs(long.series.close[6] - (160 * 430) / 435) < 1e-9);
  assert.equal(long.manifest.source, "composed");
  assert.deepEqual(
    long.provenance.inputs?.map((i) => [i.id, i.origin, i.sha256, i.first, i.last, i.rows]),
    [
      ["RU2000PR", "FRED RU2000PR", "a".repeat(64), "1987-09-01", "1987-09-09", 7],
      ["RUT", "Yahoo ^RUT", "b".repeat(64), "1987-09-10", rut[9], 10],
    ],
  );
  assert.equal(long.provenance.origin, "FRED RU2000PR + Yahoo ^RUT");
  assert.match(long.provenance.notes[0], /^composed by daily returns at 1987-09-10: RU2000PR \(FRED RU2000PR, sha256 aaaaaaaa…\) 1987-09-01 to 1987-09-09, .*RUT \(Yahoo \^RUT, sha256 bbbbbbbb…\) 1987-09-10 to /);
  assert.match(captionFor(long), /^Source: FRED RU2000PR \(sha256 aaaaaaaa…\) to 1987-09-09, chained by daily returns into Yahoo \^RUT \(sha256 bbbbbbbb…\) from 1987-09-10, 1987-09-01 to /);
});

test("RUT_LONG passes the suspectRows policy to RUT and reports RUT's suspect rows as its own", (t) => {
  const { dir, rut } = cache(t);
  const kept = loadSeries("RUT_LONG", { cacheDir: dir });
  assert.deepEqual(kept.validation.suspectRows.map((r) => r.date), [rut[3]]);
  assert.match(kept.validation.warnings.join("\n"), /RUT_LONG: its 1 suspect rows are RUT's \(policy "keep"\), listed under RUT/);
  const dropped = loadSeries("RUT_LONG", { cacheDir: dir, suspectRows: "drop" });
  assert.ok(!dropped.series.dates.includes(rut[3]));
  assert.equal(dropped.series.dates.length, kept.series.dates.length - 1);
});

test("RUT_LONG without its inputs in the cache says which input to import", (t) => {
  const dir = tempDir(t);
  assert.throws(() => loadSeries("RUT_LONG", { cacheDir: dir }), /series RU2000PR is not in the cache .*npm run data -- import/);
});
