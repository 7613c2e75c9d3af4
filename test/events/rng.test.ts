import { test } from "node:test";
import assert from "node:assert/strict";
import { mulberry32, randomIndex } from "../../lib/events/rng";

test("the same seed gives the same sequence; another seed another one", () => {
  const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
  assert.deepEqual(take(42), take(42));
  assert.notDeepEqual(take(42), take(43));
});

test("numbers fall in [0, 1) and spread evenly over ten buckets", () => {
  const random = mulberry32(7);
  const buckets = new Array(10).fill(0);
  const draws = 100_000;
  for (let k = 0; k < draws; k++) {
    const x = random();
    assert.ok(x >= 0 && x < 1);
    buckets[Math.floor(x * 10)]++;
  }
  for (const count of buckets) assert.ok(Math.abs(count / draws - 0.1) < 0.005, `bucket share ${count / draws}`);
});

test("randomIndex covers 0..count-1 and nothing else", () => {
  const random = mulberry32(3);
  const seen = new Set<number>();
  for (let k = 0; k < 1000; k++) seen.add(randomIndex(random, 7));
  assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4, 5, 6]);
  assert.throws(() => mulberry32(1.5), /seed 1.5: must be a whole number/);
});
