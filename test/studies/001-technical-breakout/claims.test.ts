import { test } from "node:test";
import assert from "node:assert/strict";
import { CLAIMS, claimSpec } from "../../../lib/studies/001-technical-breakout/claims";
import { DEFAULTS } from "../../../lib/studies/001-technical-breakout/parameters";

test("the claim specs' figures and tolerances are the defaults of the parameters that override them", () => {
  const neckline = claimSpec("001-1");
  assert.deepEqual([neckline.figure, neckline.tolerance], [DEFAULTS.articleNeckline, DEFAULTS.necklineTolerance]);
  const twice = claimSpec("001-4");
  assert.deepEqual([(twice.figure ?? NaN) - (twice.tolerance ?? NaN), (twice.figure ?? NaN) + (twice.tolerance ?? NaN)], [DEFAULTS.ratioLow, DEFAULTS.ratioHigh]);
});

test("the window claims' readings name the default recency", () => {
  for (const id of ["001-2", "001-3"]) assert.match(claimSpec(id).reading, new RegExp(`last ${DEFAULTS.recentDays} trading days`));
  assert.equal(CLAIMS.length, 6);
  assert.throws(() => claimSpec("001-9"), /no claim '001-9'/);
});
