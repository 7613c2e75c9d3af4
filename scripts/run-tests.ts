/**
 * `npm run test:unit` / `npm test`: runs the compiled tests of one suite with `node --test`.
 *
 *   node dist/scripts/run-tests.js unit          every test outside test/integration/: no kernel, no browser
 *   node dist/scripts/run-tests.js integration   test/integration/: the real tslab kernel, JupyterLab, Chromium
 *
 * The files are listed from the source tree (test/**\/*.test.ts) and mapped into dist/, so a compiled
 * test whose source was moved or deleted is never run from a stale dist/. Unit test files run as many
 * at once as the machine has cores (each in its own process, writing only to its own temporary
 * folders); integration files run one at a time, since each starts kernels or a browser.
 * Extra arguments go to `node --test` (e.g. --test-name-pattern=freeze).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, sep } from "node:path";
import { findProjectRoot } from "../lib/report/project";

const SUITES = ["unit", "integration"] as const;
type Suite = (typeof SUITES)[number];

/** Every *.test.ts under `dir`, as paths relative to `root`, sorted. */
function testSources(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testSources(root, path);
    return entry.name.endsWith(".test.ts") ? [relative(root, path)] : [];
  }).sort();
}

function main(argv: readonly string[]): number {
  const [suite, ...extra] = argv;
  if (!SUITES.includes(suite as Suite)) {
    console.error(`run-tests: choose a suite: ${SUITES.join(" or ")} (got ${suite ?? "none"}); usage: node dist/scripts/run-tests.js unit [node --test options]`);
    return 2;
  }
  const root = findProjectRoot(__dirname);
  const integration = `test${sep}integration${sep}`;
  const files = testSources(root, join(root, "test"))
    .filter((file) => file.startsWith(integration) === (suite === "integration"))
    .map((file) => join(root, "dist", file.replace(/\.ts$/, ".js")));
  const concurrency = suite === "unit" ? availableParallelism() : 1;
  const run = spawnSync(process.execPath, ["--test", `--test-concurrency=${concurrency}`, ...extra, ...files], { stdio: "inherit", cwd: root });
  return run.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
