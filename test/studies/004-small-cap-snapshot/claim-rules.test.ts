// The verdict rules of 004-2, 004-4 and 004-5, on each side of their thresholds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { crossCameWithin, crossHolds, horizonsBeatingRandom } from "../../../lib/studies/004-small-cap-snapshot/golden-cross";
import { claimJulyRebound, measureJulyRebound } from "../../../lib/studies/004-small-cap-snapshot/july-rebound";
import { MIN_FIGURES_FOR_PARTLY, yearToDateHolds } from "../../../lib/studies/004-small-cap-snapshot/year-to-date";
import type { EventsVsRandomRow } from "../../../lib/events/events-vs-random";
import { SIGNIFICANT_PERCENTILE } from "../../../lib/claims/thresholds";
import type { DailySeries } from "../../../lib/series/daily-series";
import { studyData } from "./study-data";

test("004-2: all three figures on one day hold, two of three partly, one no", () => {
  assert.equal(MIN_FIGURES_FOR_PARTLY, 2);
  assert.equal(yearToDateHolds(3, 3), "yes");
  assert.equal(yearToDateHolds(2, 3), "partly");
  assert.equal(yearToDateHolds(1, 3), "no");
});

// June 30 closes at 100; July's closes end at `last`, so July's monthly return is last / 100 - 1.
function july(last: number): DailySeries {
  return { id: "TEST", dates: ["2025-06-27", "2025-06-30", "2025-07-01", "2025-07-15", "2025-07-31"], close: Float64Array.of(99, 100, 101, 102, last) };
}

test("004-4: July's monthly return confirms within reboundTolerance of 3.5%, roughly beyond it", () => {
  const at = measureJulyRebound(studyData(july(103.999)), { reboundTolerance: 0.5 });
  assert.equal(claimJulyRebound(at, { reboundTolerance: 0.5 }).verdict, "confirmed");
  const beyond = measureJulyRebound(studyData(july(104.01)), { reboundTolerance: 0.5 });
  assert.equal(claimJulyRebound(beyond, { reboundTolerance: 0.5 }).verdict, "roughly");
  assert.equal(claimJulyRebound(beyond, { reboundTolerance: 0.6 }).verdict, "confirmed", "the parameter is the tolerance");
  const fell = measureJulyRebound(studyData(july(97)), { reboundTolerance: 0.5 });
  assert.equal(claimJulyRebound(fell, { reboundTolerance: 0.5 }).verdict, "not confirmed", "a July fall is no rebound");
});

test("004-5: the cross came and past crosses beat random entry: yes; one of the two: partly; neither: no", () => {
  assert.equal(crossHolds(true, ["252d"]), "yes");
  assert.equal(crossHolds(true, []), "partly");
  assert.equal(crossHolds(false, ["21d"]), "partly");
  assert.equal(crossHolds(false, []), "no");
});

test("004-5: the cross is 'approaching' up to crossWindowDays trading days after the article, not a day later", () => {
  assert.equal(crossCameWithin(21, 21), true);
  assert.equal(crossCameWithin(22, 21), false);
  assert.equal(crossCameWithin(undefined, 21), false);
});

test("004-5: a horizon beats random entry from the shared SIGNIFICANT_PERCENTILE on", () => {
  const row = (horizon: string, percentile: number) => ({ horizon, percentile }) as EventsVsRandomRow;
  const rows = [row("21d", SIGNIFICANT_PERCENTILE - 0.1), row("63d", SIGNIFICANT_PERCENTILE), row("252d", 99.5)];
  assert.deepEqual(horizonsBeatingRandom(rows), ["63d", "252d"]);
});
