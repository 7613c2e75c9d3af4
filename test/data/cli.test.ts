import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { test, type TestContext } from "node:test";
import { weekdays } from "../fixtures/series";
import { extensionCsv, generateBars, tempDir, writeSnapshot, yahooCsv } from "./fixtures";

const CLI = path.join(__dirname, "..", "..", "lib", "data", "cli.js");

/** Runs the compiled CLI with its folders pointed at temporary ones. */
function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function setup(t: TestContext) {
  const snap = tempDir(t, "r2k-snap-");
  const cache = tempDir(t, "r2k-cache-");
  const dates = weekdays("2024-03-01", 30);
  const rut = generateBars(dates, 2000, 3);
  rut[10] = { ...rut[10], volume: 0 };
  // RUT_EXT.csv (the catalog's extension of RUT) covers the same days: nothing to append.
  writeSnapshot(snap, { "RUT.csv": yahooCsv(rut), "RUT_EXT.csv": extensionCsv(rut), "IWM.csv": yahooCsv(generateBars(dates, 200, 4)) });
  return { snap, cache, dates, env: { R2K_CACHE_DIR: cache, R2K_SNAPSHOT_DIR: snap } };
}

test("import then status: exit 0, a line per series, the suspect row reported with IWM's move", (t) => {
  const { cache, dates, env } = setup(t);
  const imported = run(["import", "RUT", "IWM"], env);
  assert.equal(imported.code, 0, imported.stderr);
  const lines = imported.stdout.trim().split("\n");
  assert.equal(lines[0], `import from ${env.R2K_SNAPSHOT_DIR} into ${cache}`);
  assert.equal(lines[1], `  ok   RUT        30 rows, ${dates[0]} to ${dates[29]}, suspect rows: 1`);
  assert.match(lines[2], new RegExp(`^      warning: RUT ${dates[10]} \\(line 12\\): volume 0 \\(an intraday capture\\?\\); RUT [-+]\\d+\\.\\d\\d% vs IWM [-+]\\d+\\.\\d\\d% that day; kept$`));
  assert.equal(lines[3], `  ok   IWM        30 rows, ${dates[0]} to ${dates[29]}`);
  assert.equal(lines[4], "2 of 2 series imported");

  const status = run(["status"], env);
  assert.equal(status.code, 0, status.stderr);
  const rows = status.stdout.trim().split("\n");
  assert.equal(rows[0], `cache: ${cache}`);
  assert.match(rows[1], /^id\s+source\s+first\s+last\s+rows\s+holidays\s+gaps\s+suspect\s+fetched$/);
  assert.match(rows.find((r) => r.startsWith("RUT ")) ?? "", new RegExp(`^RUT\\s+snapshot\\s+${dates[0]}\\s+${dates[29]}\\s+30\\s+0\\s+0\\s+1\\s+\\d{4}-`));
  assert.equal(rows.find((r) => r.startsWith("DGS10 ")), "DGS10  not cached");
});

test("--from imports from another folder", (t) => {
  const { snap, env } = setup(t);
  const result = run(["import", "IWM", "--from", snap], { R2K_CACHE_DIR: env.R2K_CACHE_DIR, R2K_SNAPSHOT_DIR: "/nonexistent" });
  assert.equal(result.code, 0, result.stdout);
  assert.ok(result.stdout.startsWith(`import from ${snap} into`));
});

test("a failing import exits 1 and names the file and the fix", (t) => {
  const { snap, env } = setup(t);
  fs.appendFileSync(path.join(snap, "RUT.csv"), "2030-01-02,1,1,1,1,1\r\n");
  const result = run(["import", "RUT", "IWM"], env);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /  FAIL RUT +.*RUT\.csv: sha256 is [0-9a-f]{16}… but SHA256SUMS says [0-9a-f]{16}…: the file changed after the snapshot was made/);
  assert.match(result.stdout, /1 of 2 series imported; 1 failed \(see FAIL above\)/);
});

test("status exits 1 when a cached file was edited by hand", (t) => {
  const { cache, env } = setup(t);
  run(["import", "IWM"], env);
  fs.appendFileSync(path.join(cache, "IWM.csv"), "2030-01-02,1\n");
  const result = run(["status"], env);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^IWM  ERROR: .*IWM\.csv does not match its manifest/m);
});

test("usage errors: unknown command (exit 2), unknown id, missing option value, refresh without ids (exit 1)", (t) => {
  const { env } = setup(t);
  const unknown = run(["fetch"], env);
  assert.equal(unknown.code, 2);
  assert.ok(unknown.stdout.startsWith("unknown command 'fetch'\nusage: npm run data -- <command>"));
  const badId = run(["import", "R2K"], env);
  assert.equal(badId.code, 1);
  assert.match(badId.stderr, /^error: unknown series R2K: the catalog has RUT, GSPC, /);
  assert.equal(run(["import", "--from"], env).stderr, "error: --from needs a value, e.g. --from /path/to/market-data\n");
  assert.match(run(["refresh"], env).stderr, /^error: refresh needs series ids, e.g. `npm run data -- refresh RUT DGS10`/);
});
