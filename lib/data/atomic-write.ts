import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** Seams for tests: replace the final rename to simulate a crash or a full disk. */
export interface AtomicWriteHooks {
  rename?: (from: string, to: string) => void;
}

/**
 * Writes a file (text or bytes) so that readers see either the old content or the new, never a part:
 * the data goes to a temporary file in the same folder, is flushed to disk (fsync), then
 * renamed over the target (atomic on one file system). On failure the temporary file is
 * removed and the old file is left as it was.
 *
 * @example
 * writeFileAtomic("/tmp/cache/RUT.csv", "date,close\n2025-01-02,2200.5\n");
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, hooks: AtomicWriteHooks = {}): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const fd = fs.openSync(temp, "wx");
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    (hooks.rename ?? fs.renameSync)(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new Error(`writing ${file} failed (${(error as Error).message}); the previous file, if any, is unchanged`, {
      cause: error,
    });
  }
  syncDir(dir);
}

/** Flushes the folder entry of the rename, so the new name survives a power cut. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself has still happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * True for the temporary files {@link writeFileAtomic} creates (left behind only by a crash).
 *
 * @example
 * isTempFile(".RUT.csv.123.ab12cd34ef56.tmp"); // true
 */
export function isTempFile(name: string): boolean {
  return name.startsWith(".") && name.endsWith(".tmp");
}

/**
 * SHA-256 of text (as UTF-8) or bytes, in hex.
 *
 * @example
 * sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
