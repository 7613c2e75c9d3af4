import { test } from "node:test";
import assert from "node:assert/strict";
import { EMA } from "technicalindicators";
import { ema } from "../../lib/series/ema";
import { randomWalk } from "../fixtures/series";

test("ema is seeded by the SMA of the first period values, then smooths by 2/(period+1)", () => {
  // period 3: seed (1+2+3)/3 = 2 at row 2; then 2 + (4-2)/2 = 3; 3 + (8-3)/2 = 5.5.
  assert.deepEqual(Array.from(ema(Float64Array.of(1, 2, 3, 4, 8), 3)), [NaN, NaN, 2, 3, 5.5]);
});

test("ema matches technicalindicators' EMA (the oracle)", () => {
  const close = randomWalk(2000, 5);
  for (const period of [9, 12, 26, 200]) {
    const ours = ema(close, period);
    const oracle = EMA.calculate({ period, values: Array.from(close) });
    assert.equal(oracle.length, close.length - period + 1);
    for (let k = 0; k < oracle.length; k++) {
      assert.ok(Math.abs(ours[period - 1 + k] - oracle[k]) < 1e-9 * Math.abs(oracle[k]), `period ${period}, row ${period - 1 + k}`);
    }
  }
});

test("leading NaNs are skipped: the EMA starts with the first defined values", () => {
  const shifted = ema(Float64Array.of(NaN, NaN, 1, 2, 3, 4, 8), 3);
  assert.deepEqual(Array.from(shifted), [NaN, NaN, NaN, NaN, 2, 3, 5.5]);
});

test("a NaN after the start, or too long a period, is an error", () => {
  assert.throws(() => ema(Float64Array.of(1, 2, 3, NaN, 5), 2), /ema: value at index 3 is NaN after the series started/);
  assert.throws(() => ema(Float64Array.of(1, 2), 3), /period 3 is longer than the series \(2 rows\): choose a period <= 2/);
});
