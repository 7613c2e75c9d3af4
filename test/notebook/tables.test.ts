import { test } from "node:test";
import assert from "node:assert/strict";
import * as aq from "arquero";
import { captureDisplays } from "../../lib/notebook/display";
import { showTable, tableHtml } from "../../lib/notebook/tables";
import { fromDataFrame, toDataFrame } from "../../lib/notebook/dataframes";

test("tables render escaped HTML with a row limit counted in the caption", () => {
  const t = aq.table({ name: ["<b>", "b", "c"], value: [1.234, 2, 3] });
  const html = tableHtml(t, { limit: 2, caption: "source" });
  assert.match(html, /&lt;b&gt;/);
  assert.match(html, /1\.23/);
  assert.match(html, /source \(first 2 of 3 rows\)/);
  assert.ok(!html.includes(">c</td>"), "rows past the limit are left out");
  assert.match(html, /<td style="text-align:left">&lt;b&gt;<\/td><td style="text-align:right">1\.23<\/td>/);
});

test("showTable accepts row objects and displays one HTML bundle", () => {
  const bundles = captureDisplays(() => showTable([{ a: 1 }, { a: 2 }]));
  assert.equal(bundles.length, 1);
  assert.match(String(bundles[0]["text/html"]), /<table/);
});

test("arquero -> danfo -> arquero keeps columns and values", () => {
  const t = aq.table({ date: ["2025-01-02", "2025-01-03"], close: [2200.5, 2210.25] });
  const back = fromDataFrame(toDataFrame(t));
  assert.deepEqual(back.objects(), t.objects());
});

test("an empty table cannot become a DataFrame and says why", () => {
  assert.throws(() => toDataFrame([]), /toDataFrame: the table has no rows/);
});

test("percent columns show fractions as signed percents", () => {
  const html = tableHtml(aq.table({ reclaim: ["2019-02-22"], forwardReturn: [0.0243], drop: [-0.279] }), { percent: ["forwardReturn", "drop"] });
  assert.match(html, />\+2\.4%</);
  assert.match(html, />-27\.9%</);
});

test("share columns show hit rates as unsigned percents, next to signed returns", () => {
  const html = tableHtml(aq.table({ mean: [0.126], hitRate: [8 / 9] }), { percent: ["mean"], shares: ["hitRate"] });
  assert.match(html, />\+12\.6%</);
  assert.match(html, />88\.9%</);
  assert.doesNotMatch(html, /\+88\.9%/);
});

test("share columns show unsigned percents and point columns show percentage points", () => {
  const html = tableHtml(aq.table({ hitRate: [0.75], gap: [0.08], behind: [-0.055] }), { shares: ["hitRate"], points: ["gap", "behind"] });
  assert.match(html, />75\.0%</);
  assert.match(html, />\+8\.0 pp</);
  assert.match(html, />-5\.5 pp</);
});
