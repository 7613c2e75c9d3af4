import { test } from "node:test";
import assert from "node:assert/strict";
import { movingAverageCrossRule } from "../../lib/events/rules";
import { makeSeries } from "../fixtures/series";

// 300 days at 100, 100 days at 110, 100 days at 90.
const steps = makeSeries([...new Array(300).fill(100), ...new Array(100).fill(110), ...new Array(100).fill(90)]);
const golden = movingAverageCrossRule({ fast: 50, slow: 200 });
const death = movingAverageCrossRule({ fast: 50, slow: 200, direction: "down" });

test("golden cross on the first day of the step up: the 50-day average reacts four times faster", () => {
  // Day 300: 50-day = (49 x 100 + 110) / 50 = 100.2 > 200-day = (199 x 100 + 110) / 200 = 100.05; the day before both were 100.
  assert.deepEqual(golden(steps), [300]);
});

test("death cross 15 days into the step down, computed by hand", () => {
  // On day 400 + j (j < 50): 50-day = (90(j+1) + 110(49-j)) / 50 = 109.6 - 0.4j;
  // 200-day = (100(99-j) + 110 x 100 + 90(j+1)) / 200 = 104.95 - 0.05j.
  // The 50-day is below once 4.65 - 0.35j < 0: j = 14, day 414.
  assert.deepEqual(death(steps), [414]);
});

test("no cross before both averages exist: a steady rise has no golden cross at all", () => {
  const rise = makeSeries(Array.from({ length: 400 }, (_, i) => 100 + i));
  assert.deepEqual(golden(rise), [], "on day 199, the first with a 200-day average, the 50-day is already above");
  assert.deepEqual(death(rise), []);
});

test("a whipsaw gives a golden cross, a death cross and a golden cross again", () => {
  // 300 flat days, 60 up at 110, 60 down at 95, 100 up at 130.
  const whipsaw = makeSeries([...new Array(300).fill(100), ...new Array(60).fill(110), ...new Array(60).fill(95), ...new Array(100).fill(130)]);
  const up = golden(whipsaw);
  const down = death(whipsaw);
  assert.equal(up.length, 2);
  assert.equal(down.length, 1);
  assert.ok(up[0] < down[0] && down[0] < up[1], "crosses alternate");
  assert.equal(up[0], 300);
  // Independent check of the alternation: on each cross day the sign of (50-day - 200-day) flips.
  const mean = (end: number, window: number) => whipsaw.close.slice(end - window + 1, end + 1).reduce((s, v) => s + v, 0) / window;
  for (const day of [...up, ...down]) {
    const before = mean(day - 1, 50) - mean(day - 1, 200);
    const after = mean(day, 50) - mean(day, 200);
    assert.ok(Math.sign(before) !== Math.sign(after) || before === 0, `day ${day}`);
  }
});
