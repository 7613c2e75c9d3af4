import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { cachedIds, cachePaths, readCachedSeries, seriesToCsv, writeCachedSeries, type CacheOrigin } from "../../lib/data/cache";
import { defaultCacheDir, defaultSnapshotDir, projectRoot } from "../../lib/data/paths";
import type { DailySeries } from "../../lib/series/daily-series";
import { fileSha256, tempDir } from "./fixtures";

const origin: CacheOrigin = { source: "snapshot", sourceFile: "/snap/RUT.csv", sourceSha256: "ab".repeat(32), fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 };

function series(): DailySeries {
  return {
    id: "RUT",
    dates: ["2025-01-02", "2025-01-03", "2025-01-06"],
    close: Float64Array.of(2263.780029296875, 0.1 + 0.2, 2250),
    volume: Float64Array.of(5432480000, 0, 17),
  };
}

test("writeCachedSeries writes normalised CSV and a manifest describing it", (t) => {
  const dir = tempDir(t);
  const manifest = writeCachedSeries(series(), origin, dir);
  const files = cachePaths("RUT", dir);
  assert.equal(
    fs.readFileSync(files.data, "utf8"),
    "date,close,volume\n2025-01-02,2263.780029296875,5432480000\n2025-01-03,0.30000000000000004,0\n2025-01-06,2250,17\n",
  );
  assert.deepEqual(JSON.parse(fs.readFileSync(files.manifest, "utf8")), manifest);
  assert.equal(manifest.sha256, fileSha256(files.data));
  assert.deepEqual(
    { id: manifest.id, rows: manifest.rows, first: manifest.first, last: manifest.last, columns: manifest.columns, source: manifest.source },
    { id: "RUT", rows: 3, first: "2025-01-02", last: "2025-01-06", columns: ["date", "close", "volume"], source: "snapshot" },
  );
  assert.equal(manifest.sourceSha256, origin.sourceSha256);
});

test("seriesToCsv writes columns in cache order: date, close, open, high, low, volume", () => {
  const s: DailySeries = { id: "X", dates: ["2025-01-02"], close: Float64Array.of(2), low: Float64Array.of(1), open: Float64Array.of(1.5), high: Float64Array.of(3) };
  assert.deepEqual(seriesToCsv(s), { text: "date,close,open,high,low\n2025-01-02,2,1.5,3,1\n", columns: ["date", "close", "open", "high", "low"] });
});

test("readCachedSeries returns what was written, or undefined when nothing is cached", (t) => {
  const dir = tempDir(t);
  assert.equal(readCachedSeries("RUT", dir), undefined);
  const manifest = writeCachedSeries(series(), origin, dir);
  const entry = readCachedSeries("RUT", dir);
  assert.deepEqual(entry?.manifest, manifest);
  assert.equal(entry?.file, path.join(dir, "RUT.csv"));
  assert.equal(entry?.text, fs.readFileSync(path.join(dir, "RUT.csv"), "utf8"));
});

test("a cached file edited by hand no longer matches its manifest: the read says so and how to fix it", (t) => {
  const dir = tempDir(t);
  writeCachedSeries(series(), origin, dir);
  const file = path.join(dir, "RUT.csv");
  fs.appendFileSync(file, "2025-01-07,1,1\n");
  assert.throws(
    () => readCachedSeries("RUT", dir),
    (error: Error) =>
      error.message.startsWith(`${file} does not match its manifest (sha256 `) &&
      error.message.endsWith("it was changed outside the data layer; run `npm run data -- import RUT` (snapshot) or `npm run data -- refresh RUT` (online)"),
  );
});

test("a data file without its manifest (or the reverse) is reported, not read", (t) => {
  const dir = tempDir(t);
  writeCachedSeries(series(), origin, dir);
  fs.rmSync(path.join(dir, "RUT.manifest.json"));
  assert.throws(() => readCachedSeries("RUT", dir), {
    message: `cache has ${path.join(dir, "RUT.csv")} but not ${path.join(dir, "RUT.manifest.json")}: run \`npm run data -- import RUT\` (snapshot) or \`npm run data -- refresh RUT\` (online)`,
  });
});

test("if the manifest cannot be written, the previous data file is put back", (t) => {
  const dir = tempDir(t);
  writeCachedSeries(series(), origin, dir);
  const before = { data: fs.readFileSync(path.join(dir, "RUT.csv")), manifest: fs.readFileSync(path.join(dir, "RUT.manifest.json")) };
  const longer = { ...series(), dates: [...series().dates, "2025-01-07"], close: Float64Array.of(1, 2, 3, 4), volume: Float64Array.of(1, 1, 1, 1) };
  const failOnManifest = (from: string, to: string) => {
    if (to.endsWith(".manifest.json")) throw new Error("disk full");
    fs.renameSync(from, to);
  };
  assert.throws(() => writeCachedSeries(longer, origin, dir, { rename: failOnManifest }), /disk full/);
  assert.deepEqual(fs.readFileSync(path.join(dir, "RUT.csv")), before.data);
  assert.deepEqual(fs.readFileSync(path.join(dir, "RUT.manifest.json")), before.manifest);
  assert.deepEqual(fs.readdirSync(dir).sort(), ["RUT.csv", "RUT.manifest.json"]);
  assert.ok(readCachedSeries("RUT", dir));
});

test("cachedIds lists series with a manifest and ignores temporary files", (t) => {
  const dir = tempDir(t);
  assert.deepEqual(cachedIds(path.join(dir, "absent")), []);
  writeCachedSeries(series(), origin, dir);
  writeCachedSeries({ ...series(), id: "IWM" }, origin, dir);
  fs.writeFileSync(path.join(dir, ".RUT.manifest.json.1.abc.tmp"), "{");
  assert.deepEqual(cachedIds(dir), ["IWM", "RUT"]);
});

test("writeCachedSeries refuses an empty series", (t) => {
  assert.throws(() => writeCachedSeries({ id: "RUT", dates: [], close: new Float64Array(0) }, origin, tempDir(t)), {
    message: "RUT: no rows to cache; check the source",
  });
});

test("folders: the project root holds package.json; env variables override the cache and snapshot folders", (t) => {
  const root = projectRoot();
  assert.ok(fs.existsSync(path.join(root, "package.json")));
  assert.ok(fs.existsSync(path.join(root, "data", "catalog.json")));
  const saved = { cache: process.env.R2K_CACHE_DIR, snap: process.env.R2K_SNAPSHOT_DIR };
  t.after(() => {
    for (const [key, value] of [["R2K_CACHE_DIR", saved.cache], ["R2K_SNAPSHOT_DIR", saved.snap]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  delete process.env.R2K_CACHE_DIR;
  delete process.env.R2K_SNAPSHOT_DIR;
  assert.equal(defaultCacheDir(), path.join(root, "data", "cache"));
  assert.equal(defaultSnapshotDir(), path.resolve(root, "..", "shared", "market-data"));
  process.env.R2K_CACHE_DIR = "/tmp/some-cache";
  process.env.R2K_SNAPSHOT_DIR = "/tmp/some-snapshot";
  assert.equal(defaultCacheDir(), "/tmp/some-cache");
  assert.equal(defaultSnapshotDir(), "/tmp/some-snapshot");
});

test("projectRoot fails clearly outside a project", () => {
  assert.throws(() => projectRoot("/"), { message: "no package.json above /: run the library from inside the project folder" });
});
