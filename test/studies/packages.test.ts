// What every study package promises the notebook, the runner and the registry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { studies } from "../../lib/claims/registry";
import { projectRoot } from "../../lib/data/paths";
import { readNotebook } from "../../lib/report/notebook";
import { notebookParameters } from "../../lib/report/parameters";

const root = projectRoot();

for (const study of studies()) {
  const name = `${study.id}-${study.slug}.ipynb`;
  test(`study ${study.id}: the notebook ${name} exists and its parameters cell has the package's defaults`, () => {
    const file = join(root, "notebooks", name);
    assert.ok(existsSync(file), `${file} is missing: a study package needs its notebook`);
    const parameters = notebookParameters(readNotebook(file), name) ?? [];
    const inNotebook = Object.fromEntries(parameters.map((p) => [p.name, p.defaultValue]));
    assert.deepEqual(inNotebook, { ...study.defaults }, `the parameters cell of ${name} and lib/studies/${study.id}-${study.slug} disagree`);
  });
}
