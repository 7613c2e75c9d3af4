/**
 * The means of x and y over some rows and their centred sums of squares and products: what a
 * correlation and a least-squares line are both made of.
 *
 * @example
 * const { sxy, sxx } = centredSums([0, 1, 2], [1, 3, 5]); // slope sxy / sxx = 2
 */
export interface CentredSums {
  n: number;
  meanX: number;
  meanY: number;
  /** Sum of (x - meanX)^2. */
  sxx: number;
  /** Sum of (y - meanY)^2. */
  syy: number;
  /** Sum of (x - meanX)(y - meanY). */
  sxy: number;
}

/**
 * Means and centred sums of x and y over rows [from, to), in two passes (means first): daily
 * returns are tiny and the one-pass formula sum(xy) - n·meanX·meanY loses their digits. The
 * caller checks lengths and finiteness.
 *
 * @example
 * centredSums([1, 2, 3], [2, 4, 7]); // { n: 3, meanX: 2, meanY: 4.33, sxx: 2, syy: 12.67, sxy: 5 }
 */
export function centredSums(x: ArrayLike<number>, y: ArrayLike<number>, from = 0, to = x.length): CentredSums {
  const n = to - from;
  let sumX = 0;
  let sumY = 0;
  for (let i = from; i < to; i++) {
    sumX += x[i];
    sumY += y[i];
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = from; i < to; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  return { n, meanX, meanY, sxx, syy, sxy };
}
