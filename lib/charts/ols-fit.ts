import { centredSums } from "../series/centred-sums";
import { checkFinitePoints } from "../series/checks";

/**
 * An ordinary-least-squares line y = intercept + slope * x and how much of y it explains.
 *
 * @example
 * const { slope, intercept, r2 } = olsFit(x, y);
 */
export interface OlsFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination, 1 - SSres / SStot; NaN when y is constant (nothing to explain). */
  r2: number;
  /** Number of points fitted. */
  n: number;
}

/**
 * Fits y = intercept + slope * x by ordinary least squares.
 *
 * @example
 * olsFit([0, 1, 2], [1, 3, 5]); // { slope: 2, intercept: 1, r2: 1, n: 3 }
 */
export function olsFit(x: ArrayLike<number>, y: ArrayLike<number>): OlsFit {
  const n = x.length;
  if (y.length !== n) throw new Error(`y has ${y.length} values but x has ${n}: pass one y per x`);
  if (n < 2) throw new Error(`x has ${n} points: a fit needs at least 2`);
  checkFinitePoints(x, y);
  const { meanX, meanY, sxx, syy, sxy } = centredSums(x, y);
  if (sxx === 0) throw new Error(`x is constant (${meanX}): a slope needs at least two different x values`);
  const slope = sxy / sxx;
  // For the least-squares line 1 - SSres / SStot reduces to sxy^2 / (sxx * syy).
  const r2 = syy === 0 ? NaN : (sxy * sxy) / (sxx * syy);
  return { slope, intercept: meanY - slope * meanX, r2, n };
}
