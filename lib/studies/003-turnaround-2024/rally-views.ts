import { lineChart } from "../../charts/line-chart";
import type { Figure } from "../../charts/figure";
import { formatPercent, formatPoints } from "../../claims/format";
import { captionFor } from "../../data/provenance";
import type { StudyData } from "./data";
import { leadLasted, type Rally, type RallyParameters } from "./rally";
import type { Table } from "./table";

/**
 * Every pair over every window of the rally: returns, their gap in points, the relative return.
 *
 * @example
 * rallyTable(measureRally(data, defaults), data, defaults).rows.length; // 8
 */
export function rallyTable(m: Rally, data: StudyData, params: RallyParameters): Table {
  const from = m.summerLow.date;
  const to = params.september2024;
  const sources = [data.rut, data.gspc, data.iwm, data.spy].map((l) => captionFor(l, from, to)).join("; ");
  return [
    m.readings.map(({ pair, window, performance: r }) => ({
      pair, window, from: r.fromDate, to: r.toDate,
      "small caps": r.aReturn, "large caps": r.bReturn, difference: r.difference, "relative return": r.relative,
    })),
    {
      caption: `Returns from close to close; relative return = (1 + small) / (1 + large) - 1. ${sources}`,
      percent: ["small caps", "large caps", "relative return"],
      points: ["difference"],
      decimals: 1,
    },
  ];
}

/**
 * Small caps relative to large caps from the summer-2023 low to September 2024, rebased to 100.
 *
 * @example
 * showFigure(rallyFigure(m, data, defaults));
 */
export function rallyFigure(m: Rally, data: StudyData, params: RallyParameters): Figure {
  const { strength, strengthEtf, index } = m;
  return lineChart([
    { name: "Russell 2000 / S&P 500", dates: strength.dates, values: strength.ratio.map((v) => 100 * v) },
    { name: "IWM / SPY", dates: strengthEtf.dates, values: strengthEtf.ratio.map((v) => 100 * v), dash: "dash" },
  ], {
    title: `Small caps relative to large caps, rebased to 100 on ${strength.fromDate}: rising = small caps ahead`,
    caption: `${captionFor(data.rut, strength.fromDate, strength.toDate)}; ${captionFor(data.gspc, strength.fromDate, strength.toDate)}`,
    yTitle: "Relative strength (start = 100)",
    events: [
      { date: m.summerHigh.date, text: "summer-2023 high" },
      { date: m.octoberLow.date, text: "October 2023 low: the rally starts" },
      { date: index.toDate, text: `year end: Russell 2000 ${formatPercent(index.aReturn)} vs S&P 500 ${formatPercent(index.bReturn)} since the low` },
      { date: params.articleTo, text: "article's last possible day" },
    ],
    eventName: "rally markers",
  });
}

/**
 * The rally in one paragraph.
 *
 * @example
 * showMarkdown(rallySummary(m));
 */
export function rallySummary(m: Rally): string {
  const { index, etf } = m;
  const after = leadLasted(m)
    ? "By the article's last possible day small caps were still ahead, measured from the same low."
    : "By the article's last possible day the lead had gone: measured from the same low, small caps trailed.";
  return `From the October low (${index.fromDate}) to year end (${index.toDate}) the Russell 2000 rose **${formatPercent(index.aReturn)}** `
    + `against **${formatPercent(index.bReturn)}** for the S&P 500: **${formatPoints(index.difference)}** for small caps `
    + `(IWM vs SPY: ${formatPercent(etf.aReturn)} vs ${formatPercent(etf.bReturn)}). ${after}`;
}
