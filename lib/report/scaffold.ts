import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../data/atomic-write";
import { listStudyNotebooks, studyNumber } from "./studies";

/** What `npm run new-study -- NNN slug "Title"` is asked to create. */
export interface ScaffoldRequest {
  id: string;
  slug: string;
  title: string;
}

/**
 * Checks a scaffold request against the project: three digits not yet used, a lower-case
 * hyphenated slug, a title; every problem named with the fix.
 *
 * @example
 * scaffoldProblems("/work/main", { id: "000", slug: "x", title: "X" }); // ["study 000 exists already: …"]
 */
export function scaffoldProblems(root: string, request: ScaffoldRequest): string[] {
  const problems: string[] = [];
  if (!/^\d{3}$/.test(request.id)) problems.push(`study number '${request.id}': use three digits, e.g. 005`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(request.slug)) problems.push(`slug '${request.slug}': use lower-case words joined by hyphens, e.g. small-cap-rally`);
  if (request.title.trim() === "") problems.push("title: give the article's title (or a short title) in quotes");
  const taken = listStudyNotebooks(join(root, "notebooks")).filter((name) => studyNumber(name) === request.id);
  const packages = existsSync(join(root, "lib", "studies")) ? readdirSync(join(root, "lib", "studies")).filter((n) => n.startsWith(`${request.id}-`)) : [];
  if (taken.length + packages.length > 0) problems.push(`study ${request.id} exists already (${[...taken, ...packages].join(", ")}): pick a free number`);
  return problems;
}

/**
 * The files a new study starts with, by path relative to the project root: the package
 * (claims, measurement, verdicts, index), its test, and the notebook, from templates/study.
 *
 * @example
 * Object.keys(scaffoldFiles(root, { id: "005", slug: "rally", title: "Rally" }));
 * // ["lib/studies/005-rally/claims.ts", …, "notebooks/005-rally.ipynb"]
 */
export function scaffoldFiles(root: string, request: ScaffoldRequest): Record<string, string> {
  const dir = join(root, "templates", "study");
  const name = `${request.id}-${request.slug}`;
  const fill = (template: string) =>
    readFileSync(join(dir, template), "utf8")
      .replaceAll("__ID__", request.id)
      .replaceAll("__SLUG__", request.slug)
      .replaceAll("__VAR__", `s${request.id}`)
      .replaceAll("__TITLE__", request.title.replaceAll("\\", "\\\\").replaceAll('"', '\\"'));
  const notebook = JSON.parse(fill("notebook.ipynb.tmpl")) as { cells: { id?: string }[] };
  notebook.cells.forEach((cell, k) => (cell.id = `${name}-${k}`.slice(0, 64)));
  return {
    [`lib/studies/${name}/claims.ts`]: fill("claims.ts.tmpl"),
    [`lib/studies/${name}/measure.ts`]: fill("measure.ts.tmpl"),
    [`lib/studies/${name}/verdicts.ts`]: fill("verdicts.ts.tmpl"),
    [`lib/studies/${name}/index.ts`]: fill("index.ts.tmpl"),
    [`test/studies/${name}/${name}.test.ts`]: fill("test.ts.tmpl"),
    [`notebooks/${name}.ipynb`]: `${JSON.stringify(notebook, null, 1)}\n`,
  };
}

/**
 * Writes a new study's files (each atomically); refuses, before writing anything, a request
 * with problems or a file that exists.
 *
 * @example
 * scaffoldStudy("/work/main", { id: "005", slug: "rally", title: "Rally" }); // the paths written
 */
export function scaffoldStudy(root: string, request: ScaffoldRequest): string[] {
  const problems = scaffoldProblems(root, request);
  if (problems.length > 0) throw new Error(`new-study: ${problems.join("; ")}\nusage: npm run new-study -- NNN slug "Title"`);
  const files = scaffoldFiles(root, request);
  const existing = Object.keys(files).filter((file) => existsSync(join(root, file)));
  if (existing.length > 0) throw new Error(`new-study: ${existing.join(", ")} exist already: remove them or pick another number`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileAtomic(join(root, file), text);
  }
  return Object.keys(files);
}
