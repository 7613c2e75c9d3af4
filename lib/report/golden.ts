import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ClaimResult } from "../claims/claim";
import type { StudyDefinition } from "../claims/spec";
import { writeFileAtomic } from "../data/atomic-write";
import { importSnapshot } from "../data/snapshot";

/**
 * Golden results: each study's claims on the snapshot data with its default parameters, stored in
 * test/studies/<id>-<slug>/golden.json so that a change to a verdict or a measured figure is
 * always a reviewed diff (`npm run golden` compares, `npm run golden -- --update` rewrites).
 */

/**
 * Where a study's golden file lives.
 *
 * @example
 * goldenPath("/work/main", study); // "/work/main/test/studies/000-200-day-reclaim/golden.json"
 */
export function goldenPath(root: string, study: StudyDefinition): string {
  return join(root, "test", "studies", `${study.id}-${study.slug}`, "golden.json");
}

/**
 * Runs `compute` with every series imported fresh from the snapshot folder into a temporary cache,
 * so goldens never depend on what a live refresh left in data/cache. Throws, naming the series,
 * when the snapshot cannot be imported.
 *
 * @example
 * onSnapshot("/work/shared/market-data", () => studies().map((s) => s.run(s.defaults)));
 */
export function onSnapshot<T>(snapshotDir: string, compute: () => T): T {
  const cacheDir = mkdtempSync(join(tmpdir(), "r2k-golden-"));
  const previous = process.env.R2K_CACHE_DIR;
  try {
    const failed = importSnapshot(undefined, { dir: snapshotDir, cacheDir }).filter((o) => !o.ok);
    if (failed.length > 0) {
      throw new Error(`snapshot ${snapshotDir}: ${failed.map((f) => `${f.id}: ${f.ok ? "" : f.error.message}`).join("; ")}`);
    }
    process.env.R2K_CACHE_DIR = cacheDir;
    return compute();
  } finally {
    if (previous === undefined) delete process.env.R2K_CACHE_DIR;
    else process.env.R2K_CACHE_DIR = previous;
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * The study's golden claims, or null when it has no golden file yet.
 *
 * @example
 * readGolden(root, study)?.length; // 6
 */
export function readGolden(root: string, study: StudyDefinition): ClaimResult[] | null {
  const file = goldenPath(root, study);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as ClaimResult[];
}

/**
 * Writes the study's golden file (atomically, one claim per block, stable key order).
 *
 * @example
 * writeGolden(root, study, study.run(study.defaults));
 */
export function writeGolden(root: string, study: StudyDefinition, claims: readonly ClaimResult[]): void {
  writeFileAtomic(goldenPath(root, study), `${JSON.stringify(claims.map(inFieldOrder), null, 2)}\n`);
}

const FIELDS: readonly (keyof ClaimResult)[] = ["study", "id", "claim", "article", "measured", "unit", "verdict", "reading", "note"];

function inFieldOrder(claim: ClaimResult): ClaimResult {
  return Object.fromEntries(FIELDS.map((field) => [field, claim[field]])) as unknown as ClaimResult;
}

/**
 * What changed between the golden claims and fresh ones, one readable line per changed field
 * (`000-3 verdict: "roughly" -> "confirmed"`), plus claims added or dropped. Empty when equal.
 *
 * @example
 * goldenDiff(golden, fresh); // ['000-3 measured: "7" -> "6"', '000-3 verdict: "roughly" -> "not confirmed"']
 */
export function goldenDiff(golden: readonly ClaimResult[], fresh: readonly ClaimResult[]): string[] {
  const lines: string[] = [];
  const freshById = new Map(fresh.map((c) => [c.id, c]));
  const goldenIds = new Set(golden.map((c) => c.id));
  for (const before of golden) {
    const after = freshById.get(before.id);
    if (!after) {
      lines.push(`${before.id}: in the golden file, not computed any more`);
      continue;
    }
    for (const field of FIELDS) {
      if (before[field] !== after[field]) lines.push(`${before.id} ${field}: ${JSON.stringify(before[field])} -> ${JSON.stringify(after[field])}`);
    }
  }
  for (const claim of fresh) if (!goldenIds.has(claim.id)) lines.push(`${claim.id}: computed, not in the golden file`);
  return lines;
}
