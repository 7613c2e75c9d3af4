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
  assert.match(rows[1], /^id\s+source\s+first\s+last\s+age\s+rows\s+holidays\s+gaps\s+suspect\s+fetched$/);
  // Age: calendar days from the last row to today, counted here from the clock.
  const age = Math.round((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(dates[29])) / 86_400_000);
  assert.match(rows.find((r) => r.startsWith("RUT ")) ?? "", new RegExp(`^RUT\\s+snapshot\\s+${dates[0]}\\s+${dates[29]}\\s+${age} d\\s+30\\s+0\\s+0\\s+1\\s+\\d{4}-`));
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

test("a snapshot row dated after the import (2099-01-02) is refused with its line and the fix; the cache keeps the old data", (t) => {
  const { snap, cache, dates, env } = setup(t);
  assert.equal(run(["import", "RUT", "IWM"], env).code, 0);
  const before = fs.readFileSync(path.join(cache, "RUT.csv"), "utf8");
  const text = fs.readFileSync(path.join(snap, "RUT.csv"), "utf8") + "2099-01-02,2100,2101,2099,2100,1000000\r\n";
  const others = ["RUT_EXT.csv", "IWM.csv"].map((name) => [name, fs.readFileSync(path.join(snap, name), "utf8")]);
  writeSnapshot(snap, { "RUT.csv": text, ...Object.fromEntries(others) });
  const result = run(["import", "RUT"], env);
  assert.equal(result.code, 1);
  const today = new Date().toISOString().slice(0, 10);
  // 30 rows after the header on lines 2..31: the new row is line 32.
  assert.equal(
    result.stdout.split("\n")[1],
    `  FAIL RUT        RUT.csv line 32: date 2099-01-02 is after ${today}, the day the data were fetched or imported; ` +
      "remove the row (a placeholder or a typo?) or fix the source, then import or refresh again",
  );
  assert.equal(fs.readFileSync(path.join(cache, "RUT.csv"), "utf8"), before);
  assert.equal(before.trim().split("\n").at(-1)?.slice(0, 10), dates[29]);
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
  assert.match(run(["refresh"], env).stderr, /^error: refresh needs series ids, e.g. `npm run data -- refresh RUT DGS10`, or --all\n/);
  assert.equal(run(["refresh", "--all", "RUT"], env).stderr, "error: refresh --all takes no series ids (got RUT): name the series, or use --all\n");
  assert.equal(
    run(["refresh", "--all", "--provider", "fred"], env).stderr,
    "error: --provider applies to named series; refresh --all asks each series' own provider\n",
  );
});

test("import RUT_LONG imports its inputs first and builds it; status prints the composition, the extension and month-end rows", (t) => {
  const snap = tempDir(t, "r2k-snap-");
  const cache = tempDir(t, "r2k-cache-");
  const env = { R2K_CACHE_DIR: cache, R2K_SNAPSHOT_DIR: snap };
  // RUT from the catalog's join date (1987-09-10), its extension 5 days further; RU2000PR from August 1987;
  // RU2000GPR month-end rows, then daily from the catalog's dailyFrom (1993-06-01).
  const rut = generateBars(weekdays("1987-09-10", 25), 160, 7);
  const pr = weekdays("1987-08-03", 40);
  const gpr = ["1993-03-31", "1993-04-30", "1993-05-31", ...weekdays("1993-06-01", 20)];
  const fred = (ds: readonly string[]) => "DATE,VALUE\r\n" + ds.map((d, i) => `${d},${(100 + i).toFixed(2)}`).join("\r\n") + "\r\n";
  writeSnapshot(snap, { "RUT.csv": yahooCsv(rut.slice(0, 20)), "RUT_EXT.csv": extensionCsv(rut), "RU2000PR.csv": fred(pr), "RU2000GPR.csv": fred(gpr) });
  const imported = run(["import", "RUT_LONG", "RU2000GPR"], env);
  assert.equal(imported.code, 0, imported.stdout + imported.stderr);
  const ok = imported.stdout.split("\n").filter((l) => l.startsWith("  ok")).map((l) => l.split(/\s+/)[2]);
  assert.deepEqual(ok, ["RUT_LONG", "RU2000GPR", "RU2000PR", "RUT"]);
  assert.match(imported.stdout, /4 of 4 series imported/);
  // Nothing is cached for the composed series itself: it is built on load.
  assert.ok(!fs.existsSync(path.join(cache, "RUT_LONG.csv")));

  const status = run(["status"], env);
  assert.equal(status.code, 0, status.stderr);
  const lines = status.stdout.trim().split("\n");
  assert.match(lines.find((r) => r.startsWith("RUT_LONG ")) ?? "", new RegExp(`^RUT_LONG\\s+composed\\s+1987-08-03\\s+${rut[24].date}\\s+\\d+ d\\s+${pr.filter((d) => d < "1987-09-10").length + 25}\\s`));
  const notes = lines.slice(lines.indexOf("notes:") + 1);
  assert.match(
    notes.find((n) => n.startsWith("  RUT: ")) ?? "",
    new RegExp(`^  RUT: extended by RUT_EXT\\.csv \\(sha256 [0-9a-f]{8}…\\) after ${rut[19].date}: 5 rows ${rut[20].date} to ${rut[24].date}, without volume \\(NaN\\); overlap 20 days .*; 0 beyond 0\\.02%$`),
  );
  assert.equal(
    notes.find((n) => n.startsWith("  RU2000GPR: ")),
    "  RU2000GPR: month-end values until 1993-05-31, daily from 1993-06-01: trading-day horizons only from 1993-06-01, calendar horizons from any row",
  );
  assert.match(notes.find((n) => n.startsWith("  RUT_LONG: ")) ?? "", /^  RUT_LONG: composed by daily returns at 1987-09-10: RU2000PR \(FRED RU2000PR, /);
});
