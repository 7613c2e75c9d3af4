import { readFileSync } from "node:fs";
import type { ClaimResult } from "../claims/claim";
import type { StudyDefinition } from "../claims/spec";
import { writeFileAtomic } from "../data/atomic-write";

/** The README's generated section sits between these two lines. */
export const README_BEGIN = "<!-- studies:begin (generated from reports/claims.json by npm run reports; edit the study packages, not this) -->";
export const README_END = "<!-- studies:end -->";

/** Measured texts longer than this are cut in the README (the report has them whole). */
const MEASURED_LIMIT = 100;

const cell = (text: string) => text.replaceAll("|", "\\|").replace(/\s+/g, " ").trim();
const cut = (text: string) => (text.length > MEASURED_LIMIT ? `${text.slice(0, MEASURED_LIMIT - 1).trimEnd()}…` : text);

/**
 * The README's study tables: one heading per study (number, notebook, article), one row per claim.
 *
 * @example
 * studyTablesMarkdown(studies(), claims).split("\n")[0]; // "### 000 — `notebooks/000-200-day-reclaim.ipynb`"
 */
export function studyTablesMarkdown(studies: readonly StudyDefinition[], claims: readonly ClaimResult[]): string {
  return studies
    .map((study) => {
      const rows = claims.filter((c) => c.study === study.id);
      const { title, publisher, date } = study.article;
      const lines = [
        `### ${study.id} — \`notebooks/${study.id}-${study.slug}.ipynb\``,
        `*${title}*, ${publisher}, ${date}`,
        "",
        "| id | claim | article | we measure | unit | verdict |",
        "|---|---|---|---|---|---|",
        ...rows.map((c) => `| ${c.id} | ${cell(c.claim)} | ${cell(c.article)} | ${cell(cut(c.measured))} | ${cell(c.unit)} | **${c.verdict}** |`),
      ];
      if (rows.length === 0) lines.push("| — | not run yet: `npm run study -- " + study.id + "` | | | | |");
      return lines.join("\n");
    })
    .join("\n\n");
}

/**
 * The README text with its generated section replaced; throws, naming the markers, when the
 * README lacks them.
 *
 * @example
 * withStudyTables(readme, tables).includes(tables); // true
 */
export function withStudyTables(readme: string, tables: string): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < begin) throw new Error(`README.md has no generated studies section: put the lines\n${README_BEGIN}\n${README_END}\nwhere the tables go`);
  return `${readme.slice(0, begin + README_BEGIN.length)}\n${tables}\n${readme.slice(end)}`;
}

/**
 * Rewrites the README's study tables from the claims (atomically); returns whether it changed.
 *
 * @example
 * writeStudyTables("README.md", studies(), readClaims("reports/claims.json"));
 */
export function writeStudyTables(readmePath: string, studies: readonly StudyDefinition[], claims: readonly ClaimResult[]): boolean {
  const before = readFileSync(readmePath, "utf8");
  const after = withStudyTables(before, studyTablesMarkdown(studies, claims));
  if (after !== before) writeFileAtomic(readmePath, after);
  return after !== before;
}
