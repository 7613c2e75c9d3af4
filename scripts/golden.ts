/**
 * `npm run golden [-- --update] [NNN …]`: computes every study's claims on the snapshot with its
 * default parameters and compares them with test/studies/<study>/golden.json (exit 1 on any
 * difference, printing it), or rewrites the golden files with --update so the diff can be reviewed.
 */
import { studies } from "../lib/claims/registry";
import { defaultSnapshotDir, projectRoot } from "../lib/data/paths";
import { goldenDiff, onSnapshot, readGolden, writeGolden } from "../lib/report/golden";

const args = process.argv.slice(2);
const update = args.includes("--update");
const wanted = args.filter((a) => a !== "--update");
const unknown = wanted.filter((id) => !studies().some((s) => s.id === id));
if (unknown.length > 0) {
  console.error(`golden: no study ${unknown.join(", ")} (known: ${studies().map((s) => s.id).join(", ")}); usage: npm run golden [-- --update] [NNN …]`);
  process.exit(2);
}
const chosen = studies().filter((s) => wanted.length === 0 || wanted.includes(s.id));
const root = projectRoot();
let changed = 0;
onSnapshot(defaultSnapshotDir(), () => {
  for (const study of chosen) {
    const fresh = study.run(study.defaults);
    const golden = readGolden(root, study);
    const diff = golden ? goldenDiff(golden, fresh) : ["no golden file yet"];
    if (diff.length === 0) {
      console.log(`${study.id}: matches its golden file (${fresh.length} claims)`);
    } else if (update) {
      writeGolden(root, study, fresh);
      console.log(`${study.id}: golden file rewritten (${diff.length} changes):\n  ${diff.join("\n  ")}`);
    } else {
      changed += 1;
      console.log(`${study.id}: differs from its golden file:\n  ${diff.join("\n  ")}`);
    }
  }
});
if (changed > 0) {
  console.log(`\n${changed} studies differ: review the changes, then run npm run golden -- --update and commit the golden files.`);
  process.exit(1);
}
