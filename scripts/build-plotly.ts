import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { transformSync } from "esbuild";
import { findProjectRoot } from "../lib/report/project";

/**
 * Minifies plotly.js-dist once at build time into dist/plotly.min.js, which every HTML report
 * embeds (the package ships only the 10 MB unminified bundle). Skips the work when the output
 * is newer than the input. The licence header is kept.
 *
 * @example
 * buildPlotly("/work/main"); // "/work/main/dist/plotly.min.js"
 */
export function buildPlotly(root: string): string {
  const input = join(root, "node_modules", "plotly.js-dist", "plotly.js");
  const output = join(root, "dist", "plotly.min.js");
  if (existsSync(output) && statSync(output).mtimeMs >= statSync(input).mtimeMs) return output;
  const source = readFileSync(input, "utf8");
  const licence = /^\/\*\*[\s\S]*?\*\//.exec(source)?.[0] ?? "";
  const { code } = transformSync(source, { minify: true, legalComments: "none", banner: licence });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(`${output}.tmp`, code);
  renameSync(`${output}.tmp`, output);
  return output;
}

if (require.main === module) {
  const started = Date.now();
  const output = buildPlotly(findProjectRoot(__dirname));
  console.log(`${output}: ${(statSync(output).size / 1024 / 1024).toFixed(1)} MB (${Date.now() - started} ms)`);
}
