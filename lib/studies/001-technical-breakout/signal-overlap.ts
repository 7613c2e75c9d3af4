import { checkEventIndices } from "../../events/event-study";
import { trueSpans, type Span } from "../../series/spans";

/**
 * One statement a day must satisfy: an event happened in the last `withinDays` trading days
 * (the event's own day counts as day 0, so withinDays 0 means "today"), or a state given for
 * every row (the close is above its 200-day average).
 *
 * @example
 * const recentMacd: SignalCondition = { name: "MACD crossed up above zero", events: macdRows, withinDays: 10 };
 * const above200: SignalCondition = { name: "close above 200-day", holds: aboveMask };
 */
export type SignalCondition =
  | { name: string; events: readonly number[]; withinDays: number }
  | { name: string; holds: ArrayLike<boolean | number> };

/**
 * Where each condition holds, and the days on which all of them do.
 *
 * @example
 * const fit: SignalOverlap = signalOverlap(rut.dates, conditions); fit.spans[0]?.startDate;
 */
export interface SignalOverlap {
  /** Each condition's row mask (1 = holds), in the order given. */
  conditions: { name: string; holds: Uint8Array }[];
  /** 1 on the rows where every condition holds. */
  all: Uint8Array;
  /** The stretches of consecutive rows where every condition holds. */
  spans: Span[];
}

/**
 * The days on which several statements hold at once: the dates an undated article's claims
 * fit together. A condition is a recent event or a per-row state (see SignalCondition).
 *
 * @example
 * const fit = signalOverlap(rut.dates, [
 *   { name: "breakout in the last 15 days", events: breakouts, withinDays: 15 },
 *   { name: "MACD bullish cross above zero in the last 15 days", events: macdUp, withinDays: 15 },
 * ]);
 * fit.spans.map((s) => `${s.startDate} to ${s.endDate}`);
 */
export function signalOverlap(dates: readonly string[], conditions: readonly SignalCondition[]): SignalOverlap {
  if (conditions.length === 0) throw new Error("conditions: empty (pass at least one condition)");
  const n = dates.length;
  const masks = conditions.map((condition) => ({ name: condition.name, holds: maskOf(condition, n) }));
  const all = new Uint8Array(n);
  for (let i = 0; i < n; i++) all[i] = masks.every((m) => m.holds[i] === 1) ? 1 : 0;
  return { conditions: masks, all, spans: trueSpans(dates, all) };
}

function maskOf(condition: SignalCondition, n: number): Uint8Array {
  const mask = new Uint8Array(n);
  if ("holds" in condition) {
    if (condition.holds.length !== n) {
      throw new Error(`condition "${condition.name}" has ${condition.holds.length} values but there are ${n} dates: pass one value per date`);
    }
    for (let i = 0; i < n; i++) mask[i] = condition.holds[i] ? 1 : 0;
    return mask;
  }
  const { events, withinDays } = condition;
  if (!Number.isInteger(withinDays) || withinDays < 0) {
    throw new Error(`condition "${condition.name}": withinDays ${withinDays} must be a whole number of trading days >= 0`);
  }
  checkEventIndices(events, n);
  for (const e of events) mask.fill(1, e, Math.min(n, e + withinDays + 1));
  return mask;
}
