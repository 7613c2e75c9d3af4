import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { cachePaths, type CacheManifest } from "../data/cache";
import { sha256Hex } from "../data/atomic-write";
import { cellSource, type Notebook } from "./notebook";
import type { ProjectPaths } from "./project";
import type { RunRecord } from "./run-record";

/**
 * What a study's report was built from, each as a SHA-256 in hex: the notebook's cells, the
 * compiled library and its dependencies, the report template and exporter, the cached data
 * (per series) and the parameter values. Recorded in the run record; a study whose inputs
 * all match its last successful run is not run again (Quarto's "freeze").
 */
export interface RunInputs {
  /** The notebook's cells: type, source and tags (outputs and counts are what a run replaces). */
  notebook: string;
  /** dist/lib/**\/*.js and package-lock.json (tslab, arquero, ... as installed). */
  library: string;
  /** The nbconvert template and exporter (lib/report/nbconvert), the kernel runner, plotly.js, requirements.txt. */
  report: string;
  /** Series id -> SHA-256 of its cached file (from its manifest), for each cached series the study reads. */
  data: Record<string, string>;
  /** The parameter values the run used, by name. */
  parameters: string;
}

/**
 * The names of the inputs, in the order messages and the index list them.
 *
 * @example
 * INPUT_NAMES; // ["notebook", "library", "report", "data", "parameters"]
 */
export const INPUT_NAMES = ["notebook", "library", "report", "data", "parameters"] as const satisfies readonly (keyof RunInputs)[];

/** How many hex digits of a hash the index and the progress lines show. */
const SHORT_HASH_DIGITS = 8;

/** Up to this many series are named in the index's summary of inputs; more are counted. */
const SERIES_LISTED = 6;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A hash as readers see it: its first 8 hex digits.
 *
 * @example
 * shortHash("d0952fe7006109c30e3e21ee243f12675ee6a434ef3faa760dfa64df16e42ebe"); // "d0952fe7"
 */
export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_DIGITS);
}

/**
 * One hash over a set of files: each file's path (relative to `root`, `/`-separated) and the
 * SHA-256 of its bytes, in path order. Renaming, adding, removing or editing a file changes it.
 *
 * @example
 * filesHash("/work/main", ["/work/main/requirements.txt", "/work/main/dist/plotly.min.js"]);
 */
export function filesHash(root: string, files: readonly string[]): string {
  const lines = files
    .map((file) => ({ name: relative(root, file).split(sep).join("/"), file }))
    .sort((a, b) => byText(a.name, b.name))
    .map(({ name, file }) => `${name}\0${sha256Hex(readFileSync(file))}\n`);
  return sha256Hex(lines.join(""));
}

/** Folders under lib/report/nbconvert that an install or a Python run writes, not sources. */
const GENERATED_FOLDER = /(^__pycache__$|\.egg-info$)/;

/** Every file under `dir` (recursively, sorted) accepted by `keep`; none when `dir` is missing. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return GENERATED_FOLDER.test(entry.name) ? [] : filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const present = (files: readonly string[]) => files.filter((file) => existsSync(file));

/**
 * The hash of the compiled library a notebook imports (dist/lib, JavaScript only: types and
 * source maps do not change a run) and of package-lock.json (the dependencies it loads).
 *
 * @example
 * libraryHash(paths); // changes after npm run build compiled an edit in lib/
 */
export function libraryHash(paths: ProjectPaths): string {
  // Without dist/lib nothing is hashed: the run then fails at the notebook's import, saying so.
  const dist = join(paths.root, "dist", "lib");
  return filesHash(paths.root, [...filesUnder(dist, (name) => name.endsWith(".js")), ...present([join(paths.root, "package-lock.json")])]);
}

/**
 * The hash of what turns an executed notebook into its report and runs the kernel: the nbconvert
 * template and exporter (every file under lib/report/nbconvert), lib/report's Python helpers,
 * the plotly.js inlined in each report, and requirements.txt (nbconvert's and nbclient's versions).
 *
 * @example
 * reportToolsHash(paths); // changes when the template's CSS is edited
 */
export function reportToolsHash(paths: ProjectPaths): string {
  const exporter = join(paths.root, "lib", "report", "nbconvert");
  const tools = [
    ...filesUnder(exporter, () => true),
    ...filesUnder(join(paths.root, "lib", "report"), (name) => name.endsWith(".py")).filter((file) => !file.startsWith(exporter)),
    ...present([join(paths.root, "dist", "plotly.min.js"), join(paths.root, "requirements.txt")]),
  ];
  return filesHash(paths.root, [...new Set(tools)]);
}

/**
 * The hash of a notebook's cells as a run reads them: type, source and tags. Outputs,
 * execution counts and other metadata (a notebook saved after running in JupyterLab) do not count.
 *
 * @example
 * notebookHash(readNotebook("notebooks/000-200-day-reclaim.ipynb"));
 */
export function notebookHash(notebook: Notebook): string {
  const cells = notebook.cells.map((cell) => [cell.cell_type, cellSource(cell), cell.metadata.tags ?? []]);
  return sha256Hex(JSON.stringify(cells));
}

