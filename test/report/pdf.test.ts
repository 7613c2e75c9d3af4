import assert from "node:assert/strict";
import { test } from "node:test";
import { pdfPageCount } from "../../lib/report/pdf";

// Printing a report with headless Chromium: test/integration/pdf.test.ts.

test("the page count reads the PDF's page objects, not its page tree", () => {
  const pdf = (pages: number) =>
    Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Pages /Count ${pages} >> endobj\n${Array.from({ length: pages }, (_, i) => `${i + 2} 0 obj <</Type/Page /Parent 1 0 R>> endobj`).join("\n")}\n%%EOF`, "latin1");
  assert.equal(pdfPageCount(pdf(1)), 1);
  assert.equal(pdfPageCount(pdf(14)), 14);
});
