import { checkCloses, checkWindow } from "../../series/checks";
import { prefixSums, windowSum, type PrefixSums } from "../../series/prefix-sums";
import { rollingMean } from "../../series/rolling";
import { ReclaimWatch } from "./reclaims";

/**
 * How near a close may come to its average, relative to the window's sum, before its side is
 * taken from rollingMean rather than from the prefix sums. The prefix sums' window sum and
 * rollingMean's running sum both lie within a few units in the last place (~1e-15 relative) of
 * the exact sum, and close * window or the division by the window adds one rounding; beyond
 * this margin, then, both put the close on the same side. Within it (in real data, a close
 * unchanged over a short window: an exact tie) only rollingMean's own rounding can say.
 */
const NEAR_TIE = 1e-12;

/**
 * Finds the reclaims of the `window`-day simple moving average by `close`, window after window
 * of one series: the same rows in the same order as reclaimCandidates(dates, close,
 * rollingMean(close, window)), at about half the cost per window. Each day's side comes from
 * prefix sums shared by every window, one subtraction each instead of a running sum; a close
 * within NEAR_TIE of its average takes its side from rollingMean, as reclaimCandidates would.
 * The finder writes reclaim rows and their breakdown rows into the buffers it is given and
 * returns how many it found.
 *
 * @example
 * const reclaimsOf = averageReclaimFinder(rut.close);
 * const breakdowns = new Int32Array(rut.close.length);
 * const reclaims = new Int32Array(rut.close.length);
 * const found = reclaimsOf(200, breakdowns, reclaims); // for k < found: a reclaim on row reclaims[k] after a breakdown on row breakdowns[k]
 */
export function averageReclaimFinder(close: Float64Array): (window: number, breakdowns: Int32Array, reclaims: Int32Array) => number {
  // Positive closes keep every window sum positive, which is what makes NEAR_TIE a relative margin.
  checkCloses(close);
  const sums = prefixSums(close);
  return (window, breakdowns, reclaims) => {
    checkWindow(window, close.length);
    if (breakdowns.length < close.length || reclaims.length < close.length) {
      throw new Error(`breakdowns and reclaims have ${breakdowns.length} and ${reclaims.length} rows: pass buffers at least as long as close (${close.length} rows)`);
    }
    return findReclaims(close, sums, window, breakdowns, reclaims);
  };
}

/** The finder's loop, as a plain function: V8 optimises it better than inside the closure. */
function findReclaims(close: Float64Array, sums: PrefixSums, window: number, breakdowns: Int32Array, reclaims: Int32Array): number {
  let exact: Float64Array | null = null;
  const watch = new ReclaimWatch();
  let found = 0;
  for (let i = window - 1; i < close.length; i++) {
    const sum = windowSum(sums, i, window);
    let difference = close[i] * window - sum;
    if (Math.abs(difference) <= NEAR_TIE * sum) {
      exact ??= rollingMean(close, window);
      difference = close[i] - exact[i];
      if (difference === 0) continue; // a tie keeps the side
    }
    // runs()' side rule, inlined: runs() builds an object per run, which would more than double the sweep's time.
    const side = difference > 0 ? 1 : -1;
    if (side === watch.side) continue;
    const breakdown = watch.startSpell(i, side);
    if (breakdown >= 0) {
      breakdowns[found] = breakdown;
      reclaims[found++] = i;
    }
  }
  return found;
}
