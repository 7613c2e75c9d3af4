// Live refreshes meeting faults: a provider that revised its history, a refresh killed part way
// through (a slow download, a half-written file, between the data and its manifest), and two
// refreshes of one series at once. The refreshes run as real `npm run data -- refresh` processes
// against a local FRED stand-in; a preload script pauses them at one step of the cache write so
// the test can kill them exactly there.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { test, type TestContext } from "node:test";
import { isTempFile } from "../../lib/data/atomic-write";
import { cachedIds, readCachedSeries, writeCachedSeries } from "../../lib/data/cache";
import { loadSeries } from "../../lib/data/load";
import { refreshSeries, type RefreshResult } from "../../lib/data/refresh";
import { fileSha256, startServer, tempDir, type Handler } from "./fixtures";

const CLI = path.join(__dirname, "..", "..", "lib", "data", "cli.js");

/** What the cache holds before each refresh: DGS10 from the snapshot, 2025-11-19..25. */
const CACHED = { dates: ["2025-11-19", "2025-11-20", "2025-11-24", "2025-11-25"], values: [4.13, 4.1, 4.04, 4.0] };

/** A FRED CSV of DGS10 from dates and values ("" marks a holiday). */
const fredCsv = (rows: [string, number | ""][]) => ["observation_date,DGS10", ...rows.map(([d, v]) => `${d},${v}`)].join("\n") + "\n";

/** The cache file a download of `rows` must become, written by hand (holidays dropped). */
const cachedCsv = (rows: [string, number | ""][]) => ["date,close", ...rows.filter(([, v]) => v !== "").map(([d, v]) => `${d},${v}`)].join("\n") + "\n";

/** A newer download: one day more, and two past values revised by the provider. */
const REVISED: [string, number | ""][] = [
  ["2025-11-19", 4.13],
  ["2025-11-20", 4.12],
  ["2025-11-21", ""],
  ["2025-11-24", 3.98],
  ["2025-11-25", 4.0],
  ["2025-11-26", 4.02],
];

const serve =
  (body: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv" });
    res.end(body);
  };

/** A cache folder holding DGS10 as CACHED, and its files' bytes. */
function cacheWithDgs10(t: TestContext) {
  const dir = tempDir(t, "r2k-faults-");
  writeCachedSeries(
    { id: "DGS10", dates: CACHED.dates, close: Float64Array.from(CACHED.values) },
    { source: "snapshot", sourceFile: "/snap/DGS10.csv", sourceSha256: "c".repeat(64), fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 },
    dir,
  );
  // The data and its manifest; a killed writer may also leave its temporary file, lock or kept previous data.
  const files = () => Object.fromEntries(["DGS10.csv", "DGS10.manifest.json"].map((n) => [n, fs.readFileSync(path.join(dir, n), "utf8")]));
  return { dir, before: files(), files };
}

/** The cache reads back, sha-checked, as exactly the text of one whole write. */
function assertConsistent(dir: string, expectedCsv: string): void {
  const entry = readCachedSeries("DGS10", dir);
  assert.ok(entry, "DGS10 is still cached");
  assert.equal(entry.text, expectedCsv);
  assert.equal(entry.manifest.sha256, fileSha256(path.join(dir, "DGS10.csv")), "the manifest describes the file next to it");
  assert.equal(entry.manifest.rows, expectedCsv.trim().split("\n").length - 1);
  assert.deepEqual(cachedIds(dir), ["DGS10"], "temporary files are not taken for series");
}

test("a provider that revised past values: the refresh writes the revised history whole", async (t) => {
  const { dir } = cacheWithDgs10(t);
  const server = await startServer(t, { "/fredgraph.csv": serve(fredCsv(REVISED)) });
  await refreshSeries("DGS10", { cacheDir: dir, fred: { url: `${server.url}/fredgraph.csv`, retries: 0 } });
  assertConsistent(dir, cachedCsv(REVISED));
  assert.deepEqual(fs.readdirSync(dir).sort(), ["DGS10.csv", "DGS10.manifest.json"], "no temporary file is left");
  assert.deepEqual(Array.from(loadSeries("DGS10", { cacheDir: dir }).series.close), [4.13, 4.12, 3.98, 4.0, 4.02]);
});

/** What a refresh reports about a revised history. */
interface Revisions {
  /** Dates in both the cache and the download whose value changed. */
  rows: number;
  /** The change largest relative to the previous value. */
  largest?: { date: string; previous: number; revised: number };
}

