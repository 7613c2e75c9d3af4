# The reference notebook for `npm run bench`: study 000 (the 200-day reclaim) written the usual
# Python way, vectorised pandas and plotly's own offline renderer, with the same data, the same
# seven charts and the same tables as notebooks/000-200-day-reclaim.ipynb. scripts/bench.ts
# turns each block after a percent-percent marker line into a code cell, executes the notebook
# with nbclient on a Python kernel of .venv-dev and exports it with the same nbconvert as our
# reports: what one study costs without our kit. The bench sets R2K_CACHE (the data/cache folder).

# %%
import os

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import Markdown, display

# Offline: plotly.js goes into the notebook once, each chart is a div and a script.
pio.renderers.default = "notebook"
window, min_gap, start, article_date, horizon, seed = 200, 90, "2009-03-09", "2025-07-08", 252, 2025
cache = os.environ["R2K_CACHE"]


def load(series_id):
    path = os.path.join(cache, f"{series_id}.csv")
    return pd.read_csv(path, parse_dates=["date"], index_col="date")["close"]


rut, iwm = load("RUT"), load("IWM_ADJ")
display(pd.DataFrame({"first": [rut.index[0], iwm.index[0]], "last": [rut.index[-1], iwm.index[-1]],
                      "rows": [rut.size, iwm.size]}, index=["RUT", "IWM_ADJ"]))


# %%
def reclaims(close, window):
    """Rows of every reclaim of the window-day average after a breakdown, and of its breakdown."""
    average = close.rolling(window).mean()
    side = np.sign(close - average).replace(0, np.nan).ffill()
    runs = side.ne(side.shift())
    starts = np.flatnonzero(runs & side.notna())
    k = np.flatnonzero(side.iloc[starts].to_numpy()[2:] == 1) + 2
    return starts[k], starts[k - 1], average


forward = rut.shift(-horizon) / rut - 1
reclaim, breakdown, average = reclaims(rut, window)
gap = (rut.index[reclaim] - rut.index[breakdown]).days
keep = (gap >= min_gap) & (rut.index[reclaim] >= start)
events = pd.DataFrame({
    "breakdown": rut.index[breakdown[keep]], "reclaim": rut.index[reclaim[keep]], "gap": gap[keep],
    "close": rut.iloc[reclaim[keep]].to_numpy(), "average": average.iloc[reclaim[keep]].to_numpy(),
    "forward": forward.iloc[reclaim[keep]].to_numpy(),
})
below = (rut < average).astype(int).diff().fillna(0)
spans = list(zip(rut.index[below == 1], rut.index[below == -1]))
figure = go.Figure([
    go.Scatter(x=rut.index, y=rut, name="Russell 2000"),
    go.Scatter(x=average.index, y=average, name=f"{window}-day average"),
    go.Scatter(x=events.reclaim, y=events.close, mode="markers", name="reclaims counted",
               text=[f"reclaim after {g} calendar days below" for g in events.gap]),
])
for x0, x1 in spans:
    figure.add_vrect(x0=x0, x1=x1, fillcolor="grey", opacity=0.15, line_width=0)
figure.update_layout(title=f"Russell 2000 and its {window}-day average, with the reclaims counted since {start}",
                     yaxis_type="log", xaxis_title="Date", yaxis_title="Index level (points, log scale)")
figure.show()

# %%
recent_reclaim, recent_breakdown, _ = reclaims(rut, window)
recent = (rut.index[recent_reclaim] >= "2025-01-01") & (rut.index[recent_reclaim] <= article_date)
last, last_breakdown = recent_reclaim[recent][-1], recent_breakdown[recent][-1]
zoom = slice("2024-09-01", "2025-09-30")
figure = go.Figure([
    go.Scatter(x=rut[zoom].index, y=rut[zoom], name="Russell 2000"),
    go.Scatter(x=average[zoom].index, y=average[zoom], name="200-day average"),
    go.Scatter(x=[rut.index[last]], y=[rut.iloc[last]], mode="markers", name="reclaim"),
])
figure.update_layout(title="The 2025 breakdown below the 200-day average and the reclaim",
                     xaxis_title="Date", yaxis_title="Index level (points)")
figure.show()
display(Markdown(f"Last breakdown before {article_date}: **{rut.index[last_breakdown]:%Y-%m-%d}**; "
                 f"reclaim: **{rut.index[last]:%Y-%m-%d}**."))

# %%
period = rut["2024-11-01":"2025-04-30"]
drawdown = period / period.cummax() - 1
display(Markdown(f"From the high to **{drawdown.idxmin():%Y-%m-%d}** the index fell **{-drawdown.min():.1%}**."))
display(events.assign(forward=events.forward.map("{:+.1%}".format)).round({"close": 2, "average": 2}))

