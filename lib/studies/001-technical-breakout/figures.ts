import type { Figure } from "../../charts/figure";
import { candlestick } from "../../charts/candlestick";
import { conditionTimeline } from "../../charts/condition-timeline";
import { groupedBars } from "../../charts/grouped-bars";
import { lineChart } from "../../charts/line-chart";
import { patternOverlay } from "../../charts/pattern-overlay";
import { sensitivityHeatmap } from "../../charts/sensitivity-heatmap";
import type { EventMarker } from "../../charts/traces";
import { formatShare } from "../../claims/format";
import type { LoadedSeries } from "../../data/load";
import { captionFor } from "../../data/provenance";
import { sliceByDate, sliceColumnByDate, upperBound, lowerBound } from "../../series/daily-series";
import { rollingMean } from "../../series/rolling";
import { yearToDatePath } from "../../series/year-to-date-path";
import type { ArticleDating } from "./article-dating";
import { readWindow, type WindowInputs } from "./window-readings";
import type { StudyData } from "./data";
import type { GrowthValue } from "./growth-value";
import type { HeadAndShouldersSweep } from "./head-and-shoulders-sweep";
import { yearRange, type Parameters } from "./parameters";
import { patternWindow, type PatternMeasurement } from "./pattern";
import { reconstitutionBars, type ReconstitutionActivity } from "./reconstitution-claim";
import { bullishAboveZero, CHARTED_AVERAGES, type SignalMeasurement } from "./signals";

/**
 * The study's charts, built from its measurements with the kit's chart builders; the
 * notebook shows each with showFigure. Returns are fractions, drawn in percent by the builders' "%" unit.
 */

/**
 * 001-1: candles of the charted period with the pattern the article's neckline refers to.
 *
 * @example
 * showFigure(patternFigure(data.rut, pattern, DEFAULTS));
 */
export function patternFigure(rut: LoadedSeries, m: PatternMeasurement, params: Parameters): Figure {
  const shown = patternWindow(rut.series, m, params);
  const caption = `${captionFor(rut, shown.dates[0], shown.dates[shown.dates.length - 1])}. Detector: ${m.label}.`;
  if (m.breakout === null) {
    return candlestick(shown, { title: `Russell 2000: no inverse head-and-shoulders breakout found in ${params.patternYear}`, caption, height: 560 });
  }
  return candlestick(shown, {
    title: `Russell 2000: the inverse head-and-shoulders the detector finds, breakout ${m.breakout.date}`,
    caption,
    height: 560,
    ...patternOverlay(rut.series, m.breakout.pattern),
  });
}

function sweepFrame(rut: LoadedSeries, sweep: HeadAndShouldersSweep, params: Parameters) {
  const prices = params.prices === "close" ? "closes" : "highs and lows";
  return {
    columns: sweep.shoulderTolerances.map((t) => formatShare(t)),
    caption: `${captionFor(rut)}. Neckline tilt within ${formatShare(params.maxNecklineTilt, 1)}, breakout within `
      + `${params.maxBreakoutDays} trading days; swings from ${prices}.`,
    xTitle: "Shoulder tolerance (gap as % of the shoulders' average)",
    yTitle: "Swing-point rule",
  };
}

/**
 * Breakouts found since the data's start, by swing rule and shoulder tolerance.
 *
 * @example
 * showFigure(sweepCountFigure(data.rut, sweep, DEFAULTS));
 */
export function sweepCountFigure(rut: LoadedSeries, sweep: HeadAndShouldersSweep, params: Parameters): Figure {
  const { columns, ...frame } = sweepFrame(rut, sweep, params);
  return sensitivityHeatmap(columns, sweep.rowLabels, sweep.count, {
    ...frame,
    title: `Inverse head-and-shoulders breakouts found since ${rut.series.dates[0].slice(0, 4)}, by swing rule and shoulder tolerance`,
    height: 560,
    zTitle: "Breakouts",
    zDecimals: 0,
  });
}

