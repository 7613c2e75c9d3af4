import assert from "node:assert/strict";
import { test } from "node:test";
import { cliValue, parametersListing, resolveOverrides } from "../../lib/report/parameter-values";
import { parseParametersSource } from "../../lib/report/parameters";

const FILE = "notebooks/000-200-day-reclaim.ipynb";
const PARAMETERS = parseParametersSource(
  [
    "let window = 200; // moving-average window, trading days [int, 2..2000]",
    'let gapUnit = "calendar"; // how the breakdown-to-reclaim gap is measured ["calendar" | "trading"]',
    'let start = "2009-06-01"; // first reclaim date counted [date]',
    'let suspectRows = "keep"; // ["keep" | "drop" | "replace"]',
    "let total = false; // total return instead of price",
  ].join("\n"),
  FILE,
);

// Written out by hand: the listing every refusal ends with.
const LISTING = [
  `Parameters of ${FILE} (set with -p name value):`,
  "  window = 200           int, 2..2000                  moving-average window, trading days",
  '  gapUnit = "calendar"   "calendar" | "trading"        how the breakdown-to-reclaim gap is measured',
  '  start = "2009-06-01"   date                          first reclaim date counted',
  '  suspectRows = "keep"   "keep" | "drop" | "replace"',
  "  total = false          boolean                       total return instead of price",
].join("\n");

test("the listing names every parameter with its default, type and doc", () => {
  assert.equal(parametersListing(FILE, PARAMETERS), LISTING);
  assert.equal(parametersListing(FILE, []), `Parameters of ${FILE} (set with -p name value):\n  (none)`);
});

test("command-line values are JSON when they parse, else text", () => {
  assert.equal(cliValue("250"), 250);
  assert.equal(cliValue("1e9"), 1e9);
  assert.equal(cliValue("true"), true);
  assert.equal(cliValue('"250"'), "250");
  assert.equal(cliValue("2009-06-01"), "2009-06-01");
  assert.equal(cliValue("trading"), "trading");
  assert.equal(cliValue("<script>"), "<script>");
});

test("accepts good values, typed", () => {
  const values = resolveOverrides(FILE, PARAMETERS, [
    { name: "window", raw: "250" },
    { name: "gapUnit", raw: "trading" },
    { name: "start", raw: "2010-01-04" },
    { name: "total", raw: "true" },
  ]);
  assert.deepEqual([...values], [["window", 250], ["gapUnit", "trading"], ["start", "2010-01-04"], ["total", true]]);
  assert.equal(resolveOverrides(FILE, null, []).size, 0);
});

test("refuses bad values before execution, with the parameters listed", () => {
  const cases: [name: string, raw: string, why: string][] = [
    ["windw", "250", "no parameter named 'windw'"],
    ["window", "abc", "-p window abc: must be a whole number"],
    ["window", "-5", "-p window -5: must be within 2..2000"],
    ["window", "1.5", "-p window 1.5: must be a whole number"],
    ["window", "1e9", "-p window 1e9: must be within 2..2000"],
    ["start", "2023-02-30", "-p start 2023-02-30: must be a date written YYYY-MM-DD (a real calendar day)"],
    ["start", "06/01/2009", "-p start 06/01/2009: must be a date written YYYY-MM-DD (a real calendar day)"],
    ["gapUnit", "weekly", '-p gapUnit weekly: must be one of "calendar" | "trading"'],
    ["suspectRows", "1", `-p suspectRows 1: must be one of "keep" | "drop" | "replace" (1 reads as JSON number; to pass it as text, quote it: -p suspectRows '"1"')`],
    ["total", "yes", "-p total yes: must be true or false"],
  ];
  for (const [name, raw, why] of cases) {
    assert.throws(() => resolveOverrides(FILE, PARAMETERS, [{ name, raw }]), { message: `${FILE}: ${why}\n\n${LISTING}` }, `${name} ${raw}`);
  }
});

test("refuses a parameter given twice", () => {
  const twice = [{ name: "window", raw: "250" }, { name: "window", raw: "300" }];
  assert.throws(() => resolveOverrides(FILE, PARAMETERS, twice), { message: `${FILE}: -p window is given twice (give each parameter once)\n\n${LISTING}` });
});

test("refuses -p for a notebook without a parameters cell", () => {
  assert.throws(() => resolveOverrides(FILE, null, [{ name: "window", raw: "250" }]), {
    message: `${FILE} has no code cell tagged 'parameters', so -p window cannot be applied (tag the cell that sets the defaults 'parameters', or run without -p)`,
  });
});
