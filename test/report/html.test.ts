import assert from "node:assert/strict";
import { test } from "node:test";
import { externalScriptSources, finishReportHtml, inlineScript, REPORT_MARKERS } from "../../lib/report/html";
import { reportHeaderHtml } from "../../lib/report/report-header";
import type { RunRecord } from "../../lib/report/run-record";

const FILE = "reports/000-x.html";
const PLOTLY = 'var Plotly={v:"$&$1$$"};/* plotly */ var s="</script><!--";';
const RAW = `<!DOCTYPE html><html><head><title>t</title>${REPORT_MARKERS.head}<style></style></head><body><main>${REPORT_MARKERS.header}
<div class="cell"><div id="c1"></div><script>if (window.Plotly) Plotly.newPlot("c1", [], {});</script></div>
${REPORT_MARKERS.footer}</main></body></html>`;

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

test("plotly.js is embedded exactly once, in the head, unaltered except for the script escapes", () => {
  const html = finishReportHtml(RAW, { plotly: PLOTLY, header: "<header>H</header>", footer: "<section>F</section>" }, FILE);
  const escaped = 'var Plotly={v:"$&$1$$"};/* plotly */ var s="<\\/script><\\!--";';
  assert.equal(count(html, escaped), 1);
  assert.ok(html.indexOf(escaped) < html.indexOf("</head>"));
  assert.equal(count(html, "<header>H</header>"), 1);
  assert.ok(html.indexOf("<section>F</section>") > html.indexOf('id="c1"'));
  for (const marker of Object.values(REPORT_MARKERS)) assert.equal(html.includes(marker), false);
  assert.deepEqual(externalScriptSources(html), []);
});

test("the escaped script still runs as the same JavaScript", () => {
  const source = 'globalThis.r2kTest = ["</script>", "<!--", "</SCRIPT"].join("|");';
  const body = /^<script>([\s\S]*)<\/script>$/.exec(inlineScript(source))![1];
  assert.equal(/<\/script/i.test(body), false);
  assert.equal(body.includes("<!--"), false);
  new Function(body)();
  assert.equal((globalThis as Record<string, unknown>).r2kTest, "</script>|<!--|</SCRIPT");
});

test("a notebook's text that looks like the footer marker stays where it is", () => {
  const raw = RAW.replace('<div id="c1">', `<pre>${REPORT_MARKERS.footer}</pre><div id="c1">`);
  const html = finishReportHtml(raw, { plotly: "", header: "", footer: "<section>F</section>" }, FILE);
  assert.ok(html.indexOf(`<pre>${REPORT_MARKERS.footer}</pre>`) < html.indexOf("<section>F</section>"));
});

test("a page that would load a script from the network is refused", () => {
  assert.deepEqual(
    externalScriptSources('<script src="https://cdn.example/a.js"></script><script type="text/javascript" src=//cdn.example/b.js></script><script src="local.js"></script>'),
    ["https://cdn.example/a.js", "//cdn.example/b.js"],
  );
  const raw = RAW.replace("</main>", '<script src="https://cdn.plot.ly/plotly.min.js"></script></main>');
  assert.throws(() => finishReportHtml(raw, { plotly: "", header: "", footer: "" }, FILE), {
    message: `${FILE} would load scripts from the network (https://cdn.plot.ly/plotly.min.js); reports must work offline: embed the script or drop the output that adds it`,
  });
});

test("a page without our markers (another template) is refused", () => {
  assert.throws(() => finishReportHtml("<html><head></head></html>", { plotly: "", header: "", footer: "" }, FILE), {
    message: `${FILE}: nbconvert's output has no ${REPORT_MARKERS.head} (the report template lib/report/nbconvert/r2k was not used)`,
  });
});

const RECORD: RunRecord = {
  study: "000",
  notebook: "000-x.ipynb",
  title: "000 — Reclaims <b>bold</b>",
  parameters: [
    { name: "window", value: 250, defaultValue: 200, overridden: true, type: "int, 2..2000", doc: "window & co" },
    { name: "label", value: "<script>alert(1)</script>", defaultValue: "x", overridden: true, type: "string", doc: "a label" },
    { name: "start", value: "2009-06-01", defaultValue: "2009-06-01", overridden: false, type: "date", doc: "" },
  ],
  startedAt: "2026-11-23T13:02:41.512Z",
  durationSeconds: 12.34,
  status: "failed",
  error: "cell index 3 failed: <img src=x onerror=alert(1)>",
};

test("the header escapes the title, the parameters and the error", () => {
  const header = reportHeaderHtml(RECORD);
  assert.equal(header.includes("<script>alert(1)"), false);
  assert.equal(header.includes("<b>bold"), false);
  assert.equal(header.includes("<img"), false);
  assert.ok(header.includes("&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"));
  assert.ok(header.includes("<h1>000 — Reclaims &lt;b&gt;bold&lt;/b&gt;</h1>"));
  assert.ok(header.includes("window &amp; co"));
});

test("the header shows when and how long it ran, which values were set, and a failure", () => {
  const header = reportHeaderHtml(RECORD);
  assert.ok(header.includes("run 2026-11-23 13:02 UTC in 12.3 s"));
  assert.ok(header.includes("Parameters (2 set on the command line)"));
  assert.equal(count(header, 'class="r2k-set"'), 2);
  assert.ok(header.includes('class="r2k-failed"'));
  const ok = reportHeaderHtml({ ...RECORD, status: "ok", error: null, parameters: RECORD.parameters.map((p) => ({ ...p, overridden: false })) });
  assert.equal(ok.includes("r2k-failed"), false);
  assert.ok(ok.includes("Parameters (all defaults)"));
});
