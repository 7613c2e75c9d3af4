// The README's study tables are generated; they must show what the studies find on the snapshot
// data with their defaults, which is what their golden files hold.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { studies } from "../../lib/claims/registry";
import { projectRoot } from "../../lib/data/paths";
import { readGolden } from "../../lib/report/golden";
import { README_BEGIN, README_END, studyTablesMarkdown } from "../../lib/report/readme-tables";

test("the README's study tables match every study's golden claims", () => {
  const root = projectRoot();
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf(README_BEGIN) + README_BEGIN.length, readme.indexOf(README_END)).trim();
  const claims = studies().flatMap((study) => readGolden(root, study) ?? []);
  assert.equal(section, studyTablesMarkdown(studies(), claims), "README.md is stale: run npm run reports and commit it");
});
