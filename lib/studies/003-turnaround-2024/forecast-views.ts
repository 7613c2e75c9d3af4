import type { Figure } from "../../charts/figure";
import { lineChart } from "../../charts/line-chart";
import { formatPercent } from "../../claims/format";
import { captionFor } from "../../data/provenance";
import { cumulativeReturnSince } from "../../series/cumulative-return";
import type { StudyData } from "./data";
import type { Forecast, ForecastParameters } from "./forecast";
import type { Table } from "./table";

/**
 * The forecast year's returns, one row per series, and each one's gap to the forecast in points.
 *
 * @example
 * forecastTable(measureForecast(data, defaults), defaults).rows.length; // 5
 */
export function forecastTable(m: Forecast, params: ForecastParameters): Table {
  const year = `${params.forecastYear} return`;
  return [
    m.returns.map(({ loaded, value: r }) => ({
      series: `${loaded.info.id}: ${loaded.info.name}`, from: r.fromDate, to: r.toDate, [year]: r.value, "vs forecast": r.value - params.forecast / 100,
    })),
    {
      caption: `Calendar-year ${params.forecastYear} returns against the +${params.forecast}% forecast. ${m.returns.map((r) => captionFor(r.loaded, m.from, m.to)).join("; ")}`,
      percent: [year],
      points: ["vs forecast"],
      decimals: 1,
    },
  ];
}

/**
 * The forecast year to date: the index, IWM and the S&P 500 against the forecast line.
 *
 * @example
 * showFigure(forecastFigure(m, data, defaults));
 */
export function forecastFigure(m: Forecast, data: StudyData, params: ForecastParameters): Figure {
  const pathOf = (series: StudyData["rut"], base: string) => cumulativeReturnSince(series.series, base, m.to);
  const rut = pathOf(data.rut, m.rut.fromDate);
  const iwm = pathOf(data.iwm, m.iwm.fromDate);
  const spx = pathOf(data.gspc, m.returns[3].value.fromDate);
  const baseDay = `${params.forecastYear - 1}-12-31`;
  return lineChart([
    { name: "Russell 2000 (price)", dates: rut.dates, values: rut.values },
    { name: "IWM (adjusted)", dates: iwm.dates, values: iwm.values, dash: "dash" },
    { name: "S&P 500 (price)", dates: spx.dates, values: spx.values, color: "#8c959f" },
    { name: `forecast +${params.forecast}%`, dates: [rut.dates[0], rut.dates[rut.dates.length - 1]], values: [params.forecast / 100, params.forecast / 100], dash: "dot", color: "#cf222e" },
  ], {
    title: `${params.forecastYear} year to date against the +${params.forecast}% forecast`,
    caption: `${captionFor(data.rut, baseDay, m.to)}; ${captionFor(data.iwm, baseDay, m.to)}; ${captionFor(data.gspc, baseDay, m.to)}`,
    yTitle: `Return since ${rut.baseDate} (%)`,
    unit: "%",
    zeroLine: true,
  });
}

/**
 * The forecast year in one paragraph.
 *
 * @example
 * showMarkdown(forecastSummary(m, defaults));
 */
export function forecastSummary(m: Forecast, params: ForecastParameters): string {
  const gap = m.iwm.value < m.spy.value ? "widened rather than closed" : "narrowed";
  return `In ${params.forecastYear} the Russell 2000 returned **${formatPercent(m.rut.value)}** (price) and IWM **${formatPercent(m.iwm.value)}** `
    + `(with dividends), against a forecast of +${params.forecast}%. SPY returned ${formatPercent(m.spy.value)}: the gap between large and small caps ${gap}.`;
}
