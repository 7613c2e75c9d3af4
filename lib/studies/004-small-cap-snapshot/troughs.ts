import { checkCloses } from "../../series/checks";
import type { DailySeries } from "../../series/daily-series";
import { bearMarkets, recordBearMarkets, type BearMarket } from "../../series/drawdowns";
import type { EventRule } from "../../events/rule";

/**
 * How a bear market and its trough are dated:
 * - "record-to-record" (the standard chronology): a fall of at least `fall` from a record close,
 *   ending at the next record close; one trough per bear market, the lowest close in between;
 * - "record-bounce": a fall from the all-time high, ended by a rise of `recovery` from the low
 *   (the next bear market needs a new all-time high first);
 * - "rally-bounce": a fall from the highest close since the previous bear market ended, ended
 *   by a rise of `recovery` from the low.
 * The bounce rules split one bear market at its rallies (October 2008, then March 2009), or with
 * records keep an early low and never see the later, lower one.
 */
export const TROUGH_RULES = ["record-to-record", "record-bounce", "rally-bounce"] as const;
export type TroughRule = (typeof TROUGH_RULES)[number];

/**
 * One reading of "a trough": the rule, the fall that makes a bear market and, for the bounce
 * rules, the rise that ends it (fractions: 0.2 = 20%).
 *
 * @example
 * const standard: TroughDefinition = { rule: "record-to-record", fall: 0.2 };
 * const oldDefault: TroughDefinition = { rule: "record-bounce", fall: 0.2, recovery: 0.2 };
 */
export interface TroughDefinition {
  rule: TroughRule;
  fall: number;
  /** The rise from the low that ends a bear market under a bounce rule; unused by "record-to-record". */
  recovery?: number;
}

/**
 * One bear-market low, as the trough table shows it.
 *
 * @example
 * bearMarketTroughs(rutLong, { rule: "record-to-record", fall: 0.2 })[0].troughDate; // "1980-03-27"
 */
export interface Trough {
  peakIndex: number;
  peakDate: string;
  troughIndex: number;
  troughDate: string;
  /** The day the bear market ended (next record, or the bounce); null while it is still open. */
  recoveryIndex: number | null;
  recoveryDate: string | null;
  /** close[trough] / close[peak] - 1 (negative). */
  decline: number;
  /** True for the low of a bear market not yet ended: it may still be undercut. */
  provisional: boolean;
}

/**
 * The definition in words, for tables and notes.
 *
 * @example
 * troughLabel({ rule: "record-to-record", fall: 0.2 }); // "record to record, fall 20%"
 * troughLabel({ rule: "rally-bounce", fall: 0.2, recovery: 0.3 }); // "fall 20% from the rally high, 30% bounce"
 */
export function troughLabel(definition: TroughDefinition): string {
  const fall = percentText(definition.fall);
  if (definition.rule === "record-to-record") return `record to record, fall ${fall}`;
  const from = definition.rule === "record-bounce" ? "the record" : "the rally high";
  return `fall ${fall} from ${from}, ${percentText(bounceOf(definition))} bounce`;
}

/**
 * What the definition means, in a sentence a note can carry.
 *
 * @example
 * troughRuleText({ rule: "record-to-record", fall: 0.2 });
 * // "a bear market runs from a record close through a fall of at least 20% to the next record close; its trough is its lowest close"
 */
export function troughRuleText(definition: TroughDefinition): string {
  const fall = percentText(definition.fall);
  if (definition.rule === "record-to-record") {
    return `a bear market runs from a record close through a fall of at least ${fall} to the next record close; its trough is its lowest close`;
  }
  const from = definition.rule === "record-bounce" ? "the all-time high (the next one needs a new record first)" : "the highest close since the previous bear market";
  return `a bear market is a fall of at least ${fall} from ${from}, ended by a ${percentText(bounceOf(definition))} rise from its low; its trough is the lowest close before that rise`;
}

/**
 * The bear markets of a definition, in date order; the last may be open.
 *
 * @example
 * bearMarketsOf(close, { rule: "record-to-record", fall: 0.2 }).map((b) => b.troughIndex);
 */
export function bearMarketsOf(close: Float64Array, definition: TroughDefinition): BearMarket[] {
  const { rule, fall } = definition;
  if (rule === "record-to-record") return recordBearMarkets(close, fall);
  if (rule === "record-bounce" || rule === "rally-bounce") {
    return bearMarkets(close, { fall, recovery: bounceOf(definition), peak: rule === "record-bounce" ? "record" : "rally" });
  }
  throw new Error(`trough rule "${String(rule)}": use one of ${TROUGH_RULES.join(", ")}`);
}

/**
 * Options of bearMarketTroughs: the definition, and whether an open bear market's low counts.
 *
 * @example
 * const options: TroughOptions = { rule: "record-to-record", fall: 0.2, includeOpen: true };
 */
export interface TroughOptions extends TroughDefinition {
  /** Include the provisional low of a bear market still open at the data's end (default false). */
  includeOpen?: boolean;
}

/**
 * The lows of bear markets under one definition. A trough is known only once its bear market
 * ends, so these dates use hindsight: right for describing what followed past lows, not a signal
 * one could trade. The low of a bear market still open at the data's end (no new record yet) is
 * provisional, since a lower close may still come: it is left out unless `includeOpen`.
 *
 * @example
 * bearMarketTroughs(rutLong, { rule: "record-to-record", fall: 0.2 }).map((t) => [t.troughDate, t.decline]);
 */
export function bearMarketTroughs(series: DailySeries, options: TroughOptions): Trough[] {
  checkCloses(series.close, `${series.id} close`);
  const { dates } = series;
  return bearMarketsOf(series.close, options)
    .filter((bear) => options.includeOpen || bear.recoveryIndex !== null)
    .map((bear) => ({
      peakIndex: bear.peakIndex,
      peakDate: dates[bear.peakIndex],
      troughIndex: bear.troughIndex,
      troughDate: dates[bear.troughIndex],
      recoveryIndex: bear.recoveryIndex,
      recoveryDate: bear.recoveryIndex === null ? null : dates[bear.recoveryIndex],
      decline: bear.decline,
      provisional: bear.recoveryIndex === null,
    }));
}

/**
 * The troughs of ended bear markets as an event rule, for eventStudy and randomEntryBaseline. It
 * looks ahead by construction (a trough is confirmed by the later end of its bear market):
 * lookAheadViolations flags it, and results describe history, not a strategy.
 *
 * @example
 * eventStudy(rut, troughRule({ rule: "record-to-record", fall: 0.2 })(rut), { horizons: [{ tradingDays: 252 }] });
 */
export function troughRule(definition: TroughDefinition): EventRule {
  return (series) => bearMarketTroughs(series, { ...definition, includeOpen: false }).map((t) => t.troughIndex);
}

function bounceOf(definition: TroughDefinition): number {
  if (definition.recovery === undefined) {
    throw new Error(`trough rule "${definition.rule}" needs a recovery (the bounce that ends a bear market, e.g. 0.2 for 20%)`);
  }
  return definition.recovery;
}

function percentText(fraction: number): string {
  return `${Math.round(1000 * fraction) / 10}%`;
}
