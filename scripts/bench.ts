// `npm run bench`: how fast the kit is, measured on this machine in one run.
//  1. The reclaim parameter sweep (windows 20..300 x minimum gaps 0..180 over the full RUT
//     history) with study 000's reclaimSweep (lib/studies/000-200-day-reclaim) and with a vectorised pandas/numpy reference
//     (bench/reclaim_sweep.py), both grids checked equal, best of several repeats each.
//  2. Each study notebook run through the report runner into reports/, split into kernel
//     start, library import (TypeScript compilation and loading), the other cells and the
//     HTML export; then the time to build every report and the index.
//  3. The size of each HTML report against the 6 MB target.
// Not part of the tests: the figures depend on the machine and on what else it is doing.
// `npm run bench -- sweep` (or studies, sizes) runs one section.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { loadSeries } from "../lib/data/load";
import { reclaimSweep, type ReclaimSweep, type ReclaimSweepParams } from "../lib/studies/000-200-day-reclaim/sweep";
import { writeIndexPage } from "../lib/report/index-page";
import { readNotebook, cellSource, type Notebook, type NotebookCell } from "../lib/report/notebook";
import { findProjectRoot, projectPaths, type ProjectPaths } from "../lib/report/project";
import { runStudy } from "../lib/report/run-study";
import { listStudyNotebooks } from "../lib/report/studies";

const REPEATS = 7;
const WINDOWS: [number, number] = [20, 300];
const GAPS: [number, number] = [0, 180];
const HORIZON_DAYS = 252;
const REPORT_TARGET_BYTES = 6 * 1024 * 1024;
const GRID_TOLERANCE = 1e-9;

const root = findProjectRoot(__dirname);
const paths = projectPaths(root);

const span = ([from, to]: [number, number]) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const seconds = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** A markdown table with the columns padded, so it reads in a terminal and pastes into the README. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/**
 * The best of `repeats` timed calls after one untimed warm-up call (JIT, caches): wall-clock
 * seconds, and the process's CPU seconds, which other work on a shared machine disturbs less.
 */
function bestOf<T>(repeats: number, fn: () => T): { best: number; times: number[]; bestCpu: number; result: T } {
  let result = fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = process.hrtime.bigint();
    const startedCpu = process.cpuUsage();
    result = fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { best: Math.min(...times), times, bestCpu: Math.min(...cpu), result };
}

/**
 * The dev venv's python with pandas and numpy (requirements-dev.txt), created on first use.
 * Kept apart from .venv, the Jupyter venv the reports run in: the reference is never a
 * runtime dependency.
 */
function devPython(): string {
  const venv = join(root, ".venv-dev");
  const python = join(venv, "bin", "python");
  const ready = () => existsSync(python) && spawnSync(python, ["-c", "import pandas, numpy"], { stdio: "ignore" }).status === 0;
  if (ready()) return python;
  const base = process.env.PYTHON ?? "python3";
  console.log(`The pandas reference needs pandas and numpy: installing requirements-dev.txt into .venv-dev (once; about a minute)…`);
  try {
    if (!existsSync(python)) execFileSync(base, ["-m", "venv", venv], { stdio: "inherit" });
    execFileSync(join(venv, "bin", "pip"), ["install", "--quiet", "--disable-pip-version-check", "-r", join(root, "requirements-dev.txt")], { stdio: "inherit" });
  } catch (error) {
    throw new Error(
      `could not install the pandas reference into .venv-dev (${(error as Error).message.split("\n")[0]}); ` +
        `create it by hand: ${base} -m venv .venv-dev && .venv-dev/bin/pip install -r requirements-dev.txt (or set PYTHON=/path/to/python3.11)`,
    );
  }
  if (!ready()) throw new Error(`${python} still cannot import pandas and numpy; reinstall with .venv-dev/bin/pip install -r requirements-dev.txt`);
  return python;
}

