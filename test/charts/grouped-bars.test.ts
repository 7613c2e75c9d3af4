import assert from "node:assert/strict";
import { test } from "node:test";
import { groupedBars } from "../../lib/charts/grouped-bars";
import { assertGolden } from "./golden";

const categories = ["2022", "2023", "2024"];
const groups = [
  { name: "volume ratio", values: [1.834, 2.4167, NaN], color: "#1f4e79" },
  { name: "range ratio", values: [1.1, 0.95, 1.3] },
];
const options = {
  title: "Reconstitution day vs the prior 20 days",
  caption: "Source: generated, 2022-06-24 to 2024-06-28",
  xTitle: "Year",
  yTitle: "Ratio to the prior 20-day median (x)",
  unit: "x",
  references: [{ name: "normal day = 1", value: 1 }],
};

type Trace = { type: string; name: string; x: unknown[]; y: unknown[]; xaxis?: string };

test("grouped bars match their golden file", () => {
  assertGolden("grouped-bars", groupedBars(categories, groups, options));
});

test("one bar trace per group, values rounded, gaps for NaN, and a full-width reference line", () => {
  const fig = groupedBars(categories, groups, options);
  const [volume, range, reference] = fig.data as Trace[];
  assert.deepEqual([volume.type, volume.x, volume.y], ["bar", categories, [1.83, 2.42, null]]);
  assert.deepEqual(range.y, [1.1, 0.95, 1.3]);
  assert.deepEqual([reference.name, reference.xaxis, reference.y], ["normal day = 1", "x2", [1, 1]]);
  assert.equal(fig.layout.barmode, "group");
});

test("bars in % take fractions: values, references and hover drawn in percent", () => {
  const fig = groupedBars(["2024"], [{ name: "share", values: [0.4567] }], {
    ...options, yTitle: "Share of days (%)", unit: "%", references: [{ name: "half", value: 0.5 }],
  });
  const [bars, reference] = fig.data as (Trace & { hovertemplate: string })[];
  assert.deepEqual(bars.y, [45.67]);
  assert.deepEqual(reference.y, [50, 50]);
  assert.equal(reference.hovertemplate, "half: 50.00%<extra></extra>");
});

test("misaligned values and repeated categories are refused", () => {
  assert.throws(() => groupedBars(categories, [{ name: "v", values: [1] }], options), /bars "v" has 1 values but categories has 3 dates/);
  assert.throws(() => groupedBars(["2024", "2024"], [{ name: "v", values: [1, 2] }], options), /a label appears twice/);
});
