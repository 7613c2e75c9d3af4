/**
 * Fields of a log-scale y axis labelled at 1-2-5 steps in full numbers (100, 200, 500, 1,000)
 * over the positive range of `values`: Plotly's own log ticks label 2,000 as a bare "2".
 *
 * @example
 * layout.yaxis = { ...(layout.yaxis as object), ...logAxis(series.close) };
 * logAxis(Float64Array.of(150, 2400)).tickvals; // [100, 200, 500, 1000, 2000, 5000]
 */
export function logAxis(values: ArrayLike<number>): { type: "log"; tickvals: number[]; tickformat: string } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > 0 && values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  const tickvals: number[] = [];
  for (let power = Math.floor(Math.log10(min)); 10 ** power <= max; power++) {
    for (const step of [1, 2, 5]) tickvals.push(Number((step * 10 ** power).toPrecision(1)));
  }
  return { type: "log", tickvals, tickformat: ",~f" };
}
