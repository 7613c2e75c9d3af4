// The first run on a machine without a snapshot folder, as set-up's data step runs it
// (`npm run data -- ensure`), against a loopback server answering in the shapes of Yahoo's
// chart API and FRED's CSV download, with the faults real providers throw: a 429 with
// Retry-After, a 500, bodies cut short, a history shorter than the cache, an unknown symbol,
// a row dated in the future. And the offline case: nothing listening at all.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { test, type TestContext } from "node:test";
import { listSeries, type SeriesInfo } from "../../lib/data/catalog";
import { loadSeries } from "../../lib/data/load";
import { weekdays } from "../fixtures/series";
import { chartJson, closedPort, generateBars, startServer, tempDir, writeSnapshot, yahooCsv, type ChartBar, type Handler } from "./fixtures";

const CLI = path.join(__dirname, "..", "..", "lib", "data", "cli.js");

/** A finished CLI run. */
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the data CLI as a child process (asynchronously: the server answers from this process). */
function runCli(args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** The catalog series with data of their own (a composed series is built from two of them when loaded). */
const fileBacked = () => listSeries().filter((info) => !info.compose);

/** The provider each catalog series is fetched from by default, and its symbol there. */
function source(info: SeriesInfo): { provider: "yahoo" | "fred"; symbol: string } {
  return info.providers.yahoo ? { provider: "yahoo", symbol: info.providers.yahoo } : { provider: "fred", symbol: info.providers.fred as string };
}

/** What the providers hold: per Yahoo symbol its bars, per FRED id its rows ("." on a holiday). */
interface World {
  yahoo: Map<string, ChartBar[]>;
  fred: Map<string, [string, string][]>;
}

/**
 * Generated histories for every symbol of the catalog: weekdays from 2025-01-06, a different
 * length per symbol (`extraDays` more for a later download of the same history), adjusted
 * closes for the ETFs, one FRED holiday, FEDFUNDS monthly.
 */
function generateWorld(extraDays = 0): World {
  const world: World = { yahoo: new Map(), fred: new Map() };
  for (const [i, info] of fileBacked().entries()) {
    const { provider, symbol } = source(info);
    const dates = weekdays("2025-01-06", 200 + 7 * i + extraDays);
    if (provider === "yahoo") {
      const adjusted = info.kind === "adjusted close (total return)";
      const bars = generateBars(dates, 50 + 100 * i, i + 1).map((b) => ({ ...b, ...(adjusted ? { adjclose: b.close * 0.97 } : {}) }));
      world.yahoo.set(symbol, bars);
    } else if (info.frequency === "monthly") {
      const months = Array.from({ length: 24 }, (_, m) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`);
      world.fred.set(symbol, months.map((d, m) => [d, (4 + m / 100).toFixed(2)]));
    } else {
      world.fred.set(symbol, dates.map((d, k) => [d, k === 5 ? "." : (100 + i + k / 10).toFixed(2)]));
    }
  }
  return world;
}

/** What a series must hold after a fetch of `world`: rows, first and last date, last close. */
function expected(world: World, info: SeriesInfo): { rows: number; first: string; last: string; close: number } {
  const { provider, symbol } = source(info);
  if (provider === "yahoo") {
    const bars = world.yahoo.get(symbol) as ChartBar[];
    const last = bars[bars.length - 1];
    return { rows: bars.length, first: bars[0].date, last: last.date, close: (last.adjclose ?? last.close) as number };
  }
  const rows = (world.fred.get(symbol) as [string, string][]).filter(([, v]) => v !== ".");
  return { rows: rows.length, first: rows[0][0], last: rows[rows.length - 1][0], close: Number(rows[rows.length - 1][1]) };
}

type Fault = "429" | "500" | "truncated" | "404";

/** One request the stand-in answered: which symbol, when, and how. */
interface Served {
  symbol: string;
  atMs: number;
  answer: Fault | "ok";
}

/**
 * The loopback providers: Yahoo's /v8/finance/chart/<symbol> and FRED's /fredgraph.csv?id=,
 * answering from `world`. `faults` lists, per symbol, the faults its next requests meet in turn.
 */
async function startProviders(t: TestContext, world: () => World, faults: Map<string, Fault[]>) {
  const served: Served[] = [];
  const answer = (symbol: string, body: string, type: string): Handler => (_req, res) => {
    const fault = faults.get(symbol)?.shift();
    served.push({ symbol, atMs: performance.now(), answer: fault ?? "ok" });
    if (fault === "429") {
      res.writeHead(429, { "content-type": "text/plain", "retry-after": "1" });
      res.end("Too Many Requests");
    } else if (fault === "500" || fault === "404") {
      res.writeHead(Number(fault), { "content-type": "text/plain" });
      res.end(fault === "500" ? "Internal error" : "Not Found");
    } else if (fault === "truncated") {
      // Announces the whole body, sends half, and hangs up.
      res.writeHead(200, { "content-type": type, "content-length": String(Buffer.byteLength(body)) });
      res.write(body.slice(0, body.length >> 1), () => res.destroy());
    } else {
      res.writeHead(200, { "content-type": type });
      res.end(body);
    }
  };
  const server = await startServer(t, {
    "/v8/finance/chart/": (req, res) => {
      const symbol = decodeURIComponent(new URL(req.url ?? "", "http://x").pathname.split("/").pop() ?? "");
      const bars = world().yahoo.get(symbol);
      if (!bars) faults.set(symbol, ["404"]);
      answer(symbol, chartJson(symbol, bars ?? []), "application/json")(req, res);
    },
    "/fredgraph.csv": (req, res) => {
      const id = new URL(req.url ?? "", "http://x").searchParams.get("id") ?? "";
      const rows = world().fred.get(id) ?? [];
      answer(id, [`observation_date,${id}`, ...rows.map((r) => r.join(","))].join("\n") + "\n", "text/csv")(req, res);
    },
  });
  const env = { R2K_YAHOO_URL: server.url, R2K_FRED_URL: `${server.url}/fredgraph.csv` };
  return { served, env };
}

/** A folder for the cache and a snapshot folder that does not exist, as on a fresh clone. */
function freshClone(t: TestContext) {
  const dir = tempDir(t, "r2k-first-run-");
  return { cache: path.join(dir, "cache"), env: { R2K_CACHE_DIR: path.join(dir, "cache"), R2K_SNAPSHOT_DIR: path.join(dir, "no-market-data") } };
}

/** The progress line of a series fetched whole: rows, range, any counts, seconds. */
const okLine = (id: string, provider: string, e: { rows: number; first: string; last: string }) =>
  new RegExp(`^  ok   ${id.padEnd(10)} ${provider}: ${e.rows} rows, ${e.first} to ${e.last}(, [^()]+)? \\(\\d+\\.\\d s\\)$`);

/** The cache folder's files with their bytes. */
const filesOf = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), "utf8")]));

test("a first run without a snapshot folder fetches every catalog series, through a 429, a 500 and cut bodies", async (t) => {
  const world = generateWorld();
  const faults = new Map<string, Fault[]>([["^RUT", ["429"]], ["^GSPC", ["500"]], ["IWM", ["truncated"]], ["DGS10", ["truncated"]]]);
  const providers = await startProviders(t, () => world, faults);
  const { cache, env } = freshClone(t);

  const run = await runCli(["ensure"], { ...env, ...providers.env });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const lines = run.stdout.trimEnd().split("\n");
  assert.equal(lines[0], `no snapshot folder at ${env.R2K_SNAPSHOT_DIR}: fetching the catalog series from their providers (Yahoo, FRED) into ${cache}`);
  const catalog = fileBacked();
  const composed = listSeries().filter((info) => info.compose);
  const progress = lines.slice(1, -1);
  assert.equal(progress.length, listSeries().length, `one progress line per series:\n${run.stdout}`);
  for (const info of catalog) {
    const line = progress.find((l) => l.startsWith(`  ok   ${info.id.padEnd(10)} `)) ?? `(no line for ${info.id})`;
    assert.match(line, okLine(info.id, source(info).provider, expected(world, info)));
  }
  for (const { id, compose } of composed) {
    assert.ok(progress.includes(`  skip ${id.padEnd(10)} built from ${compose?.before} and ${compose?.after} when loaded: nothing to fetch`), run.stdout);
  }
  assert.match(lines.at(-1) ?? "", new RegExp(`^${catalog.length} of ${catalog.length} series fetched in \\d+\\.\\d s$`));

  // Every series is in the cache as the provider served it, and loads.
  for (const info of catalog) {
    const loaded = loadSeries(info.id, { cacheDir: cache });
    const e = expected(world, info);
    assert.deepEqual([loaded.validation.rows, loaded.validation.first, loaded.validation.last], [e.rows, e.first, e.last], info.id);
    assert.equal(loaded.series.close[loaded.series.close.length - 1], e.close, `${info.id}: the last close`);
    assert.equal(loaded.manifest.source, source(info).provider);
    assert.ok(loaded.manifest.sourceUrl?.startsWith(providers.env.R2K_YAHOO_URL), loaded.manifest.sourceUrl);
  }

  // The faults were met and waited out: Retry-After's second, then a retry.
  const requestsOf = (symbol: string) => providers.served.filter((s) => s.symbol === symbol);
  const rut = requestsOf("^RUT");
  assert.deepEqual(rut.map((s) => s.answer), ["429", "ok"]);
  assert.ok(rut[1].atMs - rut[0].atMs >= 950, `waited ${Math.round(rut[1].atMs - rut[0].atMs)} ms after Retry-After: 1`);
  assert.deepEqual(requestsOf("^GSPC").map((s) => s.answer), ["500", "ok"]);
  assert.deepEqual(requestsOf("DGS10").map((s) => s.answer), ["truncated", "ok"]);
  // IWM and IWM_ADJ share the symbol: the cut body, its retry, then IWM_ADJ's own request.
  assert.deepEqual(requestsOf("IWM").map((s) => s.answer), ["truncated", "ok", "ok"]);

  // Run again: everything is cached, nothing is asked.
  const before = providers.served.length;
  const again = await runCli(["ensure"], { ...env, ...providers.env });
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, `no snapshot folder at ${env.R2K_SNAPSHOT_DIR}; every catalog series is in ${cache} already (\`npm run data -- refresh --all\` updates them)\n`);
  assert.equal(providers.served.length, before);
});

test("refresh --all: new rows taken; a shorter history, an unknown symbol and a future row refused, their cache kept", async (t) => {
  let world = generateWorld();
  const faults = new Map<string, Fault[]>();
  const providers = await startProviders(t, () => world, faults);
  const { cache, env } = freshClone(t);
  assert.equal((await runCli(["ensure"], { ...env, ...providers.env })).code, 0);
  const before = filesOf(cache);

  // Later: every history has 3 more days, except that FRED now serves DGS10 from a later start
  // (fewer rows than cached), Yahoo no longer knows ^VIX, and FEDFUNDS carries a 2099 row.
  world = generateWorld(3);
  const dgs10 = world.fred.get("DGS10") as [string, string][];
  world.fred.set("DGS10", dgs10.slice(20));
  faults.set("^VIX", ["404"]);
  const fedfunds = world.fred.get("FEDFUNDS") as [string, string][];
  fedfunds.push(["2099-01-02", "4.33"]);

  const run = await runCli(["refresh", "--all"], { ...env, ...providers.env });
  assert.equal(run.code, 1);
  const lines = run.stdout.trimEnd().split("\n");
  assert.equal(lines[0], `refresh every catalog series into ${cache}`);
  const line = (id: string) => lines.find((l) => l.slice(7).startsWith(`${id.padEnd(10)} `)) ?? `(no line for ${id})`;
  const cached = (id: string) => before[`${id}.csv`].trim().split("\n");
  assert.equal(
    line("DGS10").replace(/ \(\d+\.\d s\)$/, ""),
    `  FAIL DGS10      refresh DGS10 from FRED failed: the download covers ${dgs10[20][0]} to ${dgs10.at(-1)?.[0]}, less than the cached ` +
      `${cached("DGS10")[1].slice(0, 10)} to ${cached("DGS10").at(-1)?.slice(0, 10)} (a truncated response?); pass allowShrink (CLI: --allow-shrink) ` +
      `to accept it; the cached data (fred, ${cached("DGS10")[1].slice(0, 10)} to ${cached("DGS10").at(-1)?.slice(0, 10)}, ${cached("DGS10").length - 1} rows) was kept`,
  );
  assert.match(line("VIX"), /^  FAIL VIX        refresh VIX from Yahoo failed: Yahoo \^VIX \(.*\): HTTP 404 Not Found; check the symbol or series id and the provider URL; the cached data \(yahoo, .* rows\) was kept \(\d+\.\d s\)$/);
  const today = new Date().toISOString().slice(0, 10);
  // The FRED CSV: header on line 1, 24 monthly rows on lines 2..25, the 2099 row on line 26.
  assert.match(line("FEDFUNDS"), new RegExp(`^  FAIL FEDFUNDS   refresh FEDFUNDS from FRED failed: FRED FEDFUNDS CSV line 26: date 2099-01-02 is after ${today}, the day the data were fetched or imported; remove the row`));
  for (const id of ["DGS10", "VIX", "FEDFUNDS"]) {
    assert.equal(fs.readFileSync(path.join(cache, `${id}.csv`), "utf8"), before[`${id}.csv`], `${id}: the cache is kept byte for byte`);
  }
  const refreshed = fileBacked().filter((s) => !["DGS10", "VIX", "FEDFUNDS"].includes(s.id));
  for (const info of refreshed) assert.match(line(info.id), okLine(info.id, source(info).provider, expected(world, info)));
  assert.equal(
    lines.at(-1)?.replace(/ in \d+\.\d s;/, " in N s;"),
    `${refreshed.length} of ${fileBacked().length} series refreshed in N s; not fetched: ${lines
      .filter((l) => l.startsWith("  FAIL "))
      .map((l) => l.slice(7, 17).trim())
      .join(", ")} (see above; retry with \`npm run data -- refresh ${lines
      .filter((l) => l.startsWith("  FAIL "))
      .map((l) => l.slice(7, 17).trim())
      .join(" ")}\`)`,
  );
});

test("offline (nothing listening): one message with both ways out, exit 3, nothing written, no retries", async (t) => {
  const port = await closedPort();
  const { cache, env } = freshClone(t);
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const run = await runCli(["ensure"], { ...env, R2K_YAHOO_URL: base, R2K_FRED_URL: `${base}/fredgraph.csv` });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(run.code, 3, run.stdout + run.stderr);
  const refused = `cannot connect \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\); check the network connection \\(or a proxy or firewall\\), then try again`;
  const lines = run.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 6, run.stderr);
  assert.equal(lines[0], `error: no market data: there is no snapshot folder at ${env.R2K_SNAPSHOT_DIR}, and no series could be fetched:`);
  assert.match(lines[1], new RegExp(`^  Yahoo \\S+ \\(${base}/v8/finance/chart/\\S+\\): ${refused}$`));
  assert.match(lines[2], new RegExp(`^  FRED \\S+ \\(${base}/fredgraph\\.csv\\?id=\\S+\\): ${refused}$`));
  assert.equal(lines[3], "Two ways out; take one, then run `npm run setup` (or `npm run data -- ensure`) again:");
  assert.equal(lines[4], `  - a snapshot folder: copy one to ${env.R2K_SNAPSHOT_DIR}, or point R2K_SNAPSHOT_DIR at one;`);
  assert.equal(lines[5], `  - a network: connect this machine to the internet, so that Yahoo (${base}) and FRED (${base}/fredgraph.csv) answer.`);
  // One refused connection per provider; the other series are not asked.
  const out = run.stdout.split("\n");
  assert.equal(out.filter((l) => l.startsWith("  FAIL ")).length, 2, run.stdout);
  assert.ok(out.some((l) => /^  skip .+: not asked: Yahoo could not be reached \(see \S+ above\)$/.test(l)), run.stdout);
  assert.ok(out.some((l) => /^  skip .+: not asked: FRED could not be reached \(see \S+ above\)$/.test(l)), run.stdout);
  assert.ok(seconds < 20, `no retry delays: ${seconds.toFixed(1)} s (four attempts each would take 7 s per series)`);
  assert.deepEqual(fs.existsSync(cache) ? fs.readdirSync(cache) : [], [], "nothing was written");
});

test("ensure with a snapshot folder imports it and asks no provider", async (t) => {
  const providers = await startProviders(t, () => generateWorld(), new Map());
  const { cache, env } = freshClone(t);
  const snap = tempDir(t, "r2k-first-run-snap-");
  const dates = weekdays("2025-01-06", 40);
  writeSnapshot(snap, { "SPY.csv": yahooCsv(generateBars(dates, 500, 1)), "IWM.csv": yahooCsv(generateBars(dates, 200, 2)) });
  const run = await runCli(["ensure"], { ...env, ...providers.env, R2K_SNAPSHOT_DIR: snap });
  const lines = run.stdout.split("\n");
  assert.equal(lines[0], `import from ${snap} into ${cache}`);
  for (const id of ["IWM", "SPY"]) assert.equal(lines.find((l) => l.startsWith(`  ok   ${id} `)), `  ok   ${id.padEnd(10)} 40 rows, ${dates[0]} to ${dates[39]}`);
  // The other catalog files are not in this snapshot: those imports fail, as `import` says.
  assert.equal(run.code, 1);
  assert.equal(providers.served.length, 0, "no provider was asked");
});
