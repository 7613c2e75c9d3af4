import { test } from "node:test";
import assert from "node:assert/strict";
import { readingsTried, readingsTriedNote } from "../../lib/claims/readings-tried";

const grid = [
  { label: "a", value: 7 },
  { label: "b", value: 8 },
  { label: "c", value: 11 },
  { label: "d", value: 8.4 },
  { label: "e", value: Number.NaN },
];

test("counts the readings within tolerance of the article and ranks the default by closeness", () => {
  const t = readingsTried(grid, "a", 8, 0.5);
  assert.equal(t.tried, 5);
  assert.equal(t.reproducing, 2); // b (0) and d (0.4); a is 1 away
  assert.equal(t.share, 2 / 5);
  assert.equal(t.defaultRank, 3); // b and d are closer
});

test("a reading exactly at the tolerance reproduces; one just beyond does not", () => {
  assert.equal(readingsTried(grid, "a", 8, 1).reproducing, 3);
  assert.equal(readingsTried(grid, "a", 8, 0.999).reproducing, 2);
});

test("a reading with no value never reproduces and ranks last", () => {
  assert.equal(readingsTried(grid, "e", 8, 100).reproducing, 4);
  assert.equal(readingsTried(grid, "e", 8, 0).defaultRank, 5);
});

test("the default must be among the readings tried", () => {
  assert.throws(() => readingsTried(grid, "z", 8, 0), /default reading 'z' is not among the 5 readings/);
});

test("the note says how many were tried, the share that reproduces, and the default's rank", () => {
  const note = readingsTriedNote(readingsTried(grid, "b", 8, 0), "8 cases");
  assert.equal(note, "5 readings tried; 1 (20%) reproduce the article's 8 cases; the default (b) ranks 1 of 5 by closeness.");
});
