import type { Figure } from "../../charts/figure";
import { groupedBars } from "../../charts/grouped-bars";
import { lineChart } from "../../charts/line-chart";
import { scatterWithFit } from "../../charts/scatter-with-fit";
import { formatPercent, formatPoints, formatShare } from "../../claims/format";
import { captionFor } from "../../data/provenance";
import type { StudyData } from "./data";
import { relativeByYieldDirection } from "./yield-regimes";
import type { YieldSteps } from "./yield-steps";
import { CONFIRMED_SHARE, MIN_CORRELATION, MIN_STEPS_PER_YEAR, ROUGHLY_SHARE, showingByStart, stepWord, type Yields, type YieldsParameters } from "./yields";
import type { Table } from "./table";

function sources(data: StudyData, m: Yields, from?: string): string {
  return `${captionFor(data.rut, from)}; ${captionFor(data.gspc, from)}; ${captionFor(m.yields, from)}`;
}

function stepsScatter(st: YieldSteps, from: string, data: StudyData, m: Yields, params: YieldsParameters): Figure {
  const word = stepWord(params.stepDays);
  return scatterWithFit(
    { x: st.yieldChange, y: st.relative, labels: st.startDates.map((d, k) => `${d} to ${st.endDates[k]}`) },
    {
      title: `Small caps minus large caps vs the change in the 10-year yield, ${word} steps from ${st.startDates[0]}`,
      caption: sources(data, m, from),
      xTitle: `Change in the 10-year yield (${m.yields.info.id}, percentage points)`,
      yTitle: "Russell 2000 minus S&P 500 return (percentage points)",
      yUnit: "pp",
      pointsName: `${word} steps`,
    });
}

/**
 * The steps as scatter charts with their fitted line: the whole history, then the recent regime.
 *
 * @example
 * yieldScatterFigures(m, data, defaults).forEach(showFigure);
 */
export function yieldScatterFigures(m: Yields, data: StudyData, params: YieldsParameters): Figure[] {
  return [stepsScatter(m.steps, params.ratesFrom, data, m, params), stepsScatter(m.recentSteps, params.recentFrom, data, m, params)];
}

/**
 * The rolling correlation of the yield's change with the small-cap lead.
 *
 * @example
 * showFigure(rollingCorrelationFigure(m, data, defaults));
 */
export function rollingCorrelationFigure(m: Yields, data: StudyData, params: YieldsParameters): Figure {
  return lineChart([{ name: `correlation over ${params.corrWindow} ${stepWord(params.stepDays)} steps`, dates: m.steps.endDates, values: m.rolling }], {
    title: "Rolling correlation of the yield's change with the small-cap lead (below 0 = falling yields favour small caps)",
    caption: sources(data, m, params.ratesFrom),
    yTitle: "Correlation (-1 to 1)",
    zeroLine: true,
    events: [{ date: params.recentFrom, text: "start of the recent regime" }, { date: params.articleTo, text: "article" }],
    eventName: "markers",
  });
}

/**
 * The small-cap lead split by the yield's direction, whole history and recent regime.
 *
 * @example
 * yieldDirectionTable(m, defaults).rows; // falling / rising rows per period
 */
export function yieldDirectionTable(m: Yields, params: YieldsParameters): Table {
  const periods = [{ period: `from ${m.steps.startDates[0]}`, st: m.steps }, { period: `from ${m.recentSteps.startDates[0]}`, st: m.recentSteps }];
  return [
    periods.flatMap((p) => relativeByYieldDirection(p.st).filter((g) => g.relative.n > 0).map((g) => ({
      period: p.period, "yield": g.direction, steps: g.relative.n,
      "mean small minus large": g.relative.mean, "small caps ahead (share of steps)": g.relative.hitRate,
    }))),
    {
      caption: `Small-cap lead in ${stepWord(params.stepDays)} steps, split by the direction of ${m.yields.info.id}. ${captionFor(m.yields, params.ratesFrom)}`,
      points: ["mean small minus large"],
      shares: ["small caps ahead (share of steps)"],
      decimals: 2,
    },
  ];
}

/**
 * The whole history and the recent regime in one paragraph.
 *
 * @example
 * showMarkdown(yieldsSummary(m, defaults));
 */
export function yieldsSummary(m: Yields, params: YieldsParameters): string {
  const { full, recent } = m;
  const points = (fraction: number) => formatPoints(fraction, 2);
  return `Whole history: correlation **${full.correlation.toFixed(2)}** over ${full.n} steps; mean lead ${points(full.fallingMean)} when yields fell `
    + `vs ${points(full.risingMean)} when they rose. Since ${params.recentFrom}: correlation **${recent.correlation.toFixed(2)}**, `
    + `${points(recent.fallingMean)} vs ${points(recent.risingMean)}.`;
}

/**
 * The correlation year by year, as bars.
 *
 * @example
 * showFigure(yearCorrelationFigure(m, data, defaults));
 */
export function yearCorrelationFigure(m: Yields, data: StudyData, params: YieldsParameters): Figure {
  return groupedBars(m.byYear.map((y) => String(y.year)), [{ name: `correlation of ${stepWord(params.stepDays)} steps within the year`, values: m.byYear.map((y) => y.correlation) }], {
    title: "Year by year: correlation of the yield's change with the small-cap lead (below 0 = fits the claim)",
    caption: `${sources(data, m, params.ratesFrom)}. Years with fewer than ${MIN_STEPS_PER_YEAR} steps are left blank.`,
    xTitle: "Calendar year",
    yTitle: "Correlation (-1 to 1)",
    references: [{ name: "no relation = 0", value: 0, dash: "solid" }],
  });
}

