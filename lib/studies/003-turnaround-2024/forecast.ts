import { numericResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import type { LoadedSeries } from "../../data/load";
import { returnOverPeriod, type DatedReturn } from "../../series/calendar";
import { FORECAST_2025 } from "./claims";
import type { StudyData } from "./data";
import type { Parameters } from "./parameters";

/** The parameters 003-6 reads. */
export type ForecastParameters = Pick<Parameters, "forecast" | "forecastYear" | "forecastTolerance">;

/** One series' return over the forecast year. */
export interface YearReturn {
  loaded: LoadedSeries;
  value: DatedReturn;
}

/** 003-6's measurements. */
export interface Forecast {
  /** The calendar year's first and last day. */
  from: string;
  to: string;
  /** The index (price), IWM from both sources (adjusted), the S&P 500 and SPY, in that order. */
  returns: YearReturn[];
  rut: DatedReturn;
  iwm: DatedReturn;
  spy: DatedReturn;
}

/**
 * Calendar-year returns of the forecast year: the last close of the year before to the last
 * close of the year.
 *
 * @example
 * measureForecast(loadData(defaults), defaults).rut.value; // 0.113
 */
export function measureForecast(data: StudyData, params: ForecastParameters): Forecast {
  const from = `${params.forecastYear}-01-01`;
  const to = `${params.forecastYear}-12-31`;
  const returns = [data.rut, data.iwm, data.iwmAdj, data.gspc, data.spy].map((loaded) => ({ loaded, value: returnOverPeriod(loaded.series, from, to) }));
  return { from, to, returns, rut: returns[0].value, iwm: returns[1].value, spy: returns[4].value };
}

/**
 * How the forecast fared, in words: its direction and its size against the tolerance.
 *
 * @example
 * forecastWords(0.113, 41, 5); // "Direction right, size far short of the forecast"
 */
export function forecastWords(realised: number, forecast: number, tolerance: number): string {
  const direction = Math.sign(realised) === Math.sign(forecast) ? "Direction right" : "Direction wrong";
  const gap = 100 * realised - forecast;
  const size = Math.abs(gap) <= tolerance ? "size within the tolerance" : gap < 0 ? "size far short of the forecast" : "size beyond the forecast";
  return `${direction}, ${size}`;
}

/**
 * 003-6 (out of sample): the index's price return over the forecast year against the forecast.
 *
 * @example
 * claimForecast(measureForecast(data, defaults), defaults).verdict; // "not confirmed"
 */
export function claimForecast(m: Forecast, params: ForecastParameters): ClaimResult {
  const { forecast, forecastTolerance } = params;
  const spec = { ...FORECAST_2025, article: `${forecast > 0 ? "+" : ""}${forecast}`, figure: forecast, tolerance: forecastTolerance };
  const gap = m.iwm.value < m.spy.value ? "so small caps did not close the gap" : "so small caps closed part of the gap";
  return numericResult(spec, 100 * m.rut.value,
    `Out of sample. Russell 2000 price return ${m.rut.fromDate} to ${m.rut.toDate}; IWM (adjusted) ${formatPercent(m.iwm.value)}. `
    + `${forecastWords(m.rut.value, forecast, forecastTolerance)}; SPY ${formatPercent(m.spy.value)}, ${gap}.`);
}
