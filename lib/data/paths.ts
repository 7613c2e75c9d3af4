import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The project folder: the nearest folder at or above `start` that holds a package.json.
 * Walking up (instead of a fixed "../..") keeps it right from both lib/ (ts sources) and
 * dist/lib/ (compiled), and from notebooks that load the compiled library.
 *
 * @example
 * projectRoot(); // "/work/main"
 */
export function projectRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}: run the library from inside the project folder`);
    dir = parent;
  }
}

/**
 * The cache folder: env `R2K_CACHE_DIR` when set, else `<project root>/data/cache`.
 *
 * @example
 * process.env.R2K_CACHE_DIR = "/tmp/r2k-cache";
 * defaultCacheDir(); // "/tmp/r2k-cache"
 */
export function defaultCacheDir(): string {
  const fromEnv = process.env.R2K_CACHE_DIR;
  return fromEnv ? path.resolve(fromEnv) : path.join(projectRoot(), "data", "cache");
}

/**
 * The snapshot folder: env `R2K_SNAPSHOT_DIR` when set, else `<project root>/../shared/market-data`.
 *
 * @example
 * defaultSnapshotDir(); // "/work/shared/market-data"
 */
export function defaultSnapshotDir(): string {
  const fromEnv = process.env.R2K_SNAPSHOT_DIR;
  return fromEnv ? path.resolve(fromEnv) : path.resolve(projectRoot(), "..", "shared", "market-data");
}

/**
 * The tracked series catalog, `<project root>/data/catalog.json`.
 *
 * @example
 * JSON.parse(fs.readFileSync(catalogPath(), "utf8")).series.length; // 17
 */
export function catalogPath(): string {
  return path.join(projectRoot(), "data", "catalog.json");
}
