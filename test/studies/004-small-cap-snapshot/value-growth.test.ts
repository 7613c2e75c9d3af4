import { test } from "node:test";
import assert from "node:assert/strict";
import type { WinShare } from "../../../lib/studies/004-small-cap-snapshot/paired-outcomes";
import { majorityAcrossReadings, MOST_SHARE } from "../../../lib/studies/004-small-cap-snapshot/value-growth";

const share = (wins: number, complete: number): WinShare => ({ wins, losses: complete - wins, ties: 0, complete, share: complete > 0 ? wins / complete : NaN });

test("'most of the time' across readings: yes when every reading has a majority, partly when they disagree", () => {
  assert.equal(majorityAcrossReadings([share(7, 13), share(3, 5)]), "yes");
  assert.equal(majorityAcrossReadings([share(7, 13), share(2, 5)]), "partly");
  assert.equal(majorityAcrossReadings([share(1, 4), share(2, 5)]), "no");
});

test("'most' means more than half: exactly half is not most, one win more is", () => {
  assert.equal(MOST_SHARE, 0.5);
  assert.equal(majorityAcrossReadings([share(2, 4)]), "no", "half is not most");
  assert.equal(majorityAcrossReadings([share(3, 5)]), "yes");
});

test("a reading without a complete outcome cannot say either way: untestable; no reading at all is an error", () => {
  assert.equal(majorityAcrossReadings([share(3, 5), share(0, 0)]), "untestable");
  assert.throws(() => majorityAcrossReadings([]), /shares: empty/);
});
