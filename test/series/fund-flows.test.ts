import { test } from "node:test";
import assert from "node:assert/strict";
import { flowsFromShares } from "../../lib/series/fund-flows";

test("flows are the change in shares times the day's price; the first day has none", () => {
  const flows = flowsFromShares(Float64Array.of(100, 110, 90, 90), Float64Array.of(200, 201, 199, 250));
  assert.ok(Number.isNaN(flows[0]));
  assert.deepEqual([...flows.slice(1)], [10 * 201, -20 * 199, 0]);
  assert.throws(() => flowsFromShares(Float64Array.of(1, 2), Float64Array.of(1)), /price has 1 values but shares has 2/);
});
