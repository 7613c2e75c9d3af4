import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test, type TestContext } from "node:test";
import { readCachedSeries, writeCachedSeries } from "../../lib/data/cache";
import { loadSeries } from "../../lib/data/load";
import { refreshSeries, type RefreshOptions } from "../../lib/data/refresh";
import { startServer, tempDir, type Handler } from "./fixtures";

const CSV = "observation_date,DGS10\n2025-11-19,4.13\n2025-11-20,4.10\n2025-11-21,\n2025-11-24,4.04\n2025-11-25,4.00\n";

const serve =
  (status: number, body: string): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "text/csv" });
    res.end(body);
  };

/** A cache folder holding DGS10 from the snapshot (2025-11-20..24), and a FRED stand-in serving `handler`. */
async function setup(t: TestContext, handler: Handler, cached = true) {
  const cacheDir = tempDir(t);
  if (cached) {
    writeCachedSeries(
      { id: "DGS10", dates: ["2025-11-20", "2025-11-24"], close: Float64Array.of(4.1, 4.04) },
      { source: "snapshot", sourceFile: "/snap/DGS10.csv", sourceSha256: "c".repeat(64), fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 1 },
      cacheDir,
    );
  }
  const server = await startServer(t, { "/fredgraph.csv": handler });
  const url = `${server.url}/fredgraph.csv`;
  const options: RefreshOptions = { cacheDir, fred: { url, retries: 0, timeoutMs: 500 } };
  return { cacheDir, url: `${url}?id=DGS10`, options };
}

/** Every file of the cache folder with its bytes: "untouched" means this stays equal. */
function snapshotOf(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), "base64")]));
}

test("refreshSeries replaces the cache with the provider's data and records where it came from", async (t) => {
  const { cacheDir, url, options } = await setup(t, serve(200, CSV));
  const result = await refreshSeries("DGS10", options);
  assert.equal(result.manifest.source, "fred");
  assert.equal(result.manifest.sourceUrl, url);
  assert.equal(result.manifest.sourceFile, undefined);
  assert.equal(result.manifest.rows, 4);
  assert.equal(result.manifest.droppedHolidays, 1);
  assert.equal(result.validation.first, "2025-11-19");
  const loaded = loadSeries("DGS10", { cacheDir });
  assert.deepEqual(loaded.series.dates, ["2025-11-19", "2025-11-20", "2025-11-24", "2025-11-25"]);
  assert.equal(loaded.provenance.origin, "FRED DGS10");
  assert.deepEqual(fs.readdirSync(cacheDir).sort(), ["DGS10.csv", "DGS10.manifest.json"]);
});

test("a failed download keeps the cache byte for byte and says which data were kept", async (t) => {
  const { cacheDir, url, options } = await setup(t, serve(500, "oops"));
  const before = snapshotOf(cacheDir);
  await assert.rejects(refreshSeries("DGS10", options), {
    message:
      `refresh DGS10 from FRED failed: FRED DGS10 (${url}): HTTP 500 Internal Server Error (server error) (1 attempt); try again later; ` +
      "the cached data (snapshot, 2025-11-20 to 2025-11-24, 2 rows) was kept",
  });
  assert.deepEqual(snapshotOf(cacheDir), before);
});

test("data that fail validation are not written; the cache is kept", async (t) => {
  const bad = "observation_date,DGS10\n2025-11-19,4.13\n2025-11-19,4.10\n2025-11-25,4.00\n";
  const { cacheDir, options } = await setup(t, serve(200, bad));
  const before = snapshotOf(cacheDir);
  await assert.rejects(refreshSeries("DGS10", options), {
    message:
      "refresh DGS10 from FRED failed: FRED DGS10 CSV line 3: date 2025-11-19 repeats line 2; remove one of the two rows; " +
      "the cached data (snapshot, 2025-11-20 to 2025-11-24, 2 rows) was kept",
  });
  assert.deepEqual(snapshotOf(cacheDir), before);
});

test("a download covering less than the cache (a truncated response?) is refused unless allowShrink", async (t) => {
  const short = "observation_date,DGS10\n2025-11-21,4.12\n2025-11-24,4.04\n";
  const { cacheDir, options } = await setup(t, serve(200, short));
  const before = snapshotOf(cacheDir);
  await assert.rejects(refreshSeries("DGS10", options), {
    message:
      "refresh DGS10 from FRED failed: the download covers 2025-11-21 to 2025-11-24, less than the cached 2025-11-20 to 2025-11-24 " +
      "(a truncated response?); pass allowShrink (CLI: --allow-shrink) to accept it; the cached data (snapshot, 2025-11-20 to 2025-11-24, 2 rows) was kept",
  });
  assert.deepEqual(snapshotOf(cacheDir), before);
  const accepted = await refreshSeries("DGS10", { ...options, allowShrink: true });
  assert.equal(accepted.manifest.first, "2025-11-21");
});

test("a failure with nothing cached says nothing was written, and writes nothing", async (t) => {
  const { cacheDir, options } = await setup(t, serve(500, "oops"), false);
  await assert.rejects(refreshSeries("DGS10", options), (error: Error) =>
    error.message.endsWith("; nothing was cached for DGS10 before, and nothing was written"),
  );
  assert.deepEqual(fs.readdirSync(cacheDir), []);
  assert.equal(readCachedSeries("DGS10", cacheDir), undefined);
});

test("asking a provider the series has no symbol for fails before any request, cache kept", async (t) => {
  const { options } = await setup(t, serve(200, CSV));
  await assert.rejects(refreshSeries("DGS10", { ...options, provider: "yahoo" }), {
    message:
      "refresh DGS10 from Yahoo failed: DGS10 has no Yahoo symbol in data/catalog.json; refresh it from FRED instead; " +
      "the cached data (snapshot, 2025-11-20 to 2025-11-24, 2 rows) was kept",
  });
});

test("a composed series is not refreshed: the error names its inputs", async (t) => {
  await assert.rejects(refreshSeries("RUT_LONG", { cacheDir: tempDir(t) }), { message: "RUT_LONG is built from RU2000PR and RUT: refresh those instead" });
});
