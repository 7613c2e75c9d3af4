import assert from "node:assert/strict";
import { test, type TestContext } from "node:test";
import { writeCachedSeries } from "../../lib/data/cache";
import { loadSeries, type LoadedSeries } from "../../lib/data/load";
import { captionFor, PROVENANCE_MIME, provenanceOf, showProvenance, type Provenance } from "../../lib/data/provenance";
import { captureDisplays } from "../../lib/notebook/display";
import { weekdays } from "../fixtures/series";
import { tempDir } from "./fixtures";

const SHA = "3189f0b4b2e1e736c51a8b90c9dedddc6c2af50a15ea64c2841a3d50e87bc05e";

/** RUT with one zero-volume row on day 5 and a 12-day gap; IWM on the same days; DGS10 from FRED with holidays. */
function setup(t: TestContext) {
  const dir = tempDir(t);
  const dates = [...weekdays("2025-01-02", 10), ...weekdays("2025-01-27", 5)];
  const close = Float64Array.from(dates, (_, i) => 2000 + i);
  const volume = Float64Array.from(dates, (_, i) => (i === 5 ? 0 : 1000));
  const fetchedAt = "2026-11-23T10:00:00.000Z";
  writeCachedSeries({ id: "RUT", dates, close, volume }, { source: "snapshot", sourceFile: "/snap/RUT.csv", sourceSha256: SHA, fetchedAt, droppedHolidays: 0 }, dir);
  writeCachedSeries({ id: "IWM", dates, close: Float64Array.from(dates, (_, i) => 200 + i) }, { source: "snapshot", fetchedAt, droppedHolidays: 0 }, dir);
  const dgs = writeCachedSeries(
    { id: "DGS10", dates: ["2025-11-20", "2025-11-21"], close: Float64Array.of(4.1, 4.06) },
    { source: "fred", sourceUrl: "https://fred.example/fredgraph.csv?id=DGS10", fetchedAt, droppedHolidays: 4 },
    dir,
  );
  return { dir, dates, dgs };
}

test("provenanceOf records source, checksum, range and what validation did", (t) => {
  const { dir, dates } = setup(t);
  const p = provenanceOf(loadSeries("RUT", { cacheDir: dir }));
  assert.deepEqual(p, {
    id: "RUT",
    name: "Russell 2000 index",
    kind: "price index",
    unit: "index points",
    source: "snapshot",
    origin: "Yahoo ^RUT",
    sourceFile: "/snap/RUT.csv",
    sourceUrl: undefined,
    sha256: SHA,
    first: dates[0],
    last: dates[14],
    rows: 15,
    fetchedAt: "2026-11-23T10:00:00.000Z",
    notes: [
      'suspect rows: 1 (zero volume 1), policy "keep": 1 kept as is',
      // 2025-01-15 (Wednesday, the 10th weekday) to 2025-01-27.
      "gaps longer than 10 calendar days: 1 (longest 12 days, 2025-01-15 to 2025-01-27)",
    ],
  } satisfies Provenance);
});

test("provenance of a FRED download: origin FRED, checksum of the cached file, holidays noted", (t) => {
  const { dir, dgs } = setup(t);
  const p = loadSeries("DGS10", { cacheDir: dir }).provenance;
  assert.equal(p.origin, "FRED DGS10");
  assert.equal(p.sha256, dgs.sha256);
  assert.deepEqual(p.notes, ["holiday rows without a value, dropped: 4"]);
});

test("the policy applied shows in the notes", (t) => {
  const { dir } = setup(t);
  const replaced = loadSeries("RUT", { cacheDir: dir, suspectRows: "replace" }).provenance;
  assert.equal(replaced.notes[0], 'suspect rows: 1 (zero volume 1), policy "replace": 1 replaced from IWM\'s moves');
  assert.equal(replaced.rows, 15);
  const dropped = loadSeries("RUT", { cacheDir: dir, suspectRows: "drop" }).provenance;
  assert.equal(dropped.notes[0], 'suspect rows: 1 (zero volume 1), policy "drop": 1 dropped');
  assert.equal(dropped.rows, 14);
});