test(
  "a provider that revised past values: the refresh says how many and the largest revision",
  async (t) => {
    const { dir } = cacheWithDgs10(t);
    const server = await startServer(t, { "/fredgraph.csv": serve(fredCsv(REVISED)) });
    const options = { cacheDir: dir, fred: { url: `${server.url}/fredgraph.csv`, retries: 0 } };
    const result = (await refreshSeries("DGS10", options)) as RefreshResult & { revisions?: Revisions };
    // By hand: 4.10 -> 4.12 is +0.49%, 4.04 -> 3.98 is -1.49%; 2025-11-26 is new, not a revision.
    assert.deepEqual(result.revisions, { rows: 2, largest: { date: "2025-11-24", previous: 4.04, revised: 3.98 } });
    assert.ok(
      result.providerWarnings.includes("DGS10: the provider revised 2 past values (largest: 2025-11-24 4.04 -> 3.98, -1.49%); the cache now holds the revised history"),
      result.providerWarnings.join("\n"),
    );
    const again = (await refreshSeries("DGS10", options)) as RefreshResult & { revisions?: Revisions };
    assert.deepEqual(again.revisions, { rows: 0 }, "a second refresh of the same data revises nothing");
    assert.deepEqual(again.providerWarnings, []);
  },
);

// ---------------------------------------------------------------------------------------------
// Killed refreshes and concurrent refreshes, as child processes.

/**
 * Loaded with `node -r` into a refresh process: pauses at one step of the cache write
 * (R2K_TEST_PAUSE_AT), prints "paused", and waits for R2K_TEST_RESUME_FILE to appear (or a kill).
 * The library reads fs through live bindings, so replacing fs functions here reaches it.
 */
const PAUSE_PRELOAD = `
const fs = require("node:fs");
const point = process.env.R2K_TEST_PAUSE_AT;
const resume = process.env.R2K_TEST_RESUME_FILE;
let paused = false;
function pause() {
  if (paused) return;
  paused = true;
  fs.writeSync(1, "paused at " + point + "\\n");
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (const until = Date.now() + 30000; Date.now() < until; Atomics.wait(cell, 0, 0, 20)) {
    if (resume && fs.existsSync(resume)) return;
  }
  process.exit(70);
}
const { writeFileSync, renameSync } = fs;
fs.writeFileSync = function (file, data, ...rest) {
  if (point === "data file half written" && typeof file === "number" && !paused) {
    const text = String(data);
    writeFileSync(file, text.slice(0, text.length >> 1));
    fs.fsyncSync(file);
    pause();
  }
  return writeFileSync.call(this, file, data, ...rest);
};
fs.renameSync = function (from, to) {
  if (point === "data renamed, manifest not yet" && String(to).endsWith(".manifest.json")) pause();
  return renameSync.call(this, from, to);
};
`;

interface Refresh {
  child: ChildProcess;
  stdout: () => string;
  exited: Promise<number | null>;
  /** Resolves when the process printed `text`. */
  printed: (text: string) => Promise<void>;
}

/** Starts `npm run data -- refresh DGS10` against `fredUrl`, paused at `pauseAt` if given. */
function startRefresh(t: TestContext, dir: string, fredUrl: string, pauseAt?: string, resumeFile?: string): Refresh {
  const preload = path.join(tempDir(t, "r2k-faults-run-"), "pause.js");
  fs.writeFileSync(preload, PAUSE_PRELOAD);
  const env: NodeJS.ProcessEnv = { ...process.env, R2K_CACHE_DIR: dir, R2K_FRED_URL: fredUrl, R2K_TEST_PAUSE_AT: pauseAt ?? "", R2K_TEST_RESUME_FILE: resumeFile ?? "" };
  const child = spawn(process.execPath, ["-r", preload, CLI, "refresh", "DGS10"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters.filter((w) => out.includes(w.text))) w.resolve();
  });
  child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  // A failed test must not leave a paused process behind.
  t.after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.includes(text)) return resolve();
      waiters.push({ text, resolve });
      exited.then(() => (out.includes(text) ? resolve() : reject(new Error(`the refresh exited without printing '${text}':\n${out}`))));
    });
  return { child, stdout: () => out, exited, printed };
}

/** SIGKILLs a refresh (no handler, no cleanup can run) and waits for it to be gone. */
async function kill(refresh: Refresh): Promise<void> {
  refresh.child.kill("SIGKILL");
  await refresh.exited;
}

/** After a kill: readers get the previous data, checked against its manifest, and a new refresh still works. */
async function assertPreviousDataServed(dir: string, previousCsv: string, fredUrl: string): Promise<void> {
  assert.equal(readCachedSeries("DGS10", dir)?.text, previousCsv);
  assert.deepEqual(Array.from(loadSeries("DGS10", { cacheDir: dir }).series.close), CACHED.values);
  assert.deepEqual(cachedIds(dir), ["DGS10"], "temporary files are not taken for series");
  await refreshSeries("DGS10", { cacheDir: dir, fred: { url: fredUrl, retries: 0 } });
  assertConsistent(dir, cachedCsv(REVISED));
}

