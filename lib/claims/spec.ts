import type { ClaimResult } from "./claim";

/**
 * One claim of an article, as data: written once in the study's package and read by the
 * verdict builders, the claim sheet, the reports and the README tables.
 *
 * @example
 * const spec: ClaimSpec = {
 *   id: "000-2", claim: "Fall from the November 2024 high to the April 2025 trough",
 *   article: "nearly 28", figure: 28, unit: "%", tolerance: 1,
 *   reading: "largest close-to-close fall from November 2024 to the end of April 2025",
 * };
 */
export interface ClaimSpec {
  /** Stable id from the studies list: "<study>-<n>". */
  id: string;
  /** The claim, paraphrased. */
  claim: string;
  /** The article's figure as the reports print it ("nearly 28", "8 (its bullet list says 11)"). */
  article: string;
  /** The article's figure as a number in `unit`; null for a qualitative claim. */
  figure: number | null;
  unit: string;
  /** Largest |measured - figure| (in `unit`, or a fraction of |figure| when `relative`) that confirms. */
  tolerance?: number;
  /** Largest difference that is still "roughly" (default three times `tolerance`). */
  roughTolerance?: number;
  relative?: boolean;
  /** A figure of the right sign but the wrong size is "roughly" (returns and moves). */
  directional?: boolean;
  /** The reading of the article's words the study takes by default, fixed before looking at the result. */
  reading: string;
}

/** Where a study's article appeared: cited by title, publisher and date, never quoted at length. */
export interface StudyArticle {
  /** The title, or a short title with the seed file for long ones. */
  title: string;
  publisher: string;
  /** Publication date as precise as known: "2025-07-08", "2025-09", "mid-2025". */
  date: string;
}

/** A parameter value as a notebook's parameters cell holds it (a JSON literal). */
export type StudyParameter = number | string | boolean;

/**
 * A study package (`lib/studies/NNN-slug/index.ts` exports one as `study`): the article, its
 * claims as data, the notebook's default parameters, and `run`, which computes every claim in
 * Node with the same functions the notebook calls (the golden test and the scaffold rely on it).
 *
 * @example
 * import { study } from "../../lib/studies/000-200-day-reclaim";
 * study.run(study.defaults).map((c) => c.verdict);
 */
export interface StudyDefinition<P extends Record<string, StudyParameter> = Record<string, StudyParameter>> {
  /** Three digits: "000". */
  id: string;
  /** The notebook is notebooks/<id>-<slug>.ipynb; the package lib/studies/<id>-<slug>/. */
  slug: string;
  article: StudyArticle;
  claims: readonly ClaimSpec[];
  /** The defaults of the notebook's parameters cell (a test checks that they agree). */
  defaults: Readonly<P>;
  /** Every claim of the study with these parameters, in `claims` order, from the data cache. */
  run(params: P): ClaimResult[];
}

/**
 * Declares a study package, checking that its claim ids belong to it, are numbered in order
 * and unique, so a typo fails when the package loads instead of in a report.
 *
 * @example
 * export const study = defineStudy({ id: "005", slug: "my-article", article, claims, defaults, run });
 */
export function defineStudy<P extends Record<string, StudyParameter>>(definition: StudyDefinition<P>): StudyDefinition<P> {
  const { id, slug, claims } = definition;
  if (!/^\d{3}$/.test(id)) throw new Error(`study id '${id}': use three digits, e.g. "005"`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error(`study ${id}: slug '${slug}' must be lower-case words joined by hyphens, e.g. "first-record"`);
  if (claims.length === 0) throw new Error(`study ${id}: no claims (list at least one ClaimSpec)`);
  claims.forEach((spec, k) => {
    const expected = `${id}-${k + 1}`;
    if (spec.id !== expected) throw new Error(`study ${id}: claim ${k + 1} has id '${spec.id}', expected '${expected}' (number claims 1, 2, 3… in order)`);
    if (spec.figure !== null && spec.tolerance === undefined) {
      throw new Error(`claim ${spec.id}: a numeric figure needs a tolerance (how far our figure may be and still confirm it)`);
    }
  });
  return definition;
}