/**
 * The hash of the parameter values a run uses, by name (the order of the parameters cell does not count).
 *
 * @example
 * parametersHash([{ name: "window", value: 200 }]) === parametersHash([{ name: "window", value: 250 }]); // false
 */
export function parametersHash(values: readonly { name: string; value: unknown }[]): string {
  const sorted = [...values].sort((a, b) => byText(a.name, b.name)).map((p) => [p.name, p.value]);
  return sha256Hex(JSON.stringify(sorted));
}

/**
 * The SHA-256 of each series' cached file, read from its manifest in `cacheDir`. A series that
 * is not cached is left out (the run itself will say what is missing).
 *
 * @example
 * dataHashes("data/cache", ["RUT"]); // { RUT: "d0952fe7006109c3..." }
 */
export function dataHashes(cacheDir: string, ids: readonly string[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const id of [...ids].sort()) {
    const manifest = cachePaths(id, cacheDir).manifest;
    if (!existsSync(manifest)) continue;
    hashes[id] = (JSON.parse(readFileSync(manifest, "utf8")) as CacheManifest).sha256;
  }
  return hashes;
}

/**
 * One hash for a study's data inputs (the index shows it with the series' names).
 *
 * @example
 * shortHash(combinedDataHash({ RUT: "d0952fe7...", IWM: "1c2d..." })); // "5e0a71b2"
 */
export function combinedDataHash(data: Readonly<Record<string, string>>): string {
  return sha256Hex(JSON.stringify(Object.entries(data).sort(([a], [b]) => byText(a, b))));
}

/**
 * The inputs that differ between two runs: "notebook", "library", "report", "parameters", and
 * "data X" for each series added, removed or changed.
 *
 * @example
 * changedInputs(previous, current); // ["library", "data RUT"]
 */
export function changedInputs(previous: RunInputs, current: RunInputs): string[] {
  return INPUT_NAMES.flatMap((name) => {
    if (name !== "data") return previous[name] === current[name] ? [] : [name];
    const ids = [...new Set([...Object.keys(previous.data), ...Object.keys(current.data)])].sort();
    return ids.filter((id) => previous.data[id] !== current.data[id]).map((id) => `data ${id}`);
  });
}

/** Whether a study must run again, and if so why (for the progress line). */
export type FreezeDecision = { rebuild: false } | { rebuild: true; reason: string };

/**
 * Decides whether a study's reports are current: they are when the last run succeeded, its
 * HTML report exists, and every input it recorded equals `current`. Otherwise the reason to
 * rebuild: never built, last run failed, report missing, inputs not recorded, or which changed.
 *
 * @example
 * freezeDecision(runRecordOf(readNotebook("reports/000-x.ipynb")), existsSync("reports/000-x.html"), inputs);
 * // { rebuild: true, reason: "changed: library" }
 */
export function freezeDecision(previous: RunRecord | null, htmlExists: boolean, current: RunInputs): FreezeDecision {
  if (!previous) return { rebuild: true, reason: "not built yet" };
  if (previous.status !== "ok") return { rebuild: true, reason: "the last run failed" };
  if (!htmlExists) return { rebuild: true, reason: "its HTML report is missing" };
  if (!previous.inputs) return { rebuild: true, reason: "built before inputs were recorded" };
  const changed = changedInputs(previous.inputs, current);
  return changed.length > 0 ? { rebuild: true, reason: `changed: ${changed.join(", ")}` } : { rebuild: false };
}

/**
 * The inputs as the index shows them: "notebook 1a2b3c4d · library … · data 5e0a71b2 (RUT, IWM) · …".
 *
 * @example
 * inputsSummary(record.inputs); // "notebook 1a2b3c4d · library 9f8e7d6c · report 0b1c2d3e · data 5e0a71b2 (RUT) · parameters 77aa01bc"
 */
export function inputsSummary(inputs: RunInputs): string {
  const ids = Object.keys(inputs.data);
  const series = ids.length <= SERIES_LISTED ? ids.join(", ") : `${ids.length} series`;
  return INPUT_NAMES.map((name) =>
    name === "data" ? `data ${shortHash(combinedDataHash(inputs.data))} (${series || "none"})` : `${name} ${shortHash(inputs[name])}`,
  ).join(" · ");
}

/** What {@link studyInputs} reads: the project, the notebook as in notebooks/, the values a run uses. */
export interface StudyInputSources {
  paths: ProjectPaths;
  notebook: Notebook;
  parameters: readonly { name: string; value: unknown }[];
  /** The cached series the study reads (a composed series as its inputs). */
  series: readonly string[];
}

/**
 * Every input of a study run, hashed now (reads dist/lib, the report tools and the cache
 * manifests: tens of milliseconds).
 *
 * @example
 * const inputs = studyInputs({ paths, notebook: source, parameters: parameterUses(parameters, values), series: ["IWM_ADJ", "RUT"] });
 */
export function studyInputs(sources: StudyInputSources): RunInputs {
  const { paths } = sources;
  return {
    notebook: notebookHash(sources.notebook),
    library: libraryHash(paths),
    report: reportToolsHash(paths),
    data: dataHashes(paths.cache, sources.series),
    parameters: parametersHash(sources.parameters),
  };
}