/**
 * How many years had a negative correlation, and which.
 *
 * @example
 * showMarkdown(negativeYearsText(m));
 */
export function negativeYearsText(m: Yields): string {
  const measured = m.byYear.filter((y) => !Number.isNaN(y.correlation)).length;
  return `The correlation was below zero in **${m.negativeYears.length} of ${measured} years**: ${m.negativeYears.join(", ") || "none"}.`;
}

/**
 * Each rising or falling spell of the yield as a point: the yield's move and the small-cap lead.
 *
 * @example
 * showFigure(spellsFigure(m, data, defaults));
 */
export function spellsFigure(m: Yields, data: StudyData, params: YieldsParameters): Figure {
  const { spells } = m;
  return scatterWithFit(
    {
      x: spells.map((s) => s.yieldChange),
      y: spells.map((s) => s.relative),
      labels: spells.map((s) => `${s.direction} ${s.fromDate} to ${s.toDate}${s.confirmed ? "" : " (not yet confirmed)"}`),
    },
    {
      title: `Yield spells of at least ${params.spellThreshold} pp: the yield's move vs the small-cap lead over the spell`,
      caption: sources(data, m, params.ratesFrom),
      xTitle: `Change in ${m.yields.info.id} over the spell (percentage points)`,
      yTitle: "Russell 2000 minus S&P 500 over the spell (pp)",
      yUnit: "pp",
      pointsName: "spells",
    });
}

/**
 * The spells of the recent regime.
 *
 * @example
 * spellsTable(m, defaults).rows; // spells ending on or after 2022-01-01
 */
export function spellsTable(m: Yields, params: YieldsParameters): Table {
  const id = m.yields.info.id;
  return [
    m.spells.filter((s) => s.toDate >= params.recentFrom).map((s) => ({
      yield: s.direction, from: s.fromDate, to: s.toDate, [`${id} from`]: s.yieldFrom, [`${id} to`]: s.yieldTo,
      "Russell 2000": s.smallReturn, "S&P 500": s.largeReturn, difference: s.relative, confirmed: s.confirmed ? "yes" : "no (still running)",
    })),
    { caption: `Yield spells ending on or after ${params.recentFrom}. ${captionFor(m.yields, params.recentFrom)}`, percent: ["Russell 2000", "S&P 500"], points: ["difference"], decimals: 2 },
  ];
}

/**
 * Every reading of the test, one row each: the yield series, the step, the small-cap measure and
 * the start, the correlation, the mean outcome when the yield fell and rose, and whether the
 * reading shows the claimed relation; the default reading is marked.
 *
 * @example
 * yieldReadingsTable(m, data)[0].length; // 24 readings with the default parameters
 */
export function yieldReadingsTable(m: Yields, data: StudyData): Table {
  const threshold = `-${MIN_CORRELATION.toFixed(2)}`;
  // A reading's outcome is a difference of returns (points) or the index's own return (percent).
  const outcome = (r: Yields["readings"][number], value: number) => (r.measure === "relative" ? formatPoints(value, 2) : formatPercent(value, 2));
  return [
    m.readings.map((r) => ({
      yield: r.yields, "step (days)": r.step, "small caps": r.measure === "relative" ? "minus S&P 500" : "alone", from: r.from, steps: r.relation.n,
      correlation: r.relation.correlation, "yield fell: mean outcome": outcome(r, r.relation.fallingMean), "yield rose: mean outcome": outcome(r, r.relation.risingMean),
      [`shows the claim (r ≤ ${threshold})`]: r.shows ? "yes" : "no", default: r.label === m.defaultLabel ? "default" : "",
    })),
    {
      caption: `Every reading of "falling yields favour small caps": ${m.tried.tried} readings, ${formatShare(m.tried.share)} show a correlation of ${threshold} or below. `
        + "Outcome per step: Russell 2000 minus S&P 500 return (percentage points) or the Russell 2000's own return (%). "
        + `${captionFor(data.yields)}; ${captionFor(data.otherYields)}`,
      decimals: 2,
    },
  ];
}

/**
 * The readings and the verdict rule in one paragraph: how many show the claim, per start, and
 * how many point the other way.
 *
 * @example
 * showMarkdown(yieldReadingsSummary(m));
 */
export function yieldReadingsSummary(m: Yields): string {
  const threshold = MIN_CORRELATION.toFixed(2);
  const contrary = m.readings.filter((r) => r.relation.correlation >= MIN_CORRELATION).length;
  const starts = showingByStart(m.readings).map((c) => `${c.showing} of ${c.readings} from ${c.from}`).join(", ");
  return `**${m.readings.filter((r) => r.shows).length} of ${m.tried.tried} readings (${formatShare(m.tried.share)})** show a correlation of -${threshold} or below `
    + `(${starts}); ${contrary} point the other way (${threshold} or above). The verdict needs ${formatShare(CONFIRMED_SHARE)} of the readings for *confirmed* `
    + `and ${formatShare(ROUGHLY_SHARE)} for *roughly*. The default reading (${m.defaultLabel}) ranks ${m.tried.defaultRank} of ${m.tried.tried} by the strength of the claimed relation.`;
}
