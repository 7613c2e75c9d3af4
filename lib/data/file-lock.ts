import * as fs from "node:fs";

/** How long a writer waits for another process holding the same lock. */
const LOCK_WAIT_MS = 30_000;

/**
 * Runs `write` holding the lock file `lock` (created exclusively, holding our pid), so two
 * processes never interleave a read-merge-write of the same files. A lock whose process is gone
 * (killed mid-write) is taken over; a live one is waited for, then reported with `what` it guards.
 *
 * @example
 * withFileLock("reports/.claims.lock", "reports/claims.json", () => updateClaims());
 */
export function withFileLock<T>(lock: string, what: string, write: () => T): T {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    if (tryCreate(lock)) break;
    const holder = Number(readIfPresent(lock));
    if (!isRunning(holder)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} is being written by process ${holder} (${lock}); try again when it finishes, or delete the lock if that process is gone`);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  try {
    return write();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

// The lock appears with our pid already in it (written to a temporary file, then hard-linked into
// place, which fails if the lock exists): a waiter never reads an empty lock and takes it for stale.
function tryCreate(lock: string): boolean {
  const temp = `${lock}.${process.pid}.tmp`;
  fs.writeFileSync(temp, String(process.pid));
  try {
    fs.linkSync(temp, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A file's text, or undefined when it does not exist (or cannot be read).
 *
 * @example
 * readIfPresent("data/cache/RUT.manifest.json"); // "{…}" or undefined
 */
export function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
