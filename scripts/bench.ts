// `npm run bench`: how fast the kit is, measured on this machine in one run, each figure beside
// its reference and target.
//  sweep    The reclaim parameter sweep (windows 20..300 x minimum gaps 0..180 over the full RUT
//           history) with study 000's reclaimSweep (lib/studies/000-200-day-reclaim), a vectorised pandas/numpy reference and a
//           Numba-compiled single-thread loop (bench/reclaim_sweep*.py); all three grids checked
//           equal cell for cell, best of several repeats each.
//  reports  `npm run reports` cold (every study run: --force) and warm (a second run, nothing changed).
//  study    One study (000) through the report runner against a pandas + plotly notebook of the same
//           study (bench/study_000_pandas.py), executed and exported with the same nbclient and nbconvert.
//  studies  Each study notebook's time split into kernel start, library import, the other cells and
//           the HTML export.
//  sizes    The size of each HTML report against the 6 MB target.
// Not part of the tests: the figures depend on the machine and on what else it is doing.
// `npm run bench -- sweep study` (any of the sections) runs only those.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { loadSeries } from "../lib/data/load";
import { reclaimSweep, type ReclaimSweep, type ReclaimSweepParams } from "../lib/studies/000-200-day-reclaim/sweep";
import { readNotebook, cellSource, writeNotebook, type Notebook, type NotebookCell } from "../lib/report/notebook";
import { findProjectRoot, projectPaths, type ProjectPaths } from "../lib/report/project";
import { runStudy } from "../lib/report/run-study";
import { listStudyNotebooks } from "../lib/report/studies";

/** Timed calls of each sweep; the best counts (a shared machine's other work only ever adds time). */
const REPEATS = 15;
/**
 * Untimed calls before the timed ones, the same for every implementation: Numba compiles at its
 * first call; V8 optimises over the first several (interpreter, Sparkplug, Maglev, then TurboFan:
 * our sweep reaches its steady time after about ten calls, measured at 45-55 ms, then 13-20 ms).
 */
const WARMUPS = 10;
const WINDOWS: [number, number] = [20, 300];
const GAPS: [number, number] = [0, 180];
const HORIZON_DAYS = 252;
const REPORT_TARGET_BYTES = 6 * 1024 * 1024;
const GRID_TOLERANCE = 1e-9;
/** The issue's targets (docs: README "Benchmark"). */
const TARGETS = {
  sweepVsPandas: 5,
  allReportsSeconds: 30,
  warmReportsSeconds: 3,
  studyVsReference: 1.5,
  exportSeconds: 1.5,
};
/** Runs of the one-study comparison, alternating ours and the reference; the best of each counts. */
const STUDY_RUNS = 2;
const REFERENCE_KERNEL = "r2k-bench-pandas";

const root = findProjectRoot(__dirname);
const paths = projectPaths(root);

const span = ([from, to]: [number, number]) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const seconds = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A markdown table with the columns padded, so it reads in a terminal and pastes into the README. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** One target of the issue: the figure measured, what it is compared with, and whether it is met. */
interface Target {
  measure: string;
  figure: string;
  reference: string;
  target: string;
  met: boolean;
}
const targets: Target[] = [];

/**
 * The best of `repeats` timed calls after WARMUPS untimed ones (JIT, caches): wall-clock
 * seconds, and the process's CPU seconds, which other work on a shared machine disturbs less.
 */
