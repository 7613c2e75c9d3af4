import { lowerBound, type DailySeries } from "../series/daily-series";
import { calendarDaysBetween, dayNumber } from "../series/dates";
import type { Horizon } from "../series/horizon";
import { eventStudy, type EventStudy } from "./event-study";

/** An event dated on one series, placed on a trading day of another. */
export interface AlignedEvent {
  /** The event's date on the series that defined it. */
  eventDate: string;
  /** Row of the target series: its first trading day on or after eventDate. */
  index: number;
  /** That row's date. */
  date: string;
  /** Calendar days from eventDate to date (0 when the target traded that day). */
  lagDays: number;
}

/** An event the target series cannot place, and why. */
export interface SkippedEvent {
  eventDate: string;
  reason: string;
}

/** Where a list of event dates falls in a target series. */
export interface EventAlignment {
  /** The target series' id. */
  target: string;
  aligned: AlignedEvent[];
  skipped: SkippedEvent[];
}

/**
 * Longest wait, in calendar days, for the target's next trading day before an event counts as
 * not covered: a long weekend plus a holiday fits, a hole in the data does not.
 *
 * @example
 * alignEventDates(gspc, dates, { maxLagDays: DEFAULT_MAX_LAG_DAYS });
 */
export const DEFAULT_MAX_LAG_DAYS = 7;

/**
 * Places events dated on one series (e.g. Russell 2000 records) on another series' trading
 * days: each event maps to the target's first trading day on or after its date. An event is
 * skipped, with the reason, when it falls before the target's first date (we cannot know the
 * target traded on the day), after its last date, more than `maxLagDays` calendar days before
 * the target's next trading day, or on the same target day as an earlier event.
 *
 * @example
 * const { aligned, skipped } = alignEventDates(sp500Fred, ["2013-01-02", "2016-11-14"]);
 * // aligned: 2016-11-14 -> row of 2016-11-14, lag 0; skipped: 2013-01-02 (before SP500's first date 2016-05-02)
 */
export function alignEventDates(
  target: DailySeries,
  eventDates: readonly string[],
  options: { maxLagDays?: number } = {},
): EventAlignment {
  const maxLagDays = options.maxLagDays ?? DEFAULT_MAX_LAG_DAYS;
  if (!Number.isInteger(maxLagDays) || maxLagDays < 0) {
    throw new Error(`maxLagDays ${maxLagDays}: must be a whole number of calendar days >= 0`);
  }
  const { dates } = target;
  const alignment: EventAlignment = { target: target.id, aligned: [], skipped: [] };
  eventDates.forEach((eventDate, k) => {
    // dayNumber rejects a malformed date with a message naming it.
    if (dayNumber(eventDate) <= (k > 0 ? dayNumber(eventDates[k - 1]) : -Infinity)) {
      throw new Error(`event dates must be ascending and unique: ${eventDates[k - 1]} is followed by ${eventDate} (sort and deduplicate them)`);
    }
    const reason = skipReason(target, eventDate, maxLagDays, alignment.aligned[alignment.aligned.length - 1]);
    if (reason) {
      alignment.skipped.push({ eventDate, reason });
      return;
    }
    const index = lowerBound(dates, eventDate);
    alignment.aligned.push({ eventDate, index, date: dates[index], lagDays: calendarDaysBetween(eventDate, dates[index]) });
  });
  return alignment;
}

/**
 * Why `target` has no first trading day on or after `eventDate` within its data, or null when
 * it has one (row lowerBound(target.dates, eventDate)). An event before the target's first
 * date has none either: we cannot know the target traded that day.
 *
 * @example
 * outsideDataReason(iwn, "1999-01-04"); // "before IWN's first date 2000-07-28"
 */
export function outsideDataReason(target: DailySeries, eventDate: string): string | null {
  const { id, dates } = target;
  if (dates.length === 0 || eventDate < dates[0]) return `before ${id}'s first date ${dates[0] ?? "(no data)"}`;
  if (eventDate > dates[dates.length - 1]) return `after ${id}'s last date ${dates[dates.length - 1]}`;
  return null;
}

/** Why the target cannot place an event on one of its days, or null when it can. */
function skipReason(target: DailySeries, eventDate: string, maxLagDays: number, previous: AlignedEvent | undefined): string | null {
  const outside = outsideDataReason(target, eventDate);
  if (outside) return outside;
  const { id, dates } = target;
  const index = lowerBound(dates, eventDate);
  const lagDays = calendarDaysBetween(eventDate, dates[index]);
  if (lagDays > maxLagDays) return `${id}'s next trading day, ${dates[index]}, is ${lagDays} calendar days later (more than maxLagDays ${maxLagDays})`;
  if (previous && previous.index === index) return `same ${id} trading day (${dates[index]}) as the event of ${previous.eventDate}`;
  return null;
}

/** An event study run on a target series for events dated on another series. */
export interface CrossSeriesStudy extends EventStudy {
  /** Which events the target could place, on which of its rows, and which it could not. */
  alignment: EventAlignment;
}

/**
 * Forward returns of a target series after events dated on another series, e.g. the S&P 500
 * one year after each Russell 2000 breakout: each event is placed on the target's first
 * trading day on or after its date (alignEventDates), then eventStudy measures the target from
 * that row. Events the target does not cover are listed in `alignment.skipped`, not studied.
 *
 * @example
 * const spx = crossSeriesEventStudy(gspc, breakouts.map((b) => b.date), { horizons: [{ tradingDays: 252 }] });
 * spx.horizons[0].summary.hitRate; // share of breakouts after which the S&P 500 was higher 252 days later
 */
export function crossSeriesEventStudy(
  target: DailySeries,
  eventDates: readonly string[],
  options: { horizons: Horizon[]; maxLagDays?: number },
): CrossSeriesStudy {
  const alignment = alignEventDates(target, eventDates, { maxLagDays: options.maxLagDays });
  const study = eventStudy(target, alignment.aligned.map((a) => a.index), { horizons: options.horizons });
  return { ...study, alignment };
}
