"""The reclaim sensitivity sweep as one Numba-compiled single-thread loop: the compiled
reference `npm run bench` times ours against, beside the pandas one (bench/reclaim_sweep.py
loads this module for --engine numba, so numba is imported only then).

The same definitions as study 000's reclaimSweep (lib/studies/000-200-day-reclaim/sweep.ts), the way a C programmer would write them:
per window, one running-sum average (Kahan-compensated, and exact over a run of equal closes,
as pandas' rolling mean), one pass over the rows that tracks the side of the close against it
(a tie keeps the previous side) and counts each reclaim after a breakdown into a histogram by
its breakdown-to-reclaim gap, then one reverse cumulative sum over the gaps, so the cell for
"gap >= g" is a lookup.
"""

import math

import numpy as np
from numba import njit


@njit(nogil=True)
def sweep(close, days, windows, min_gaps, horizon, calendar):
    """Grids of shape (5, windows, gaps): reclaims, complete events, open events, mean forward return, hit rate."""
    n = close.size
    forward = np.full(n, np.nan)
    for i in range(n - horizon):
        forward[i] = close[i + horizon] / close[i] - 1.0
    longest = (days[n - 1] - days[0]) if calendar else n - 1
    count = np.zeros(longest + 2)
    complete = np.zeros(longest + 2)
    total = np.zeros(longest + 2)
    hits = np.zeros(longest + 2)
    grid = np.empty((5, windows.size, min_gaps.size))
    for w in range(windows.size):
        window = windows[w]
        top = -1
        running = 0.0
        compensation = 0.0
        same = 0
        previous = np.nan
        side = 0
        spells = 0
        spell_start = -1
        for i in range(n):
            x = close[i]
            y = x - compensation
            t = running + y
            compensation = (t - running) - y
            running = t
            same = same + 1 if x == previous else 1
            previous = x
            if i >= window:
                y = -close[i - window] - compensation
                t = running + y
                compensation = (t - running) - y
                running = t
            if i < window - 1:
                continue
            mean = x if same >= window else running / window
            difference = x - mean
            if difference == 0.0:
                continue  # a tie keeps the side
            now = 1 if difference > 0.0 else -1
            if now == side:
                continue
            # Spells alternate: an above spell from the third on is a reclaim after a breakdown.
            if now == 1 and spells >= 2:
                gap = (days[i] - days[spell_start]) if calendar else i - spell_start
                count[gap] += 1.0
                value = forward[i]
                if not math.isnan(value):
                    complete[gap] += 1.0
                    total[gap] += value
                    if value > 0.0:
                        hits[gap] += 1.0
                if gap > top:
                    top = gap
            spells += 1
            side = now
            spell_start = i
        for g in range(top - 1, -1, -1):
            count[g] += count[g + 1]
            complete[g] += complete[g + 1]
            total[g] += total[g + 1]
            hits[g] += hits[g + 1]
        for c in range(min_gaps.size):
            g = min(max(int(math.ceil(min_gaps[c])), 0), top + 1)
            grid[0, w, c] = count[g]
            grid[1, w, c] = complete[g]
            grid[2, w, c] = count[g] - complete[g]
            grid[3, w, c] = total[g] / complete[g] if complete[g] > 0 else np.nan
            grid[4, w, c] = hits[g] / complete[g] if complete[g] > 0 else np.nan
        for g in range(top + 2):
            count[g] = complete[g] = total[g] = hits[g] = 0.0
    return grid
