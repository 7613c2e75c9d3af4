// Golden-file check for figure builders: the figure a builder emits for a generated input is
// compared with test/charts/golden/<name>.json. After an intended change to a builder, rewrite
// the files with `UPDATE_GOLDEN=1 node --test dist/test/charts/` and review the diff.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Figure } from "../../lib/charts/figure";

/**
 * The project root: the nearest folder above this file that holds package.json (tests run from
 * dist/, but golden files live in the source tree).
 *
 * @example
 * join(projectRoot(), "test", "charts", "golden");
 */
export function projectRoot(start = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}: run the tests inside the project`);
    dir = parent;
  }
  return dir;
}

/**
 * Asserts that `fig` serialises to the JSON stored in golden/<name>.json; with UPDATE_GOLDEN=1
 * writes that file instead.
 *
 * @example
 * assertGolden("line-chart", lineChart(lines, options));
 */
export function assertGolden(name: string, fig: Figure): void {
  const file = join(projectRoot(), "test", "charts", "golden", `${name}.json`);
  const actual: unknown = JSON.parse(JSON.stringify(fig));
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(actual, null, 1) + "\n");
    return;
  }
  assert.ok(existsSync(file), `${file} is missing: create it with UPDATE_GOLDEN=1 and review it`);
  assert.deepEqual(actual, JSON.parse(readFileSync(file, "utf8")), `${name}: figure differs from ${file} (if intended, rerun with UPDATE_GOLDEN=1)`);
}
