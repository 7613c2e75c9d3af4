import { test } from "node:test";
import assert from "node:assert/strict";
import { CrossDown, CrossUp, MACD } from "technicalindicators";
import { macdCrossovers } from "../../../lib/studies/001-technical-breakout/macd-crossovers";
import { macdCrossRule } from "../../../lib/events/rules";
import { makeSeries, randomWalk } from "../../fixtures/series";

const series = makeSeries(randomWalk(900, 17, 0.0004, 0.013));

test("MACD (12, 26, 9) crossovers and their side of zero match technicalindicators (the oracle)", () => {
  const oracle = MACD.calculate({
    values: Array.from(series.close),
    fastPeriod: 12,
    slowPeriod: 26,
    signalPeriod: 9,
    SimpleMAOscillator: false,
    SimpleMASignal: false,
  }).filter((row) => row.signal !== undefined);
  // The oracle's rows with a signal start at row slow + signal - 2 = 33.
  const first = series.close.length - oracle.length;
  assert.equal(first, 33);
  const lineA = oracle.map((row) => row.MACD as number);
  const lineB = oracle.map((row) => row.signal as number);
  const ups = CrossUp.calculate({ lineA, lineB });
  const downs = CrossDown.calculate({ lineA, lineB });
  const expected: [string, string, boolean][] = [];
  // Row 0 of the oracle has no day before it, so it cannot be a crossing.
  for (let k = 1; k < oracle.length; k++) {
    if (ups[k]) expected.push([series.dates[first + k], "up", lineA[k] > 0]);
    if (downs[k]) expected.push([series.dates[first + k], "down", lineA[k] > 0]);
  }
  const ours = macdCrossovers(series).map((c): [string, string, boolean] => [c.date, c.direction, c.aboveZero]);
  assert.deepEqual(ours, expected);
  assert.ok(expected.some(([, d, above]) => d === "up" && above) && expected.some(([, d, above]) => d === "up" && !above), "the fixture should hold bullish crosses on both sides of zero");
});

test("bullish crossovers above zero are macdCrossRule({ aboveZero: true })'s events, and the range filters days", () => {
  const rows = macdCrossovers(series);
  const bullishAboveZero = rows.filter((c) => c.direction === "up" && c.aboveZero).map((c) => c.index);
  assert.deepEqual(bullishAboveZero, macdCrossRule({ aboveZero: true })(series));
  const from = series.dates[400];
  const to = series.dates[600];
  assert.deepEqual(
    macdCrossovers(series, {}, { from, to }).map((c) => c.index),
    rows.filter((c) => c.date >= from && c.date <= to).map((c) => c.index),
  );
  for (const c of rows) assert.equal(c.aboveZero, c.macd > 0);
});
