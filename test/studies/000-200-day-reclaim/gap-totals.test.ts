import { test } from "node:test";
import assert from "node:assert/strict";
import { GapTotals } from "../../../lib/studies/000-200-day-reclaim/gap-totals";
import { mulberry32 } from "../../../lib/events/rng";

type Outcome = { gap: number; value: number };

/** The totals over outcomes with gap >= minGap, by filtering: the slow, obvious definition. */
function bruteForce(outcomes: Outcome[], minGap: number) {
  const kept = outcomes.filter((o) => o.gap >= minGap);
  const complete = kept.filter((o) => !Number.isNaN(o.value));
  return {
    count: kept.length,
    complete: complete.length,
    open: kept.length - complete.length,
    sum: complete.reduce((s, o) => s + o.value, 0),
    hits: complete.filter((o) => o.value > 0).length,
  };
}

function totalsAt(totals: GapTotals, minGap: number) {
  const g = totals.entryFor(minGap);
  return { count: totals.count[g], complete: totals.complete[g], open: totals.open[g], sum: totals.sum[g], hits: totals.hits[g] };
}

test("three outcomes, by hand", () => {
  const totals = new GapTotals(10, 100);
  totals.add(3, 0.1);
  totals.add(7, -0.05);
  totals.add(7, NaN);
  totals.accumulate();
  assert.deepEqual(totalsAt(totals, 0), { count: 3, complete: 2, open: 1, sum: 0.1 + -0.05, hits: 1 });
  assert.deepEqual(totalsAt(totals, 4), { count: 2, complete: 1, open: 1, sum: -0.05, hits: 0 });
  assert.deepEqual(totalsAt(totals, 3.5), totalsAt(totals, 4)); // whole-day gaps: >= 3.5 means >= 4
  assert.deepEqual(totalsAt(totals, 8), { count: 0, complete: 0, open: 0, sum: 0, hits: 0 });
  assert.deepEqual(totalsAt(totals, 500), totalsAt(totals, 8));
});

test("round after round, the totals equal filtering the round's outcomes", () => {
  const random = mulberry32(21);
  const totals = new GapTotals(400, 300);
  for (let round = 0; round < 20; round++) {
    const outcomes: Outcome[] = Array.from({ length: Math.floor(random() * 300) }, () => ({
      gap: Math.floor(random() * random() * 400),
      value: random() < 0.1 ? NaN : random() - 0.45,
    }));
    for (const o of outcomes) totals.add(o.gap, o.value);
    totals.accumulate();
    for (const minGap of [0, 1, 2.5, 10, 90, 180, 399, 400, 1000]) {
      const ours = totalsAt(totals, minGap);
      const oracle = bruteForce(outcomes, minGap);
      const where = `round ${round}, minGap ${minGap}`;
      assert.deepEqual({ ...ours, sum: 0 }, { ...oracle, sum: 0 }, where);
      assert.ok(Math.abs(ours.sum - oracle.sum) < 1e-12, where);
    }
  }
});

test("each sum runs in one fixed order: longest gap first, the latest added first within a gap", () => {
  const random = mulberry32(3);
  const outcomes: Outcome[] = Array.from({ length: 200 }, () => ({ gap: Math.floor(random() * 30), value: random() * 1e-3 + (random() < 0.5 ? 1e3 : 0) }));
  const totals = new GapTotals(30, 200);
  outcomes.forEach((o) => totals.add(o.gap, o.value));
  totals.accumulate();
  const ordered = outcomes.map((o, k) => ({ ...o, k })).sort((a, b) => b.gap - a.gap || b.k - a.k);
  for (const minGap of [0, 5, 17]) {
    const sum = ordered.filter((o) => o.gap >= minGap).reduce((s, o) => s + o.value, 0);
    assert.ok(Object.is(totals.sum[totals.entryFor(minGap)], sum), `minGap ${minGap}`);
  }
});

test("bad input is rejected with the fix in the message", () => {
  assert.throws(() => new GapTotals(-1, 10), { message: "GapTotals(-1, 10): maxGap and capacity must be whole numbers >= 0" });
  const totals = new GapTotals(10, 1);
  assert.throws(() => totals.add(11, 0), { message: "gap 11: must be a whole number in 0..10" });
  assert.throws(() => totals.add(2.5, 0), /gap 2.5: must be a whole number/);
  totals.add(1, 0);
  assert.throws(() => totals.add(1, 0), { message: "more than 1 outcomes in one round: make the GapTotals larger" });
});
