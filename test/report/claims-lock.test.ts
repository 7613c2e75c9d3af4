// Two runners finishing at once (two `npm run study`, or the parallel runner) merge into the same
// reports/claims.json: neither may lose the other's claims.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readClaimsFile } from "../../lib/report/claims";

const claimsModule = join(__dirname, "..", "..", "lib", "report", "claims.js");

function writer(file: string, go: string, study: string, rounds: number): Promise<number> {
  // Both writers wait for the go file, so their rounds overlap instead of running one after the other.
  const script = `
    const { existsSync, writeFileSync } = require("node:fs");
    const { updateClaimsFile } = require(${JSON.stringify(claimsModule)});
    writeFileSync(${JSON.stringify(go)} + ".${study}", "");
    while (!existsSync(${JSON.stringify(go)})) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    for (let round = 0; round < ${rounds}; round++) {
      const claim = { study: "${study}", id: "${study}-1", claim: "c", article: "1", measured: String(round), unit: "%", verdict: "confirmed", reading: "", note: "" };
      updateClaimsFile(${JSON.stringify(file)}, "${study}", [claim]);
    }`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

test("two processes merging claims at once keep both studies' claims, each at its last value", async () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-claims-lock-"));
  try {
    const file = join(dir, "claims.json");
    const go = join(dir, "go");
    const writers = [writer(file, go, "000", 200), writer(file, go, "001", 200)];
    while (!existsSync(`${go}.000`) || !existsSync(`${go}.001`)) await new Promise((resolve) => setTimeout(resolve, 5));
    writeFileSync(go, "");
    const codes = await Promise.all(writers);
    assert.deepEqual(codes, [0, 0]);
    const claims = readClaimsFile(file);
    assert.deepEqual(claims.map((c) => [c.study, c.measured]), [["000", "199"], ["001", "199"]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
