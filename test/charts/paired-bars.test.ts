import assert from "node:assert/strict";
import { test } from "node:test";
import { pairedBars, type PairedReturn } from "../../lib/charts/paired-bars";
import { mulberry32 } from "../../lib/events/rng";
import { assertGolden } from "./golden";

const options = {
  title: "Value vs growth after each trough",
  caption: "Source: generated, 2001-2022",
  names: ["value", "growth"] as const,
  horizon: "252 trading days",
};

function generatedPairs(): PairedReturn[] {
  const rand = mulberry32(4);
  return ["2001-09-21", "2002-10-09", "2009-03-09", "2011-10-03", "2016-02-11", "2020-03-18"].map((label) => ({
    label,
    a: rand() - 0.2,
    b: rand() - 0.2,
    text: `${label} + 252 trading days`,
  }));
}

type Trace = { name: string; type: string; x: string[]; y: (number | null)[]; text: string[] };

test("pairedBars matches its golden file", () => {
  assertGolden("paired-bars", pairedBars(generatedPairs(), options));
});

test("two bars per event in percent, and a winner marker at the taller bar naming the lead in points", () => {
  const fig = pairedBars(
    [
      { label: "2009-03-09", a: 1.029, b: 0.916 },
      { label: "2022-06-16", a: 0.063, b: 0.243 },
      { label: "2023-01-01", a: -0.1, b: -0.2 },
    ],
    options,
  );
  const [value, growth, winners] = fig.data as Trace[];
  assert.deepEqual(value.y, [102.9, 6.3, -10]);
  assert.deepEqual(growth.y, [91.6, 24.3, -20]);
  assert.equal(winners.name, "rose more: value 2, growth 1 of 3");
  assert.deepEqual(winners.y, [102.9, 24.3, 0], "the marker sits on the taller bar, at 0 when both fell");
  assert.deepEqual(winners.text, ["2009-03-09<br>value by 11.3 pp", "2022-06-16<br>growth by 18.0 pp", "2023-01-01<br>value by 10.0 pp"]);
  assert.equal(fig.layout.barmode, "group");
  assert.equal((fig.layout.yaxis as { title: { text: string } }).title.text, "Return over 252 trading days (%)");
});

test("open horizons and repeated labels are refused", () => {
  assert.throws(() => pairedBars([{ label: "x", a: NaN, b: 0 }], options), /pair x: returns NaN and 0 must be finite fractions/);
  assert.throws(() => pairedBars([{ label: "x", a: 0, b: 0 }, { label: "x", a: 0, b: 0 }], options), /pair label x: appears twice/);
  assert.throws(() => pairedBars([], options), /pairs: empty/);
});