function machine(python: string): string[] {
  const cpus = os.cpus();
  const versions = JSON.parse(
    execFileSync(python, ["-c", "import json, platform, pandas, numpy; print(json.dumps([platform.python_version(), pandas.__version__, numpy.__version__]))"], {
      encoding: "utf8",
    }),
  ) as string[];
  return [
    `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.type()} ${os.release()}`,
    `software: Node ${process.versions.node}, Python ${versions[0]} (pandas ${versions[1]}, numpy ${versions[2]})`,
    `load average at start (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// 1. The sweep, ours and pandas'.

interface SweepComparison {
  cells: number;
  countsEqual: boolean;
  maxMeanDifference: number;
  maxHitRateDifference: number;
}

/** Cell by cell: counts exactly, means and hit rates within GRID_TOLERANCE (NaN only against NaN). */
function compareGrids(ours: ReclaimSweep, reference: Float64Array): SweepComparison {
  const rows = ours.rows.length;
  const columns = ours.columns.length;
  const at = (grid: number, w: number, g: number) => reference[(grid * rows + w) * columns + g];
  const result: SweepComparison = { cells: rows * columns, countsEqual: true, maxMeanDifference: 0, maxHitRateDifference: 0 };
  const difference = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.isNaN(a) || Number.isNaN(b) ? Infinity : Math.abs(a - b));
  for (let w = 0; w < rows; w++) {
    for (let g = 0; g < columns; g++) {
      const counts = [ours.events[w][g], ours.complete[w][g], ours.open[w][g]];
      if (counts.some((c, k) => c !== at(k, w, g))) result.countsEqual = false;
      result.maxMeanDifference = Math.max(result.maxMeanDifference, difference(ours.meanForwardReturn[w][g], at(3, w, g)));
      result.maxHitRateDifference = Math.max(result.maxHitRateDifference, difference(ours.hitRate[w][g], at(4, w, g)));
    }
  }
  return result;
}

function sweepBenchmark(python: string): string[] {
  const rut = loadSeries("RUT").series;
  const params: ReclaimSweepParams = { windows: span(WINDOWS), minGaps: span(GAPS), gapUnit: "calendar", horizon: { tradingDays: HORIZON_DAYS } };
  const ours = bestOf(REPEATS, () => reclaimSweep(rut, params));

  const work = mkdtempSync(join(os.tmpdir(), "r2k-bench-"));
  try {
    writeFileSync(join(work, "dates.txt"), rut.dates.join("\n") + "\n");
    writeFileSync(join(work, "close.f64"), Buffer.from(rut.close.buffer, rut.close.byteOffset, rut.close.byteLength));
    const args = [join(root, "bench", "reclaim_sweep.py"), work, "--windows", ...WINDOWS.map(String), "--gaps", ...GAPS.map(String)];
    const output = execFileSync(python, [...args, "--horizon", String(HORIZON_DAYS), "--gap-unit", "calendar", "--repeats", String(REPEATS)], { encoding: "utf8" });
    const reference = JSON.parse(output.trim().split("\n").pop() as string) as { best: number; times: number[]; bestCpu: number };
    const bytes = readFileSync(join(work, "grid.f64"));
    const comparison = compareGrids(ours.result, new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8));
    const agree = comparison.countsEqual && comparison.maxMeanDifference <= GRID_TOLERANCE && comparison.maxHitRateDifference <= GRID_TOLERANCE;
    const ratio = reference.best / ours.best;
    const lines = [
      `## Reclaim sweep: ${params.windows.length} windows (${WINDOWS.join("..")}) x ${params.minGaps.length} minimum gaps (${GAPS.join("..")} calendar days) = ${comparison.cells.toLocaleString("en-US")} configurations`,
      `RUT ${rut.dates[0]} to ${rut.dates[rut.dates.length - 1]} (${rut.dates.length.toLocaleString("en-US")} days), ${HORIZON_DAYS}-day forward return; best of ${REPEATS} after a warm-up`,
      "",
      table(
        ["implementation", "best", `all ${REPEATS} runs`, "per configuration", "best CPU time"],
        [
          ["ours (study 000 reclaimSweep)", seconds(ours.best), ours.times.map(seconds).join(", "), `${((ours.best / comparison.cells) * 1e6).toFixed(2)} µs`, seconds(ours.bestCpu)],
          ["pandas/numpy (bench/reclaim_sweep.py)", seconds(reference.best), reference.times.map(seconds).join(", "), `${((reference.best / comparison.cells) * 1e6).toFixed(2)} µs`, seconds(reference.bestCpu)],
        ],
      ),
      "",
      `ours is ${ratio.toFixed(1)}x faster than the reference by wall-clock time, ${(reference.bestCpu / ours.bestCpu).toFixed(1)}x by CPU time ` +
        `(target: >= 5x and under 2 s: ${ours.best < 2 && ratio >= 5 ? "met" : "NOT met"})`,
      `grids ${agree ? "agree" : "DISAGREE"}: counts (reclaims, complete, open) ${comparison.countsEqual ? "equal in every cell" : "DIFFER"}; ` +
        `largest difference of a mean ${comparison.maxMeanDifference.toExponential(1)}, of a hit rate ${comparison.maxHitRateDifference.toExponential(1)} (tolerance ${GRID_TOLERANCE})`,
    ];
    if (!agree) process.exitCode = 1;
    return lines;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Where a study's time goes.

/** Seconds each executed code cell took, from nbclient's busy/idle timestamps (record_timing). */
function cellSeconds(notebook: Notebook): number[] {
  return notebook.cells
    .filter((cell) => cell.cell_type === "code")
    .map((cell) => {
      const timing = cell.metadata.execution as Record<string, string> | undefined;
      const busy = Date.parse(timing?.["iopub.status.busy"] ?? "");
      const idle = Date.parse(timing?.["iopub.status.idle"] ?? "");
      return Number.isFinite(busy) && Number.isFinite(idle) ? (idle - busy) / 1000 : 0;
    });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const codeCell = (source: string): NotebookCell => ({ cell_type: "code", source, metadata: {}, outputs: [], execution_count: null });

/**
 * The notebook cut to its import lines (one cell), with relative module paths rewritten for
 * the folder it will run from: running it costs what compiling and loading the library costs.
 */
function importsOnly(notebook: Notebook, from: string, to: string): Notebook {
  const imports = notebook.cells
    .filter((cell) => cell.cell_type === "code")
    .flatMap((cell) => cellSource(cell).split("\n"))
    .filter((line) => /^\s*import\s/.test(line))
    .map((line) => line.replace(/(from\s+["'])(\.{1,2}\/[^"']+)(["'])/, (_, open: string, specifier: string, close: string) => {
      const moved = relative(to, resolve(from, specifier));
      return `${open}${moved.startsWith(".") ? moved : `./${moved}`}${close}`;
    }));
  return { ...notebook, cells: [codeCell(imports.join("\n") || "1;")] };
}

interface StudyTiming {
  name: string;
  total: number;
  kernel: number;
  imports: number;
  cells: number;
  cellCount: number;
  export: number;
  htmlBytes: number;
}

async function timeRun(p: ProjectPaths, notebookPath: string, reportsDir: string) {
  const started = Date.now();
  const result = await runStudy({ paths: p, notebookPath, reportsDir });
  const wall = (Date.now() - started) / 1000;
  const cells = cellSeconds(readNotebook(result.executedPath));
  return { wall, execution: result.record.durationSeconds, cells, htmlBytes: result.htmlBytes };
}

async function studyBenchmark(): Promise<string[]> {
  const studies = listStudyNotebooks(paths.notebooks);
  // Probes run from a folder inside notebooks/ (tslab compiles in the notebook's folder) and
  // write their reports to a temporary folder; the studies' reports go to reports/ as usual.
  const probeDir = join(paths.notebooks, `.test-tmp-bench-${process.pid}`);
  const probeReports = mkdtempSync(join(os.tmpdir(), "r2k-bench-reports-"));
  mkdirSync(probeDir, { recursive: true });
  try {
    const probe = async (name: string, notebook: Notebook) => {
      const file = join(probeDir, name);
      writeFileSync(file, JSON.stringify(notebook, null, 1));
      return timeRun(paths, file, probeReports);
    };
    const trivial = await probe("990-trivial.ipynb", { nbformat: 4, nbformat_minor: 4, metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } }, cells: [codeCell("1;")] });
    const kernelStart = trivial.execution - sum(trivial.cells);

    const timings: StudyTiming[] = [];
    const allStarted = Date.now();
    for (const name of studies) {
      const file = join(paths.notebooks, name);
      const run = await timeRun(paths, file, paths.reports);
      const imports = await probe(`991-imports-${name}`, importsOnly(readNotebook(file), dirname(file), probeDir));
      const cells = sum(run.cells);
      timings.push({
        name: name.replace(/\.ipynb$/, ""),
        total: run.wall,
        kernel: run.execution - cells,
        imports: imports.cells[0] ?? 0,
        cells: cells - (imports.cells[0] ?? 0),
        cellCount: run.cells.length,
        export: run.wall - run.execution,
        htmlBytes: run.htmlBytes,
      });
    }
    const indexStarted = Date.now();
    writeIndexPage(paths.notebooks, paths.reports);
    const indexSeconds = (Date.now() - indexStarted) / 1000;
    const buildSeconds = sum(timings.map((t) => t.total)) + indexSeconds;

    return [
      `## Study notebooks: run through the report runner (kernel start, TypeScript compilation, computation, HTML export)`,
      `kernel start and stop, alone (a one-cell notebook, "1;"): ${seconds(kernelStart)}; one trivial cell (tslab's per-cell compile floor): ${seconds(trivial.cells[0] ?? 0)}`,
      "",
      table(
        ["study", "total", "kernel start/stop", "library import (compile + load)", "other cells (compile + compute)", "HTML export", "report size"],
        timings.map((t) => [t.name, seconds(t.total), seconds(t.kernel), seconds(t.imports), `${seconds(t.cells)} (${t.cellCount - 1} cells)`, seconds(t.export), megabytes(t.htmlBytes)]),
      ),
      "",
      `all ${timings.length} report${timings.length === 1 ? "" : "s"} and the index, built one after another into reports/ (as \`npm run reports\` does): ${seconds(buildSeconds)} (index ${seconds(indexSeconds)}); measured wall time ${seconds((Date.now() - allStarted) / 1000)} including the import probes`,
      "kernel start/stop = the run's execution time minus its cells' busy-to-idle time (nbclient's record_timing); library import = the import cell of the",
      "study cut to its import lines; other cells = the remaining cells' busy-to-idle time (tslab type-checks each cell before running it); HTML export = the rest",
    ];
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
    rmSync(probeReports, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Report sizes.

function sizeReport(): string[] {
  const reports = listStudyNotebooks(paths.notebooks)
    .map((name) => join(paths.reports, name.replace(/\.ipynb$/, ".html")))
    .filter((file) => existsSync(file));
  const rows = reports.map((file) => {
    const bytes = statSync(file).size;
    const html = readFileSync(file, "utf8");
    const plotlyCopies = html.split("plotly.js v").length - 1;
    return [relative(root, file), megabytes(bytes), String(plotlyCopies), bytes < REPORT_TARGET_BYTES ? "yes" : "NO"];
  });
  return [`## HTML reports in reports/ (target: under ${megabytes(REPORT_TARGET_BYTES)} each, Plotly embedded once)`, "", table(["report", "size", "plotly.js copies", "under target"], rows)];
}

const SECTIONS = ["sweep", "studies", "sizes"];

/** `npm run bench [-- sweep|studies|sizes ...]`: every section by default. */
async function main(argv: readonly string[]): Promise<void> {
  const unknown = argv.filter((a) => !SECTIONS.includes(a));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(", ")}: choose from ${SECTIONS.join(", ")} (default: all)`);
  const wanted = (section: string) => argv.length === 0 || argv.includes(section);
  const python = devPython();
  const lines = [`# npm run bench, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`, ...machine(python), ""];
  console.log(lines.join("\n"));
  const print = (section: string[]) => console.log(section.join("\n") + "\n");
  if (wanted("sweep")) print(sweepBenchmark(python));
  if (wanted("studies")) print(await studyBenchmark());
  if (wanted("sizes")) print(sizeReport());
  console.log(`load average at end (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
