import { lineChart } from "../../charts/line-chart";
import type { Figure } from "../../charts/figure";
import { formatPercent } from "../../claims/format";
import { captionFor } from "../../data/provenance";
import type { BelowPeak, BelowPeakParameters } from "./below-peak";
import type { StudyData } from "./data";
import type { Table } from "./table";

/**
 * The Russell 2000's distance below its record from the record to the end of 2024, with the
 * band counted as the article's figure and the article's window marked.
 *
 * @example
 * showFigure(belowPeakFigure(measureBelowPeak(data, defaults), data, defaults));
 */
export function belowPeakFigure(m: BelowPeak, data: StudyData, params: BelowPeakParameters): Figure {
  const { path, band, window } = m;
  const { belowTarget, belowTolerance, articleFrom, articleTo } = params;
  const ends = [path.dates[0], path.dates[path.dates.length - 1]];
  const bandLine = (name: string, value: number) => ({ name, dates: ends, values: [value, value], dash: "dot", color: "#9a6700" });
  return lineChart([
    { name: "distance below the November 2021 record close", dates: path.dates, values: path.distance },
    bandLine(`${belowTarget + belowTolerance}% below`, -band.high),
    bandLine(`${belowTarget - belowTolerance}% below`, -band.low),
  ], {
    title: `Russell 2000: how far below its ${window.peak.date} record close (${window.peak.value.toFixed(2)})`,
    caption: captionFor(data.rut, window.peak.date, "2024-12-31"),
    yTitle: "Close vs the record close (%)",
    unit: "%",
    zeroLine: true,
    events: [
      { date: articleFrom, text: "first day the article could have been written" },
      { date: articleTo, text: `last day: ${formatPercent(window.last.distance)} from the record` },
    ],
    eventName: "article window",
  });
}

/**
 * The spells of the article's window on which "about 17% below" held.
 *
 * @example
 * belowPeakSpellsTable(m, data, defaults).rows; // [{ from: "2024-06-13", to: "2024-06-27", "trading days": 11 }, ...]
 */
export function belowPeakSpellsTable(m: BelowPeak, data: StudyData, params: BelowPeakParameters): Table {
  const { belowTarget, belowTolerance, articleFrom, articleTo } = params;
  return [
    m.window.spans.map((s) => ({ from: s.startDate, to: s.endDate, "trading days": s.tradingDays })),
    {
      caption: `Spells from ${articleFrom} to ${articleTo} on which the close was ${belowTarget - belowTolerance}% to `
        + `${belowTarget + belowTolerance}% below the record close of ${m.window.peak.date}. ${captionFor(data.rut, articleFrom, articleTo)}`,
    },
  ];
}

/**
 * The window in one paragraph: days in the band, the range, the last day's distance.
 *
 * @example
 * showMarkdown(belowPeakSummary(m));
 */
export function belowPeakSummary(m: BelowPeak): string {
  const w = m.window;
  return `The figure held on **${w.daysInBand} of ${w.dates.length} trading days** in the window. `
    + `Range in the window: from ${formatPercent(w.shallowest.distance)} (${w.shallowest.date}) to ${formatPercent(w.deepest.distance)} (${w.deepest.date}). `
    + `On ${w.last.date}, the day before the reconstitution, the index closed **${formatPercent(w.last.distance)}** from the record.`;
}

/**
 * Every reading of the distance below the peak over the same window, one row each.
 *
 * @example
 * belowPeakReadingsTable(m, defaults).rows.length; // 4
 */
export function belowPeakReadingsTable(m: BelowPeak, params: BelowPeakParameters): Table {
  const lastColumn = `on ${m.window.last.date}`;
  return [
    m.readings.map(({ reading, distance: d }) => ({
      reading,
      peak: `${d.peak.date} ${d.peak.value.toFixed(2)}`,
      [`on ${d.last.date}`]: d.last.distance,
      shallowest: d.shallowest.distance,
      deepest: d.deepest.distance,
      "days in band": `${d.daysInBand} of ${d.dates.length}`,
    })),
    {
      caption: `Distance below the November 2021 peak, ${params.articleFrom} to ${params.articleTo}, by reading; band ${params.belowTarget} ± ${params.belowTolerance}%.`,
      percent: [lastColumn, "shallowest", "deepest"],
    },
  ];
}
