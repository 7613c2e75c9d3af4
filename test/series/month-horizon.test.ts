import { test } from "node:test";
import assert from "node:assert/strict";
import { horizonEndIndex, horizonLabel } from "../../lib/series/horizon";
import { monthHorizon } from "../../lib/series/month-horizon";

test("months as trading days (21 a month) or as calendar months", () => {
  assert.deepEqual(monthHorizon(12, "trading"), { tradingDays: 252 });
  assert.deepEqual(monthHorizon(1, "trading"), { tradingDays: 21 });
  assert.deepEqual(monthHorizon(3, "calendar"), { calendar: { months: 3 } });
  assert.equal(horizonLabel(monthHorizon(6, "calendar")), "6m");
  // A calendar month from 2025-01-31 ends on the first trading day on or after 2025-02-28.
  const dates = ["2025-01-31", "2025-02-27", "2025-02-28", "2025-03-03"];
  assert.equal(horizonEndIndex(dates, 0, monthHorizon(1, "calendar")), 2);
});

test("a month count below 1 or a fraction is refused", () => {
  assert.throws(() => monthHorizon(0, "trading"), /months 0: must be a whole number >= 1/);
  assert.throws(() => monthHorizon(1.5, "calendar"), /months 1.5/);
});
