import assert from "node:assert/strict";
import { test } from "node:test";
import { runInNewContext } from "node:vm";
import type { Figure } from "../../lib/charts/figure";
import { figureBundle, figureHtml, NO_PLOTLY_MESSAGE, PLOTLY_MIME, scriptSafeJson, showFigure } from "../../lib/charts/show";
import { captureDisplays } from "../../lib/notebook/display";

const HOSTILE = "</script><script>alert(1)</script>";

function hostileFigure(): Figure {
  return {
    data: [{ type: "scatter", x: ["2025-01-02"], y: [1], text: [HOSTILE], hovertemplate: "%{text}<extra></extra>" }],
    layout: { title: { text: "A & B <test>" } },
  };
}

/** Runs the HTML form's script against a stand-in page; returns what it did to the div. */
function runScript(html: string, withPlotly: boolean) {
  const match = /<script type="text\/javascript">\n([\s\S]*)\n<\/script>$/.exec(html);
  assert.ok(match, "one trailing script element");
  const div = { id: "", textContent: "" };
  const calls: unknown[][] = [];
  const window = withPlotly ? { Plotly: { newPlot: (...args: unknown[]) => calls.push(args) } } : {};
  runInNewContext(match[1], { window, document: { getElementById: (id: string) => Object.assign(div, { id }) } });
  return { div, calls };
}

test("figureBundle carries the Plotly JSON as an object, the HTML form and the title", () => {
  const fig = hostileFigure();
  const bundle = figureBundle(fig);
  assert.deepEqual(Object.keys(bundle).sort(), [PLOTLY_MIME, "text/html", "text/plain"].sort());
  const json = bundle[PLOTLY_MIME] as Figure;
  assert.equal(typeof json, "object");
  assert.deepEqual(json.data, fig.data);
  // Not responsive in JupyterLab: its renderer's resize would size the plot to a 0 px output area.
  assert.deepEqual(json.config, { displaylogo: false });
  assert.equal(json.layout.height, 460);
  assert.equal(bundle["text/plain"], "A & B <test>");
  assert.deepEqual(figureBundle(fig), bundle, "same figure, same bundle");
});

test("figureHtml keeps hostile hover text inside the script and draws it back intact", () => {
  const html = figureHtml(hostileFigure(), "chart-1");
  assert.equal(html.split("</script>").length, 2, "only the closing tag of its own script");
  assert.ok(!html.includes("<script>alert"));
  assert.ok(html.startsWith('<div id="chart-1" class="r2k-chart"></div>'));
  const { div, calls } = runScript(html, true);
  assert.equal(div.id, "chart-1");
  assert.equal(calls.length, 1);
  const [target, data, layout, config] = calls[0] as [unknown, Figure["data"], Figure["layout"], Figure["config"]];
  assert.equal(target, div);
  // Objects made inside the vm context have its prototypes, so compare the values.
  assert.equal((data[0].text as string[])[0], HOSTILE);
  assert.equal((layout.title as { text: string }).text, "A & B <test>");
  assert.equal(config?.responsive, true);
});

test("figureHtml without Plotly on the page says where the chart draws, and loads nothing", () => {
  const html = figureHtml(hostileFigure(), "chart-2");
  const { div, calls } = runScript(html, false);
  assert.equal(calls.length, 0);
  assert.equal(div.textContent, NO_PLOTLY_MESSAGE);
  assert.ok(!/src=|https?:/.test(html), "no script source or address");
});

test("scriptSafeJson escapes <, >, & and U+2028/2029 and parses back to the same value", () => {
  const value = { s: "</script>&<!--\u2028\u2029" };
  const json = scriptSafeJson(value);
  assert.ok(!/[<>&\u2028\u2029]/.test(json));
  assert.deepEqual(JSON.parse(json), value);
});

test("showFigure sends exactly one bundle, with a fresh div id each time", () => {
  const fig = hostileFigure();
  const bundles = captureDisplays(() => showFigure(fig));
  assert.equal(bundles.length, 1);
  assert.deepEqual(Object.keys(bundles[0]).sort(), [PLOTLY_MIME, "text/html", "text/plain"].sort());
  const [again] = captureDisplays(() => showFigure(fig));
  const id = (b: Record<string, unknown>) => /<div id="([^"]+)"/.exec(b["text/html"] as string)![1];
  assert.notEqual(id(bundles[0]), id(again));
});
