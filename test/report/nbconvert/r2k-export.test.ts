import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { REPORT_EXPORTER } from "../../../lib/report/html";
import { findProjectRoot, projectPaths } from "../../../lib/report/project";

// The Python side of the export (lib/report/nbconvert/r2k_export), as installed into .venv by set-up.
const paths = projectPaths(findProjectRoot(__dirname));
const NO_VENV = existsSync(paths.python) ? false : `${paths.python} is missing: the Jupyter venv is not installed (npm run setup)`;
const PACKAGE = join(paths.root, "lib/report/nbconvert/r2k_export");

function python(code: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(paths.python, ["-c", code], { encoding: "utf8" });
}

test("nbconvert offers the report exporter, and JupyterLab's export menu lists what nbconvert offers", { skip: NO_VENV }, () => {
  const run = python("import json; from nbconvert.exporters.base import get_export_names; print(json.dumps(get_export_names()))");
  assert.equal(run.status, 0, run.stderr);
  const names = JSON.parse(run.stdout) as string[];
  assert.ok(names.includes(REPORT_EXPORTER), `nbconvert's exporters: ${names.join(", ")} (npm run setup installs lib/report/nbconvert)`);
  assert.ok(names.includes("html"));
});

test("the exporter is the checkout's own: installed editable from lib/report/nbconvert", { skip: NO_VENV }, () => {
  const run = python("import r2k_export, os; print(os.path.dirname(r2k_export.__file__))");
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), PACKAGE);
});

test("every example in the package's docstrings holds", { skip: NO_VENV }, () => {
  const modules = readdirSync(PACKAGE)
    .filter((name) => name.endsWith(".py") && name !== "__init__.py")
    .map((name) => name.replace(/\.py$/, ""));
  const run = python(
    `import doctest, importlib\nfor name in ${JSON.stringify(modules)}:\n    r = doctest.testmod(importlib.import_module("r2k_export." + name))\n    print(name, r.attempted, r.failed)`,
  );
  assert.equal(run.status, 0, run.stderr);
  const results = run.stdout.trim().split("\n").map((line) => line.split(" "));
  assert.deepEqual(results.filter(([, , failed]) => failed !== "0"), [], run.stdout);
  assert.ok(results.reduce((n, [, attempted]) => n + Number(attempted), 0) >= 5, `examples run: ${run.stdout}`);
});
