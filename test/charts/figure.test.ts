import { test } from "node:test";
import assert from "node:assert/strict";
import { chartLayout, dateAxisLayout, wrapCaption } from "../../lib/charts/figure";

test("captions wrap at spaces and keep every word", () => {
  const caption = "Source: Yahoo ^RUT via snapshot (sha256 3189f0b4…), 1987-09-10 to 2026-02-23";
  const lines = wrapCaption(caption, 30);
  assert.ok(lines.every((l) => l.length <= 30), lines.join("|"));
  assert.equal(lines.join(" "), caption);
  assert.deepEqual(wrapCaption("short"), ["short"]);
  assert.deepEqual(wrapCaption("averyveryverylongword x", 5), ["averyveryverylongword", "x"]);
});

test("a wrapped caption gets room under the plot, one line height per extra line", () => {
  const one = chartLayout({ title: "t", caption: "c" }, "x", "y") as { margin: { b: number } };
  const three = chartLayout({ title: "t", caption: `${"word ".repeat(60)}end` }, "x", "y") as {
    margin: { b: number };
    annotations: { text: string }[];
  };
  assert.equal(three.annotations[0].text.split("<br>").length, 3);
  assert.equal(three.margin.b - one.margin.b, 2 * 13);
});

test("a date-axis layout shows exact days in one unified hover and keeps the axis titles under added fields", () => {
  const layout = dateAxisLayout({ title: "t", caption: "c" }, "Close (index points)", {
    xaxis: { rangeslider: { visible: false } },
    yaxis: { type: "log" },
  }) as { hovermode: string; xaxis: Record<string, unknown>; yaxis: Record<string, unknown> };
  assert.equal(layout.hovermode, "x unified");
  assert.deepEqual(layout.xaxis, { title: { text: "Date" }, automargin: true, type: "date", hoverformat: "%Y-%m-%d", rangeslider: { visible: false } });
  assert.deepEqual(layout.yaxis, { title: { text: "Close (index points)" }, automargin: true, type: "log" });
});
