import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { blockNetwork, chromiumMissing, launchChromium, waitForDrawnCharts } from "../../lib/report/chromium";
import { exportReportHtml, nbconvert, REPORT_EXPORTER } from "../../lib/report/html";
import { writeNotebook, type NotebookCell } from "../../lib/report/notebook";
import { findProjectRoot, projectPaths } from "../../lib/report/project";
import { EXECUTED_TITLE, executedNotebook, PROVENANCE_NOTE, runRecord } from "../fixtures/executed-notebook";

const paths = projectPaths(findProjectRoot(__dirname));
const NO_VENV = existsSync(paths.jupyter) ? false : `${paths.jupyter} is missing: the Jupyter venv is not installed (npm run setup)`;
const NO_BROWSER = NO_VENV || chromiumMissing() || false;
const PLOTLY = readFileSync(join(paths.root, "dist/plotly.min.js"), "utf8");
/** The fixture's charts: two showFigure cells. */
const CHARTS = 2;
/** Code cells with source in the fixture (parameters cell and four showing cells; the injected one is dropped). */
const CODE_CELLS = 5;

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

function networkScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]);
}

describe("HTML exports of an executed notebook (jupyter nbconvert in .venv)", { skip: NO_VENV }, () => {
  let work = "";
  /**
   * The runner's report (a notebook with its run record), the kit's export of the notebook as
   * JupyterLab saves it, and the plain HTML export of that, as is and sanitized (what
   * JupyterLab's HTML export does unless the reader unticks "Sanitize HTML output").
   */
  const pages = { runner: "", lab: "", plain: "", sanitized: "" };
  let runnerBytes = 0;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), "r2k-html-test-"));
    for (const dir of ["runner", "lab"]) mkdirSync(join(work, dir));
    const runnerPath = join(work, "runner", "900-export-check.ipynb");
    const labPath = join(work, "lab", "900-export-check.ipynb");
    writeNotebook(runnerPath, executedNotebook({ record: runRecord() }));
    writeNotebook(labPath, executedNotebook());
    runnerBytes = await exportReportHtml(runnerPath, join(work, "runner.html"), paths);
    pages.runner = readFileSync(join(work, "runner.html"), "utf8");
    [pages.lab, pages.plain] = await Promise.all([nbconvert(labPath, REPORT_EXPORTER, paths), nbconvert(labPath, "html", paths)]);
    const sanitized = spawnSync(paths.jupyter, ["nbconvert", "--to", "html", "--HTMLExporter.sanitize_html=True", "--stdout", "--log-level=ERROR", labPath], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(sanitized.status, 0, sanitized.stderr);
    pages.sanitized = sanitized.stdout;
    for (const [name, html] of Object.entries(pages)) writeFileSync(join(work, `${name}.html`), html);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  test("the runner's report: plotly.js once in the head, the header, the reader's cells, code folded, provenance last", () => {
    const html = pages.runner;
    assert.equal(runnerBytes, Buffer.byteLength(html));
    assert.equal(count(html, PLOTLY), 1, "plotly.js is embedded once, unaltered");
    assert.ok(html.indexOf(PLOTLY) < html.indexOf("</head>"));
    assert.deepEqual(networkScripts(html), []);
    assert.ok(html.includes(`<title>${EXECUTED_TITLE}</title>`));
    assert.ok(html.includes(`<h1>${EXECUTED_TITLE}</h1>`), "the title heads the page");
    assert.equal(/<h1 id=/.test(html), false, "the notebook's own title heading moved into the header");
    assert.ok(html.includes("run 2026-11-23 13:02 UTC in 12.3 s"));
    assert.ok(html.includes("Parameters (1 set on the command line)"));
    assert.equal(html.includes("window = 250;"), false, "the injected cell is in the header's parameters, not in the body");
    assert.equal(count(html, '<details class="r2k-code">'), CODE_CELLS, "each code cell is folded");
    assert.equal(count(html, 'class="r2k-chart"'), CHARTS);
    assert.ok(html.indexOf('id="r2k-provenance"') > html.lastIndexOf('class="r2k-chart"'), "the provenance section comes after the last chart");
    assert.ok(html.includes(PROVENANCE_NOTE));
  });

  test("exported from the notebook as JupyterLab saves it, the report's header comes from the notebook itself", () => {
    const html = pages.lab;
    assert.equal(count(html, PLOTLY), 1);
    assert.deepEqual(networkScripts(html), []);
    assert.ok(html.includes("Study 900 · <code>900-export-check.ipynb</code> · outputs as saved in the notebook"));
    assert.equal(html.includes('href="index.html"'), false, "an exported file has no index beside it");
    assert.ok(html.includes("Parameters (as in the notebook's parameters cell)"));
    assert.ok(html.includes("<td>window</td><td>200</td><td>int, 2..2000</td>"), "the parameters cell's value, with no default beside it");
    assert.ok(html.includes(`<h1>${EXECUTED_TITLE}</h1>`));
    assert.ok(html.includes(PROVENANCE_NOTE));
  });

  test("the plain HTML export uses the kit's template: plotly.js once, no script from the network, code folded", () => {
    const html = pages.plain;
    assert.equal(count(html, PLOTLY), 1);
    assert.deepEqual(networkScripts(html), []);
    assert.equal(count(html, '<details class="r2k-code">'), CODE_CELLS);
    assert.equal(html.includes('class="r2k-header"'), false, "the header is the report's, not the plain export's");
  });

  test("sanitized, the plain HTML export keeps no script of the outputs but draws each chart from its Plotly JSON, and keeps headings and tables", () => {
    const html = pages.sanitized;
    assert.deepEqual(html.match(/&lt;\/?(h\d|p|th|thead|tbody)\b/g), null, "no heading, paragraph or table markup is shown escaped");
    assert.ok(html.includes('<h2 id="Section-1">') && html.includes("<th"));
    assert.equal(count(html, PLOTLY), 1);
    assert.equal(html.includes("window.Plotly.newPlot(div, fig.data, fig.layout, fig.config)"), false, "the charts' own scripts are dropped");
    assert.equal(count(html, 'data-mime-type="application/vnd.plotly.v1+json"'), CHARTS);
    assert.deepEqual(networkScripts(html), []);
  });

  test("a notebook whose output loads a script from the network is refused, naming the notebook and the script", async () => {
    const cdn = "https://cdn.plot.ly/plotly-2.35.2.min.js";
    const output = { output_type: "display_data" as const, metadata: {}, data: { "text/html": `<script src="${cdn}"></script>`, "text/plain": "" } };
    const extra: NotebookCell = { cell_type: "code", source: "plotlyFromCdn();", metadata: {}, outputs: [output], execution_count: 1 };
    const source = join(work, "runner", "900-export-check-cdn.ipynb");
    writeNotebook(source, executedNotebook({ record: runRecord(), extra: [extra] }));
    const out = join(work, "cdn.html");
    await assert.rejects(exportReportHtml(source, out, paths), {
      message: `the report exporter failed on ${source}: 900-export-check-cdn.ipynb: the report would load scripts from the network (${cdn}); reports must work offline: embed the script or drop the output that adds it`,
    });
    assert.equal(existsSync(out), false);
  });

  test("plotly.js goes in with </script and <!-- escaped, and runs as the same JavaScript", () => {
    const source = 'globalThis.r2kTest = ["</script>", "<!--", "</SCRIPT"].join("|");';
    const run = spawnSync(paths.python, ["-c", "import sys; from r2k_export.offline import inline_script; print(inline_script(sys.stdin.read()), end='')"], {
      input: source,
      encoding: "utf8",
    });
    assert.equal(run.status, 0, run.stderr);
    const body = /^<script>([\s\S]*)<\/script>$/.exec(run.stdout)![1];
    assert.equal(/<\/script/i.test(body), false);
    assert.equal(body.includes("<!--"), false);
    new Function(body)();
    assert.equal((globalThis as Record<string, unknown>).r2kTest, "</script>|<!--|</SCRIPT");
  });

  describe("opened in headless Chromium with no network", { skip: NO_BROWSER }, () => {
    let browser: Browser;
    before(async () => (browser = await launchChromium()));
    after(async () => browser?.close());

    for (const name of ["runner", "lab", "plain", "sanitized"] as const) {
      test(`the ${name} page draws every chart, loads nothing from the network and shows the code folded`, async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        const blocked = await blockNetwork(page);
        await page.goto(pathToFileURL(join(work, `${name}.html`)).href);
        assert.deepEqual(await waitForDrawnCharts(page, 20_000), { charts: CHARTS, drawn: CHARTS });
        assert.deepEqual({ blocked, errors }, { blocked: [], errors: [] });
        assert.equal(await page.locator("details.r2k-code").count(), CODE_CELLS);
        assert.equal(await page.locator("details.r2k-code[open]").count(), 0);
        await page.close();
      });
    }

    test("printed, the report leaves the code out and keeps each chart whole on a page", async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ media: "print" });
      await page.goto(pathToFileURL(join(work, "runner.html")).href);
      await waitForDrawnCharts(page, 20_000);
      const printed = await page.evaluate(() => ({
        code: Array.from(document.querySelectorAll("details.r2k-code")).map((el) => getComputedStyle(el).display),
        charts: Array.from(document.querySelectorAll(".jp-OutputArea-output:has(.r2k-chart)")).map((el) => getComputedStyle(el).breakInside),
      }));
      assert.deepEqual(printed, { code: Array(CODE_CELLS).fill("none"), charts: Array(CHARTS).fill("avoid") });
      await page.close();
    });
  });
});
