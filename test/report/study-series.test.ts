import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, type TestContext } from "node:test";
import { writeCachedSeries } from "../../lib/data/cache";
import { seriesInfo } from "../../lib/data/catalog";
import type { Notebook, NotebookCell } from "../../lib/report/notebook";
import { projectPaths } from "../../lib/report/project";
import { runStudy } from "../../lib/report/run-study";
import { requireCachedSeries, studySeriesIds, studySources } from "../../lib/report/study-series";

const KNOWN = ["RUT", "IWM", "IWM_ADJ", "GSPC", "DGS10", "TNX"];

test("studySeriesIds reads the ids given to loadSeries, with or without kit., sorted and once each", () => {
  const sources = ['import * as kit from "../dist/lib";\nconst rut = kit.loadSeries("RUT", { suspectRows: suspectRows as kit.SuspectPolicy });', "const iwm = loadSeries('IWM');\nconst again = kit.loadSeries(`RUT`);"];
  assert.deepEqual(studySeriesIds(sources, KNOWN), ["IWM", "RUT"]);
});

test("studySeriesIds counts both sides of a choice and a parameter at its run value", () => {
  const source = 'const yields = kit.loadSeries(yieldSeries);\nconst other = kit.loadSeries(yieldSeries === "DGS10" ? "TNX" : "DGS10");';
  assert.deepEqual(studySeriesIds([source], KNOWN, (name) => (name === "yieldSeries" ? "TNX" : undefined)), ["DGS10", "TNX"]);
  // The parameter alone decides the first call: without the second, only its value is needed.
  assert.deepEqual(studySeriesIds(["kit.loadSeries(yieldSeries)"], KNOWN, (name) => (name === "yieldSeries" ? "DGS10" : undefined)), ["DGS10"]);
});

test("studySeriesIds ignores what is not a series id given to loadSeries", () => {
  const sources = [
    '// const old = kit.loadSeries("GSPC");\n/* kit.loadSeries("DGS10") */',
    'const r = kit.loadSeries("RUT", { suspectRows: "IWM" }); // options are not series',
    'showMarkdown("IWM_ADJ is plotted below"); const x = kit.loadSeries(id); const y = kit.loadSeries(`${prefix}_ADJ`);',
    'kit.loadSeries("NOT_IN_CATALOG"); kit.loadSeriesLike("TNX");',
  ];
  assert.deepEqual(studySeriesIds(sources, KNOWN, () => undefined), ["RUT"]);
});

function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), "r2k-study-series-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const cell = (cell_type: "code" | "markdown", source: string, tags?: string[]): NotebookCell => ({
  cell_type,
  source,
  metadata: tags ? { tags } : {},
  ...(cell_type === "code" ? { outputs: [], execution_count: null } : {}),
});
const notebook = (cells: NotebookCell[]): Notebook => ({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells });

test("studySources: the notebook's code cells, then the .ts files of its lib/studies/NNN-* package (other studies' left out)", (t) => {
  const root = tempDir(t);
  const own = join(root, "lib", "studies", "007-some-study");
  mkdirSync(join(own, "parts"), { recursive: true });
  mkdirSync(join(root, "lib", "studies", "008-other"), { recursive: true });
  writeFileSync(join(own, "index.ts"), 'export const rut = () => loadSeries("RUT");\n');
  writeFileSync(join(own, "parts", "yields.ts"), 'export const y = () => loadSeries("DGS10");\n');
  // Declarations are not code that runs: a compiled .d.ts beside the sources is not read.
  writeFileSync(join(own, "index.d.ts"), 'export declare const rut: typeof loadSeries("GSPC");\n');
  writeFileSync(join(root, "lib", "studies", "008-other", "index.ts"), 'loadSeries("GSPC");\n');
  const nb = notebook([cell("markdown", 'loadSeries("TNX") in prose'), cell("code", 'kit.loadSeries("IWM");')]);
  const sources = studySources(root, "notebooks/007-some-study.ipynb", nb);
  assert.deepEqual(studySeriesIds(sources, KNOWN), ["DGS10", "IWM", "RUT"]);
  // Without a lib/studies folder: the notebook alone.
  assert.deepEqual(studySources(tempDir(t), "notebooks/007-some-study.ipynb", nb), ['kit.loadSeries("IWM");']);
});

