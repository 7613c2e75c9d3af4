import { statementResult, type ClaimResult } from "../../claims/claim";
import { formatPercent, formatPoints, formatShare } from "../../claims/format";
import type { Holds } from "../../claims/verdict";
import type { PairedReturn } from "../../charts/paired-bars";
import type { LoadedSeries } from "../../data/load";
import { firstDailyIndex, horizonCanStart } from "../../series/daily-from";
import { lowerBound } from "../../series/daily-series";
import { horizonLabel, type Horizon } from "../../series/horizon";
import { claimSpec } from "./claims";
import type { StudyData } from "./data";
import { pairedForwardReturns, winShare, type PairedOutcome, type WinShare } from "./paired-outcomes";
import type { ReadingTroughs, TroughReturns } from "./trough-returns";
import type { TroughDefinition } from "./troughs";

/**
 * "Most rallies": value must have beaten growth in more than this share of the complete
 * one-year windows after troughs (exactly half is not most).
 */
export const MOST_SHARE = 0.5;

/**
 * The horizon on month-end rows (the FRED indexes before 1993-06): a calendar year from the
 * month-end on or after the trough, since counting rows there would count months.
 */
export const MONTH_END_HORIZON: Horizon = { calendar: { months: 12 } };

/** One trough's value-against-growth year: where it was measured, at what frequency, and the pair. */
export interface StyleOutcome {
  trough: string;
  /** "FRED RU2000VTR/RU2000GTR" (the indexes) or "iShares IWN/IWO" (the ETFs). */
  source: string;
  /** The rows the entry was read on: month-end values, or daily closes. */
  frequency: "month-end" | "daily";
  /** The horizon's label: the study's horizon on daily rows, a calendar year on month-end rows. */
  horizon: string;
  /** a = value, b = growth. */
  pair: PairedOutcome;
}

/**
 * The value-against-growth year after a trough, from the first source that covers it whole:
 * the FRED total-return indexes (from 1978 to 2019-01-10), else the ETFs (adjusted closes, from
 * 2000-07-28), else null (out of reach). Month-end rows get {@link MONTH_END_HORIZON}, never a
 * count of trading days.
 *
 * @example
 * styleOutcome(data, "1987-10-28", { tradingDays: 252 }); // FRED, month-end, 1987-10-31 to 1988-10-31
 * styleOutcome(data, "2020-03-18", { tradingDays: 252 }); // iShares IWN/IWO, daily
 */
export function styleOutcome(data: StudyData, trough: string, horizon: Horizon): StyleOutcome | null {
  const sources = [
    { source: "FRED RU2000VTR/RU2000GTR", value: data.valueIndex, growth: data.growthIndex },
    { source: "iShares IWN/IWO", value: data.iwn, growth: data.iwo },
  ];
  let fallback: StyleOutcome | null = null;
  for (const { source, value, growth } of sources) {
    const measured = measuredOn(value, growth, trough, horizon, source);
    if (measured && measured.pair.winner !== null) return measured;
    fallback ??= measured;
  }
  return fallback;
}

function measuredOn(value: LoadedSeries, growth: LoadedSeries, trough: string, horizon: Horizon, source: string): StyleOutcome | null {
  const i = lowerBound(value.series.dates, trough);
  const monthEnd = i < value.series.dates.length && !horizonCanStart(value.series, i, horizon);
  const used = monthEnd ? MONTH_END_HORIZON : horizon;
  const [pair] = pairedForwardReturns(value.series, growth.series, [trough], used).outcomes;
  if (!pair) return null;
  const frequency = lowerBound(value.series.dates, pair.a.startDate) < firstDailyIndex(value.series) ? "month-end" : "daily";
  return { trough, source, frequency, horizon: horizonLabel(used), pair };
}

/** Value against growth after the troughs of one definition. */
export interface StyleReading {
  definition: TroughDefinition;
  label: string;
  outcomes: StyleOutcome[];
  /** Troughs no source reaches. */
  outOfReach: string[];
  share: WinShare;
}

/**
 * Value against growth after each rule's troughs (those of 004-6), the chosen rule first in `chosen`.
 *
 * @example
 * measureValueGrowth(data, m).chosen.share.wins;
 */
export interface ValueGrowth {
  readings: StyleReading[];
  chosen: StyleReading;
}

/**
 * Pairs small-cap value and growth over the year after every trough of every rule of 004-6.
 *
 * @example
 * const vg = measureValueGrowth(data, measureTroughs(data, DEFAULTS));
 * vg.chosen.outcomes.map((o) => [o.trough, o.source, o.pair.winner]);
 */
export function measureValueGrowth(data: StudyData, m: TroughReturns): ValueGrowth {
  const readings = m.rules.map((rule) => styleReading(data, rule, m.horizon));
  return { readings, chosen: readings[m.rules.indexOf(m.chosen)] };
}

function styleReading(data: StudyData, rule: ReadingTroughs, horizon: Horizon): StyleReading {
  const outcomes: StyleOutcome[] = [];
  const outOfReach: string[] = [];
  for (const t of rule.troughs) {
    const outcome = styleOutcome(data, t.troughDate, horizon);
    if (outcome) outcomes.push(outcome);
    else outOfReach.push(t.troughDate);
  }
  return { definition: rule.definition, label: rule.label, outcomes, outOfReach, share: winShare(outcomes.map((o) => o.pair)) };
}

