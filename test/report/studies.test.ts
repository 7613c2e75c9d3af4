import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { findStudyNotebook, listStudyNotebooks, studyNumber } from "../../lib/report/studies";

test("study notebooks are found by number or file name; others are ignored", () => {
  const dir = mkdtempSync(join(tmpdir(), "r2k-studies-test-"));
  try {
    for (const name of ["001-breakout.ipynb", "000-200-day-reclaim.ipynb", "scratch.ipynb", "000-notes.md", "12-short.ipynb"]) writeFileSync(join(dir, name), "{}");
    assert.deepEqual(listStudyNotebooks(dir), ["000-200-day-reclaim.ipynb", "001-breakout.ipynb"]);
    assert.equal(findStudyNotebook(dir, "000"), join(dir, "000-200-day-reclaim.ipynb"));
    assert.equal(findStudyNotebook(dir, "001-breakout"), join(dir, "001-breakout.ipynb"));
    assert.throws(() => findStudyNotebook(dir, "007"), {
      message: `no notebook for study '007' in ${dir} (name a study by its number, e.g. 000; notebooks: 000-200-day-reclaim.ipynb, 001-breakout.ipynb)`,
    });
    writeFileSync(join(dir, "000-duplicate.ipynb"), "{}");
    assert.throws(() => findStudyNotebook(dir, "000"), /study 000 matches several notebooks: 000-200-day-reclaim\.ipynb, 000-duplicate\.ipynb/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("studyNumber reads the number, and refuses other names", () => {
  assert.equal(studyNumber("004-snapshot.ipynb"), "004");
  assert.throws(() => studyNumber("snapshot.ipynb"), /expected NNN-<slug>\.ipynb/);
});
