import { test } from "node:test";
import assert from "node:assert/strict";
import { dateArticle } from "../../../lib/studies/001-technical-breakout/article-dating";
import { DEFAULTS } from "../../../lib/studies/001-technical-breakout/parameters";
import { crossingDays, crossingsClaim, crossingsHolds, macdClaim, macdDays } from "../../../lib/studies/001-technical-breakout/signal-claims";
import { bullishAboveZero, measureSignals } from "../../../lib/studies/001-technical-breakout/signals";
import { makeSeries, randomWalk } from "../../fixtures/series";

// A generated random walk: the averages and MACD cross up and down, MACD on both sides of zero.
const series = makeSeries(randomWalk(700, 17, 0.0004, 0.013));
const params = { ...DEFAULTS, zoomFrom: series.dates[0], zoomTo: series.dates[699], patternYear: 2025 };
const signals = measureSignals(series, params);

test("001-2 on a day: a recent bullish crossing without a bearish one holds; with one, partly; none, no", () => {
  assert.equal(crossingsHolds(1, 0), "yes");
  assert.equal(crossingsHolds(1, 1), "partly");
  assert.equal(crossingsHolds(0, 2), "no");
});

test("a crossing counts on its own day and the recentDays after it, not the day before or the day after those", () => {
  const up = signals.allCrossings.find((c) => c.direction === "up" && c.index > 300) ?? assert.fail("the fixture should cross up");
  const recentDays = 5;
  const [before, onDay, last, after] = crossingDays(series, signals, [up.index - 1, up.index, up.index + recentDays, up.index + recentDays + 1], recentDays);
  assert.ok(!before.bullish.includes(up) && onDay.bullish.includes(up) && last.bullish.includes(up) && !after.bullish.includes(up));
});

test("001-3 on a day: a bullish MACD crossover above zero in the last recentDays", () => {
  const [first] = bullishAboveZero(signals.allMacdCrossings);
  assert.ok(first, "the fixture should hold a bullish crossover above zero");
  const [onDay, after] = macdDays(series, signals, [first.index, first.index + 11], 10);
  assert.deepEqual([onDay.holds, onDay.crossovers[0].date], ["yes", first.date]);
  assert.equal(after.crossovers.includes(first), false);
});

test("001-2 and 001-3 over a window: the verdict is the window tally's", () => {
  const dating = dateArticle(series, { after: series.dates[0], to: series.dates[699], level: 0, recentDays: 0 });
  const day = (holds: "yes" | "no", date: string) => ({ date, bullish: [], bearish: [], crossovers: [], holds });
  const two = [day("yes", "a"), day("no", "b")];
  const three = [day("yes", "a"), day("no", "b"), day("no", "c")];
  assert.equal(crossingsClaim(two, dating, [], signals, params).verdict, "confirmed");
  assert.equal(crossingsClaim(three, dating, [], signals, params).verdict, "not confirmed");
  assert.equal(macdClaim(two, dating, [], signals, params).verdict, "confirmed");
  assert.match(macdClaim(three, dating, [], signals, params).measured, /on 1 of 3 window days \(33%\)/);
  assert.match(macdClaim(three, dating, [], signals, params).note, /the claim holds on 1 \(33%\), at least partly on 1 \(33%\)/);
});