function bestOf<T>(repeats: number, fn: () => T): { best: number; times: number[]; bestCpu: number; result: T } {
  let result = fn();
  for (let i = 1; i < WARMUPS; i++) result = fn();
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

const DEV_MODULES = ["pandas", "numpy", "numba", "ipykernel", "plotly", "nbformat"];

/**
 * The dev venv's python with the references' packages (requirements-dev.txt: pandas, numpy,
 * numba, and ipykernel + plotly for the reference notebook), created or completed on first use.
 * Kept apart from .venv, the Jupyter venv the reports run in: the references are never a
 * runtime dependency.
 */
function devPython(): string {
  const venv = join(root, ".venv-dev");
  const python = join(venv, "bin", "python");
  const ready = () => existsSync(python) && spawnSync(python, ["-c", `import ${DEV_MODULES.join(", ")}`], { stdio: "ignore" }).status === 0;
  if (ready()) return python;
  const base = process.env.PYTHON ?? "python3";
  console.log(`The references need ${DEV_MODULES.join(", ")}: installing requirements-dev.txt into .venv-dev (once; a minute or two)…`);
  try {
    if (!existsSync(python)) execFileSync(base, ["-m", "venv", venv], { stdio: "inherit" });
    execFileSync(join(venv, "bin", "pip"), ["install", "--quiet", "--disable-pip-version-check", "-r", join(root, "requirements-dev.txt")], { stdio: "inherit" });
  } catch (error) {
    throw new Error(
      `could not install the references into .venv-dev (${(error as Error).message.split("\n")[0]}); ` +
        `create it by hand: ${base} -m venv .venv-dev && .venv-dev/bin/pip install -r requirements-dev.txt (or set PYTHON=/path/to/python3.11)`,
    );
  }
  if (!ready()) throw new Error(`${python} still cannot import ${DEV_MODULES.join(", ")}; reinstall with .venv-dev/bin/pip install -r requirements-dev.txt`);
  return python;
}

function machine(python: string): string[] {
  const cpus = os.cpus();
  const script = "import json, platform, pandas, numpy, numba; print(json.dumps([platform.python_version(), pandas.__version__, numpy.__version__, numba.__version__]))";
  const versions = JSON.parse(execFileSync(python, ["-c", script], { encoding: "utf8" })) as string[];
  return [
    `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.type()} ${os.release()}`,
    `software: Node ${process.versions.node}, Python ${versions[0]} (pandas ${versions[1]}, numpy ${versions[2]}, numba ${versions[3]})`,
    `load average at start (1, 5, 15 min): ${loadAverage()}`,
  ];
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

// ---------------------------------------------------------------------------------------------
// sweep: ours, pandas' and Numba's.

interface GridComparison {
  cells: number;
  countsEqual: boolean;
  maxMeanDifference: number;
  maxHitRateDifference: number;
  agree: boolean;
}

/** Cell by cell: counts exactly, means and hit rates within GRID_TOLERANCE (NaN only against NaN). */
function compareGrids(ours: ReclaimSweep, reference: Float64Array): GridComparison {
  const rows = ours.rows.length;
  const columns = ours.columns.length;
  const at = (grid: number, w: number, g: number) => reference[(grid * rows + w) * columns + g];
  let countsEqual = true;
  let maxMeanDifference = 0;
  let maxHitRateDifference = 0;
  const difference = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.isNaN(a) || Number.isNaN(b) ? Infinity : Math.abs(a - b));
  for (let w = 0; w < rows; w++) {
    for (let g = 0; g < columns; g++) {
      const counts = [ours.events[w][g], ours.complete[w][g], ours.open[w][g]];
      if (counts.some((c, k) => c !== at(k, w, g))) countsEqual = false;
      maxMeanDifference = Math.max(maxMeanDifference, difference(ours.meanForwardReturn[w][g], at(3, w, g)));
      maxHitRateDifference = Math.max(maxHitRateDifference, difference(ours.hitRate[w][g], at(4, w, g)));
    }
  }
  const agree = countsEqual && maxMeanDifference <= GRID_TOLERANCE && maxHitRateDifference <= GRID_TOLERANCE;
  return { cells: rows * columns, countsEqual, maxMeanDifference, maxHitRateDifference, agree };
}

interface ReferenceRun {
  best: number;
  times: number[];
  bestCpu: number;
  /** The first untimed call: for numba, compilation included. */
  first: number;
  grid: Float64Array;
}

function referenceSweep(python: string, work: string, engine: "pandas" | "numba"): ReferenceRun {
  const args = [join(root, "bench", "reclaim_sweep.py"), work, "--windows", ...WINDOWS.map(String), "--gaps", ...GAPS.map(String)];
  const options = ["--horizon", String(HORIZON_DAYS), "--gap-unit", "calendar", "--repeats", String(REPEATS), "--warmups", String(WARMUPS), "--engine", engine];
  const output = execFileSync(python, [...args, ...options], { encoding: "utf8", env: { ...process.env, NUMBA_NUM_THREADS: "1" } });
  const timing = JSON.parse(output.trim().split("\n").pop() as string) as Omit<ReferenceRun, "grid">;
  const bytes = readFileSync(join(work, "grid.f64"));
  return { ...timing, grid: new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8) };
}

