import assert from "node:assert/strict";
import { test } from "node:test";
import { logAxis } from "../../lib/charts/log-axis";

test("log ticks run 1-2-5 across the decades the positive values span", () => {
  assert.deepEqual(logAxis(Float64Array.of(150, 2400)), { type: "log", tickvals: [100, 200, 500, 1000, 2000, 5000], tickformat: ",~f" });
  assert.deepEqual(logAxis([0, -3, 7]).tickvals, [1, 2, 5], "zero and negatives are ignored");
  assert.deepEqual(logAxis([0.3, 0.9]).tickvals, [0.1, 0.2, 0.5]);
});
