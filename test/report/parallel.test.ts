import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { mapConcurrently } from "../../lib/report/parallel";

test("runs at most `limit` tasks at once, starts them in order, and keeps the results in order", async () => {
  let running = 0;
  let most = 0;
  const started: number[] = [];
  // Later items finish first, so a result order taken from completion would be reversed.
  const results = await mapConcurrently([5, 4, 3, 2, 1, 0], 2, async (delay, index) => {
    started.push(index);
    running++;
    most = Math.max(most, running);
    await sleep(delay * 3);
    running--;
    return delay * 10;
  });
  assert.equal(most, 2);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(results, [50, 40, 30, 20, 10, 0]);
});

test("a limit above the number of items runs them all at once; no items, no calls", async () => {
  let running = 0;
  let most = 0;
  await mapConcurrently([1, 2, 3], 8, async () => {
    running++;
    most = Math.max(most, running);
    await sleep(5);
    running--;
  });
  assert.equal(most, 3);
  assert.deepEqual(await mapConcurrently([], 2, async () => assert.fail("called")), []);
});

test("after a failure no new task starts; the call rejects once the running task has finished", async () => {
  const started: number[] = [];
  let slowFinished = false;
  await assert.rejects(
    mapConcurrently([0, 1, 2, 3], 2, async (item) => {
      started.push(item);
      if (item === 0) throw new Error("study 0 broke");
      await sleep(20);
      slowFinished = true;
    }),
    /study 0 broke/,
  );
  assert.deepEqual(started, [0, 1]);
  assert.equal(slowFinished, true);
});

test("a limit that is not a whole number >= 1 is refused", async () => {
  for (const limit of [0, -1, 1.5, Number.NaN]) {
    await assert.rejects(mapConcurrently([1], limit, async () => 1), /limit must be a whole number >= 1/);
  }
});
