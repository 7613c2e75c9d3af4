import assert from "node:assert/strict";
import { test } from "node:test";
import { reportHeaderHtml } from "../../lib/report/report-header";
import type { RunRecord } from "../../lib/report/run-record";

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

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
  assert.ok(header.includes('<a href="index.html">all reports</a>'));
  assert.ok(header.includes("Parameters (2 set on the command line)"));
  assert.equal(count(header, 'class="r2k-set"'), 2);
  assert.ok(header.includes('class="r2k-failed"'));
  const ok = reportHeaderHtml({ ...RECORD, status: "ok", error: null, parameters: RECORD.parameters.map((p) => ({ ...p, overridden: false })) });
  assert.equal(ok.includes("r2k-failed"), false);
  assert.ok(ok.includes("Parameters (all defaults)"));
});

test("without a run (a notebook run in JupyterLab), the header says the outputs are as saved and links no index", () => {
  const { startedAt: _startedAt, durationSeconds: _durationSeconds, ...saved } = { ...RECORD, study: "" };
  const header = reportHeaderHtml(saved);
  assert.ok(header.includes('<p class="r2k-kicker"><code>000-x.ipynb</code> · outputs as saved in the notebook · <a href="#r2k-provenance">data provenance</a></p>'));
  assert.ok(header.includes("<summary>Parameters (as in the notebook's parameters cell)</summary>"));
  assert.equal(header.includes("<th>default</th>"), false);
});
