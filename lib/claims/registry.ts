import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ClaimSpec, StudyDefinition } from "./spec";

/**
 * The study packages in a folder: every sub-folder named NNN-slug whose index exports `study`,
 * by number. The folder name must match the study, so a copied package cannot shadow another.
 *
 * @example
 * loadStudies("dist/lib/studies").map((s) => s.id); // ["000", "001", ...]
 */
function loadStudies(dir: string): StudyDefinition[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{3}-[a-z0-9-]+$/.test(name))
    .sort()
    .map((name) => {
      const module = require(join(dir, name)) as { study?: StudyDefinition };
      if (!module.study) throw new Error(`${join(dir, name)}: exports no 'study' (export const study = defineStudy({...}))`);
      const expected = `${module.study.id}-${module.study.slug}`;
      if (expected !== name) throw new Error(`${join(dir, name)}: holds study ${expected}; name the folder after it`);
      return module.study;
    });
}

let discovered: StudyDefinition[] | undefined;

/**
 * The project's study packages (lib/studies, compiled to dist/lib/studies), found on first use:
 * adding a study is adding a folder.
 *
 * @example
 * studies().map((s) => s.id); // ["000", "001", "002", "003", "004"]
 */
export function studies(): StudyDefinition[] {
  discovered ??= loadStudies(join(__dirname, "..", "studies"));
  return discovered;
}

/**
 * One study package by its number; an unknown number lists the known ones.
 *
 * @example
 * studyDefinition("000").slug; // "200-day-reclaim"
 */
export function studyDefinition(id: string): StudyDefinition {
  const found = studies().find((s) => s.id === id);
  if (!found) throw new Error(`no study package '${id}' under lib/studies (known: ${studies().map((s) => s.id).join(", ") || "none"}); scaffold one with npm run new-study`);
  return found;
}

/**
 * The claim ids of one study package, in order; an unknown study names the known ones.
 *
 * @example
 * claimIds("000"); // ["000-1", ..., "000-6"]
 */
export function claimIds(study: string): string[] {
  return studyDefinition(study).claims.map((spec) => spec.id);
}

/**
 * One claim's spec by its id ("000-3"); an unknown id lists the study's ids.
 *
 * @example
 * claimSpec("000-3").article; // "8 (its bullet list says 11)"
 */
export function claimSpec(id: string): ClaimSpec {
  const claims = studyDefinition(id.slice(0, 3)).claims;
  const spec = claims.find((c) => c.id === id);
  if (!spec) throw new Error(`claim '${id}' is not in study ${id.slice(0, 3)}'s claims.ts (known: ${claims.map((c) => c.id).join(", ")})`);
  return spec;
}
