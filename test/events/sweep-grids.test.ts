import { test } from "node:test";
import assert from "node:assert/strict";
import { gridsByRow, sweepGrids } from "../../lib/events/sweep-grids";

test("each field becomes a grid indexed [row][column]", () => {
  const grids = sweepGrids(["sum", "product"], [1, 2, 3], [10, 20], (r) => (c) => ({ sum: r + c, product: r * c }));
  assert.deepEqual(grids.sum, [[11, 21], [12, 22], [13, 23]]);
  assert.deepEqual(grids.product, [[10, 20], [20, 40], [30, 60]]);
});

test("a row's shared work runs once per row, not once per cell", () => {
  let rowCalls = 0;
  sweepGrids(["x"], [1, 2], [1, 2, 3, 4], (r) => {
    rowCalls++;
    return (c) => ({ x: r * c });
  });
  assert.equal(rowCalls, 2);
});

test("without rows every field is still there, as an empty grid", () => {
  assert.deepEqual(sweepGrids(["a", "b"], [], [1], () => () => ({ a: 0, b: 0 })), { a: [], b: [] });
  assert.deepEqual(sweepGrids(["a"], [1], [], () => () => ({ a: 0 })), { a: [[]] });
});

test("gridsByRow: each row's lines become that row of every grid", () => {
  const grids = gridsByRow(["sum", "product"], [1, 2, 3], (r) => ({ sum: [r + 10, r + 20], product: [r * 10, r * 20] }));
  assert.deepEqual(grids, { sum: [[11, 21], [12, 22], [13, 23]], product: [[10, 20], [20, 40], [30, 60]] });
  assert.deepEqual(gridsByRow(["a"], [], () => ({ a: [1] })), { a: [] });
});
