/**
 * Totals of outcomes grouped by a whole-number gap, for every threshold "gap >= g" at once.
 * Add each outcome (a forward return, NaN while open) with its gap; `accumulate()` then sums
 * from the longest gap down, after which entry g of `count`, `complete`, `open`, `sum` and
 * `hits` covers the outcomes whose gap is g or more (`sum` adds up the complete ones, `hits`
 * counts those above zero). Each total is summed in one fixed order, longest gap first and, within a
 * gap, the latest added first. accumulate() also empties the groups, so one GapTotals serves
 * round after round (one per moving-average window in the reclaim sweep).
 *
 * @example
 * const totals = new GapTotals(10, 100);
 * totals.add(3, 0.1);
 * totals.add(7, -0.05);
 * totals.add(7, NaN);
 * totals.accumulate();
 * const g = totals.entryFor(4); // the outcomes with gap >= 4
 * [totals.count[g], totals.complete[g], totals.open[g], totals.sum[g], totals.hits[g]]; // [2, 1, 1, -0.05, 0]
 */
export class GapTotals {
  readonly count: Float64Array;
  readonly complete: Float64Array;
  readonly open: Float64Array;
  readonly sum: Float64Array;
  readonly hits: Float64Array;
  /** Per gap, the last outcome added with it (-1: none); per outcome, the one added before it with the same gap. */
  private readonly latest: Int32Array;
  private readonly previous: Int32Array;
  private readonly values: Float64Array;
  private added = 0;
  /** Longest gap added this round, and in the round last accumulated (-1: none). */
  private longest = -1;
  private accumulatedTop = -1;

  /** Gaps may run from 0 to `maxGap`; up to `capacity` outcomes per round. */
  constructor(
    private readonly maxGap: number,
    private readonly capacity: number,
  ) {
    if (!Number.isInteger(maxGap) || maxGap < 0 || !Number.isInteger(capacity) || capacity < 0) {
      throw new Error(`GapTotals(${maxGap}, ${capacity}): maxGap and capacity must be whole numbers >= 0`);
    }
    [this.count, this.complete, this.open, this.sum, this.hits] = Array.from({ length: 5 }, () => new Float64Array(maxGap + 2));
    this.latest = new Int32Array(maxGap + 1).fill(-1);
    this.previous = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }

  /** Adds one outcome: its forward return (NaN while open) and its gap. */
  add(gap: number, value: number): void {
    if (!(Number.isInteger(gap) && gap >= 0 && gap <= this.maxGap)) throw new Error(`gap ${gap}: must be a whole number in 0..${this.maxGap}`);
    if (this.added === this.capacity) throw new Error(`more than ${this.capacity} outcomes in one round: make the GapTotals larger`);
    this.values[this.added] = value;
    this.previous[this.added] = this.latest[gap];
    this.latest[gap] = this.added++;
    if (gap > this.longest) this.longest = gap;
  }

  /** Fills the totals from the outcomes added since the last call, and empties the groups. */
  accumulate(): void {
    const top = this.longest;
    this.count[top + 1] = this.complete[top + 1] = this.open[top + 1] = this.sum[top + 1] = this.hits[top + 1] = 0;
    let count = 0;
    let complete = 0;
    let open = 0;
    let sum = 0;
    let hits = 0;
    for (let g = top; g >= 0; g--) {
      for (let k = this.latest[g]; k >= 0; k = this.previous[k]) {
        const value = this.values[k];
        count++;
        if (Number.isNaN(value)) open++;
        else {
          complete++;
          sum += value;
          if (value > 0) hits++;
        }
      }
      this.latest[g] = -1;
      this.count[g] = count;
      this.complete[g] = complete;
      this.open[g] = open;
      this.sum[g] = sum;
      this.hits[g] = hits;
    }
    this.accumulatedTop = top;
    this.added = 0;
    this.longest = -1;
  }

  /** The entry covering outcomes with gap >= minGap (gaps are whole, so a fractional minGap rounds up). */
  entryFor(minGap: number): number {
    return Math.min(Math.max(Math.ceil(minGap), 0), this.accumulatedTop + 1);
  }
}
