import type { Figure } from "../../charts/figure";
import { groupedBars } from "../../charts/grouped-bars";
import { formatNumber, formatPercent } from "../../claims/format";
import { captionFor } from "../../data/provenance";
import type { EventDayActivity } from "../../events/reconstitution-activity";
import type { StudyData } from "./data";
import { isElevated, type Reconstitution, type ReconstitutionParameters } from "./reconstitution-days";
import type { Table } from "./table";

function sources(m: Reconstitution, data: StudyData): string {
  const first = m.days[0];
  const last = m.days[m.days.length - 1];
  return `${captionFor(data.rut, first, last)}; ${captionFor(data.iwm, first, last)}`;
}

function iwmOn(m: Reconstitution): Map<string, EventDayActivity> {
  return new Map(m.iwm.events.map((e) => [e.date, e]));
}

/**
 * One row per reconstitution day: ^RUT's and IWM's volume and range against normal days.
 *
 * @example
 * reconstitutionTable(m, data, defaults).rows.length; // 22
 */
export function reconstitutionTable(m: Reconstitution, data: StudyData, params: ReconstitutionParameters): Table {
  const etf = iwmOn(m);
  const missing = m.rut.missing.length ? `. Not trading days in the data: ${m.rut.missing.join(", ")}` : "";
  return [
    m.rut.events.map((e) => {
      const i = etf.get(e.date);
      return {
        day: e.date, "^RUT volume (x normal)": e.volumeRatio, "volume percentile": Math.round(e.volumePercentile),
        "^RUT range (x normal)": e.rangeRatio, "range percentile": Math.round(e.rangePercentile),
        "IWM volume (x normal)": i ? i.volumeRatio : NaN, "IWM range (x normal)": i ? i.rangeRatio : NaN, "^RUT return": e.dayReturn,
      };
    }),
    {
      caption: `June reconstitution days ${params.reconFromYear}-${params.reconToYear}; ratios to the median of the ${params.reconLookback} prior trading days; `
        + `percentile (0-100) among all other days' ratios. ${sources(m, data)}${missing}`,
      percent: ["^RUT return"],
      decimals: 2,
    },
  ];
}

/**
 * Volume and range on each reconstitution day against the prior days, ^RUT beside IWM, with
 * ordinary days' 90th percentile as a reference: two bar charts.
 *
 * @example
 * reconstitutionFigures(m, data, defaults).forEach(showFigure);
 */
export function reconstitutionFigures(m: Reconstitution, data: StudyData, params: ReconstitutionParameters): Figure[] {
  const years = m.rut.events.map((e) => e.date.slice(0, 4));
  const etf = iwmOn(m);
  const lookback = params.reconLookback;
  const measures = [
    { key: "volumeRatio", what: "Volume", word: "volume" },
    { key: "rangeRatio", what: "Intraday range", word: "range" },
  ] as const;
  return measures.map(({ key, what, word }) => groupedBars(years, [
    { name: `^RUT ${word}`, values: m.rut.events.map((e) => e[key]) },
    { name: `IWM ${word}`, values: m.rut.events.map((e) => etf.get(e.date)?.[key] ?? NaN) },
  ], {
    title: `${what} on the June reconstitution day vs the ${lookback} days before it`,
    caption: sources(m, data),
    xTitle: "Reconstitution year",
    yTitle: `${what === "Volume" ? "Volume" : "Range"} / median of the prior ${lookback} days (x)`,
    unit: "x",
    references: [
      { name: "a normal day = 1", value: 1, dash: "solid" },
      { name: `^RUT ordinary days: 90th percentile (${m.rut.ordinary[key].p90.toFixed(2)}x)`, value: m.rut.ordinary[key].p90 },
    ],
  }));
}

/**
 * Reconstitution days against ordinary days, and the article's day, in one paragraph.
 *
 * @example
 * showMarkdown(reconstitutionSummary(m));
 */
export function reconstitutionSummary(m: Reconstitution): string {
  const { rut, iwm, dayRut, dayIwm, day } = m;
  const v = rut.ordinary.volumeRatio;
  const r = rut.ordinary.rangeRatio;
  const etf = dayIwm ? `; IWM volume ${dayIwm.volumeRatio.toFixed(2)}x, range ${dayIwm.rangeRatio.toFixed(2)}x` : "";
  return [
    `Across ${rut.events.length} reconstitution days, ^RUT volume was a median **${rut.eventSummary.volumeRatio.median.toFixed(2)}x** a normal day `
    + `(ordinary days: median ${v.median.toFixed(2)}x, 90th percentile ${v.p90.toFixed(2)}x); IWM's ${iwm.eventSummary.volumeRatio.median.toFixed(2)}x `
    + `(90th percentile ${iwm.ordinary.volumeRatio.p90.toFixed(2)}x). `,
    `The intraday range was a median **${rut.eventSummary.rangeRatio.median.toFixed(2)}x** (ordinary days: median ${r.median.toFixed(2)}x, `
    + `90th percentile ${r.p90.toFixed(2)}x): ${rangeWords(m)}. `,
    dayRut
      ? `On **${day}**: ^RUT volume ${dayRut.volumeRatio.toFixed(2)}x (above ${formatNumber(dayRut.volumePercentile, 1)}% of ordinary days), `
        + `range ${dayRut.rangeRatio.toFixed(2)}x (above ${formatNumber(dayRut.rangePercentile, 1)}%), close ${formatPercent(dayRut.dayReturn)}${etf}.`
      : `${day} is not in the studied years.`,
  ].join("");
}

function rangeWords(m: Reconstitution): string {
  if (isElevated(m.rut, "rangeRatio")) return "busier than 9 ordinary days in 10";
  const above = m.rut.eventSummary.rangeRatio.median > m.rut.ordinary.rangeRatio.median;
  return above ? "a shade above a typical day, nowhere near a volatile one" : "no wider than a typical day";
}
