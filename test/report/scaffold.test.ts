import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/paths";
import { parseNotebook } from "../../lib/report/notebook";
import { notebookParameters } from "../../lib/report/parameters";
import { scaffoldFiles, scaffoldProblems, scaffoldStudy } from "../../lib/report/scaffold";

const root = projectRoot();
const request = { id: "998", slug: "rally-check", title: 'A "quoted" rally' };

test("a new study is refused a number that is taken, a bad slug or an empty title, each with the fix", () => {
  const problems = scaffoldProblems(root, { id: "000", slug: "Bad Slug", title: " " });
  assert.equal(problems.length, 3);
  assert.match(problems.join("\n"), /lower-case words joined by hyphens/);
  assert.match(problems.join("\n"), /study 000 exists already .*pick a free number/);
  assert.match(problems.join("\n"), /give the article's title/);
  assert.deepEqual(scaffoldProblems(root, request), []);
});

test("the scaffold gives a package, its test and a notebook whose parameters cell is the package's defaults", () => {
  const files = scaffoldFiles(root, request);
  assert.deepEqual(Object.keys(files).sort(), [
    "lib/studies/998-rally-check/claims.ts",
    "lib/studies/998-rally-check/index.ts",
    "lib/studies/998-rally-check/measure.ts",
    "lib/studies/998-rally-check/verdicts.ts",
    "notebooks/998-rally-check.ipynb",
    "test/studies/998-rally-check/998-rally-check.test.ts",
  ]);
  const notebook = parseNotebook(files["notebooks/998-rally-check.ipynb"], "998.ipynb");
  const parameters = notebookParameters(notebook, "998.ipynb") ?? [];
  const defaults = Object.fromEntries(parameters.map((p) => [p.name, p.defaultValue]));
  const declared = /DEFAULTS: Params = (\{[^}]*\})/.exec(files["lib/studies/998-rally-check/index.ts"])?.[1] ?? "";
  assert.deepEqual(defaults, Function(`return ${declared}`)());
  assert.ok(files["lib/studies/998-rally-check/index.ts"].includes('title: "A \\"quoted\\" rally"'), "the title is escaped inside the TypeScript string");
  assert.ok(notebook.cells.every((cell) => typeof cell.id === "string"), "every cell has an id (nbformat 4.5)");
});

test("scaffolding writes nothing when a file it would create exists, and refuses a number twice", () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-scaffold-"));
  try {
    cpSync(join(root, "templates"), join(dir, "templates"), { recursive: true });
    mkdirSync(join(dir, "test", "studies", "998-rally-check"), { recursive: true });
    writeFileSync(join(dir, "test", "studies", "998-rally-check", "998-rally-check.test.ts"), "// mine\n");
    assert.throws(() => scaffoldStudy(dir, request), /998-rally-check.test.ts exist already/);
    assert.equal(existsSync(join(dir, "lib", "studies", "998-rally-check", "claims.ts")), false, "nothing else was written");
    rmSync(join(dir, "test"), { recursive: true });
    assert.equal(scaffoldStudy(dir, request).length, 6);
    assert.throws(() => scaffoldStudy(dir, request), /study 998 exists already/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
