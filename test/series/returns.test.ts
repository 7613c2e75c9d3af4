import { test } from "node:test";
import assert from "node:assert/strict";
import { logReturns, periodReturn, simpleReturns } from "../../lib/series/returns";

const close = Float64Array.of(100, 110, 99, 99);

test("simple returns are day-over-day fractions, NaN on the first day", () => {
  const r = simpleReturns(close);
  assert.ok(Number.isNaN(r[0]));
  assert.ok(Math.abs(r[1] - 0.1) < 1e-12);
  assert.ok(Math.abs(r[2] + 0.1) < 1e-12);
  assert.equal(r[3], 0);
});

test("log returns add up to the log of the whole period's growth", () => {
  const r = logReturns(close);
  assert.ok(Number.isNaN(r[0]));
  assert.ok(Math.abs(r[1] + r[2] + r[3] - Math.log(99 / 100)) < 1e-12);
});

test("periodReturn compounds the daily returns and checks its rows", () => {
  const daily = simpleReturns(close);
  const compounded = (1 + daily[1]) * (1 + daily[2]) * (1 + daily[3]) - 1;
  assert.ok(Math.abs(periodReturn(close, 0, 3) - compounded) < 1e-12);
  assert.throws(() => periodReturn(close, 0, 4), /to 4: outside the series \(4 rows\): use 0..3/);
});
