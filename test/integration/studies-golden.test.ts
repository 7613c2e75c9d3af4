// The notebook and its package must agree: every study run through the report runner with its
// default parameters (real kernel) shows exactly the claims its golden file pins.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { studies } from "../../lib/claims/registry";
import { defaultSnapshotDir, projectRoot } from "../../lib/data/paths";
import { readClaimsFile } from "../../lib/report/claims";
import { goldenDiff, readGolden } from "../../lib/report/golden";

const root = projectRoot();
const skip = !existsSync(join(root, ".venv", "bin", "python"))
  ? "the Jupyter venv is not installed (npm run setup)"
  : !existsSync(defaultSnapshotDir())
    ? "no snapshot folder: golden files describe the snapshot data"
    : false;

test("each study's claims from its notebook equal its golden file", { skip, timeout: 900_000 }, () => {
  const run = spawnSync(process.execPath, [join(root, "dist", "lib", "report", "cli.js"), "all"], { cwd: root, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  const claims = readClaimsFile(join(root, "reports", "claims.json"));
  const problems = studies().flatMap((study) => {
    const golden = readGolden(root, study);
    if (!golden) return [`${study.id}: no golden file`];
    const diff = goldenDiff(golden, claims.filter((c) => c.study === study.id));
    return diff.length === 0 ? [] : [`${study.id} (notebook vs package golden; is data/cache the snapshot? npm run data -- import):\n  ${diff.join("\n  ")}`];
  });
  assert.deepEqual(problems, []);
});
