import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatShare } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import type { PairedReturn } from "../../charts/paired-bars";
import { monthHorizon } from "../../series/month-horizon";
import { claimSpec } from "./claims";
import type { StudyData } from "./data";
import { pairedForwardReturns, winShare, type PairedForwardReturns, type WinShare } from "./paired-outcomes";
import type { Params } from "./params";
import { bearOptions, peakWords } from "./trough-returns";
import { bearMarketTroughs } from "./troughs";

/**
 * "Most rallies": value must have beaten growth in more than this share of the complete
 * one-year windows after troughs.
 */
export const MOST_SHARE = 0.5;

/** Value against growth after the troughs of one peak reading. */
export interface ValueGrowthReading {
  peak: "record" | "rally";
  paired: PairedForwardReturns;
  share: WinShare;
}

/**
 * Small-cap value (IWN) against growth (IWO) over the year after each trough, for both peak
 * readings, and the reading the parameters choose.
 *
 * @example
 * measureValueGrowth(data, DEFAULTS).readings.map((r) => r.share.wins);
 */
export interface ValueGrowth {
  readings: ValueGrowthReading[];
  chosen: ValueGrowthReading;
}

/**
 * Pairs the value and growth ETFs' returns over the year after each trough.
 *
 * @example
 * measureValueGrowth(data, params).chosen.paired.outcomes.filter((o) => o.winner === "a").length;
 */
export function measureValueGrowth(data: StudyData, params: Pick<Params, "fallPercent" | "recoveryPercent" | "peakMode" | "horizonUnit">): ValueGrowth {
  const options = bearOptions(params);
  const horizon = monthHorizon(12, params.horizonUnit);
  const readings = (["record", "rally"] as const).map((peak) => {
    const dates = bearMarketTroughs(data.rut.series, { ...options, peak }).map((t) => t.troughDate);
    const paired = pairedForwardReturns(data.iwn.series, data.iwo.series, dates, horizon);
    return { peak, paired, share: winShare(paired.outcomes) };
  });
  return { readings, chosen: readings.find((r) => r.peak === options.peak) ?? readings[0] };
}

/**
 * The table of the chosen reading: each trough, the ETFs' entry and exit, both returns and who won.
 *
 * @example
 * showTable(valueGrowthRows(vg), { percent: ["value (IWN)", "growth (IWO)", "value minus growth"] });
 */
export function valueGrowthRows(vg: ValueGrowth): Record<string, number | string>[] {
  return vg.chosen.paired.outcomes.map((o) => ({
    trough: o.date,
    "entry (ETF)": o.a.startDate,
    to: o.a.endDate,
    "value (IWN)": o.a.value ?? `open: ${formatPercent(o.a.toDate)} so far`,
    "growth (IWO)": o.b.value ?? `open: ${formatPercent(o.b.toDate)} so far`,
    "value minus growth": o.difference ?? "",
    "rose more": o.winner === "a" ? "value" : o.winner === "b" ? "growth" : o.winner ?? "open",
  }));
}

/**
 * The complete pairs of the chosen reading, for pairedBars.
 *
 * @example
 * pairedBars(valueGrowthBars(vg), { names: ["value (IWN)", "growth (IWO)"], ... });
 */
export function valueGrowthBars(vg: ValueGrowth): PairedReturn[] {
  return vg.chosen.paired.outcomes
    .filter((o) => o.winner !== null)
    .map((o) => ({ label: o.date, a: o.a.value as number, b: o.b.value as number, text: `${o.a.startDate} to ${o.a.endDate}` }));
}

/**
 * The table of both peak readings: troughs measured, wins each way, value's share, troughs out of reach.
 *
 * @example
 * showTable(valueGrowthShareRows(vg));
 */
export function valueGrowthShareRows(vg: ValueGrowth): Record<string, number | string>[] {
  return vg.readings.map((r) => ({
    "falls measured from": peakWords(r.peak),
    "troughs measured": r.share.complete,
    "value won": r.share.wins,
    "growth won": r.share.losses,
    "value's share": r.share.complete > 0 ? formatShare(r.share.share) : "–",
    "out of reach (before July 2000)": r.paired.outOfRange.join(", ") || "none",
  }));
}

/**
 * Whether "value won most of the time" holds across readings (definitions of the events): "yes"
 * when value won more than {@link MOST_SHARE} of the complete outcomes under every reading, "no"
 * under none, "partly" when the readings disagree; "untestable" when a reading has no complete
 * outcome (it cannot say either way).
 *
 * @example
 * majorityAcrossReadings([winShare(recordTroughs), winShare(rallyTroughs)]); // "partly"
 */
export function majorityAcrossReadings(shares: readonly WinShare[]): Holds {
  if (shares.length === 0) throw new Error("shares: empty (pass the win share of at least one reading)");
  if (shares.some((s) => s.complete === 0)) return "untestable";
  const majorities = shares.filter((s) => s.share > MOST_SHARE).length;
  return majorities === shares.length ? "yes" : majorities === 0 ? "no" : "partly";
}

/**
 * 004-7: value beat growth in most one-year rallies after troughs.
 *
 * @example
 * claimValueGrowth(vg, params).measured; // "record: value won 2 of 5; rally: value won 7 of 13"
 */
export function claimValueGrowth(vg: ValueGrowth, params: Pick<Params, "fallPercent" | "recoveryPercent">): ClaimResult {
  const measured = vg.readings.map((r) => `${r.peak}: value won ${r.share.wins} of ${r.share.complete}`).join("; ");
  const note = `IWN vs IWO adjusted closes (with dividends) over ${vg.chosen.paired.label} from each ^RUT trough since July 2000 (${params.fallPercent}%/${params.recoveryPercent}% bear markets, falls from the all-time high or from the rally high). `
    + `Troughs before July 2000 are out of reach: ${vg.readings.map((r) => r.paired.outOfRange.length).join(" and ")} of them. Those earlier rallies would need the Russell 2000 Value and Growth index histories (published back to 1979), which this data does not hold.`;
  return statementResult(claimSpec("004-7"), measured, majorityAcrossReadings(vg.readings.map((r) => r.share)), note);
}
