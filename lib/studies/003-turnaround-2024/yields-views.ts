import type { Figure } from "../../charts/figure";
import { groupedBars } from "../../charts/grouped-bars";
import { lineChart } from "../../charts/line-chart";
import { scatterWithFit } from "../../charts/scatter-with-fit";
import { captionFor } from "../../data/provenance";
import type { StudyData } from "./data";
import { relativeByYieldDirection } from "./yield-regimes";
import type { YieldSteps } from "./yield-steps";
import { fitsClaim, MIN_STEPS_PER_YEAR, stepWord, type Yields, type YieldsParameters } from "./yields";
import type { Table } from "./table";

function sources(data: StudyData, m: Yields, from?: string): string {
  return `${captionFor(data.rut, from)}; ${captionFor(data.gspc, from)}; ${captionFor(m.yields, from)}`;
}

function stepsScatter(st: YieldSteps, from: string, data: StudyData, m: Yields, params: YieldsParameters): Figure {
  const word = stepWord(params.stepDays);
  return scatterWithFit(
    { x: st.yieldChange, y: st.relative.map((v) => 100 * v), labels: st.startDates.map((d, k) => `${d} to ${st.endDates[k]}`) },
    {
      title: `Small caps minus large caps vs the change in the 10-year yield, ${word} steps from ${st.startDates[0]}`,
      caption: sources(data, m, from),
      xTitle: `Change in the 10-year yield (${m.yields.info.id}, percentage points)`,
      yTitle: "Russell 2000 minus S&P 500 return (percentage points)",
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
      "mean small minus large (pp)": 100 * g.relative.mean, "small caps ahead (% of steps)": Math.round(100 * g.relative.hitRate),
    }))),
    {
      caption: `Small-cap lead in ${stepWord(params.stepDays)} steps, split by the direction of ${m.yields.info.id}. ${captionFor(m.yields, params.ratesFrom)}`,
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
  const points = (fraction: number) => `${(100 * fraction).toFixed(2)} pp`;
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
      y: spells.map((s) => 100 * s.relative),
      labels: spells.map((s) => `${s.direction} ${s.fromDate} to ${s.toDate}${s.confirmed ? "" : " (not yet confirmed)"}`),
    },
    {
      title: `Yield spells of at least ${params.spellThreshold} pp: the yield's move vs the small-cap lead over the spell`,
      caption: sources(data, m, params.ratesFrom),
      xTitle: `Change in ${m.yields.info.id} over the spell (percentage points)`,
      yTitle: "Russell 2000 minus S&P 500 over the spell (pp)",
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
      "Russell 2000": s.smallReturn, "S&P 500": s.largeReturn, "difference (pp)": 100 * s.relative, confirmed: s.confirmed ? "yes" : "no (still running)",
    })),
    { caption: `Yield spells ending on or after ${params.recentFrom}. ${captionFor(m.yields, params.recentFrom)}`, percent: ["Russell 2000", "S&P 500"], decimals: 2 },
  ];
}

/**
 * Every reading of the test: both yield series, daily, weekly and monthly steps, both starts.
 *
 * @example
 * yieldReadingsTable(m, data).rows.length; // 12
 */
export function yieldReadingsTable(m: Yields, data: StudyData): Table {
  return [
    m.readings.map((r) => ({
      yield: r.yields, "step (days)": r.step, from: r.from, steps: r.relation.n, correlation: r.relation.correlation,
      "falling: mean lead (pp)": 100 * r.relation.fallingMean, "rising: mean lead (pp)": 100 * r.relation.risingMean,
      "fits the claim": fitsClaim(r.relation) ? "yes" : "no",
    })),
    {
      caption: `"Fits the claim" = negative correlation and a larger small-cap lead when yields fall. ${captionFor(data.yields)}; ${captionFor(data.otherYields)}`,
      decimals: 2,
    },
  ];
}
