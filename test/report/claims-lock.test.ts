// Two runners finishing at once (two `npm run study`, or the parallel runner) merge into the same
// reports/claims.json: neither may lose the other's claims.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readClaimsFile } from "../../lib/report/claims";
import { releaseWhenReady, runNodeScript, waitForGo } from "../fixtures/processes";

const claimsModule = join(__dirname, "..", "..", "lib", "report", "claims.js");

function writer(file: string, go: string, study: string, rounds: number): Promise<number> {
  return runNodeScript(`
    const { updateClaimsFile } = require(${JSON.stringify(claimsModule)});
    ${waitForGo(go, study)}
    for (let round = 0; round < ${rounds}; round++) {
      const claim = { study: "${study}", id: "${study}-1", claim: "c", article: "1", measured: String(round), unit: "%", verdict: "confirmed", reading: "", note: "" };
      updateClaimsFile(${JSON.stringify(file)}, "${study}", [claim]);
    }`);
}

test("two processes merging claims at once keep both studies' claims, each at its last value", async () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-claims-lock-"));
  try {
    const file = join(dir, "claims.json");
    const go = join(dir, "go");
    const writers = [writer(file, go, "000", 200), writer(file, go, "001", 200)];
    await releaseWhenReady(go, ["000", "001"]);
    assert.deepEqual(await Promise.all(writers), [0, 0]);
    assert.deepEqual(readClaimsFile(file).map((c) => [c.study, c.measured]), [["000", "199"], ["001", "199"]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
