// The public surface is what notebooks use: every `kit.X` a study notebook, the scaffold's template
// or the guide calls must be exported by name from lib/index.ts (types are checked by tslab).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as kit from "../lib";
import { projectRoot } from "../lib/data/paths";

const root = projectRoot();
const sources = [
  ...readdirSync(join(root, "notebooks")).filter((n) => n.endsWith(".ipynb")).map((n) => join(root, "notebooks", n)),
  join(root, "templates", "study", "notebook.ipynb.tmpl"),
  join(root, "docs", "writing-a-study.md"),
];

test("every kit.X that a notebook, the template or the guide calls is exported by lib/index.ts", () => {
  const exported = new Set(Object.keys(kit));
  const missing = sources.flatMap((file) => {
    const used = new Set([...readFileSync(file, "utf8").matchAll(/\bkit\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
    const values = [...used].filter((name) => /^[a-z]|^ClaimSheet$/.test(name));
    return values.filter((name) => !exported.has(name)).map((name) => `${file}: kit.${name}`);
  });
  assert.deepEqual(missing, []);
});