test("captionFor names the source, a short checksum and the range shown", (t) => {
  const { dir, dates } = setup(t);
  const rut = loadSeries("RUT", { cacheDir: dir });
  assert.equal(captionFor(rut), `Source: Yahoo ^RUT via snapshot (sha256 3189f0b4…), ${dates[0]} to ${dates[14]}; suspect rows: 1 kept as is`);
  // A window after the suspect row: no mention of it; bounds snap to the trading days inside.
  assert.equal(captionFor(rut, "2025-01-11", "2025-01-31"), `Source: Yahoo ^RUT via snapshot (sha256 3189f0b4…), ${dates[7]} to ${dates[14]}`);
  assert.equal(captionFor(rut, "2030-01-01"), "Source: Yahoo ^RUT via snapshot (sha256 3189f0b4…), no data from 2030-01-01 to the end");
  const dgs = loadSeries("DGS10", { cacheDir: dir });
  assert.equal(captionFor(dgs), `Source: FRED DGS10, fetched 2026-11-23 (sha256 ${dgs.manifest.sha256.slice(0, 8)}…), 2025-11-20 to 2025-11-21`);
});

test("showProvenance displays one bundle: provenance JSON, an escaped HTML table and plain text", (t) => {
  const { dir } = setup(t);
  const rut = loadSeries("RUT", { cacheDir: dir });
  const odd: LoadedSeries = { ...rut, provenance: { ...rut.provenance, id: "X", name: "<b>&'\"" } };
  const [bundle, ...rest] = captureDisplays(() => showProvenance([rut, odd]));
  assert.equal(rest.length, 0);
  assert.deepEqual(bundle[PROVENANCE_MIME], { series: [rut.provenance, odd.provenance] });
  assert.equal(PROVENANCE_MIME, "application/vnd.r2k.provenance+json");
  const html = bundle["text/html"] as string;
  assert.ok(html.includes("<td>X: &lt;b&gt;&amp;&#39;&quot;</td>"));
  assert.ok(!html.includes("<b>&"));
  assert.ok(html.includes("<td>RUT: Russell 2000 index</td>"));
  const text = bundle["text/plain"] as string;
  assert.equal(text.split("\n").length, 2);
  assert.ok(text.startsWith("RUT: Russell 2000 index | Yahoo ^RUT (snapshot, 2026-11-23) | "));
});

test("a series with month-end rows says so in its notes and in captions of ranges that include them", (t) => {
  const dir = tempDir(t);
  const dates = ["1993-03-31", "1993-04-30", "1993-05-31", ...weekdays("1993-06-01", 5)];
  writeCachedSeries(
    { id: "RU2000GPR", dates, close: Float64Array.from(dates, (_, i) => 950 + i) },
    { source: "snapshot", sourceSha256: "d".repeat(64), fetchedAt: "2026-11-23T10:00:00.000Z", droppedHolidays: 0 },
    dir,
  );
  const growth = loadSeries("RU2000GPR", { cacheDir: dir });
  assert.equal(growth.dailyFrom, "1993-06-01");
  assert.equal(growth.series.dailyFrom, "1993-06-01");
  assert.equal(growth.provenance.dailyFrom, "1993-06-01");
  assert.deepEqual(growth.provenance.notes, [
    "month-end values until 1993-05-31, daily from 1993-06-01: trading-day horizons only from 1993-06-01, calendar horizons from any row",
  ]);
  assert.equal(captionFor(growth), `Source: FRED RU2000GPR via snapshot (sha256 dddddddd…), 1993-03-31 to ${dates[7]}; month-end values before 1993-06-01`);
  assert.equal(captionFor(growth, "1993-06-01"), `Source: FRED RU2000GPR via snapshot (sha256 dddddddd…), 1993-06-01 to ${dates[7]}`);
});