test("a refresh killed while the download is still arriving leaves the previous data readable", async (t) => {
  const { dir, before, files } = cacheWithDgs10(t);
  const body = fredCsv(REVISED);
  let firstBytes!: () => void;
  const sent = new Promise<void>((resolve) => (firstBytes = resolve));
  const slow: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv", "content-length": String(body.length) });
    res.write(body.slice(0, 40), () => firstBytes());
    // The rest never comes: the process is killed while waiting for it.
  };
  const server = await startServer(t, { "/slow/fredgraph.csv": slow, "/ok/fredgraph.csv": serve(body) });
  const refresh = startRefresh(t, dir, `${server.url}/slow/fredgraph.csv`);
  await sent;
  await new Promise((resolve) => setTimeout(resolve, 100));
  await kill(refresh);
  assert.deepEqual(files(), before, "the cache files are the previous ones, byte for byte");
  assertConsistent(dir, before["DGS10.csv"]);
  await assertPreviousDataServed(dir, before["DGS10.csv"], `${server.url}/ok/fredgraph.csv`);
});

test("a refresh killed with its new data file half written leaves the previous data readable", async (t) => {
  const { dir, before, files } = cacheWithDgs10(t);
  const server = await startServer(t, { "/fredgraph.csv": serve(fredCsv(REVISED)) });
  const refresh = startRefresh(t, dir, `${server.url}/fredgraph.csv`, "data file half written");
  await refresh.printed("paused at data file half written");
  assert.equal(fs.readdirSync(dir).filter(isTempFile).length, 1, "the half-written file is a temporary file beside the cache");
  await kill(refresh);
  assert.deepEqual(files(), before, "the cache files are the previous ones, byte for byte");
  assertConsistent(dir, before["DGS10.csv"]);
  await assertPreviousDataServed(dir, before["DGS10.csv"], `${server.url}/fredgraph.csv`);
});

test(
  "a refresh killed after its data file was renamed but before its manifest leaves the previous data readable",
  async (t) => {
    const { dir, before } = cacheWithDgs10(t);
    const server = await startServer(t, { "/fredgraph.csv": serve(fredCsv(REVISED)) });
    const refresh = startRefresh(t, dir, `${server.url}/fredgraph.csv`, "data renamed, manifest not yet");
    await refresh.printed("paused at data renamed, manifest not yet");
    await kill(refresh);
    // DGS10.csv may now hold the new rows under the old manifest: readers must still get one whole, checked write.
    assert.deepEqual(readCachedSeries("DGS10", dir)?.manifest, JSON.parse(before["DGS10.manifest.json"]));
    await assertPreviousDataServed(dir, before["DGS10.csv"], `${server.url}/fredgraph.csv`);
  },
);

test(
  "two refreshes of one series at once: the cache ends as one whole write, its sha matching its manifest",
  async (t) => {
    const { dir } = cacheWithDgs10(t);
    // The first request gets one history, the second a later one with a day more.
    const first: [string, number | ""][] = REVISED.slice(0, 5);
    const bodies = [fredCsv(first), fredCsv(REVISED)];
    let served = 0;
    let secondRequest!: () => void;
    const secondArrived = new Promise<void>((resolve) => (secondRequest = resolve));
    const server = await startServer(t, {
      "/fredgraph.csv": (req, res) => {
        const body = bodies[Math.min(served++, 1)];
        if (served === 2) secondRequest();
        serve(body)(req, res);
      },
    });
    const url = `${server.url}/fredgraph.csv`;
    const resume = path.join(tempDir(t, "r2k-faults-run-"), "resume");
    // A: paused between its data file and its manifest; B runs meanwhile; then A goes on.
    const a = startRefresh(t, dir, url, "data renamed, manifest not yet", resume);
    await a.printed("paused at data renamed, manifest not yet");
    const b = startRefresh(t, dir, url);
    await secondArrived;
    const bDone = await Promise.race([b.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500))]);
    fs.writeFileSync(resume, "");
    const codes = await Promise.all([a.exited, b.exited]);
    // Each process either wrote, or said clearly that another one was writing.
    for (const [i, code] of codes.entries()) {
      const out = [a, b][i].stdout();
      assert.ok(code === 0 || /being written by (another )?process/.test(out), `refresh ${"AB"[i]} exited ${code}:\n${out}`);
    }
    const entry = readCachedSeries("DGS10", dir);
    assert.ok(entry, "the cache reads back, sha-checked");
    assert.ok([cachedCsv(first), cachedCsv(REVISED)].includes(entry.text), `the cache holds one whole download (B finished first: ${bDone})`);
    assertConsistent(dir, entry.text);
  },
);
