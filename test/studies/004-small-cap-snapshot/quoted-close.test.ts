import { test } from "node:test";
import assert from "node:assert/strict";
import {
  claimQuotedClose, measureQuotedClose, moveRoundsToQuote, MOVE_PRECISION, QUOTED_CLOSE, QUOTED_MOVE,
} from "../../../lib/studies/004-small-cap-snapshot/quoted-close";
import { makeSeries } from "../../fixtures/series";
import { studyData } from "./study-data";

// Weekdays from Mon 2025-07-28: the quoted close on Thu 07-31 after a -0.9% move; Fri 08-01 falls 2%.
const before = QUOTED_CLOSE / (1 + QUOTED_MOVE);
const closes = [2250, 2240, before, QUOTED_CLOSE, QUOTED_CLOSE * 0.98, 2170];
const series = makeSeries(closes, "2025-07-28");
const params = { articleDate: "2025-08-01", closeTolerance: 0.5 };

test("the quote belongs to the previous session: partly, so the claim is roughly", () => {
  const q = measureQuotedClose(studyData(series), params);
  assert.equal(q.matched?.date, "2025-07-31");
  assert.equal(q.moveMatches, true);
  assert.deepEqual(q.around.map((d) => d.date), ["2025-07-29", "2025-07-30", "2025-07-31", "2025-08-01", "2025-08-04"]);
  const claim = claimQuotedClose(q, params);
  assert.equal(claim.verdict, "roughly");
  assert.match(claim.measured, /^2211\.65, -0\.9% on 2025-07-31; 2025-08-01: 2167\.42, -2\.0%$/);
});

test("the quote on the article's own date confirms the claim", () => {
  const q = measureQuotedClose(studyData(series), { ...params, articleDate: "2025-07-31" });
  assert.equal(claimQuotedClose(q, { ...params, articleDate: "2025-07-31" }).verdict, "confirmed");
});

test("a close counts up to closeTolerance points from the quote, not beyond", () => {
  const at = makeSeries([2250, 2240, before, QUOTED_CLOSE + 0.5, 2170], "2025-07-28");
  assert.equal(measureQuotedClose(studyData(at), params).matched?.date, "2025-07-31");
  const beyond = makeSeries([2250, 2240, before, QUOTED_CLOSE + 0.51, 2170], "2025-07-28");
  const q = measureQuotedClose(studyData(beyond), params);
  assert.equal(q.matched, undefined);
  assert.equal(claimQuotedClose(q, params).verdict, "not confirmed");
});

test("the move reproduces -0.9% when it rounds to it: within 0.05 points, not beyond", () => {
  assert.equal(MOVE_PRECISION, 0.0005);
  assert.equal(moveRoundsToQuote(-0.00949), true);
  assert.equal(moveRoundsToQuote(-0.00851), true);
  assert.equal(moveRoundsToQuote(-0.00951), false);
  assert.equal(moveRoundsToQuote(-0.00849), false);
  assert.equal(moveRoundsToQuote(null), false, "the first row has no move");
});
