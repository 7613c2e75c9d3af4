import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { captureDisplays } from "../../lib/notebook/display";
import { dataFrameHtml, showDataFrame, toDataFrame } from "../../lib/notebook/dataframes";

const LIB = join(__dirname, "..", "..", "lib");

/** Which heavy modules a fresh Node process has loaded after running `script` (with `kit` = the library). */
function loadedAfter(script: string): { danfo: boolean; tensorflow: boolean } {
  const probe = `const kit = require(${JSON.stringify(LIB)}); ${script};
    const keys = Object.keys(require.cache);
    console.log(JSON.stringify({ danfo: keys.some((k) => k.includes("danfojs-node")), tensorflow: keys.some((k) => k.includes("@tensorflow")) }));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" }).trim().split("\n").pop() as string);
}

test("loading the library does not load danfo.js or TensorFlow.js; asking for a DataFrame does", () => {
  assert.deepEqual(loadedAfter("kit.showMarkdown; kit.formatShare(0.5)"), { danfo: false, tensorflow: false });
  assert.deepEqual(loadedAfter("kit.toDataFrame([{ a: 1 }])"), { danfo: true, tensorflow: true });
});

test("a described DataFrame shows as an HTML table with its index as the first column", () => {
  const df = toDataFrame([{ name: "a", value: 1 }, { name: "b", value: 3 }]);
  const html = dataFrameHtml(df.describe(), { index: "statistic", caption: "described" });
  assert.match(html, /<th style="text-align:left">statistic<\/th><th style="text-align:right">value<\/th>/);
  assert.match(html, /<td style="text-align:left">mean<\/td><td style="text-align:right">2<\/td>/);
  assert.match(html, /described/);
  const grouped = dataFrameHtml(df.groupby(["name"]).agg({ value: "sum" }), { dropIndex: true });
  assert.match(grouped, /<th style="text-align:left">name<\/th><th style="text-align:right">value_sum<\/th>/);
  const [bundle] = captureDisplays(() => showDataFrame(df, { index: "row" }));
  assert.match(String(bundle["text/html"]), /<th style="text-align:left">row<\/th>/);
  assert.ok(String(bundle["text/plain"]).includes("value"));
});
