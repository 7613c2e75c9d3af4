import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromiumMissing } from "../../lib/report/chromium";
import { exportReportHtml } from "../../lib/report/html";
import { writeNotebook } from "../../lib/report/notebook";
import { pdfPageCount, printReportPdf } from "../../lib/report/pdf";
import { findProjectRoot, projectPaths } from "../../lib/report/project";
import { executedNotebook, runRecord } from "../fixtures/executed-notebook";

const paths = projectPaths(findProjectRoot(__dirname));
const NO_BROWSER = chromiumMissing() ?? false;
const NO_EXPORT = existsSync(paths.jupyter) ? NO_BROWSER : `${paths.jupyter} is missing: the Jupyter venv is not installed (npm run setup)`;

describe("printing a report with headless Chromium", { skip: NO_EXPORT }, () => {
  let work = "";
  before(() => {
    work = mkdtempSync(join(tmpdir(), "r2k-pdf-test-"));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test("the report prints to an A4 PDF once its two charts are drawn", async () => {
    const notebook = join(work, "900-export-check.ipynb");
    writeNotebook(notebook, executedNotebook({ record: runRecord() }));
    const html = join(work, "900-export-check.html");
    await exportReportHtml(notebook, html, paths);
    const pdfPath = join(work, "900-export-check.pdf");
    const printed = await printReportPdf(html, pdfPath);
    const pdf = readFileSync(pdfPath);
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.equal(printed.bytes, pdf.length);
    assert.equal(printed.charts, 2);
    assert.equal(printed.scaledTables, 0, "the fixture's tables fit the page");
    // Header, two 460 px charts with a screenful of text between them, claims and provenance: two to four A4 pages.
    assert.ok(printed.pages >= 2 && printed.pages <= 4, `${printed.pages} pages`);
    assert.equal(pdfPageCount(pdf), printed.pages);
  });

  test("a table wider than the page is scaled down to fit it", { skip: NO_BROWSER }, async () => {
    const html = join(work, "wide-table.html");
    const cells = Array.from({ length: 40 }, (_, i) => `<td>column-${i}</td>`).join("");
    writeFileSync(html, `<!DOCTYPE html><html><body><table><tr>${cells}</tr></table><table><tr><td>narrow</td></tr></table></body></html>`);
    const printed = await printReportPdf(html, join(work, "wide-table.pdf"));
    assert.deepEqual({ charts: printed.charts, scaledTables: printed.scaledTables, pages: printed.pages }, { charts: 0, scaledTables: 1, pages: 1 });
  });

  test("a chart that does not draw stops the print, and no PDF is written", { skip: NO_BROWSER }, async () => {
    const html = join(work, "no-plotly.html");
    writeFileSync(html, '<!DOCTYPE html><html><body><div class="r2k-chart"></div></body></html>');
    const pdfPath = join(work, "no-plotly.pdf");
    await assert.rejects(printReportPdf(html, pdfPath, 1_000), {
      message: `${html}: 1 of 1 charts did not draw within 1 s, so no PDF was printed (open the report in a browser to see why)`,
    });
    assert.equal(existsSync(pdfPath), false);
  });
});