test("requireCachedSeries names the missing series, the cache and both commands; silent when all are cached", (t) => {
  const cacheDir = tempDir(t);
  writeCachedSeries({ id: "IWM", dates: ["2025-01-02"], close: Float64Array.of(220) }, { source: "snapshot", fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 }, cacheDir);
  assert.throws(() => requireCachedSeries("notebooks/007-x.ipynb", ["IWM", "RUT", "TNX"], cacheDir), {
    message:
      `notebooks/007-x.ipynb needs series that are not in the cache (${cacheDir}): RUT, TNX; the kernel was not started. ` +
      "Fetch them with `npm run data -- refresh RUT TNX` (online), or import them from a snapshot folder with `npm run data -- import RUT TNX --from DIR`",
  });
  assert.doesNotThrow(() => requireCachedSeries("notebooks/007-x.ipynb", ["IWM"], cacheDir));
});

test("requireCachedSeries: a composed series needs its two inputs cached, and names them", (t) => {
  const cacheDir = tempDir(t);
  const { compose } = seriesInfo("RUT_LONG");
  assert.ok(compose, "RUT_LONG is composed in the catalog");
  const origin = { source: "snapshot", fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 } as const;
  writeCachedSeries({ id: compose.after, dates: ["2025-01-02"], close: Float64Array.of(2200) }, origin, cacheDir);
  assert.throws(() => requireCachedSeries("notebooks/007-x.ipynb", ["RUT_LONG"], cacheDir), {
    message: new RegExp(`: ${compose.before} \\(for RUT_LONG\\); the kernel was not started\\. Fetch them with \`npm run data -- refresh ${compose.before}\` `),
  });
  writeCachedSeries({ id: compose.before, dates: ["2025-01-02"], close: Float64Array.of(900) }, origin, cacheDir);
  assert.doesNotThrow(() => requireCachedSeries("notebooks/007-x.ipynb", ["RUT_LONG"], cacheDir));
});

test("runStudy refuses a study whose series are not cached before starting its kernel, and starts it once they are", async (t) => {
  const root = tempDir(t);
  const cacheDir = join(root, "cache");
  const saved = process.env.R2K_CACHE_DIR;
  process.env.R2K_CACHE_DIR = cacheDir;
  t.after(() => (saved === undefined ? delete process.env.R2K_CACHE_DIR : (process.env.R2K_CACHE_DIR = saved)));
  // A stand-in for the venv's python: it only leaves a mark that the kernel would have started.
  const marker = join(root, "kernel-started");
  const paths = { ...projectPaths(root), python: join(root, "python"), jupyter: join(root, "python") };
  writeFileSync(paths.python, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
  mkdirSync(paths.notebooks);
  const notebookPath = join(paths.notebooks, "007-needs-data.ipynb");
  const nb = notebook([
    cell("markdown", "# 007 — Needs data"),
    cell("code", 'let yieldSeries = "DGS10"; // which yield ["DGS10" | "TNX"]', ["parameters"]),
    cell("code", 'import * as kit from "../dist/lib";\nconst rut = kit.loadSeries("RUT");\nconst y = kit.loadSeries(yieldSeries);'),
  ]);
  writeFileSync(notebookPath, JSON.stringify(nb));

  await assert.rejects(runStudy({ paths, notebookPath, overrides: [{ name: "yieldSeries", raw: "TNX" }] }), {
    message: new RegExp(`^notebooks/007-needs-data\\.ipynb needs series that are not in the cache \\(${cacheDir}\\): RUT, TNX; the kernel was not started\\. `),
  });
  assert.equal(existsSync(marker), false, "no kernel was started");
  assert.equal(existsSync(paths.reports), false, "nothing was written to reports/");

  const origin = { source: "snapshot", fetchedAt: "2026-01-01T00:00:00.000Z", droppedHolidays: 0 } as const;
  for (const id of ["RUT", "TNX"]) writeCachedSeries({ id, dates: ["2025-01-02"], close: Float64Array.of(4) }, origin, cacheDir);
  // With the series cached the check passes and the (stand-in) kernel starts.
  await assert.rejects(runStudy({ paths, notebookPath, overrides: [{ name: "yieldSeries", raw: "TNX" }] }), /notebook runner .* stopped with exit code 1/);
  assert.equal(existsSync(marker), true, "the kernel start was attempted");
  assert.deepEqual(readdirSync(cacheDir).sort(), ["RUT.csv", "RUT.manifest.json", "TNX.csv", "TNX.manifest.json"]);
});
