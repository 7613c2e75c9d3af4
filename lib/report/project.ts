import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/** Where the report runner finds and puts things, all absolute. */
export interface ProjectPaths {
  root: string;
  /** notebooks/: the study notebooks (NNN-<slug>.ipynb), also the kernel's working directory. */
  notebooks: string;
  /** reports/ (gitignored): executed notebooks, HTML reports, claims.json, index.html. */
  reports: string;
  /** The project venv's python, which runs the nbclient helper. */
  python: string;
  /** The project venv's jupyter, which runs nbconvert. */
  jupyter: string;
  /** node_modules/.bin, put on the kernel's PATH (tslab lives there). */
  nodeBin: string;
  /** The nbclient helper script (a source file: it is not compiled). */
  executeScript: string;
  /** The data cache the notebooks load from: R2K_CACHE_DIR when set (the kernel inherits it), else data/cache. */
  cache: string;
}

/**
 * The project root: the nearest folder at or above `from` holding a package.json.
 *
 * @example
 * findProjectRoot(__dirname); // "/work/main" from dist/lib/report
 */
export function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json at or above ${from} (run the report CLI from inside the project)`);
  }
}

/**
 * The project's paths, from its root.
 *
 * @example
 * projectPaths(findProjectRoot(__dirname)).reports; // "/work/main/reports"
 */
export function projectPaths(root: string): ProjectPaths {
  return {
    root,
    notebooks: join(root, "notebooks"),
    reports: join(root, "reports"),
    python: join(root, ".venv", "bin", "python"),
    jupyter: join(root, ".venv", "bin", "jupyter"),
    nodeBin: join(root, "node_modules", ".bin"),
    executeScript: join(root, "lib", "report", "execute_notebook.py"),
    cache: process.env.R2K_CACHE_DIR ? resolve(process.env.R2K_CACHE_DIR) : join(root, "data", "cache"),
  };
}

/**
 * Fails with the fix when the project venv (Jupyter, nbclient, nbconvert) is missing.
 *
 * @example
 * requireVenv(projectPaths(root)); // throws ".venv/bin/python not found: ..."
 */
export function requireVenv(paths: ProjectPaths): void {
  if (!existsSync(paths.python) || !existsSync(paths.jupyter)) {
    throw new Error(
      `${paths.python} not found: the Jupyter side is not installed (run npm run setup, which creates .venv from requirements.txt and registers the tslab kernel)`,
    );
  }
}

/**
 * A path as messages show it: relative to the project root when inside it, else absolute.
 *
 * @example
 * displayPath("/work/main", "/work/main/notebooks/000-x.ipynb"); // "notebooks/000-x.ipynb"
 * displayPath("/work/main", "/tmp/r2k/000-x.ipynb");               // "/tmp/r2k/000-x.ipynb"
 */
export function displayPath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
