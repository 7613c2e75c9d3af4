import { test } from "node:test";
import assert from "node:assert/strict";
import { gridSteps, gridsByRow, sweepGrids } from "../../lib/events/sweep-grids";

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

test("gridSteps: from to `to` by `step`, `to` included only when it falls on a step", () => {
  assert.deepEqual(gridSteps(0, 30, 10), [0, 10, 20, 30]);
  assert.deepEqual(gridSteps(15, 50, 10), [15, 25, 35, 45]);
  assert.deepEqual(gridSteps(5, 5, 3), [5]);
});

test("gridSteps refuses a step that is not positive and a reversed range, with the fix", () => {
  assert.throws(() => gridSteps(0, 10, 0), { message: "step 0: must be a positive number, e.g. 5" });
  assert.throws(() => gridSteps(0, 10, NaN), /step NaN: must be a positive number/);
  assert.throws(() => gridSteps(10, 0, 1), { message: "from 10 is after to 0: swap them" });
});
