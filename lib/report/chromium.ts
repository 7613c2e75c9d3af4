import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Debian's Chromium (scripts/install-browser.sh installs it): the browser that prints PDF
 * reports and runs the browser tests. Nothing is downloaded.
 *
 * @example
 * existsSync(CHROMIUM_PATH); // true once scripts/install-browser.sh has run
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags: no sandbox (root in CI), no GPU, and nothing that reaches for the network. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Why Chromium cannot run here, with the fix, or undefined when it can.
 *
 * @example
 * chromiumMissing(); // "no /usr/bin/chromium: install Debian's chromium package (bash scripts/install-browser.sh, as root)"
 */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? undefined : `no ${CHROMIUM_PATH}: install Debian's chromium package (bash scripts/install-browser.sh, as root)`;
}

/**
 * Launches Debian's Chromium headless with a fresh profile (Playwright's default temp
 * user-data-dir) and no network but loopback in use.
 *
 * @example
 * const browser = await launchChromium();
 */
export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Aborts every request of the page that would leave the machine (anything but file:, data:,
 * blob: and loopback), as for a reader with no network, and returns the list the aborted URLs
 * are added to.
 *
 * @example
 * const blocked = await blockNetwork(page);
 * await page.goto(pathToFileURL("reports/000-200-day-reclaim.html").href);
 * blocked; // [] for a page that works offline
 */
export async function blockNetwork(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = ["file:", "data:", "blob:"].includes(url.protocol) || ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
    if (local) return route.continue();
    blocked.push(url.href);
    return route.abort("internetdisconnected");
  });
  return blocked;
}

/** The charts of a page: Plotly's plot elements and the kit's chart divs, and how many hold a drawn plot. */
export interface ChartCount {
  charts: number;
  drawn: number;
}

/**
 * Counts the charts on a page: each kit chart div (`.r2k-chart`, from lib/charts figureHtml) or
 * Plotly plot (`.js-plotly-plot`), and those holding Plotly's drawn SVG. A chart whose
 * plotly.js is missing keeps an empty div (or the "draws in the HTML report" note).
 *
 * @example
 * await countCharts(page); // { charts: 7, drawn: 7 }
 */
export async function countCharts(page: Page): Promise<ChartCount> {
  return page.evaluate(() => {
    const charts = Array.from(document.querySelectorAll(".r2k-chart, .js-plotly-plot")).filter((el) => !el.parentElement?.closest(".r2k-chart, .js-plotly-plot"));
    return { charts: charts.length, drawn: charts.filter((el) => el.querySelector("svg.main-svg") !== null).length };
  });
}

/**
 * Waits until every chart of the page is drawn (or `timeoutMs` passes) and returns the last count.
 *
 * @example
 * const { charts, drawn } = await waitForDrawnCharts(page);
 */
export async function waitForDrawnCharts(page: Page, timeoutMs = 30_000): Promise<ChartCount> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await countCharts(page);
    if (count.drawn === count.charts || Date.now() > deadline) return count;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
