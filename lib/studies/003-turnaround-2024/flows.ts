import { statementResult, untestableResult, type ClaimResult } from "../../claims/claim";
import { formatPercent } from "../../claims/format";
import { isUnusual, SIGNIFICANT_PERCENTILE } from "../../claims/thresholds";
import type { Holds } from "../../claims/verdict";
import { loadFlows, type FundFlows } from "../../data/flows";
import { OUTFLOW_SIGNAL } from "./claims";
import type { StudyData } from "./data";
import { flowSignalStudy, type FlowSignalStudy } from "./flow-signal";
import type { Parameters } from "./parameters";

/** The parameters 003-3 reads. */
export type FlowsParameters = Pick<
  Parameters,
  "flowsFile" | "flowWindow" | "flowPercentile" | "flowMinHistory" | "flowSpacing" | "entryLag" | "flowHorizonDays" | "seed"
>;

/** 003-3's measurements: the flows read from the supplied file and the signal's event study. */
export interface FlowsMeasurement {
  flows: FundFlows;
  result: FlowSignalStudy;
}

/**
 * The contrarian outflow signal on IWM, when a flows file is supplied (`flowsFile`); null
 * without one, so the claim is reported as not testable.
 *
 * @example
 * measureFlows(data, { ...defaults, flowsFile: "data/cache/iwm-shares.csv" })?.result.entries.length;
 */
export function measureFlows(data: StudyData, params: FlowsParameters): FlowsMeasurement | null {
  if (params.flowsFile === "") return null;
  const flows = loadFlows(params.flowsFile, data.iwm.series);
  const result = flowSignalStudy(data.iwm.series, flows, {
    window: params.flowWindow,
    percentile: params.flowPercentile,
    minHistory: params.flowMinHistory,
    spacing: params.flowSpacing,
    entryLag: params.entryLag,
    horizons: [{ tradingDays: params.flowHorizonDays }],
    seed: params.seed,
  });
  return { flows, result };
}

/**
 * How far "extreme outflows are a buy signal" holds: yes when the signal's mean return is
 * positive and unusual against random entry sets (percentile at least SIGNIFICANT_PERCENTILE,
 * lib/claims/thresholds), partly when it is only positive, no otherwise; untestable without a
 * complete outcome.
 *
 * @example
 * flowSignalHolds({ mean: 0.04, percentile: 97 }); // "yes"
 * flowSignalHolds({ mean: 0.04, percentile: 60 }); // "partly"
 */
export function flowSignalHolds(outcome: { mean: number; percentile: number } | null): Holds {
  if (!outcome) return "untestable";
  if (outcome.mean <= 0) return "no";
  return isUnusual(outcome.percentile) ? "yes" : "partly";
}

/**
 * 003-3: IWM after extreme 65-day outflows, against random entry days; not testable without a
 * flows file, with the data that would test it named.
 *
 * @example
 * claimFlows(null, defaults).verdict; // "not testable"
 */
export function claimFlows(m: FlowsMeasurement | null, params: FlowsParameters): ClaimResult {
  const { flowWindow, flowPercentile, flowSpacing, entryLag, flowHorizonDays, flowMinHistory } = params;
  if (!m) {
    return untestableResult(OUTFLOW_SIGNAL,
      "IWM's daily shares outstanding from its issuer's (iShares) fund history, or daily net flows, supplied as a flows CSV (docs/flows-csv.md) through the flowsFile parameter",
      `The study is ready: ${flowWindow}-day rolling flows, signal below the ${flowPercentile}th percentile of past sums, ${flowSpacing} days apart, `
      + `entry ${entryLag} day(s) later, ${flowHorizonDays}-day forward returns vs random entries.`);
  }
  const { flows, result } = m;
  const horizon = result.study.horizons[0];
  const s = horizon.summary;
  const b = result.baseline;
  return statementResult(OUTFLOW_SIGNAL,
    s.n > 0 ? `mean ${formatPercent(s.mean)} over ${horizon.label} after ${s.n} signals; beats ${b ? b.percentile.toFixed(0) : "n/a"}% of random entry sets` : "no complete signal outcome",
    flowSignalHolds(b ? { mean: s.mean, percentile: b.percentile } : null),
    `Flows from ${flows.file} (${flows.method}). ${flowWindow}-day sum below the ${flowPercentile}th percentile of past sums (after ${flowMinHistory} sums), `
    + `entry ${entryLag} day(s) later on IWM (adjusted close); a buy signal if the mean is positive and beats ${SIGNIFICANT_PERCENTILE}% of random entry sets.`);
}
