import { createHash } from "node:crypto";
import { displayBundle, escapeHtml, type MimeBundle } from "../notebook/display";
import { figureTitle, withDisplayDefaults, type Figure } from "./figure";

/**
 * The MIME type JupyterLab's plotly renderer extension draws.
 *
 * @example
 * const json = figureBundle(fig)[PLOTLY_MIME]; // the figure as an object
 */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

/**
 * What the HTML form writes into its div when no Plotly is on the page.
 *
 * @example
 * div.textContent === NO_PLOTLY_MESSAGE; // true in a page without plotly.js
 */
export const NO_PLOTLY_MESSAGE =
  "This chart draws in the HTML report, or in JupyterLab with the plotly extension.";

/**
 * JSON that is safe inside an HTML <script> element: `<`, `>` and `&` become \u escapes (so
 * "</script>" or "<!--" in any hover text cannot end the script), and so do U+2028/U+2029
 * (line breaks to older JavaScript parsers). The result parses to the same value.
 *
 * @example
 * scriptSafeJson({ text: "</script>" }); // '{"text":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The figure as HTML: a div with id `divId` and a script that draws into it with the page's
 * `window.Plotly` (the HTML report embeds plotly.js once in its head; nothing is fetched), or
 * writes NO_PLOTLY_MESSAGE into the div when there is no Plotly.
 *
 * @example
 * figureHtml(fig, "chart-1"); // '<div id="chart-1" ...></div><script>...</script>'
 */
export function figureHtml(fig: Figure, divId: string): string {
  const { data, layout, config } = withDisplayDefaults(fig);
  const script = [
    "(function () {",
    `  var div = document.getElementById(${scriptSafeJson(divId)});`,
    `  var fig = ${scriptSafeJson({ data, layout, config })};`,
    "  if (window.Plotly) window.Plotly.newPlot(div, fig.data, fig.layout, fig.config);",
    `  else div.textContent = ${scriptSafeJson(NO_PLOTLY_MESSAGE)};`,
    "})();",
  ].join("\n");
  return `<div id="${escapeHtml(divId)}" class="r2k-chart"></div>\n<script type="text/javascript">\n${script}\n</script>`;
}

/**
 * The figure's display bundle: the Plotly JSON as an object (JupyterLab's renderer), the HTML
 * form (kept by nbconvert's HTML export) and the title as plain text. Without `divId` the id
 * is derived from the figure's content, so the bundle is a pure function of the figure.
 *
 * @example
 * figureBundle(fig)["text/plain"]; // the chart's title
 */
export function figureBundle(fig: Figure, divId = contentId(fig)): MimeBundle {
  const full = withDisplayDefaults(fig);
  return {
    [PLOTLY_MIME]: forJupyterLab(full),
    "text/html": figureHtml(full, divId),
    "text/plain": figureTitle(full) || "Plotly chart",
  };
}

/**
 * The figure as JupyterLab's Plotly renderer should get it: without `responsive`, because that
 * renderer resizes each plot after drawing it and a responsive plot then takes its output
 * area's height, which is 0 px, and vanishes. The fixed layout height is what keeps it visible.
 */
function forJupyterLab(fig: Figure): Figure {
  const { responsive: _dropped, ...config } = fig.config ?? {};
  return { ...fig, config };
}

let shown = 0;

/**
 * Shows the figure as one display output in the notebook (see figureBundle). Each call gets its
 * own div id, so showing the same figure twice draws it twice.
 *
 * @example
 * showFigure(priceWithAverage(rut, ma200, options));
 */
export function showFigure(fig: Figure): void {
  shown += 1;
  displayBundle(figureBundle(fig, `${contentId(fig)}-${shown}`));
}

function contentId(fig: Figure): string {
  return "r2k-chart-" + createHash("sha256").update(JSON.stringify(fig)).digest("hex").slice(0, 12);
}