# %%
rng = np.random.default_rng(seed)
complete = events.dropna(subset=["forward"])
eligible = forward[start:].dropna().to_numpy()
draws = rng.choice(eligible, size=(10_000, len(events)), replace=True).mean(axis=1)
boot = rng.choice(complete.forward.to_numpy(), size=(10_000, len(complete)), replace=True).mean(axis=1)
figure = go.Figure([
    go.Bar(x=complete.reclaim.dt.strftime("%Y-%m-%d"), y=100 * complete.forward, name="after each reclaim"),
    go.Bar(x=["random entry (mean)"], y=[100 * draws.mean()], name="random entry days"),
])
figure.update_layout(title="Russell 2000 return over 252 trading days after each reclaim, vs random entry days",
                     yaxis_title="Return (%)")
figure.show()
figure = go.Figure([go.Histogram(x=100 * draws, nbinsx=40, name="random averages")])
figure.add_vline(x=100 * complete.forward.mean(), line_dash="dash")
figure.update_layout(title=f"Is a {complete.forward.mean():+.1%} average unusual? Averages of {len(events)} random entry days",
                     xaxis_title="Average return (%)", yaxis_title="Random sets")
figure.show()
display(Markdown(f"**{len(complete)} complete cases**: mean **{complete.forward.mean():+.1%}**, "
                 f"bootstrap 95% interval {np.percentile(boot, 2.5):+.1%} to {np.percentile(boot, 97.5):+.1%}; "
                 f"{(draws >= complete.forward.mean()).mean():.1%} of random sets did as well."))

# %%
windows, gaps = np.arange(50, 301, 10), np.arange(0, 181, 10)
counts, means = np.zeros((windows.size, gaps.size)), np.full((windows.size, gaps.size), np.nan)
for w, size in enumerate(windows):
    found, before, _ = reclaims(rut, int(size))
    since = rut.index[found] >= start
    found_gap = (rut.index[found[since]] - rut.index[before[since]]).days.to_numpy()
    value = forward.iloc[found[since]].to_numpy()
    counted = found_gap[None, :] >= gaps[:, None]
    counts[w] = counted.sum(axis=1)
    done = counted & ~np.isnan(value)
    with np.errstate(invalid="ignore"):
        means[w] = (done * np.nan_to_num(value)).sum(axis=1) / done.sum(axis=1)
for z, name in [(counts, "Number of reclaims counted"), (100 * means, "Mean 252-day return after the reclaims (%)")]:
    figure = go.Figure(go.Heatmap(x=gaps, y=windows, z=z, colorbar_title=name))
    figure.update_layout(title=f"{name}, by average window and minimum gap", height=640,
                         xaxis_title="Minimum breakdown-to-reclaim gap (calendar days)",
                         yaxis_title="Moving-average window (trading days)")
    figure.show()

# %%
years = (rut[:article_date].index[-1] - rut.index[0]).days / 365.25
price_cagr = (rut[:article_date].iloc[-1] / rut.iloc[0]) ** (1 / years) - 1
yearly = rut.resample("YE").last().pct_change().dropna()
overlap = slice(iwm.index[0], article_date)
overlap_years = (pd.Timestamp(article_date) - iwm.index[0]).days / 365.25


def overlap_cagr(close):
    return (close[overlap].iloc[-1] / close[overlap].iloc[0]) ** (1 / overlap_years) - 1


dividends = overlap_cagr(iwm) - overlap_cagr(rut)
readings = ["price CAGR", "mean calendar-year return", "dividend gap", "total-return estimate"]
annual = [price_cagr, yearly.mean(), dividends, price_cagr + dividends]
display(pd.DataFrame({"annual": annual}, index=readings).map("{:+.2%}".format))

# %%
reclaim_day = rut.index[last]
since = pd.DataFrame({"Russell 2000 (price)": rut[reclaim_day:] / rut[reclaim_day] - 1,
                      "IWM (adjusted)": iwm[reclaim_day:] / iwm[reclaim_day:].iloc[0] - 1})
figure = go.Figure([go.Scatter(x=since.index, y=100 * since[name], name=name) for name in since])
figure.update_layout(title=f"After the reclaim of {reclaim_day:%Y-%m-%d}: cumulative return",
                     xaxis_title="Date", yaxis_title="Return since the reclaim (%)")
figure.show()

# %%
claims = pd.DataFrame([
    {"id": "000-2", "article": 28, "measured": round(-100 * drawdown.min(), 1)},
    {"id": "000-3", "article": 8, "measured": len(events)},
    {"id": "000-4", "article": 18.1, "measured": round(100 * complete.forward.mean(), 1)},
    {"id": "000-5", "article": 9.1, "measured": round(100 * price_cagr, 1)},
])
claims["verdict"] = np.where((claims.article - claims.measured).abs() <= 1, "confirmed", "roughly")
display(claims)
