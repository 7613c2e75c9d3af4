import { checkCloses } from "../../series/checks";
import { lowerBound, type DailySeries } from "../../series/daily-series";
import { forwardReturn } from "../../series/forward";
import { horizonLabel, type Horizon } from "../../series/horizon";
import { outsideDataReason } from "../../events/cross-series";

/**
 * One series' forward return from an event date.
 *
 * @example
 * pairedForwardReturns(iwn, iwo, ["2009-03-09"], { tradingDays: 252 }).outcomes[0].a.value;
 */
export interface LegOutcome {
  /** The series' first trading day on or after the event date. */
  startDate: string;
  /** The horizon's last day, or the data's last day when open. */
  endDate: string;
  /** Return over the full horizon (fraction), or null when open. */
  value: number | null;
  /** Return from the start to endDate. */
  toDate: number;
  open: boolean;
}

/**
 * Two series' forward returns from the same event date, side by side.
 *
 * @example
 * paired.outcomes.filter((o) => o.winner === "a").map((o) => o.date); // events where a won
 */
export interface PairedOutcome {
  date: string;
  a: LegOutcome;
  b: LegOutcome;
  /** a.value - b.value in fractions (percentage points / 100); null when either is open. */
  difference: number | null;
  /** Which series rose more over the full horizon; null when either is open. */
  winner: "a" | "b" | "tie" | null;
}

/**
 * The paired outcomes and the event dates the two series cannot reach.
 *
 * @example
 * pairedForwardReturns(iwn, iwo, troughDates, { tradingDays: 252 }).outOfRange; // troughs before July 2000
 */
export interface PairedForwardReturns {
  label: string;
  outcomes: PairedOutcome[];
  /** Event dates before either series starts or after either ends (no outcome). */
  outOfRange: string[];
}

/**
 * The forward returns of two series (value and growth, say) from each event date, each
 * entered on its own first trading day on or after the date. Events outside either series'
 * data are listed apart, so a study says which events it could not measure.
 *
 * @example
 * const paired = pairedForwardReturns(iwn, iwo, troughs.map((t) => t.troughDate), { tradingDays: 252 });
 * paired.outcomes.filter((o) => o.winner === "a").length; // rallies where value beat growth
 */
export function pairedForwardReturns(a: DailySeries, b: DailySeries, dates: readonly string[], horizon: Horizon): PairedForwardReturns {
  checkCloses(a.close, `${a.id} close`);
  checkCloses(b.close, `${b.id} close`);
  const label = horizonLabel(horizon);
  const outcomes: PairedOutcome[] = [];
  const outOfRange: string[] = [];
  for (const date of dates) {
    const legA = leg(a, date, horizon);
    const legB = leg(b, date, horizon);
    if (!legA || !legB) {
      outOfRange.push(date);
      continue;
    }
    const complete = legA.value !== null && legB.value !== null;
    const difference = complete ? (legA.value as number) - (legB.value as number) : null;
    const winner = difference === null ? null : difference > 0 ? "a" : difference < 0 ? "b" : "tie";
    outcomes.push({ date, a: legA, b: legB, difference, winner });
  }
  return { label, outcomes, outOfRange };
}

function leg(series: DailySeries, date: string, horizon: Horizon): LegOutcome | null {
  const { dates } = series;
  if (outsideDataReason(series, date) !== null) return null;
  const i = lowerBound(dates, date);
  const result = forwardReturn(series, i, horizon);
  return { startDate: dates[i], endDate: dates[result.endIndex], value: result.value, toDate: result.toDate, open: result.open };
}

/**
 * How often the first series beat the second over complete horizons.
 *
 * @example
 * winShare(paired.outcomes).share; // e.g. 0.538
 */
export interface WinShare {
  /** Complete outcomes where a rose more than b. */
  wins: number;
  losses: number;
  ties: number;
  /** Outcomes with a complete horizon for both. */
  complete: number;
  /** wins / complete (NaN without complete outcomes). */
  share: number;
}

/**
 * The share of complete paired outcomes where the first series beat the second.
 *
 * @example
 * winShare(paired.outcomes); // { wins: 7, losses: 6, ties: 0, complete: 13, share: 0.538 }
 */
export function winShare(outcomes: readonly PairedOutcome[]): WinShare {
  const count = (winner: PairedOutcome["winner"]) => outcomes.filter((o) => o.winner === winner).length;
  const wins = count("a");
  const losses = count("b");
  const ties = count("tie");
  const complete = wins + losses + ties;
  return { wins, losses, ties, complete, share: wins / complete };
}
