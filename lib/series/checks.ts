/**
 * Argument checks shared by the transforms, so every function rejects bad input with the
 * same words: what was passed, and what to pass instead.
 */

/**
 * Throws unless `window` is a whole number >= 1 and no longer than the series.
 *
 * @example
 * checkWindow(200, close.length); // ok
 * checkWindow(0, 250); // Error: "window 0: must be a whole number of trading days >= 1"
 */
export function checkWindow(window: number, length: number, name = "window"): void {
  if (!Number.isInteger(window) || window < 1) {
    throw new Error(`${name} ${window}: must be a whole number of trading days >= 1`);
  }
  if (window > length) {
    throw new Error(`${name} ${window} is longer than the series (${length} rows): choose a ${name} <= ${length}`);
  }
}

/**
 * Throws unless `index` is a whole number naming a row of a series of `length` rows.
 *
 * @example
 * checkIndex(5, 10); // ok
 * checkIndex(10, 10); // Error: "index 10: outside the series (10 rows): use 0..9"
 */
export function checkIndex(index: number, length: number, name = "index"): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new Error(`${name} ${index}: outside the series (${length} rows): use 0..${length - 1}`);
  }
}

/**
 * Throws unless two arrays have the same length (they must describe the same days).
 *
 * @example
 * checkSameLength(close, sma, "close", "sma");
 */
export function checkSameLength(a: ArrayLike<unknown>, b: ArrayLike<unknown>, nameA: string, nameB: string): void {
  if (a.length !== b.length) {
    throw new Error(`${nameB} has ${b.length} values but ${nameA} has ${a.length}: pass arrays aligned on the same dates`);
  }
}

/**
 * Throws unless every point (x[i], y[i]) is a pair of finite numbers: a fit or a correlation
 * through a missing value is NaN without saying why.
 *
 * @example
 * checkFinitePoints([1, NaN], [1, 2]); // Error: "point 1 is (NaN, 2): expected finite numbers ..."
 */
export function checkFinitePoints(x: ArrayLike<number>, y: ArrayLike<number>): void {
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) {
      throw new Error(`point ${i} is (${x[i]}, ${y[i]}): expected finite numbers (drop missing points first)`);
    }
  }
}

/**
 * Throws unless every close is a positive finite number: returns, peaks and averages of
 * closes mean nothing otherwise, and a silent NaN would spread through every result.
 *
 * @example
 * checkCloses(series.close); // Error: "close[812] is NaN: ..." on a gap
 */
export function checkCloses(close: ArrayLike<number>, name = "close"): void {
  for (let i = 0; i < close.length; i++) {
    const value = close[i];
    if (!(value > 0 && Number.isFinite(value))) {
      throw new Error(`${name}[${i}] is ${value}: closes must be positive finite numbers (drop or fill the row when loading the data)`);
    }
  }
}

/**
 * Throws unless `value` is a finite number >= 0 (a gap, a fall, a tolerance).
 *
 * @example
 * checkNonNegative(90, "minGap"); // ok
 */
export function checkNonNegative(value: number, name: string): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new Error(`${name} ${value}: must be a finite number >= 0`);
  }
}
