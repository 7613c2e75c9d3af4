/**
 * The chart colours used on more than one chart, by hue, so a colour means the same everywhere:
 * blue for the index's close (or the first of two series), orange for its reference level or
 * the second series, green for events, rises and "holds", red for falls and the article's
 * figure, grey and slate for references, ink for frames and zero lines.
 *
 * @example
 * lineTrace({ name: "RUT close", dates, values: close, color: PALETTE.blue }, 2);
 */
export const PALETTE = {
  blue: "#1f4e79",
  orange: "#e08a00",
  green: "#1a7f37",
  red: "#cf222e",
  grey: "#57606a",
  slate: "#6e7781",
  ink: "#24292f",
} as const;