/**
 * The mean forward return after those breakouts, by swing rule and shoulder tolerance.
 *
 * @example
 * showFigure(sweepReturnFigure(data.rut, sweep, DEFAULTS));
 */
export function sweepReturnFigure(rut: LoadedSeries, sweep: HeadAndShouldersSweep, params: Parameters): Figure {
  const { columns, ...frame } = sweepFrame(rut, sweep, params);
  return sensitivityHeatmap(columns, sweep.rowLabels, sweep.meanForwardReturn, {
    ...frame,
    title: `Mean ${sweep.label} return after those breakouts`,
    height: 560,
    zTitle: `Mean ${sweep.label} return (%)`,
    zUnit: "%",
    zMid: 0,
    second: { name: "breakouts with a full horizon", values: sweep.complete },
  });
}

/**
 * 001-2: the closes and their 20-, 50- and 200-day averages over the charted period, a
 * marker at every crossing of the tested pairs.
 *
 * @example
 * showFigure(averagesFigure(data.rut, signals, DEFAULTS));
 */
export function averagesFigure(rut: LoadedSeries, s: SignalMeasurement, params: Parameters): Figure {
  const { zoomFrom: from, zoomTo: to } = params;
  const zoom = sliceByDate(rut.series, from, to);
  const styles = [{ dash: "dot" }, { color: "#e08a00" }, { color: "#8250df" }];
  return lineChart([
    { name: "close", dates: zoom.dates, values: zoom.close, color: "#1f4e79" },
    ...CHARTED_AVERAGES.map((window, k) => ({
      name: `${window}-day average`, dates: zoom.dates, values: sliceColumnByDate(rut.series, rollingMean(rut.series.close, window), from, to), ...styles[k],
    })),
  ], {
    title: "Russell 2000 and its 20-, 50- and 200-day averages, with every crossing",
    caption: captionFor(rut, from, to),
    yTitle: "Index points",
    height: 520,
    events: s.crossings.map((c) => ({ date: c.date, text: `${c.pair}: ${c.direction === "up" ? "bullish" : "bearish"} cross` })),
    eventName: "crossings",
  });
}

/**
 * 001-3: MACD and its signal line over the charted period, a marker at each bullish
 * crossover above zero.
 *
 * @example
 * showFigure(macdFigure(data.rut, signals, DEFAULTS));
 */
export function macdFigure(rut: LoadedSeries, s: SignalMeasurement, params: Parameters): Figure {
  const { zoomFrom: from, zoomTo: to } = params;
  const dates = sliceByDate(rut.series, from, to).dates;
  return lineChart([
    { name: "MACD", dates, values: sliceColumnByDate(rut.series, s.macd.macd, from, to), color: "#1f4e79" },
    { name: "signal (9-day EMA of MACD)", dates, values: sliceColumnByDate(rut.series, s.macd.signal, from, to), color: "#e08a00" },
  ], {
    title: "Russell 2000 MACD (12, 26, 9) and its signal line; markers at bullish crossovers above zero",
    caption: captionFor(rut, from, to),
    yTitle: "MACD (index points)",
    zeroLine: true,
    events: bullishAboveZero(s.macdCrossings).map((c) => ({ date: c.date, text: `bullish crossover, MACD ${c.macd.toFixed(1)}` })),
    eventName: "bullish crossovers above zero",
  });
}

function chartedRows(rut: LoadedSeries, d: ArticleDating, params: Parameters): number[] {
  const dates = rut.series.dates;
  const first = Math.min(lowerBound(dates, params.zoomFrom), d.rows[0] ?? Infinity);
  const end = Math.max(upperBound(dates, params.zoomTo), (d.rows[d.rows.length - 1] ?? -1) + 1);
  return Array.from({ length: Math.max(0, end - first) }, (_, k) => first + k);
}

