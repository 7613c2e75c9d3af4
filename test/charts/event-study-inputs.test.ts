import assert from "node:assert/strict";
import { test } from "node:test";
import { baselineHistogram } from "../../lib/charts/baseline-histogram";
import { forwardReturnBars } from "../../lib/charts/forward-return-bars";
import { randomEntryBaseline } from "../../lib/events/baseline";
import { eventStudy } from "../../lib/events/event-study";
import { randomWalkSeries } from "./fixtures";

// The builders' input types are shaped after lib/events' results, so a notebook passes them
// straight through; this test breaks (at compile time too) if the two drift apart.
test("forwardReturnBars and baselineHistogram take the event study's results as they are", () => {
  const series = randomWalkSeries("TEST", 400, 21, 1000);
  const events = [50, 120, 200];
  const horizon = { tradingDays: 100 };
  const result = eventStudy(series, events, { horizons: [horizon] }).horizons[0];
  const baseline = randomEntryBaseline(series, events, { horizon, draws: 200, seed: 3 });
  const frame = { title: "After the events", caption: "Source: generated", horizon: result.label };

  const bars = forwardReturnBars(result.complete, baseline, frame);
  const shown = bars.data.slice(0, 2).flatMap((t) => t.y as number[]);
  const expected = events.map((i) => Math.round(10000 * (series.close[i + 100] / series.close[i] - 1)) / 100);
  assert.deepEqual([...shown].sort((a, b) => a - b), [...expected].sort((a, b) => a - b));

  const histogram = baselineHistogram(baseline, frame);
  assert.equal((histogram.data[0].y as number[]).reduce((a, b) => a + b, 0), 200);
  const label = (histogram.layout.annotations as { text: string }[])[1].text;
  assert.ok(label.includes(`percentile ${baseline.percentile.toFixed(1)} of 200`), label);
});