/**
 * The table of the chosen rule: each trough, the source and frequency used, entry and exit,
 * both returns (fractions), the gap in percentage points, and which rose more.
 *
 * @example
 * showTable(valueGrowthRows(vg), { percent: ["value", "growth"] });
 */
export function valueGrowthRows(vg: ValueGrowth): Record<string, number | string>[] {
  return vg.chosen.outcomes.map(({ trough, source, frequency, horizon, pair }) => ({
    trough,
    source,
    rows: frequency,
    horizon,
    entry: pair.a.startDate,
    exit: pair.a.endDate,
    value: pair.a.value ?? `open: ${formatPercent(pair.a.toDate)} so far`,
    growth: pair.b.value ?? `open: ${formatPercent(pair.b.toDate)} so far`,
    "value minus growth": pair.difference === null ? "" : formatPoints(pair.difference),
    "rose more": pair.winner === "a" ? "value" : pair.winner === "b" ? "growth" : pair.winner ?? "open",
  }));
}

/**
 * The complete pairs of the chosen rule, for pairedBars.
 *
 * @example
 * pairedBars(valueGrowthBars(vg), { names: ["value", "growth"], ... });
 */
export function valueGrowthBars(vg: ValueGrowth): PairedReturn[] {
  return vg.chosen.outcomes
    .filter((o) => o.pair.winner !== null)
    .map(({ trough, source, frequency, pair }) => ({ label: trough, a: pair.a.value as number, b: pair.b.value as number, text: `${pair.a.startDate} to ${pair.a.endDate}, ${source} (${frequency})` }));
}

/**
 * One row per rule: troughs measured, wins each way, value's share, troughs out of reach.
 *
 * @example
 * showTable(valueGrowthShareRows(vg));
 */
export function valueGrowthShareRows(vg: ValueGrowth): Record<string, number | string>[] {
  return vg.readings.map((r) => ({
    reading: r.label + (r === vg.chosen ? " (the default)" : ""),
    "troughs measured": r.share.complete,
    "value won": r.share.wins,
    "growth won": r.share.losses,
    "value's share": r.share.complete > 0 ? formatShare(r.share.share) : "–",
    "out of reach": r.outOfReach.join(", ") || "none",
  }));
}

/**
 * How far "value beat growth in most rallies" holds: "yes" when value won more than
 * {@link MOST_SHARE} of the chosen reading's complete years, "partly" when only another reading
 * gives value a majority, "no" when none does; "untestable" when the chosen reading has no
 * complete year.
 *
 * @example
 * valueGrowthHolds(winShare(standard), [winShare(bounce)]); // "partly" if only the bounce reading favours value
 */
export function valueGrowthHolds(chosen: WinShare, others: readonly WinShare[]): Holds {
  if (chosen.complete === 0) return "untestable";
  if (chosen.share > MOST_SHARE) return "yes";
  return others.some((s) => s.complete > 0 && s.share > MOST_SHARE) ? "partly" : "no";
}

/**
 * 004-7: small-cap value beat growth in most one-year rallies after troughs.
 *
 * @example
 * claimValueGrowth(vg).measured; // "value won 6 of 12 (record to record, fall 20%); ..."
 */
export function claimValueGrowth(vg: ValueGrowth): ClaimResult {
  const { chosen } = vg;
  const others = vg.readings.filter((r) => r !== chosen);
  const wins = (r: StyleReading) => `value won ${r.share.wins} of ${r.share.complete}`;
  const measured = `${wins(chosen)} (${chosen.label}); other rules: ${others.map((r) => `${wins(r)} (${r.label})`).join("; ")}`;
  const bySource = (source: string, frequency: string) => chosen.outcomes.filter((o) => o.source === source && o.frequency === frequency);
  const parts = [
    ["FRED RU2000VTR/RU2000GTR", "month-end"],
    ["FRED RU2000VTR/RU2000GTR", "daily"],
    ["iShares IWN/IWO", "daily"],
  ].map(([source, frequency]) => {
    const used = bySource(source, frequency);
    return used.length === 0 ? "" : `${source}, ${frequency} rows, ${used[0].horizon}: ${used.map((o) => o.trough).join(", ")}`;
  }).filter(Boolean);
  const note = `Total returns of small-cap value against growth over the year after each trough of 004-6 (${chosen.label}); "most" needs more than ${formatShare(MOST_SHARE)}. `
    + `Sources by trough: ${parts.join("; ")}. Month-end rows get a calendar year from the month-end on or after the trough, never a count of trading days. `
    + (chosen.outOfReach.length > 0 ? `Out of reach: ${chosen.outOfReach.join(", ")}. ` : "")
    + `Value's share: ${vg.readings.map((r) => `${r.share.complete > 0 ? formatShare(r.share.share) : "n/a"} (${r.label})`).join(", ")}.`;
  return statementResult(claimSpec("004-7"), measured, valueGrowthHolds(chosen.share, others.map((r) => r.share)), note);
}
