import { existsSync, readFileSync } from "node:fs";
import { CLAIMS_MIME, type ClaimResult, type Verdict } from "../claims";
import { writeFileAtomic } from "../data/atomic-write";
import { withFileLock } from "../data/file-lock";
import { mimeOutputs, type Notebook } from "./notebook";

/** The verdicts in scorecard order (a Record, so a new verdict fails to compile until listed). */
const VERDICT_ORDER: Record<Verdict, number> = { confirmed: 0, roughly: 1, "not confirmed": 2, "not testable": 3 };

/**
 * The four verdicts in the order the scorecard shows them.
 *
 * @example
 * VERDICTS; // ["confirmed", "roughly", "not confirmed", "not testable"]
 */
export const VERDICTS = Object.keys(VERDICT_ORDER) as Verdict[];

const TEXT_FIELDS = ["id", "claim", "article", "measured", "unit", "reading", "note"] as const;

/**
 * The claims an executed notebook showed (outputs of type application/vnd.r2k.claims+json),
 * one entry per claim id, filed under `study`. A claim shown twice keeps its first place and
 * its last value (a later cell restating a claim supersedes the earlier table).
 *
 * @example
 * collectClaims(executed, "000", "reports/000-200-day-reclaim.ipynb"); // [{ study: "000", id: "000-1", ... }]
 */
export function collectClaims(notebook: Notebook, study: string, file: string): ClaimResult[] {
  const byId = new Map<string, ClaimResult>();
  for (const { cellIndex, value } of mimeOutputs(notebook, CLAIMS_MIME)) {
    const claims = (value as { claims?: unknown } | null)?.claims;
    if (!Array.isArray(claims)) throw new Error(`${file}, cell ${cellIndex}: ${CLAIMS_MIME} has no "claims" list (expected {claims: [...]} from showClaims)`);
    for (const claim of claims) {
      const checked = checkedClaim(claim, `${file}, cell ${cellIndex}`);
      byId.set(checked.id, { ...checked, study });
    }
  }
  return [...byId.values()];
}

function checkedClaim(claim: unknown, where: string): ClaimResult {
  const record = (claim ?? {}) as Record<string, unknown>;
  const bad = TEXT_FIELDS.find((field) => typeof record[field] !== "string");
  if (bad) throw new Error(`${where}: claim ${String(record.id)} has a missing or mistyped "${bad}" (build claims with numericResult, statementResult or untestableResult)`);
  if (!(String(record.verdict) in VERDICT_ORDER)) {
    throw new Error(`${where}: claim ${String(record.id)} has verdict '${String(record.verdict)}' (expected one of ${VERDICTS.join(", ")})`);
  }
  const { study, id, claim: text, article, measured, unit, verdict, reading, note } = record as unknown as ClaimResult;
  return { study, id, claim: text, article, measured, unit, verdict, reading, note };
}

/**
 * All studies' claims with `study`'s entries replaced by `fresh`, ordered by study.
 *
 * @example
 * mergeClaims(existing, "000", collectClaims(executed, "000", file));
 */
export function mergeClaims(existing: readonly ClaimResult[], study: string, fresh: readonly ClaimResult[]): ClaimResult[] {
  const kept = existing.filter((claim) => claim.study !== study);
  // Array.prototype.sort is stable: within a study, the notebook's order stays.
  return [...kept, ...fresh].sort((a, b) => (a.study < b.study ? -1 : a.study > b.study ? 1 : 0));
}

/**
 * Reads reports/claims.json (an empty list when it does not exist yet).
 *
 * @example
 * readClaimsFile("reports/claims.json").filter((c) => c.verdict === "confirmed");
 */
export function readClaimsFile(path: string): ClaimResult[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); delete it and run the studies again to rebuild it`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${path} is not a list of claims; delete it and run the studies again to rebuild it`);
  return parsed.map((claim, index) => {
    // Files written before claims carried their reading are still read (the reading left empty).
    const record = claim && typeof claim === "object" && !("reading" in claim) ? { ...claim, reading: "" } : claim;
    const checked = checkedClaim(record, `${path}, entry ${index}`);
    if (typeof checked.study !== "string") throw new Error(`${path}, entry ${index}: "study" is missing; delete the file and run the studies again`);
    return checked;
  });
}

/**
 * Replaces one study's entries in reports/claims.json and returns the whole list. The read, merge
 * and atomic write happen under `claims.json.lock`, so studies run at once never lose each other's claims.
 *
 * @example
 * updateClaimsFile("reports/claims.json", "000", claims);
 */
export function updateClaimsFile(path: string, study: string, fresh: readonly ClaimResult[]): ClaimResult[] {
  return withFileLock(`${path}.lock`, path, () => {
    const merged = mergeClaims(readClaimsFile(path), study, fresh);
    writeFileAtomic(path, `${JSON.stringify(merged, null, 2)}\n`);
    return merged;
  });
}
