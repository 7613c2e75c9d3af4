import { test } from "node:test";
import assert from "node:assert/strict";
import { lookAheadViolations, type EventRule } from "../../lib/events/rule";
import { macdCrossRule, movingAverageCrossRule, recordAfterDroughtRule } from "../../lib/events/rules";
import { crossings } from "../../lib/series/crossings";
import { bearMarkets } from "../../lib/series/drawdowns";
import { rollingMean } from "../../lib/series/rolling";
import { makeSeries, randomWalk, sineTrend } from "../fixtures/series";

const series = makeSeries(randomWalk(450, 21, 0.0005, 0.015));

test("no look-ahead: truncating the series after day i never changes whether i is an event", () => {
  const rules: [string, EventRule, number][] = [
    ["golden cross 10/40", movingAverageCrossRule({ fast: 10, slow: 40 }), 40],
    ["death cross 10/40", movingAverageCrossRule({ fast: 10, slow: 40, direction: "down" }), 40],
    ["price crosses its 30-day average", movingAverageCrossRule({ fast: 1, slow: 30 }), 30],
    ["MACD bullish cross above zero", macdCrossRule({ aboveZero: true }), 34],
    ["MACD bearish cross", macdCrossRule({ direction: "down" }), 34],
    ["record after a 30-day drought", recordAfterDroughtRule({ minDays: 30 }), 0],
  ];
  for (const [name, rule, warmUp] of rules) {
    assert.ok(rule(series).length > 0, `${name}: the fixture should produce events, or the check proves nothing`);
    assert.deepEqual(lookAheadViolations(rule, series, { from: warmUp }), [], name);
  }
});

test("the look-ahead check catches a rule that peeks: bear-market troughs", () => {
  const troughs: EventRule = (s) => bearMarkets(s.close, { fall: 0.1, recovery: 0.1 }).filter((b) => b.recoveryIndex !== null).map((b) => b.troughIndex);
  const fixture = makeSeries(sineTrend(400, 100, 0.15, 0));
  assert.ok(troughs(fixture).length > 0);
  assert.ok(lookAheadViolations(troughs, fixture).length > 0);
});

test("crossover rules fire where the averages cross", () => {
  const wave = makeSeries(sineTrend(600, 150, 0.1, 0.0002));
  const expected = crossings(rollingMean(wave.close, 10), rollingMean(wave.close, 40))
    .filter((c) => c.direction === "up")
    .map((c) => c.index);
  assert.ok(expected.length >= 3);
  assert.deepEqual(movingAverageCrossRule({ fast: 10, slow: 40 })(wave), expected);
  assert.throws(() => movingAverageCrossRule({ fast: 200, slow: 50 }), /fast 200, slow 50: the fast average must be shorter/);
});
