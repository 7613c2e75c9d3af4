import { PALETTE } from "./palette";

/**
 * One Plotly trace as plain JSON.
 *
 * @example
 * const trace: Trace = { type: "scatter", mode: "lines", x: ["2025-01-02"], y: [2200] };
 */
export type Trace = Record<string, unknown>;

/**
 * A Plotly figure as plain data: what `Plotly.newPlot(div, data, layout, config)` takes and
 * what the `application/vnd.plotly.v1+json` MIME type carries.
 *
 * @example
 * const fig: Figure = { data: [{ type: "scatter", x: ["2025-01-02"], y: [2200] }], layout: {} };
 */
export interface Figure {
  data: Trace[];
  layout: Record<string, unknown>;
  config?: Record<string, unknown>;
}

/**
 * Height of every chart in pixels unless the caller sets another: tall enough for a caption.
 *
 * @example
 * lineChart(lines, { ...options, height: DEFAULT_HEIGHT + 100 });
 */
export const DEFAULT_HEIGHT = 460;

/**
 * The frame every chart shares: what it shows and from which data. Builders' options extend it.
 *
 * @example
 * const frame: ChartFrame = { title: "Russell 2000", caption: "Source: FRED RU2000PR, 1987-09-10 to 2025-07-08" };
 */
export interface ChartFrame {
  /** What the chart shows, e.g. "Russell 2000 and its 200-day average". */
  title: string;
  /** Source and date range, made by the data layer, e.g. "Source: FRED RU2000PR, 1987-09-10 to 2025-07-08". */
  caption: string;
  /** Height in pixels (default DEFAULT_HEIGHT). */
  height?: number;
}

/**
 * X-axis fields of a date axis: the hover shows the exact day, not Plotly's "May 1990".
 *
 * @example
 * layout.xaxis = { ...(layout.xaxis as object), ...DATE_AXIS };
 */
export const DATE_AXIS = { type: "date", hoverformat: "%Y-%m-%d" } as const;

const CAPTION_FONT = { size: 11, color: PALETTE.grey };

/**
 * The layout every builder starts from: title, axis titles (with units), a legend under the
 * title, and the caption as an annotation under the x-axis title. Title and legend are placed
 * in container coordinates, so a legend that wraps on a narrow screen pushes the plot down
 * instead of covering the title. `xTickLines` is the number of text lines of the x tick
 * labels: the caption moves down to clear them. Builders spread extra fields over the result.
 *
 * @example
 * chartLayout({ title: "RUT", caption: "Source: FRED" }, "Date", "Close (index points)");
 */
export function chartLayout(frame: ChartFrame, xTitle: string, yTitle: string, xTickLines = 1): Record<string, unknown> {
  requireText("title", frame.title);
  requireText("caption", frame.caption);
  const height = frame.height ?? DEFAULT_HEIGHT;
  const tickShift = 15 * (xTickLines - 1);
  const captionLines = wrapCaption(frame.caption);
  return {
    title: { text: frame.title, x: 0.01, xanchor: "left", yref: "container", y: 1, yanchor: "top", pad: { t: 14 } },
    height,
    margin: { l: 70, r: 30, t: 84, b: 105 + tickShift + CAPTION_LINE_HEIGHT * (captionLines.length - 1) },
    xaxis: { title: { text: xTitle }, automargin: true },
    yaxis: { title: { text: yTitle }, automargin: true },
    legend: { orientation: "h", x: 0, xanchor: "left", yref: "container", y: round3(1 - 46 / height), yanchor: "top" },
    hovermode: "closest",
    // Pixel offset from the bottom of the plot area, so the caption clears the tick labels and
    // the axis title whatever the chart's height.
    annotations: [
      {
        text: captionLines.join("<br>"),
        showarrow: false,
        xref: "paper",
        yref: "paper",
        x: 0,
        y: 0,
        xanchor: "left",
        yanchor: "top",
        yshift: -62 - tickShift,
        align: "left",
        font: CAPTION_FONT,
      },
    ],
  };
}

/**
 * The layout of a chart over dates: chartLayout with "Date" on a DATE_AXIS x axis and a
 * unified hover (one box listing every line on the hovered day). `axes` adds fields to the x
 * and y axes, e.g. a log scale. Builders spread extra fields (shapes, a second axis) over it.
 *
 * @example
 * dateAxisLayout(options, "Close (index points)", { yaxis: logAxis(rut.close) });
 */
export function dateAxisLayout(frame: ChartFrame, yTitle: string, axes: { xaxis?: object; yaxis?: object } = {}): Record<string, unknown> {
  const layout = chartLayout(frame, "Date", yTitle);
  return {
    ...layout,
    hovermode: "x unified",
    xaxis: { ...(layout.xaxis as object), ...DATE_AXIS, ...axes.xaxis },
    yaxis: { ...(layout.yaxis as object), ...axes.yaxis },
  };
}

/** Plotly does not wrap annotation text: longer captions are broken into lines this long. */
export const CAPTION_LINE_CHARS = 140;
const CAPTION_LINE_HEIGHT = 13;

/**
 * A caption broken into lines of at most CAPTION_LINE_CHARS characters at spaces (a longer
 * single word keeps its own line), so long source notes stay inside the chart.
 *
 * @example
 * wrapCaption("Source: Yahoo ^RUT ...", 20); // ["Source: Yahoo ^RUT", "..."]
 */
export function wrapCaption(caption: string, width = CAPTION_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of caption.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The figure with the display defaults filled in where the caller left them out: a
 * responsive config without the Plotly logo, and DEFAULT_HEIGHT. Safe to apply twice.
 *
 * @example
 * withDisplayDefaults({ data: [], layout: {} }).config; // { responsive: true, displaylogo: false }
 */
export function withDisplayDefaults(fig: Figure): Figure {
  return {
    data: fig.data,
    layout: { height: DEFAULT_HEIGHT, ...fig.layout },
    config: { responsive: true, displaylogo: false, ...fig.config },
  };
}

/**
 * The figure's title text ("" when it has none), for plain-text displays.
 *
 * @example
 * figureTitle({ data: [], layout: { title: { text: "RUT" } } }); // "RUT"
 */
export function figureTitle(fig: Figure): string {
  const title = fig.layout.title;
  if (typeof title === "string") return title;
  if (title && typeof title === "object" && typeof (title as { text?: unknown }).text === "string") {
    return (title as { text: string }).text;
  }
  return "";
}

/**
 * Throws unless `value` is a non-empty string: a chart without a title or caption does not say
 * what it shows.
 *
 * @example
 * requireText("caption", options.caption);
 */
export function requireText(name: string, value: unknown): void {
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(`${name} ${JSON.stringify(value)}: must be a non-empty string (every chart says what it shows)`);
  }
}
