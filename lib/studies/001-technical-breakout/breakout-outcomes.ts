import type { DailySeries } from "../../series/daily-series";
import type { Horizon } from "../../series/horizon";
import type { InverseHeadAndShoulders } from "../../patterns/inverse-head-and-shoulders";
import { patternRows } from "../../patterns/pattern-rows";
import { eventStudy, type EventStudy } from "../../events/event-study";
import { horizonOutcomeRows } from "../../events/outcome-rows";

/**
 * One breakout: where its pattern sat and what followed, one column per horizon label ("63d")
 * holding the forward return (fraction) or "open: +4.2% to date".
 *
 * @example
 * const rows: BreakoutOutcomeRow[] = breakoutOutcomes(rut, patterns, [{ tradingDays: 63 }]).rows; rows[0]["63d"];
 */
export type BreakoutOutcomeRow = {
  breakout: string;
  neckline: number;
  breakoutClose: number;
  leftShoulder: string;
  head: string;
  rightShoulder: string;
  /** Neckline above the head, as a fraction of the neckline. */
  depth: number;
} & Record<string, string | number>;

/**
 * The patterns that broke out, as an event study (each breakout day once) and as table rows
 * joining each pattern's dates and neckline to its forward returns.
 *
 * @example
 * const { rows, study } = breakoutOutcomes(rut, inverseHeadAndShoulders(rut, params), [{ tradingDays: 63 }]);
 * showTable(rows, { percent: ["depth", "63d"] });
 * eventsVsRandom(rut, study, { seed: 1 });
 */
export function breakoutOutcomes(
  series: DailySeries,
  patterns: readonly InverseHeadAndShoulders[],
  horizons: Horizon[],
): { rows: BreakoutOutcomeRow[]; study: EventStudy } {
  const broke = patterns.filter((p) => p.breakoutIndex !== null).sort((a, b) => (a.breakoutIndex as number) - (b.breakoutIndex as number));
  const days = [...new Set(broke.map((p) => p.breakoutIndex as number))];
  const study = eventStudy(series, days, { horizons });
  const outcomes = new Map(horizonOutcomeRows(study).map((row) => [row.date, row]));
  const rows = patternRows(series, broke).map((p, k): BreakoutOutcomeRow => {
    const { date: _date, ...returns } = outcomes.get(p.breakout) as Record<string, string | number>;
    return {
      breakout: p.breakout,
      neckline: p.neckline,
      breakoutClose: series.close[broke[k].breakoutIndex as number],
      leftShoulder: p.leftShoulder,
      head: p.head,
      rightShoulder: p.rightShoulder,
      depth: p.depth,
      ...returns,
    };
  });
  return { rows, study };
}
