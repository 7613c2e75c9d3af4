import type { DailySeries } from "../series/daily-series";
import { necklineAt, type InverseHeadAndShoulders } from "../patterns/inverse-head-and-shoulders";
import type { PointMarkers } from "./candlestick";
import { PALETTE } from "./palette";
import { formatFixed, PRICE_DECIMALS } from "./round";
import type { NamedLine } from "./traces";

/**
 * What a candlestick chart draws over the candles for one pattern: its neckline (from the
 * first peak to the breakout, or to the day the pattern was decided) and its five swings, with
 * the breakout day as a sixth point.
 *
 * @example
 * const overlay = patternOverlay(rut, pattern);
 * candlestick(sliceByDate(rut, "2025-02-01", "2025-07-31"), { title, caption, ...overlay });
 */
export function patternOverlay(series: DailySeries, pattern: InverseHeadAndShoulders): { lines: NamedLine[]; markers: PointMarkers[] } {
  const end = pattern.breakoutIndex ?? pattern.decidedIndex ?? series.dates.length - 1;
  const start = pattern.leftShoulder.index;
  const level = (row: number) => formatFixed(necklineAt(pattern, row), PRICE_DECIMALS);
  const neckline: NamedLine = {
    name: `neckline (${level(pattern.leftPeak.index)} to ${level(end)})`,
    dates: [series.dates[start], series.dates[end]],
    values: [necklineAt(pattern, start), necklineAt(pattern, end)],
    dash: "dash",
    color: PALETTE.slate,
  };
  const swings = [
    ["left shoulder", pattern.leftShoulder],
    ["neckline peak 1", pattern.leftPeak],
    ["head", pattern.head],
    ["neckline peak 2", pattern.rightPeak],
    ["right shoulder", pattern.rightShoulder],
  ] as const;
  const markers: PointMarkers[] = [
    {
      name: "pattern swings",
      dates: swings.map(([, p]) => series.dates[p.index]),
      values: swings.map(([, p]) => p.value),
      text: swings.map(([name, p]) => `${name} (known ${series.dates[p.confirmedIndex]})`),
      symbol: "diamond",
      color: "#8250df",
    },
  ];
  if (pattern.breakoutIndex !== null) {
    markers.push({
      name: "breakout close",
      dates: [series.dates[pattern.breakoutIndex]],
      values: [series.close[pattern.breakoutIndex]],
      text: [`breakout above the neckline at ${level(pattern.breakoutIndex)}`],
      symbol: "star",
      color: "#bf8700",
    });
  }
  return { lines: [neckline], markers };
}
