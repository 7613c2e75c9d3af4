import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withFileLock } from "../../lib/data/file-lock";

const lockModule = join(__dirname, "..", "..", "lib", "data", "file-lock.js");

// A child that, once both are ready, holds the lock for 150 ms and logs when it entered and left.
function holder(dir: string, name: string): Promise<number> {
  const script = `
    const fs = require("node:fs");
    const { withFileLock } = require(${JSON.stringify(lockModule)});
    const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    fs.writeFileSync(${JSON.stringify(join(dir, "ready-"))} + "${name}", "");
    while (!fs.existsSync(${JSON.stringify(join(dir, "go"))})) sleep(2);
    withFileLock(${JSON.stringify(join(dir, "x.lock"))}, "x", () => {
      fs.appendFileSync(${JSON.stringify(join(dir, "log"))}, "enter ${name}\\n");
      sleep(150);
      fs.appendFileSync(${JSON.stringify(join(dir, "log"))}, "leave ${name}\\n");
    });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

test("two processes never hold the lock at once: one enters only after the other has left", async () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-lock-"));
  try {
    const children = [holder(dir, "a"), holder(dir, "b")];
    while (!existsSync(join(dir, "ready-a")) || !existsSync(join(dir, "ready-b"))) await new Promise((r) => setTimeout(r, 5));
    writeFileSync(join(dir, "go"), "");
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
