import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * A study notebook's file name: three digits, a slug, .ipynb.
 *
 * @example
 * STUDY_NOTEBOOK.exec("000-200-day-reclaim.ipynb")?.[1]; // "000"
 */
export const STUDY_NOTEBOOK = /^(\d{3})-[A-Za-z0-9][\w.-]*\.ipynb$/;

/**
 * The study notebooks in a folder, by number.
 *
 * @example
 * listStudyNotebooks("notebooks"); // ["000-200-day-reclaim.ipynb", "001-technical-breakout.ipynb"]
 */
export function listStudyNotebooks(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => STUDY_NOTEBOOK.test(name))
    .sort();
}

/**
 * The study number of a notebook file name.
 *
 * @example
 * studyNumber("000-200-day-reclaim.ipynb"); // "000"
 */
export function studyNumber(fileName: string): string {
  const match = STUDY_NOTEBOOK.exec(fileName);
  if (!match) throw new Error(`'${fileName}' is not a study notebook name (expected NNN-<slug>.ipynb, e.g. 000-200-day-reclaim.ipynb)`);
  return match[1];
}

/**
 * The path of the notebook for a study, named by its number ("000") or its file name.
 *
 * @example
 * findStudyNotebook("notebooks", "000"); // "notebooks/000-200-day-reclaim.ipynb"
 */
export function findStudyNotebook(dir: string, study: string): string {
  const available = listStudyNotebooks(dir);
  const matches = available.filter((name) => name === study || name === `${study}.ipynb` || studyNumber(name) === study);
  if (matches.length === 1) return join(dir, matches[0]);
  const listing = available.length > 0 ? available.join(", ") : "(none yet)";
  if (matches.length > 1) throw new Error(`study ${study} matches several notebooks: ${matches.join(", ")} (number each study once)`);
  throw new Error(`no notebook for study '${study}' in ${dir} (name a study by its number, e.g. 000; notebooks: ${listing})`);
}
