// A newcomer's first minutes: `npm run new-study` in a copy of the project, then the report
// runner on the new study, which must produce its claim rows at once (real kernel).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ClaimResult } from "../../lib/claims/claim";
import { defaultCacheDir, projectRoot } from "../../lib/data/paths";

const root = projectRoot();
const cache = defaultCacheDir();
const skip = !existsSync(join(root, ".venv", "bin", "python"))
  ? "the Jupyter venv is not installed (npm run setup)"
  : !existsSync(join(cache, "RUT.csv"))
    ? `RUT is not in the cache at ${cache} (npm run data -- import)`
    : false;

test("npm run new-study scaffolds a study that the report runner runs at once", { skip, timeout: 600_000 }, () => {
  const copy = mkdtempSync(join(tmpdir(), "r2k-new-study-"));
  try {
    const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
    for (const file of tracked) {
      if (!existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    }
    cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
    for (const shared of ["node_modules", ".venv"]) symlinkSync(join(root, shared), join(copy, shared));
    const env = { ...process.env, R2K_CACHE_DIR: cache };
    const scaffold = spawnSync(process.execPath, ["dist/scripts/new-study.js", "999", "rally-check", "A small-cap rally"], { cwd: copy, env, encoding: "utf8" });
    assert.equal(scaffold.status, 0, scaffold.stderr + scaffold.stdout);
    assert.match(scaffold.stdout, /Next: npm run study -- 999/);
    const run = spawnSync(process.execPath, ["dist/lib/report/cli.js", "study", "999"], { cwd: copy, env, encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    const claims = JSON.parse(readFileSync(join(copy, "reports", "claims.json"), "utf8")) as ClaimResult[];
    const rows = claims.filter((c) => c.study === "999");
    assert.deepEqual(rows.map((c) => c.id), ["999-1"]);
    assert.match(rows[0].measured, /^-?\d+\.\d$/, "the stub measures the index's move in the default period");
    assert.ok(["confirmed", "roughly", "not confirmed"].includes(rows[0].verdict), rows[0].verdict);
    assert.match(readFileSync(join(copy, "reports", "999-rally-check.html"), "utf8"), /999-1/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
