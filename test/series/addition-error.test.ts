import { test } from "node:test";
import assert from "node:assert/strict";
import { additionError } from "../../lib/series/addition-error";
import { mulberry32 } from "../../lib/events/rng";

/** A finite double as an exact integer count of 2^-1074 (the smallest subnormal step). */
function exactUnits(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const units = mantissa << BigInt(Math.max(exponent - 1, 0));
  return negative ? -units : units;
}

test("the error of a rounded addition, by hand", () => {
  assert.equal(1e16 + 1, 1e16); // the 1 is rounded away...
  assert.equal(additionError(1e16, 1, 1e16 + 1), 1); // ...and recovered
  assert.equal(additionError(1, 1e16, 1 + 1e16), 1); // either order
  assert.equal(additionError(2, 3, 5), 0); // exact additions have no error
});

test("sum + error is exactly a + b, checked in integer arithmetic", () => {
  const random = mulberry32(7);
  for (let k = 0; k < 5000; k++) {
    const a = (random() - 0.5) * 10 ** Math.floor(random() * 30 - 10);
    const b = (random() - 0.5) * 10 ** Math.floor(random() * 30 - 10);
    const sum = a + b;
    const error = additionError(a, b, sum);
    assert.equal(exactUnits(sum) + exactUnits(error), exactUnits(a) + exactUnits(b), `${a} + ${b}`);
  }
});
