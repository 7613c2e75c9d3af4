/**
 * The exact rounding error of a floating-point addition: `sum` being a + b as rounded,
 * a + b = sum + additionError(a, b, sum) holds exactly (Knuth's TwoSum). Running sums add
 * these errors up (Neumaier, Kahan-Babuska) so that long sums lose nothing to rounding.
 * Neumaier's usual form branches on |a| >= |b|; this one gives the same exact error with no
 * branch, which keeps the loops that call it tight.
 *
 * @example
 * const sum = 1e16 + 1; // 1e16: the 1 is rounded away
 * additionError(1e16, 1, sum); // 1
 */
export function additionError(a: number, b: number, sum: number): number {
  const bPart = sum - a;
  return a - (sum - bPart) + (b - bPart);
}
