import { test } from "node:test";
import assert from "node:assert/strict";
import { fundFlows, loadFlows, parseFlowsCsv } from "../../lib/data/flows";
import type { DailySeries } from "../../lib/series/daily-series";

test("a net-flows file is read as it is, header names matched without regard to case", () => {
  const parsed = parseFlowsCsv(" Date , NET_FLOW_USD ,note\n2024-06-03,-125000000,a\n2024-06-04,2.5e8,b\n", "iwm-flows.csv");
  assert.equal(parsed.kind, "net_flow_usd");
  assert.deepEqual(parsed.dates, ["2024-06-03", "2024-06-04"]);
  assert.deepEqual([...parsed.values], [-125e6, 250e6]);
  assert.deepEqual(parsed.ignoredColumns, ["note"]);
  const flows = fundFlows(parsed);
  assert.equal(flows.method, "net_flow_usd column");
  assert.deepEqual([...flows.flow], [-125e6, 250e6]);
  assert.deepEqual(flows.notes, ["columns not used: note"]);
});

test("a shares file becomes change in shares x the file's price, from its second day", () => {
  const text = "date,shares_outstanding,price\n2024-06-03,1000,200\n2024-06-04,1010,201\n2024-06-05,990,199.5\n";
  const flows = fundFlows(parseFlowsCsv(text, "iwm-shares.csv"));
  assert.deepEqual(flows.dates, ["2024-06-04", "2024-06-05"]);
  assert.deepEqual([...flows.flow], [10 * 201, -20 * 199.5]);
});

test("without a price column the fund's close is used, and a date it lacks is refused with the line", () => {
  const iwm: DailySeries = { id: "IWM", dates: ["2024-06-03", "2024-06-04", "2024-06-05"], close: Float64Array.of(200, 202, 198) };
  const parsed = parseFlowsCsv("date,shares_outstanding\n2024-06-03,1000\n2024-06-04,1005\n2024-06-05,1001\n", "iwm-shares.csv");
  const flows = fundFlows(parsed, iwm);
  assert.deepEqual([...flows.flow], [5 * 202, -4 * 198]);
  assert.equal(flows.method, "change in shares_outstanding x IWM close");
  assert.throws(() => fundFlows(parsed), /iwm-shares.csv has shares_outstanding but no price column: add a 'price' column/);
  const holiday = parseFlowsCsv("date,shares_outstanding\n2024-06-03,1000\n2024-06-08,1005\n", "iwm-shares.csv");
  assert.throws(() => fundFlows(holiday, iwm), /iwm-shares.csv line 3: IWM has no close on 2024-06-08; add a 'price' column to the file, or remove the row/);
});

test("a malformed file is refused with the file, the line and the fix", () => {
  const refuse = (text: string, message: RegExp) => assert.throws(() => parseFlowsCsv(text, "flows.csv"), message);
  // Missing columns.
  refuse("day,shares_outstanding\n2024-06-03,1\n", /flows.csv line 1: no 'date' column in the header 'day,shares_outstanding'; the file needs a 'date' column and either 'net_flow_usd' or 'shares_outstanding' \(see docs\/flows-csv.md\)/);
  refuse("date,shares\n2024-06-03,1\n", /flows.csv line 1: no 'net_flow_usd' or 'shares_outstanding' column in the header 'date,shares'/);
  refuse("date,net_flow_usd,shares_outstanding\n2024-06-03,1,2\n", /flows.csv line 1: the header 'date,net_flow_usd,shares_outstanding' has both 'net_flow_usd' and 'shares_outstanding'; keep one/);
  refuse("date,Date,net_flow_usd\n2024-06-03,2024-06-03,1\n", /flows.csv line 1: column 'date' appears twice/);
  // Non-numeric shares, flows and prices.
  refuse("date,shares_outstanding\n2024-06-03,262450000\n2024-06-04,n/a\n", /flows.csv line 3: shares_outstanding is 'n\/a' \(expected a positive number of fund shares, written without thousands separators; fix the value or remove the row\)/);
  refuse('date,shares_outstanding\n2024-06-03,"262,450,000"\n2024-06-04,1\n', /flows.csv line 2: shares_outstanding is '262,450,000'/);
  refuse("date,shares_outstanding\n2024-06-03,-5\n2024-06-04,1\n", /flows.csv line 2: shares_outstanding is '-5'/);
  refuse("date,net_flow_usd\n2024-06-03,\n", /flows.csv line 2: net_flow_usd is '' \(expected a number of US dollars, negative for outflows/);
  refuse("date,shares_outstanding,price\n2024-06-03,1,0\n2024-06-04,1,1\n", /flows.csv line 2: price is '0' \(expected a positive price in USD per share/);
  // Dates out of order, repeated, or not ISO.
  refuse("date,net_flow_usd\n2024-06-04,1\n2024-06-03,2\n", /flows.csv line 3: date 2024-06-03 comes after 2024-06-04 \(line 2\); sort the rows by date, oldest first/);
  refuse("date,net_flow_usd\n2024-06-03,1\n2024-06-03,2\n", /flows.csv line 3: date 2024-06-03 repeats line 2; keep one row per day/);
  refuse("date,net_flow_usd\n06/03/2024,1\n", /flows.csv line 2: date '06\/03\/2024' is not a calendar date written YYYY-MM-DD/);
  // Too little data.
  refuse("date,shares_outstanding\n2024-06-03,1\n", /flows.csv: 1 rows of data; flows from shares need at least 2 days/);
});

test("loading a file that is not there names the path and where it was looked for", () => {
  assert.throws(() => loadFlows("data/no-such-flows.csv"), /flows file 'data\/no-such-flows.csv' does not exist \(looked for .*data\/no-such-flows.csv\)/);
});
