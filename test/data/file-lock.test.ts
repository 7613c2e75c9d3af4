import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withFileLock } from "../../lib/data/file-lock";
import { releaseWhenReady, runNodeScript, waitForGo } from "../fixtures/processes";

const lockModule = join(__dirname, "..", "..", "lib", "data", "file-lock.js");

// A child that holds the lock for 150 ms and logs when it entered and left.
function holder(dir: string, name: string): Promise<number> {
  const log = JSON.stringify(join(dir, "log"));
  return runNodeScript(`
    const fs = require("node:fs");
    const { withFileLock } = require(${JSON.stringify(lockModule)});
    ${waitForGo(join(dir, "go"), name)}
    withFileLock(${JSON.stringify(join(dir, "x.lock"))}, "x", () => {
      fs.appendFileSync(${log}, "enter ${name}\\n");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
      fs.appendFileSync(${log}, "leave ${name}\\n");
    });`);
}

test("two processes never hold the lock at once: one enters only after the other has left", async () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-lock-"));
  try {
    const children = [holder(dir, "a"), holder(dir, "b")];
    await releaseWhenReady(join(dir, "go"), ["a", "b"]);
    assert.deepEqual(await Promise.all(children), [0, 0]);
    const log = readFileSync(join(dir, "log"), "utf8").trim().split("\n").map((line) => line.split(" ")[0]);
    assert.deepEqual(log, ["enter", "leave", "enter", "leave"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a lock left by a process that is gone is taken over; the lock is released after a throw", () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-lock-"));
  try {
    const lock = join(dir, "x.lock");
    writeFileSync(lock, "999999999"); // no such process
    assert.equal(withFileLock(lock, "x", () => 42), 42);
    assert.throws(() => withFileLock(lock, "x", () => { throw new Error("boom"); }), /boom/);
    assert.equal(existsSync(lock), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
