import { checkCloses } from "../../series/checks";
import type { DailySeries } from "../../series/daily-series";
import { bearMarkets, type BearMarketOptions } from "../../series/drawdowns";
import type { EventRule } from "../../events/rule";

/**
 * One bear-market low, as the trough table shows it.
 *
 * @example
 * bearMarketTroughs(rut, { fall: 0.2, recovery: 0.2 })[0].troughDate; // "1987-10-28"
 */
export interface Trough {
  peakIndex: number;
  peakDate: string;
  troughIndex: number;
  troughDate: string;
  /** First day `recovery` above the trough; null while the bear market is still open. */
  recoveryIndex: number | null;
  recoveryDate: string | null;
  /** close[trough] / close[peak] - 1 (negative). */
  decline: number;
  /** True for the low of a bear market not yet ended: it may still be undercut. */
  provisional: boolean;
}

/**
 * Options of bearMarketTroughs: the bear-market definition, and whether an open one counts.
 *
 * @example
 * const options: TroughOptions = { fall: 0.2, recovery: 0.2, peak: "rally", includeOpen: true };
 */
export interface TroughOptions extends BearMarketOptions {
  /** Include the provisional low of a bear market still open at the data's end (default false). */
  includeOpen?: boolean;
}

/**
 * The lows of bear markets: a fall of at least `fall` from a peak (an all-time high by
 * default, see BearMarketOptions.peak), the trough being the lowest close before a rise of
 * `recovery` from it. A trough is known only once the recovery happens, so these dates use
 * hindsight: right for describing what followed past lows, not a signal one could trade.
 *
 * @example
 * bearMarketTroughs(rut, { fall: 0.2, recovery: 0.2 }).map((t) => [t.troughDate, t.decline]);
 */
export function bearMarketTroughs(series: DailySeries, options: TroughOptions): Trough[] {
  checkCloses(series.close, `${series.id} close`);
  const { dates } = series;
  return bearMarkets(series.close, options)
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
 * The confirmed troughs as an event rule, for eventStudy and randomEntryBaseline. It looks
 * ahead by construction (a trough is confirmed by the later recovery): lookAheadViolations
 * flags it, and results describe history, not a strategy.
 *
 * @example
 * eventStudy(rut, troughRule({ fall: 0.2, recovery: 0.2 })(rut), { horizons: [{ tradingDays: 252 }] });
 */
export function troughRule(options: BearMarketOptions): EventRule {
  return (series) => bearMarketTroughs(series, { ...options, includeOpen: false }).map((t) => t.troughIndex);
}