/**
 * The dating: each piece of evidence on every day of the charted period (and of the window,
 * if it reaches outside), and the days when all of it holds.
 *
 * @example
 * showFigure(datingFigure(data.rut, dating, DEFAULTS));
 */
export function datingFigure(rut: LoadedSeries, d: ArticleDating, params: Parameters): Figure {
  const rows = chartedRows(rut, d, params);
  const pick = (holds: ArrayLike<number>) => rows.map((row) => holds[row]);
  const inWindow = new Set(d.rows);
  const dates = rows.map((row) => rut.series.dates[row]);
  return conditionTimeline(dates, [
    ...d.fit.conditions.map((c) => ({ name: c.name, holds: pick(c.holds) })),
    { name: d.source === "evidence" ? "article window: all of the above" : "article date (set by articleDate)", holds: rows.map((row) => inWindow.has(row)) },
  ], {
    title: "When does the article's own evidence date it?",
    caption: captionFor(rut, dates[0], dates[dates.length - 1]),
  });
}

/**
 * Claims 001-2 to 001-5 on every day of the charted period, under the article window: how the
 * verdicts would move with the article's date.
 *
 * @example
 * showFigure(claimsByDayFigure(data.rut, inputs, dating, DEFAULTS));
 */
export function claimsByDayFigure(rut: LoadedSeries, inputs: WindowInputs, d: ArticleDating, params: Parameters): Figure {
  const rows = chartedRows(rut, d, params);
  const r = readWindow(inputs, rows, params);
  const inWindow = new Set(d.rows);
  const dates = rows.map((row) => rut.series.dates[row]);
  const recent = `in the last ${params.recentDays} trading days`;
  return conditionTimeline(dates, [
    { name: "article window", holds: rows.map((row) => inWindow.has(row)) },
    { name: `001-2: bullish average crossing ${recent}, no bearish`, holds: r.crossings.map((x) => x.holds === "yes") },
    { name: `001-3: bullish MACD crossover above zero ${recent}`, holds: r.macd.map((x) => x.holds === "yes") },
    { name: "001-4: growth ahead of value year to date", holds: r.growthValue.map((x) => x.holds !== "no" && x.holds !== "untestable") },
    { name: `001-4: growth about twice value (ratio ${params.ratioLow}–${params.ratioHigh})`, holds: r.growthValue.map((x) => x.holds === "yes") },
    { name: "001-5: behind the S&P 500 on most days so far this year", holds: r.lag.map((x) => x.holds === "yes") },
  ], {
    title: "The article's claims, day by day: which hold on each possible date",
    caption: `${captionFor(rut, dates[0], dates[dates.length - 1])}; IWO, IWN adjusted closes; ^GSPC`,
  });
}

function windowMarkers(d: ArticleDating): EventMarker[] {
  return d.spans.flatMap((s) => [{ date: s.startDate, text: "article window opens" }, { date: s.endDate, text: "article window closes" }]);
}

function ytdCaption(data: StudyData, params: Parameters): string {
  const { from, to } = yearRange(params);
  return `${captionFor(data.iwo, from, to)}; ${captionFor(data.iwn, from, to)}`;
}

/**
 * 001-4: growth and value ETFs' total return year to date, the article window marked.
 *
 * @example
 * showFigure(growthValueFigure(data, gv, dating, DEFAULTS));
 */
export function growthValueFigure(data: StudyData, gv: GrowthValue, d: ArticleDating, params: Parameters): Figure {
  return lineChart([
    { name: "growth (IWO)", dates: gv.paths.dates, values: gv.paths.a, color: "#1a7f37" },
    { name: "value (IWN)", dates: gv.paths.dates, values: gv.paths.b, color: "#8250df" },
  ], {
    title: `Russell 2000 growth vs value ETFs: total return year to date, ${params.patternYear}`,
    caption: ytdCaption(data, params),
    yTitle: `Total return since the last close of ${params.patternYear - 1} (%)`,
    unit: "%",
    zeroLine: true,
    events: windowMarkers(d),
    eventName: "article window",
  });
}

