import { checkSameLength } from "./checks";

/**
 * An ETF's daily net flows from its shares outstanding: shares are created when money comes in
 * and redeemed when it leaves, so the day's flow is the change in shares times the day's price
 * per share, (shares[i] - shares[i-1]) x price[i], in the price's currency. The first row has no
 * prior count and is NaN.
 *
 * @example
 * flowsFromShares(Float64Array.of(100, 110, 90), Float64Array.of(200, 201, 199)); // [NaN, 2010, -3980]
 */
export function flowsFromShares(shares: Float64Array, price: Float64Array): Float64Array {
  checkSameLength(shares, price, "shares", "price");
  const out = new Float64Array(shares.length).fill(NaN);
  for (let i = 1; i < shares.length; i++) out[i] = (shares[i] - shares[i - 1]) * price[i];
  return out;
}
