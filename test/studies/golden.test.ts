// Every study package's claims on the snapshot data, computed in Node (no kernel), against its
// golden file. A change that moves a figure or flips a verdict fails here with the changed
// fields; `npm run golden -- --update` rewrites the files for review in the commit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { studies } from "../../lib/claims/registry";
import { defaultSnapshotDir, projectRoot } from "../../lib/data/paths";
import { goldenDiff, goldenPath, onSnapshot, readGolden } from "../../lib/report/golden";

const snapshot = defaultSnapshotDir();
const skip = existsSync(snapshot) ? false : `no snapshot folder at ${snapshot} (set R2K_SNAPSHOT_DIR): golden results are defined on the snapshot`;
const root = projectRoot();

test("every study's claims on the snapshot equal its golden file", { skip }, () => {
  const diffs = onSnapshot(snapshot, () =>
    studies().map((study) => {
      const golden = readGolden(root, study);
      if (!golden) return `${study.id}: no golden file at ${goldenPath(root, study)} (run npm run golden -- --update ${study.id})`;
      const diff = goldenDiff(golden, study.run(study.defaults));
      return diff.length === 0 ? "" : `${study.id} differs from its golden file:\n  ${diff.join("\n  ")}`;
    }),
  );
  assert.equal(diffs.filter(Boolean).join("\n"), "", "run npm run golden to see the changes; after review, npm run golden -- --update");
});
