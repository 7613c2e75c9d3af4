/**
 * `npm run new-study -- NNN slug "Title"`: scaffolds a study (package, test, notebook) from
 * templates/study, compiles it so the registry finds it, and says what to do next.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../lib/data/paths";
import { scaffoldStudy } from "../lib/report/scaffold";

const [id = "", slug = "", ...titleWords] = process.argv.slice(2);
const root = projectRoot();
try {
  const written = scaffoldStudy(root, { id, slug, title: titleWords.join(" ") });
  console.log(`new-study: wrote\n  ${written.join("\n  ")}`);
  console.log("Compiling the library so the new study is found…");
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
  console.log(`\nNext: npm run study -- ${id}   (then follow docs/writing-a-study.md: claims.ts, measure.ts, verdicts.ts, the notebook, npm run golden -- --update ${id})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
