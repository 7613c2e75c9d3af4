import { test } from "node:test";
import assert from "node:assert/strict";
import { chartLayout, wrapCaption } from "../../lib/charts/figure";

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
