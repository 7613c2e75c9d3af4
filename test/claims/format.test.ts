import { test } from "node:test";
import assert from "node:assert/strict";
import { formatNumber, formatPercent, formatPoints, formatShare } from "../../lib/claims/format";

test("returns are signed percents; a value that rounds to zero carries no sign", () => {
  assert.equal(formatPercent(0.181), "+18.1%");
  assert.equal(formatPercent(-0.2764), "-27.6%");
  assert.equal(formatPercent(0.00001), "0.0%");
});

test("shares and hit rates are unsigned percents and must lie in 0..1", () => {
  assert.equal(formatShare(0.75), "75%");
  assert.equal(formatShare(2 / 3, 1), "66.7%");
  assert.throws(() => formatShare(1.2), /not a share between 0 and 1/);
});

test("differences of returns are percentage points, not percents", () => {
  assert.equal(formatPoints(0.238 - 0.158), "+8.0 pp");
  assert.equal(formatPoints(-0.055), "-5.5 pp");
});

test("numbers keep thousands separators and fixed decimals", () => {
  assert.equal(formatNumber(2442.7412, 2), "2,442.74");
});
