import { test } from "node:test";
import assert from "node:assert/strict";
import { growthValueDays, growthValueHolds, type GrowthValue } from "../../../lib/studies/001-technical-breakout/growth-value";
import { DEFAULTS } from "../../../lib/studies/001-technical-breakout/parameters";

test("about twice: the ratio within the band, both edges included", () => {
  assert.equal(growthValueHolds(0.035, 0.02, 1.75, 1.75, 2.25), "yes");
  assert.equal(growthValueHolds(0.045, 0.02, 2.25, 1.75, 2.25), "yes");
  assert.equal(growthValueHolds(0.0349, 0.02, 1.745, 1.75, 2.25), "partly");
  assert.equal(growthValueHolds(0.046, 0.02, 2.3, 1.75, 2.25), "partly");
});

test("growth ahead without the ratio is partly; value ahead or level is no", () => {
  assert.equal(growthValueHolds(0.01, -0.02, NaN, 1.75, 2.25), "partly");
  assert.equal(growthValueHolds(0.02, 0.02, 1, 1.75, 2.25), "no");
  assert.equal(growthValueHolds(0.01, 0.02, 0.5, 1.75, 2.25), "no");
});

test("a day is read on the last shared day on or before it; a day before the year is untestable", () => {
  const gv: GrowthValue = {
    paths: { dates: ["2025-07-01", "2025-07-03"], a: Float64Array.of(0.02, 0.04), b: Float64Array.of(0.01, 0.03) },
    ratio: Float64Array.of(2, 4 / 3),
    inBand: [],
  };
  const [first, between, before] = growthValueDays(gv, ["2025-07-01", "2025-07-02", "2024-12-31"], DEFAULTS);
  assert.deepEqual([first.ratio, first.holds], [2, "yes"]);
  assert.deepEqual([between.growth, between.holds], [0.02, "yes"]);
  assert.equal(before.holds, "untestable");
});
