import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the target,
 * which is then renamed over it (a rename within one folder is atomic), so a crash or a
 * failed run never leaves a half-written report behind.
 *
 * @example
 * writeFileAtomic("reports/claims.json", JSON.stringify(claims, null, 2));
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
