import { test } from "node:test";
import assert from "node:assert/strict";
import { PALETTE } from "../../lib/charts/palette";
import { closeTrace, priceChartLayout } from "../../lib/charts/price-chart";

const frame = { title: "RUT", caption: "Source: generated" };
const shading = { spans: [{ x0: "2025-01-02", x1: "2025-01-06" }, { x0: "2025-02-03", x1: "2025-02-04" }], name: "below", fill: "rgba(1,2,3,0.1)", group: "g" };

test("the close line is blue, named after the series and rounded to cents", () => {
  const trace = closeTrace("RUT", ["2025-01-02", "2025-01-03"], Float64Array.of(2200.123, 2210.456));
  assert.equal(trace.name, "RUT close");
  assert.deepEqual(trace.y, [2200.12, 2210.46]);
  assert.equal((trace.line as { color: string }).color, PALETTE.blue);
});

test("each shaded spell is a rectangle over its dates; only the first carries the legend entry", () => {
  const layout = priceChartLayout(frame, Float64Array.of(100, 200), shading) as {
    shapes: Record<string, unknown>[];
    template: { layout: { shapedefaults: Record<string, unknown> } };
    yaxis: Record<string, unknown>;
  };
  assert.deepEqual(layout.shapes, [
    { type: "rect", x0: "2025-01-02", x1: "2025-01-06", name: "below", showlegend: true },
    { type: "rect", x0: "2025-02-03", x1: "2025-02-04" },
  ]);
  assert.equal(layout.template.layout.shapedefaults.fillcolor, "rgba(1,2,3,0.1)");
  assert.equal(layout.template.layout.shapedefaults.legendgroup, "g");
  assert.deepEqual(layout.yaxis, { title: { text: "Close (index points)" }, automargin: true });
});

test("logY puts the close's y axis on a log scale ticked at 1-2-5 steps over the closes", () => {
  const layout = priceChartLayout({ ...frame, logY: true, yTitle: "Price" }, Float64Array.of(150, 2400), shading) as { yaxis: Record<string, unknown> };
  assert.equal(layout.yaxis.type, "log");
  assert.deepEqual(layout.yaxis.tickvals, [100, 200, 500, 1000, 2000, 5000]);
  assert.deepEqual(layout.yaxis.title, { text: "Price" });
});
