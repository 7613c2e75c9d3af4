/**
 * The kit's public surface for notebooks: `import * as kit from "../dist/lib"` (tslab compiles only
 * the notebook folder, so notebooks import the compiled library). Each study's own functions come
 * from its package, `import * as sNNN from "../dist/lib/studies/NNN-slug"`. Exported by name, in
 * pipeline order, so this file is the list of what a notebook may rely on; everything else is
 * internal and may move.
 */

// Data: load a validated series, say where it came from.
export { loadSeries, type LoadedSeries, type LoadOptions } from "./data/load";
export { captionFor, showProvenance } from "./data/provenance";
export type { SuspectPolicy } from "./data/suspect-rows";

// Series: cut a date range, follow a return path.
export { sliceByDate, sliceColumnByDate, type DailySeries } from "./series/daily-series";
export { cumulativeReturnSince } from "./series/cumulative-return";

// Events: outcome rows of an event study, for tables.
export { horizonOutcomeRows } from "./events/outcome-rows";

// Claims: the sheet a notebook fills, the verdict table, the formats claims print with.
export { ClaimSheet } from "./claims/claim-sheet";
export { showClaims } from "./claims/claims-table";
export { formatNumber, formatPercent, formatPoints, formatShare } from "./claims/format";

// Charts: one builder per chart (pure Plotly specs) and the display call.
export { baselineHistogram } from "./charts/baseline-histogram";
export { candlestick } from "./charts/candlestick";
export { conditionTimeline } from "./charts/condition-timeline";
export { forwardReturnBars } from "./charts/forward-return-bars";
export { groupedBars } from "./charts/grouped-bars";
export { lineChart } from "./charts/line-chart";
export { pairedBars } from "./charts/paired-bars";
export { priceWithAverage } from "./charts/price-with-average";
export { priceWithRecord } from "./charts/price-with-record";
export { scatterWithFit } from "./charts/scatter-with-fit";
export { sensitivityHeatmap } from "./charts/sensitivity-heatmap";
export { stepCountChart } from "./charts/step-count-chart";
export { showFigure } from "./charts/show";

// Notebook display: tables, Markdown, and danfo.js views for pandas-minded readers (danfo.js and
// TensorFlow.js load only when a DataFrame is asked for).
export { showMarkdown, showTable } from "./notebook/tables";
export { fromDataFrame, showDataFrame, toDataFrame } from "./notebook/dataframes";
