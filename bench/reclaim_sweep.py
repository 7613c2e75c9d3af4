"""The reclaim sensitivity sweep in pandas/numpy: the reference `npm run bench` times ours against.
With --engine numba, the Numba-compiled loop of bench/reclaim_sweep_numba.py runs instead.

usage: reclaim_sweep.py DIR --windows FROM TO --gaps FROM TO --horizon DAYS --gap-unit calendar|trading --repeats N
                        [--warmups N] [--engine pandas|numba]

DIR holds dates.txt (one YYYY-MM-DD per line) and close.f64 (the closes as little-endian
float64). Writes DIR/grid.f64: float64 of shape (5, windows, gaps) holding, in order, the
reclaims counted, the complete events, the open events, the mean forward return and the hit
rate: the grids events, complete, open, meanForwardReturn and hitRate of study 000's
reclaimSweep (lib/studies/000-200-day-reclaim/sweep.ts). Prints one JSON line: the best and every
wall-clock timing of the sweep (data already in memory) after the untimed warm-up calls, the
best CPU time, the first untimed call (for numba: compilation included), and the versions used.

The same definitions as the TypeScript library, written the vectorised way: per window, one
rolling mean, the side of the close against it (a tie keeps the previous side), the runs of
one side found from where the side changes, and the reclaims (the start of an above-run that
follows a below-run that follows an above-run) with their breakdown (the below-run's start).
Per gap threshold, a boolean matrix of (threshold x reclaim) gives every count and sum at once.
No Python loop runs over rows or reclaims; the loop over windows is the only one.
"""

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd


def forward_returns(close: np.ndarray, horizon: int) -> np.ndarray:
    """close[i + horizon] / close[i] - 1, NaN where the horizon runs past the data."""
    out = np.full(close.shape, np.nan)
    if horizon < close.size:
        out[: close.size - horizon] = close[horizon:] / close[: close.size - horizon] - 1
    return out


def reclaims(close: pd.Series, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of every reclaim of the window-day average after a breakdown, and of its breakdown."""
    sma = close.rolling(window).mean().to_numpy()
    side = np.sign(close.to_numpy() - sma)
    # A tie keeps the previous side. Closes are positive, so the only NaNs are the warm-up
    # rows at the start, where a forward fill has nothing to carry.
    side[side == 0] = np.nan
    side = pd.Series(side).ffill().to_numpy()
    valid = np.flatnonzero(~np.isnan(side))
    if valid.size == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    first = valid[0]
    sides = side[first:]
    starts = first + np.flatnonzero(np.r_[True, sides[1:] != sides[:-1]])
    # Sides alternate run by run, so an above-run at position k >= 2 follows a below-run
    # that follows an above-run: a reclaim after a breakdown.
    k = np.flatnonzero(side[starts][2:] == 1) + 2
    return starts[k], starts[k - 1]


def sweep(close: pd.Series, days: np.ndarray, windows: np.ndarray, min_gaps: np.ndarray, horizon: int, gap_unit: str) -> np.ndarray:
    grid = np.empty((5, windows.size, min_gaps.size))
    forward = forward_returns(close.to_numpy(), horizon)
    for w, window in enumerate(windows):
        reclaim, breakdown = reclaims(close, int(window))
        gap = days[reclaim] - days[breakdown] if gap_unit == "calendar" else reclaim - breakdown
        value = forward[reclaim]
        complete = ~np.isnan(value)
        counted = gap[None, :] >= min_gaps[:, None]
        grid[0, w] = counted.sum(axis=1)
        grid[1, w] = (counted & complete).sum(axis=1)
        grid[2, w] = grid[0, w] - grid[1, w]
        with np.errstate(invalid="ignore", divide="ignore"):
            grid[3, w] = (counted @ np.where(complete, value, 0.0)) / grid[1, w]
            grid[4, w] = (counted & (value > 0)).sum(axis=1) / grid[1, w]
    return grid


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--windows", type=int, nargs=2, required=True)
    parser.add_argument("--gaps", type=int, nargs=2, required=True)
    parser.add_argument("--horizon", type=int, required=True)
    parser.add_argument("--gap-unit", choices=["calendar", "trading"], required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--warmups", type=int, default=1)
    parser.add_argument("--engine", choices=["pandas", "numba"], default="pandas")
    args = parser.parse_args()

    folder = Path(args.dir)
    dates = np.array(folder.joinpath("dates.txt").read_text().split(), dtype="datetime64[D]")
    days = dates.astype(np.int64)
    close = pd.Series(np.fromfile(folder / "close.f64", dtype="<f8"))
    if close.size != days.size:
        sys.exit(f"{folder}: {days.size} dates but {close.size} closes")
    windows = np.arange(args.windows[0], args.windows[1] + 1)
    min_gaps = np.arange(args.gaps[0], args.gaps[1] + 1, dtype=np.float64)

    versions = {"python": platform.python_version(), "pandas": pd.__version__, "numpy": np.__version__}
    if args.engine == "numba":
        import numba
        from reclaim_sweep_numba import sweep as compiled_sweep

        closes = close.to_numpy()
        calendar = args.gap_unit == "calendar"
        run = lambda: compiled_sweep(closes, days, windows, min_gaps, args.horizon, calendar)  # noqa: E731
        versions["numba"] = numba.__version__
    else:
        run = lambda: sweep(close, days, windows, min_gaps, args.horizon, args.gap_unit)  # noqa: E731

    started = time.perf_counter()
    grid = run()  # warm-up (numba compiles here)
    first = time.perf_counter() - started
    for _ in range(args.warmups - 1):
        grid = run()
    times, cpu = [], []
    for _ in range(args.repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        grid = run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    grid.astype("<f8").tofile(folder / "grid.f64")
    print(json.dumps({"best": min(times), "times": times, "bestCpu": min(cpu), "first": first, **versions}))


if __name__ == "__main__":
    main()
