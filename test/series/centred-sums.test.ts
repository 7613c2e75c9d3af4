import { test } from "node:test";
import assert from "node:assert/strict";
import { centredSums } from "../../lib/series/centred-sums";

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

test("centred sums match the textbook definitions, worked by hand", () => {
  // x = 1, 2, 3 (mean 2), y = 2, 4, 7 (mean 13/3): deviations -1, 0, 1 and -7/3, -1/3, 8/3.
  const s = centredSums([1, 2, 3], [2, 4, 7]);
  assert.equal(s.n, 3);
  assert.equal(s.meanX, 2);
  assert.ok(close(s.meanY, 13 / 3));
  assert.ok(close(s.sxx, 2));
  assert.ok(close(s.syy, (49 + 1 + 64) / 9));
  assert.ok(close(s.sxy, 7 / 3 + 8 / 3));
});

test("a row range [from, to) gives the sums of those rows alone", () => {
  const x = [100, 1, 2, 3, -100];
  const y = [-5, 2, 4, 7, 50];
  assert.deepEqual(centredSums(x, y, 1, 4), centredSums([1, 2, 3], [2, 4, 7]));
});

test("two passes keep the digits of tiny returns far from zero", () => {
  // Values near 1e8 with spread 1e-4: the one-pass formula would cancel to noise.
  const x = [1e8, 1e8 + 1e-4, 1e8 + 2e-4];
  const s = centredSums(x, x);
  assert.ok(Math.abs(s.sxx - 2e-8) / 2e-8 < 1e-3, `sxx ${s.sxx}`);
});
