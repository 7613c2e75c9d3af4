import type { Figure } from "../../charts/figure";
import { lineChart } from "../../charts/line-chart";
import { captionFor } from "../../data/provenance";
import { sliceByDate } from "../../series/daily-series";
import { periodExtreme } from "../../series/period-extreme";
import type { StudyData } from "./data";
import type { Parameters } from "./parameters";
import { articleReconstitutionDay } from "./reconstitution-days";

/** Where the context chart starts: a few months before the November 2021 record. */
export const CONTEXT_FROM = "2021-06-01";

/**
 * The Russell 2000 from before its November 2021 record to the end of the forecast year, with
 * the dates the claims turn on marked: the record, the October 2023 low, the article's last
 * possible day and the reconstitution it anticipates.
 *
 * @example
 * showFigure(contextFigure(loadData(defaults), defaults));
 */
export function contextFigure(
  data: StudyData, params: Pick<Parameters, "peakFrom" | "peakTo" | "rallyLowFrom" | "rallyLowTo" | "forecastYear" | "articleTo">,
): Figure {
  const to = `${params.forecastYear}-12-31`;
  const rut = sliceByDate(data.rut.series, CONTEXT_FROM, to);
  const peak = periodExtreme(data.rut.series, params.peakFrom, params.peakTo, "max");
  const low = periodExtreme(data.rut.series, params.rallyLowFrom, params.rallyLowTo, "min");
  return lineChart([{ name: "Russell 2000 close", dates: rut.dates, values: rut.close }], {
    title: "Russell 2000, mid-2021 to the end of the forecast year",
    caption: captionFor(data.rut, CONTEXT_FROM, to),
    yTitle: "Close (index points)",
    events: [
      { date: peak.date, text: `record close ${peak.value.toFixed(2)} (the peak of 003-1)` },
      { date: low.date, text: `October 2023 low ${low.value.toFixed(2)} (start of the rally of 003-2)` },
      { date: params.articleTo, text: "last day the article could have been written (day before the reconstitution)" },
      { date: articleReconstitutionDay(params), text: "June reconstitution (003-5)" },
    ],
    eventName: "dates in the article",
  });
}
