import { test } from "node:test";
import assert from "node:assert/strict";
import { runs } from "../../lib/series/runs";
import { weekdays } from "../fixtures/series";

test("runs above and below, with ties keeping the side and a NaN ending the run", () => {
  const dates = weekdays("2024-01-01", 8); // Mon 1 .. Fri 5, Mon 8 .. Wed 10
  const a = Float64Array.of(3, 1, 2, 2, 3, NaN, 2, 1);
  const result = runs(dates, a, new Float64Array(8).fill(2));
  assert.deepEqual(
    result.map((r) => [r.side, r.start, r.end, r.tradingDays, r.calendarDays, r.open]),
    [
      ["above", 0, 0, 1, 1, false],
      ["below", 1, 3, 3, 3, false], // the ties on rows 2 and 3 stay below
      ["above", 4, 4, 1, 1, false],
      // row 5 is NaN; row 6 ties with no side known yet, so the next run starts on row 7
      ["below", 7, 7, 1, 1, true],
    ],
  );
  assert.equal(result[1].startDate, "2024-01-02");
  assert.equal(result[1].endDate, "2024-01-04");
});

test("calendar days span weekends: Friday to Monday is 4 days", () => {
  const dates = weekdays("2024-01-05", 3); // Fri 5, Mon 8, Tue 9
  const [run] = runs(dates, Float64Array.of(1, 1, 1), Float64Array.of(2, 2, 2));
  assert.deepEqual([run.tradingDays, run.calendarDays, run.open], [3, 5, true]);
});

test("a series that only touches has no runs", () => {
  assert.deepEqual(runs(weekdays("2024-01-01", 3), Float64Array.of(2, 2, 2), Float64Array.of(2, 2, 2)), []);
});