/**
 * 001-4: growth's year-to-date return over value's, with the "about twice" band.
 *
 * @example
 * showFigure(ratioFigure(data, gv, dating, DEFAULTS));
 */
export function ratioFigure(data: StudyData, gv: GrowthValue, d: ArticleDating, params: Parameters): Figure {
  const { dates } = gv.paths;
  const level = (value: number) => dates.map(() => value);
  return lineChart([
    { name: "growth return / value return", dates, values: gv.ratio, color: "#1f4e79" },
    { name: `about twice: ${params.ratioLow}`, dates, values: level(params.ratioLow), dash: "dash", color: "#6e7781" },
    { name: `about twice: ${params.ratioHigh}`, dates, values: level(params.ratioHigh), dash: "dash", color: "#6e7781" },
  ], {
    title: `How many times value's year-to-date return did growth make? (drawn where value is up ${formatShare(params.minValueReturn, 1)} or more)`,
    caption: ytdCaption(data, params),
    yTitle: "Growth YTD / value YTD (ratio)",
    events: windowMarkers(d),
    eventName: "article window",
  });
}

/**
 * 001-5: the year-to-date price return of the Russell 2000, the S&P 500 and the Nasdaq
 * Composite, the article window marked.
 *
 * @example
 * showFigure(largeCapsFigure(data, dating, DEFAULTS));
 */
export function largeCapsFigure(data: StudyData, d: ArticleDating, params: Parameters): Figure {
  const { from, to } = yearRange(params);
  const line = (loaded: LoadedSeries, name: string, color: string) => {
    const path = yearToDatePath(loaded.series, params.patternYear);
    return { name, dates: path.dates, values: path.values, color };
  };
  return lineChart([
    line(data.rut, "Russell 2000", "#1f4e79"),
    line(data.spx, "S&P 500", "#cf222e"),
    line(data.nasdaq, "Nasdaq Composite", "#8250df"),
  ], {
    title: `Year-to-date price return, ${params.patternYear}: Russell 2000 vs S&P 500 vs Nasdaq Composite`,
    caption: `${captionFor(data.rut, from, to)}; ${captionFor(data.spx, from, to)}; ${captionFor(data.nasdaq, from, to)}`,
    yTitle: `Return since the last close of ${params.patternYear - 1} (%)`,
    unit: "%",
    zeroLine: true,
    height: 520,
    events: windowMarkers(d),
    eventName: "article window",
  });
}

/**
 * 001-6: volume and range on each reconstitution day against the prior days' median.
 *
 * @example
 * showFigure(reconstitutionFigure(data, recon, DEFAULTS));
 */
export function reconstitutionFigure(data: StudyData, r: ReconstitutionActivity, params: Parameters): Figure {
  const bars = reconstitutionBars(r);
  const first = r.days[0];
  const last = r.days[r.days.length - 1];
  return groupedBars(bars.years, [
    { name: "IWM volume", values: bars.etfVolume, color: "#1f4e79" },
    { name: "^RUT members' volume", values: bars.indexVolume, color: "#6cb6ff" },
    { name: "^RUT high-low range", values: bars.indexRange, color: "#e08a00" },
  ], {
    title: `Reconstitution days ${first.slice(0, 4)}–${last.slice(0, 4)}: volume and range against the prior ${params.lookback} trading days`,
    caption: `${captionFor(data.iwm, first, last)}; ${captionFor(data.rut, first, last)}`,
    xTitle: "Reconstitution year",
    yTitle: `Ratio to the median of the prior ${params.lookback} days (x)`,
    unit: "x",
    height: 520,
    references: [
      { name: "a normal day = 1", value: 1, dash: "solid" },
      { name: `IWM volume: 9 ordinary days in 10 below ${r.etf.ordinary.volumeRatio.p90.toFixed(2)}`, value: r.etf.ordinary.volumeRatio.p90 },
    ],
  });
}
