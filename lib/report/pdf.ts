import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../data/atomic-write";
import { blockNetwork, launchChromium, waitForDrawnCharts } from "./chromium";

/**
 * The printed page: A4 with 12 mm margins. Charts are drawn at the width left between the
 * margins, so each fits the paper as drawn (96 CSS pixels to the inch, 25.4 mm to the inch).
 *
 * @example
 * PRINT_PAGE.contentWidthPx; // 703
 */
export const PRINT_PAGE = {
  format: "A4",
  marginMm: 12,
  contentWidthPx: Math.floor(((210 - 2 * 12) / 25.4) * 96),
} as const;

/** What printing a report gave. */
export interface PrintedReport {
  bytes: number;
  /** Pages in the PDF. */
  pages: number;
  /** Charts drawn on the page when it was printed (all of the report's charts). */
  charts: number;
  /** Tables wider than the page, scaled down to fit it. */
  scaledTables: number;
}

/**
 * How many pages a PDF has, from its page objects (`/Type /Page`, not `/Pages`).
 *
 * @example
 * pdfPageCount(readFileSync("reports/000-200-day-reclaim.pdf")); // 14
 */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * Prints an HTML report to PDF with headless Chromium (atomically): the page is laid out for
 * print (the report's print stylesheet leaves the folded code out and keeps each chart on one
 * page), with no network, and printed once every chart is drawn as a vector figure; a table
 * wider than the page is scaled down to fit it (paper does not scroll). A chart that does not
 * draw is an Error naming the report.
 *
 * @example
 * await printReportPdf("reports/000-200-day-reclaim.html", "reports/000-200-day-reclaim.pdf"); // { bytes, pages: 10, charts: 7, scaledTables: 0 }
 */
export async function printReportPdf(htmlPath: string, pdfPath: string, timeoutMs = 60_000): Promise<PrintedReport> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: PRINT_PAGE.contentWidthPx, height: 1000 } });
    await blockNetwork(page);
    // Print media before loading: the charts are drawn once, in the print layout.
    await page.emulateMedia({ media: "print" });
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load", timeout: timeoutMs });
    const { charts, drawn } = await waitForDrawnCharts(page, timeoutMs);
    if (drawn < charts) throw new Error(`${htmlPath}: ${charts - drawn} of ${charts} charts did not draw within ${timeoutMs / 1000} s, so no PDF was printed (open the report in a browser to see why)`);
    const scaledTables = await page.evaluate(() => {
      let scaled = 0;
      for (const table of Array.from(document.querySelectorAll("table"))) {
        const room = table.parentElement?.clientWidth ?? 0;
        if (room > 0 && table.scrollWidth > room) {
          table.style.zoom = String(room / table.scrollWidth);
          scaled += 1;
        }
      }
      return scaled;
    });
    const margin = `${PRINT_PAGE.marginMm}mm`;
    const pdf = await page.pdf({ format: PRINT_PAGE.format, printBackground: true, margin: { top: margin, right: margin, bottom: margin, left: margin } });
    writeFileAtomic(pdfPath, pdf);
    return { bytes: pdf.length, pages: pdfPageCount(pdf), charts, scaledTables };
  } finally {
    await browser.close();
  }
}
