import { test } from "node:test";
import assert from "node:assert/strict";
import { expandingQuantile } from "../../../lib/studies/003-turnaround-2024/expanding-quantile";
import { quantileSorted } from "../../../lib/events/stats";
import { mulberry32 } from "../../../lib/events/rng";

test("the expanding quantile at each row is the quantile of every value so far (by sorting again)", () => {
  const random = mulberry32(3);
  const values = Float64Array.from({ length: 300 }, (_, i) => (i % 17 === 0 ? NaN : random() - 0.5));
  const q = expandingQuantile(values, 0.1, 20);
  for (let i = 0; i < values.length; i++) {
    const seen = Array.from(values.slice(0, i + 1)).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    if (seen.length < 20) assert.ok(Number.isNaN(q[i]), `row ${i} should wait for 20 values`);
    else assert.equal(q[i], quantileSorted(seen, 0.1));
  }
});

test("the example: median of what has been seen so far", () => {
  assert.deepEqual([...expandingQuantile(Float64Array.of(3, 1, 2, 4), 0.5, 2)], [NaN, 2, 2, 2.5]);
  assert.throws(() => expandingQuantile(Float64Array.of(1), 1.5), /quantile 1.5: must be between 0 and 1/);
  assert.throws(() => expandingQuantile(Float64Array.of(1), 0.5, 0), /minCount 0/);
});
