import { test } from "node:test";
import assert from "node:assert/strict";
import type { ClaimResult } from "../../lib/claims/claim";
import type { StudyDefinition } from "../../lib/claims/spec";
import { README_BEGIN, README_END, studyTablesMarkdown, withStudyTables } from "../../lib/report/readme-tables";

const study = { id: "007", slug: "rally", article: { title: "A rally", publisher: "A desk", date: "2025-01-02" } } as StudyDefinition;
const claim = (id: string, measured: string): ClaimResult => ({
  study: "007", id, claim: "a | claim", article: "8", measured, unit: "cases", verdict: "roughly", reading: "r", note: "n",
});

test("one heading per study and one row per claim, pipes escaped and long figures cut", () => {
  const md = studyTablesMarkdown([study], [claim("007-1", "7"), claim("007-2", "x".repeat(150)), { ...claim("008-1", "1"), study: "008" }]);
  const lines = md.split("\n");
  assert.equal(lines[0], "### 007 — `notebooks/007-rally.ipynb`");
  assert.equal(lines[1], "*A rally*, A desk, 2025-01-02");
  assert.equal(lines[5], "| 007-1 | a \\| claim | 8 | 7 | cases | **roughly** |");
  assert.equal(lines.length, 7, "the other study's claim is not listed");
  assert.ok(lines[6].includes(`${"x".repeat(99)}…`) && !lines[6].includes("x".repeat(100)));
});

test("a study with no claims yet says how to run it", () => {
  assert.match(studyTablesMarkdown([study], []), /not run yet: `npm run study -- 007`/);
});

test("only the generated section is replaced, and a README without markers is refused", () => {
  const readme = `intro\n${README_BEGIN}\nold\n${README_END}\noutro\n`;
  assert.equal(withStudyTables(readme, "new"), `intro\n${README_BEGIN}\nnew\n${README_END}\noutro\n`);
  assert.throws(() => withStudyTables("no markers", "new"), /has no generated studies section/);
});
