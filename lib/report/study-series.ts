import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { cachedIds } from "../data/cache";
import { catalogIds, seriesInfo } from "../data/catalog";
import { defaultCacheDir } from "../data/paths";
import { cellSource, type Notebook } from "./notebook";
import type { ParameterValue } from "./parameters";
import { studyNumber } from "./studies";

type Token = { kind: "string" | "word" | "punct"; text: string };

/**
 * Splits TypeScript source into string literals, words and punctuation, dropping comments,
 * so a commented-out call or a quote inside a comment is not read as code. A template
 * literal counts as a string only without `${…}` (else its text is not known here).
 */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) i++;
    else if (source.startsWith("//", i)) i = source.indexOf("\n", i) < 0 ? source.length : source.indexOf("\n", i);
    else if (source.startsWith("/*", i)) i = source.indexOf("*/", i + 2) < 0 ? source.length : source.indexOf("*/", i + 2) + 2;
    else if (ch === '"' || ch === "'" || ch === "`") {
      let j = i + 1;
      let text = "";
      while (j < source.length && source[j] !== ch) {
        if (source[j] === "\\") j++;
        text += source[j] ?? "";
        j++;
      }
      const interpolated = ch === "`" && text.includes("${");
      tokens.push(interpolated ? { kind: "punct", text: "`" } : { kind: "string", text });
      i = j + 1;
    } else if (/[\w$]/.test(ch)) {
      const word = /^[\w$]+/.exec(source.slice(i, i + 200))?.[0] ?? ch;
      tokens.push({ kind: "word", text: word });
      i += word.length;
    } else {
      tokens.push({ kind: "punct", text: ch });
      i++;
    }
  }
  return tokens;
}

/**
 * The catalog series some study code loads, found by reading it, not running it: the first
 * argument of every `loadSeries(…)` call (also `kit.loadSeries`), where string literals
 * count (`"RUT"`, both sides of `x ? "TNX" : "DGS10"`) and a name that is a notebook
 * parameter counts as its value. Only ids in `known` (the catalog) are returned, sorted;
 * an id computed some other way is left for the kernel to report.
 *
 * @example
 * studySeriesIds(['const r = kit.loadSeries("RUT", { suspectRows: "drop" });', "loadSeries(yields)"], ["RUT", "DGS10"],
 *   (name) => (name === "yields" ? "DGS10" : undefined)); // ["DGS10", "RUT"]
 */
export function studySeriesIds(
  sources: readonly string[],
  known: readonly string[],
  parameterValue: (name: string) => ParameterValue | undefined = () => undefined,
): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    const tokens = tokenize(source);
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i].text !== "loadSeries" || tokens[i].kind !== "word" || tokens[i + 1].text !== "(") continue;
      // The first argument: up to the first comma or closing parenthesis at its own depth.
      for (let j = i + 2, depth = 0; j < tokens.length; j++) {
        const { kind, text } = tokens[j];
        if (kind === "punct") {
          if ((text === "," || ")]}".includes(text)) && depth === 0) break;
          if ("([{".includes(text)) depth++;
          else if (")]}".includes(text)) depth--;
          continue;
        }
        const value = kind === "string" ? text : parameterValue(text);
        if (typeof value === "string" && known.includes(value)) found.add(value);
      }
    }
  }
  return [...found].sort();
}

/**
 * The code a study runs: its notebook's code cells, then the TypeScript files of its package
 * `lib/studies/NNN-<slug>/` (any folder there named with the study's number), when it has one.
 *
 * @example
 * studySources("/work/main", "notebooks/000-200-day-reclaim.ipynb", notebook).length; // code cells + package files
 */
export function studySources(root: string, notebookPath: string, notebook: Notebook): string[] {
  const cells = notebook.cells.filter((cell) => cell.cell_type === "code").map(cellSource);
  const studies = join(root, "lib", "studies");
  if (!existsSync(studies)) return cells;
  const number = studyNumber(basename(notebookPath));
  const packages = readdirSync(studies, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.startsWith(`${number}-`));
  const files = packages.flatMap((d) =>
    readdirSync(join(studies, d.name), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
      .sort()
      .map((name) => readFileSync(join(studies, d.name, name), "utf8")),
  );
  return [...cells, ...files];
}

/**
 * Refuses a study whose series are not all in the cache, before its kernel starts (a kernel
 * start costs 10 s or more, and the study would only fail at its first `loadSeries`). A
 * composed series needs its inputs cached. The Error names the notebook, the missing series
 * and the commands that fetch or import them.
 *
 * @example
 * requireCachedSeries("notebooks/000-200-day-reclaim.ipynb", ["IWM_ADJ", "RUT"]);
 * // throws when RUT is not cached: "... needs series that are not in the cache (...): RUT; ..."
 */
export function requireCachedSeries(file: string, ids: readonly string[], cacheDir: string = defaultCacheDir()): void {
  const cached = new Set(cachedIds(cacheDir));
  // A composed series (RUT_LONG) is built from its two inputs when loaded: those must be cached.
  const needs = ids.flatMap((id) => {
    const compose = catalogIds().includes(id) ? seriesInfo(id).compose : undefined;
    return compose ? [compose.before, compose.after].map((input) => ({ input, note: `${input} (for ${id})` })) : [{ input: id, note: id }];
  });
  const missing = needs.filter(({ input }) => !cached.has(input));
  if (missing.length === 0) return;
  const list = [...new Set(missing.map(({ input }) => input))].join(" ");
  throw new Error(
    `${file} needs series that are not in the cache (${cacheDir}): ${[...new Set(missing.map(({ note }) => note))].join(", ")}; the kernel was not started. ` +
      `Fetch them with \`npm run data -- refresh ${list}\` (online), or import them from a snapshot folder with ` +
      `\`npm run data -- import ${list} --from DIR\``,
  );
}

/**
 * The catalog series a study needs, for {@link requireCachedSeries}: {@link studySeriesIds}
 * over {@link studySources}, with parameters at their run values.
 *
 * @example
 * neededSeries(paths.root, notebookPath, source, (name) => values.get(name) ?? defaults.get(name));
 */
export function neededSeries(
  root: string,
  notebookPath: string,
  notebook: Notebook,
  parameterValue: (name: string) => ParameterValue | undefined,
): string[] {
  return studySeriesIds(studySources(root, notebookPath, notebook), catalogIds(), parameterValue);
}