function sweepBenchmark(python: string): string[] {
  const rut = loadSeries("RUT").series;
  const params: ReclaimSweepParams = { windows: span(WINDOWS), minGaps: span(GAPS), gapUnit: "calendar", horizon: { tradingDays: HORIZON_DAYS } };
  const ours = bestOf(REPEATS, () => reclaimSweep(rut, params));

  const work = mkdtempSync(join(os.tmpdir(), "r2k-bench-"));
  try {
    writeFileSync(join(work, "dates.txt"), rut.dates.join("\n") + "\n");
    writeFileSync(join(work, "close.f64"), Buffer.from(rut.close.buffer, rut.close.byteOffset, rut.close.byteLength));
    const pandas = referenceSweep(python, work, "pandas");
    const numba = referenceSweep(python, work, "numba");
    const checks = { pandas: compareGrids(ours.result, pandas.grid), numba: compareGrids(ours.result, numba.grid) };
    const cells = checks.pandas.cells;
    const perCell = (s: number) => `${((s / cells) * 1e6).toFixed(2)} µs`;
    const row = (name: string, run: { best: number; times: number[]; bestCpu: number }, first: string) => [
      name,
      seconds(run.best),
      seconds(median(run.times)),
      perCell(run.best),
      seconds(run.bestCpu),
      first,
    ];
    const vsPandas = pandas.best / ours.best;
    const vsNumba = numba.best / ours.best;
    targets.push(
      { measure: "reclaim sweep vs Numba (single thread)", figure: seconds(ours.best), reference: `Numba ${seconds(numba.best)}`, target: "ours <= Numba", met: ours.best <= numba.best },
      { measure: "reclaim sweep vs pandas", figure: seconds(ours.best), reference: `pandas ${seconds(pandas.best)}`, target: `>= ${TARGETS.sweepVsPandas}x faster`, met: vsPandas >= TARGETS.sweepVsPandas },
      { measure: "sweep grids equal cell for cell", figure: checks.pandas.agree && checks.numba.agree ? "equal" : "DIFFER", reference: "pandas and Numba", target: "equal", met: checks.pandas.agree && checks.numba.agree },
    );
    const describe = (name: string, c: GridComparison) =>
      `${name}: ${c.agree ? "agrees" : "DISAGREES"}: counts (reclaims, complete, open) ${c.countsEqual ? "equal in every cell" : "DIFFER"}; ` +
      `largest difference of a mean ${c.maxMeanDifference.toExponential(1)}, of a hit rate ${c.maxHitRateDifference.toExponential(1)} (tolerance ${GRID_TOLERANCE})`;
    if (!checks.pandas.agree || !checks.numba.agree) process.exitCode = 1;
    return [
      `## Reclaim sweep: ${params.windows.length} windows (${WINDOWS.join("..")}) x ${params.minGaps.length} minimum gaps (${GAPS.join("..")} calendar days) = ${cells.toLocaleString("en-US")} configurations`,
      `RUT ${rut.dates[0]} to ${rut.dates[rut.dates.length - 1]} (${rut.dates.length.toLocaleString("en-US")} days), ${HORIZON_DAYS}-day forward return; best of ${REPEATS} after ${WARMUPS} untimed calls each`,
      "",
      table(
        ["implementation", "best", `median of ${REPEATS}`, "per configuration", "best CPU time", "first call (untimed)"],
        [
          row("ours (study 000 reclaimSweep)", ours, "-"),
          row("pandas/numpy (bench/reclaim_sweep.py)", pandas, seconds(pandas.first)),
          row("Numba, one thread (bench/reclaim_sweep_numba.py)", numba, `${seconds(numba.first)} (compiles)`),
        ],
      ),
      "",
      `ours vs pandas: ${vsPandas.toFixed(1)}x faster by wall-clock time, ${(pandas.bestCpu / ours.bestCpu).toFixed(1)}x by CPU time`,
      `ours vs Numba: ${vsNumba >= 1 ? `${vsNumba.toFixed(2)}x faster` : `${(1 / vsNumba).toFixed(2)}x slower`} by wall-clock time, ${(numba.bestCpu / ours.bestCpu).toFixed(2)}x by CPU time`,
      `grid check against ${describe("pandas", checks.pandas)}`,
      `grid check against ${describe("Numba", checks.numba)}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// reports: `npm run reports`, cold and warm.

/** Runs the report CLI as `npm run reports` does and times it; a failure stops the bench. */
function timedReportsRun(args: string[]): Promise<{ wall: number; stdout: string }> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, "dist", "lib", "report", "cli.js"), "all", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolvePromise({ wall, stdout });
      else reject(new Error(`npm run reports -- ${args.join(" ")} failed (exit ${code}):\n${stdout}${stderr}`));
    });
  });
}

async function reportsBenchmark(): Promise<string[]> {
  const studies = listStudyNotebooks(paths.notebooks).length;
  const cold = await timedReportsRun(["--force"]);
  const warm = await timedReportsRun([]);
  const skipped = warm.stdout.split("\n").filter((line) => line.includes(": skipped")).length;
  targets.push(
    { measure: `npm run reports, cold (${studies} studies + index)`, figure: seconds(cold.wall), reference: `${os.cpus().length} cores`, target: `<= ${TARGETS.allReportsSeconds} s`, met: cold.wall <= TARGETS.allReportsSeconds },
    { measure: "npm run reports, warm (nothing changed)", figure: seconds(warm.wall), reference: `${skipped} of ${studies} skipped`, target: `<= ${TARGETS.warmReportsSeconds} s`, met: warm.wall <= TARGETS.warmReportsSeconds && skipped === studies },
  );
  return [
    `## npm run reports: every study and the index, as a user runs it (studies in parallel, one per core)`,
    `cold (--force: every study runs): ${seconds(cold.wall)}; warm (a second run, nothing changed): ${seconds(warm.wall)}, ${skipped} of ${studies} studies skipped`,
    "",
    "cold run's progress:",
    ...cold.stdout.trimEnd().split("\n").map((line) => `    ${line}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// study: one study, ours against a pandas + plotly notebook of it.

/** bench/study_000_pandas.py as a notebook: one code cell per block after a "# %%" line. */
function referenceNotebook(): Notebook {
  const source = readFileSync(join(root, "bench", "study_000_pandas.py"), "utf8");
  const blocks = source.split(/^# %%$/m).slice(1).map((block) => block.replace(/^\n+|\n+$/g, ""));
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: REFERENCE_KERNEL, display_name: "Python (bench reference)", language: "python" } },
    cells: blocks.map((block, i): NotebookCell => ({ cell_type: "code", id: `reference-${i}`, source: block, metadata: {}, outputs: [], execution_count: null })),
  };
}

/**
 * `jupyter nbconvert --execute --to html`, as a Python user runs and exports a notebook in one
 * command: the venv's nbconvert with its configuration, the kernel given by the notebook.
 */
function nbconvertExecute(notebookPath: string, env: NodeJS.ProcessEnv): Promise<void> {
  const args = ["nbconvert", "--execute", "--to", "html", "--log-level=ERROR", notebookPath];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(paths.jupyter, args, { cwd: dirname(notebookPath), env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise() : reject(new Error(`the reference notebook failed (nbconvert exit ${code}): ${stderr.slice(-2000)}`))));
  });
}

interface StudyRun {
  total: number;
  /** Kernel start and cells, then the HTML export: known for ours (the run record), not inside one nbconvert command. */
  execution: number | null;
  export: number | null;
  htmlBytes: number;
}

async function studyBenchmark(python: string): Promise<string[]> {
  const study = listStudyNotebooks(paths.notebooks).find((name) => name.startsWith("000-"));
  if (!study) throw new Error(`no study 000 in ${paths.notebooks}: the one-study comparison needs it`);
  const work = mkdtempSync(join(os.tmpdir(), "r2k-bench-study-"));
  // The reference's kernel: .venv-dev's Python.
  const kernelDir = join(work, "jupyter", "kernels", REFERENCE_KERNEL);
  mkdirSync(kernelDir, { recursive: true });
  writeFileSync(join(kernelDir, "kernel.json"), JSON.stringify({ argv: [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"], display_name: "Python (bench reference)", language: "python" }));
  // nbconvert finds the reference's kernel (.venv-dev's Python) through JUPYTER_PATH; the notebook reads R2K_CACHE.
  const env = { ...process.env, JUPYTER_PATH: [join(work, "jupyter"), process.env.JUPYTER_PATH].filter(Boolean).join(delimiter), R2K_CACHE: paths.cache };
  const referencePath = join(work, "study_000_pandas.ipynb");
  writeNotebook(referencePath, referenceNotebook());
  try {
    const ourRun = async (): Promise<StudyRun> => {
      const started = Date.now();
      const result = await runStudy({ paths, notebookPath: join(paths.notebooks, study), reportsDir: join(work, "reports"), force: true });
      const total = (Date.now() - started) / 1000;
      return { total, execution: result.record.durationSeconds, export: total - result.record.durationSeconds, htmlBytes: result.htmlBytes };
    };
    const referenceRun = async (): Promise<StudyRun> => {
      const started = Date.now();
      await nbconvertExecute(referencePath, env);
      return { total: (Date.now() - started) / 1000, execution: null, export: null, htmlBytes: statSync(referencePath.replace(/\.ipynb$/, ".html")).size };
    };
    const ours: StudyRun[] = [];
    const reference: StudyRun[] = [];
    for (let i = 0; i < STUDY_RUNS; i++) {
      ours.push(await ourRun());
      reference.push(await referenceRun());
    }
    const best = (runs: StudyRun[]) => runs.reduce((a, b) => (b.total < a.total ? b : a));
    const [a, b] = [best(ours), best(reference)];
    const ratio = a.total / b.total;
    targets.push(
      { measure: "one study (000), executed and exported", figure: seconds(a.total), reference: `pandas + plotly ${seconds(b.total)}`, target: `<= ${TARGETS.studyVsReference}x the reference`, met: ratio <= TARGETS.studyVsReference },
      { measure: "HTML export of one report (npm run study)", figure: seconds(a.export ?? NaN), reference: "-", target: `<= ${TARGETS.exportSeconds} s`, met: (a.export ?? Infinity) <= TARGETS.exportSeconds },
    );
    const part = (s: number | null) => (s === null ? "(one command)" : seconds(s));
    const row = (name: string, runs: StudyRun[], run: StudyRun) => [name, seconds(run.total), runs.map((r) => seconds(r.total)).join(", "), part(run.execution), part(run.export), megabytes(run.htmlBytes)];
    return [
      `## One study: ${study} through the report runner, against a pandas + plotly notebook of it (bench/study_000_pandas.py)`,
      `the same data, 7 charts each; the reference runs on a Python kernel (.venv-dev) with \`jupyter nbconvert --execute --to html\` (the same nbconvert and nbclient); best of ${STUDY_RUNS}, alternating`,
      "",
      table(["notebook", "best", `all ${STUDY_RUNS} runs`, "kernel + cells", "HTML export", "report size"], [row("ours (npm run study: tslab, lib/report)", ours, a), row("pandas + plotly", reference, b)]),
      "",
      `ours takes ${ratio.toFixed(2)}x the reference's time`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// studies: where each study's time goes.

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
    .map((line) =>
      line.replace(/(from\s+["'])(\.{1,2}\/[^"']+)(["'])/, (_, open: string, specifier: string, close: string) => {
        const moved = relative(to, resolve(from, specifier));
        return `${open}${moved.startsWith(".") ? moved : `./${moved}`}${close}`;
      }),
    );
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
  const result = await runStudy({ paths: p, notebookPath, reportsDir, force: true });
  const wall = (Date.now() - started) / 1000;
  const cells = cellSeconds(readNotebook(result.executedPath));
  return { wall, execution: result.record.durationSeconds, cells, htmlBytes: result.htmlBytes };
}

async function studiesBenchmark(): Promise<string[]> {
  const studies = listStudyNotebooks(paths.notebooks);
  // Probes run from a folder inside notebooks/ (tslab compiles in the notebook's folder); every
  // run here writes its reports to a temporary folder, so reports/ keeps what `reports` built.
  const probeDir = join(paths.notebooks, `.test-tmp-bench-${process.pid}`);
  const scratchReports = mkdtempSync(join(os.tmpdir(), "r2k-bench-reports-"));
  mkdirSync(probeDir, { recursive: true });
  try {
    const probe = async (name: string, notebook: Notebook) => {
      const file = join(probeDir, name);
      writeFileSync(file, JSON.stringify(notebook, null, 1));
      return timeRun(paths, file, scratchReports);
    };
    const trivial = await probe("990-trivial.ipynb", { nbformat: 4, nbformat_minor: 4, metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } }, cells: [codeCell("1;")] });
    const kernelStart = trivial.execution - sum(trivial.cells);

    const timings: StudyTiming[] = [];
    for (const name of studies) {
      const file = join(paths.notebooks, name);
      const run = await timeRun(paths, file, scratchReports);
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
    return [
      `## Study notebooks, one at a time through the report runner: kernel start, TypeScript compilation, computation, HTML export`,
      `kernel start and stop, alone (a one-cell notebook, "1;"): ${seconds(kernelStart)}; one trivial cell (tslab's per-cell compile floor): ${seconds(trivial.cells[0] ?? 0)}`,
      "",
      table(
        ["study", "total", "kernel start/stop", "library import (compile + load)", "other cells (compile + compute)", "HTML export", "report size"],
        timings.map((t) => [t.name, seconds(t.total), seconds(t.kernel), seconds(t.imports), `${seconds(t.cells)} (${t.cellCount - 1} cells)`, seconds(t.export), megabytes(t.htmlBytes)]),
      ),
      "",
      "kernel start/stop = the run's execution time minus its cells' busy-to-idle time (nbclient's record_timing); library import = the import cell of the",
      "study cut to its import lines; other cells = the remaining cells' busy-to-idle time (tslab type-checks each cell before running it); HTML export = the rest",
    ];
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
    rmSync(scratchReports, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// sizes: the reports in reports/.

function sizeReport(): string[] {
  const reports = listStudyNotebooks(paths.notebooks)
    .map((name) => join(paths.reports, name.replace(/\.ipynb$/, ".html")))
    .filter((file) => existsSync(file));
  const rows = reports.map((file) => {
    const bytes = statSync(file).size;
    const html = readFileSync(file, "utf8");
    const plotlyCopies = html.split("plotly.js v").length - 1;
    return { file, bytes, plotlyCopies };
  });
  const largest = Math.max(0, ...rows.map((r) => r.bytes));
  targets.push({
    measure: "HTML report size, plotly.js embedded once",
    figure: `largest ${megabytes(largest)}`,
    reference: `${rows.length} reports`,
    target: `< ${megabytes(REPORT_TARGET_BYTES)}, 1 copy`,
    met: rows.length > 0 && rows.every((r) => r.bytes < REPORT_TARGET_BYTES && r.plotlyCopies === 1),
  });
  return [
    `## HTML reports in reports/ (target: under ${megabytes(REPORT_TARGET_BYTES)} each, Plotly embedded once)`,
    "",
    table(["report", "size", "plotly.js copies", "under target"], rows.map((r) => [relative(root, r.file), megabytes(r.bytes), String(r.plotlyCopies), r.bytes < REPORT_TARGET_BYTES ? "yes" : "NO"])),
  ];
}

const SECTIONS = ["sweep", "reports", "study", "studies", "sizes"];

/** `npm run bench [-- sweep|reports|study|studies|sizes ...]`: every section by default. */
async function main(argv: readonly string[]): Promise<void> {
  const unknown = argv.filter((a) => !SECTIONS.includes(a));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(", ")}: choose from ${SECTIONS.join(", ")} (default: all)`);
  const wanted = (section: string) => argv.length === 0 || argv.includes(section);
  const python = devPython();
  const lines = [`# npm run bench, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`, ...machine(python), ""];
  console.log(lines.join("\n"));
  const print = (section: string[]) => console.log(section.join("\n") + "\n");
  if (wanted("sweep")) print(sweepBenchmark(python));
  if (wanted("reports")) print(await reportsBenchmark());
  if (wanted("study")) print(await studyBenchmark(python));
  if (wanted("studies")) print(await studiesBenchmark());
  if (wanted("sizes")) print(sizeReport());
  print([
    "## Targets",
    "",
    table(
      ["measure", "figure", "reference", "target", "met"],
      targets.map((t) => [t.measure, t.figure, t.reference, t.target, t.met ? "met" : "NOT met"]),
    ),
  ]);
  console.log(`load average at end (1, 5, 15 min): ${loadAverage()} (on a shared machine, compare the ratios, measured in the same run)`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
