import assert from "node:assert/strict";
import { test } from "node:test";
import type { Notebook } from "../../lib/report/notebook";
import { notebookParameters, parameterTypeText, parameterValueProblem, parseParametersSource, parametersCellIndex } from "../../lib/report/parameters";

const FILE = "notebooks/000-200-day-reclaim.ipynb";
const NONE = { int: false, range: null, date: false, oneOf: null };

test("parses each parameter line: name, JSON default, type, doc, constraints, line", () => {
  const source = [
    "// study parameters",
    "let window = 200; // moving-average window, trading days [int, 2..2000]",
    'let gapUnit = "calendar"; // how the breakdown-to-reclaim gap is measured ["calendar" | "trading"]',
    "",
    'let start = "2009-06-01"; // first reclaim date counted [date]',
    'let suspectRows = "keep"; // ["keep" | "drop" | "replace"]',
    "let tolerance = -1.5; // percentage points",
    "let total = false;",
    'let note = "a; b // c [d]"; // a string holding ; and //',
  ].join("\n");
  assert.deepEqual(parseParametersSource(source, FILE), [
    { name: "window", defaultValue: 200, type: "number", doc: "moving-average window, trading days", constraints: { ...NONE, int: true, range: [2, 2000] }, line: 2 },
    { name: "gapUnit", defaultValue: "calendar", type: "string", doc: "how the breakdown-to-reclaim gap is measured", constraints: { ...NONE, oneOf: ["calendar", "trading"] }, line: 3 },
    { name: "start", defaultValue: "2009-06-01", type: "string", doc: "first reclaim date counted", constraints: { ...NONE, date: true }, line: 5 },
    { name: "suspectRows", defaultValue: "keep", type: "string", doc: "", constraints: { ...NONE, oneOf: ["keep", "drop", "replace"] }, line: 6 },
    { name: "tolerance", defaultValue: -1.5, type: "number", doc: "percentage points", constraints: NONE, line: 7 },
    { name: "total", defaultValue: false, type: "boolean", doc: "", constraints: NONE, line: 8 },
    { name: "note", defaultValue: "a; b // c [d]", type: "string", doc: "a string holding ; and //", constraints: NONE, line: 9 },
  ]);
});

test("a range alone, and a doc with brackets before the constraint bracket", () => {
  const [p] = parseParametersSource("let minGap = 90; // gap in [calendar] days [30..3650]", FILE);
  assert.equal(p.doc, "gap in [calendar] days");
  assert.deepEqual(p.constraints, { ...NONE, range: [30, 3650] });
});

test("refuses malformed parameters cells with the notebook, the line and the fix", () => {
  const where = `${FILE}, parameters cell line`;
  const form = "expected: let name = <JSON number, string or boolean>; // doc [constraints]";
  const cases: [source: string, message: string][] = [
    ["let x = 'a'; // q", `${where} 1: the default of x, 'a', is not a JSON number, string or boolean (${form}; strings take double quotes)`],
    ["let x = null;", `${where} 1: the default of x, null, is not a JSON number, string or boolean (${form}; strings take double quotes)`],
    ["let x = [1, 2];", `${where} 1: the default of x, [1, 2], is not a JSON number, string or boolean (${form}; strings take double quotes)`],
    ["const x = 1;", `${where} 1: 'const x = 1;' must use let, not const (the injected-parameters cell assigns to it)`],
    ["\nx = 1;", `${where} 2: 'x = 1;' is not a parameter line (${form})`],
    ["let x: number = 1;", `${where} 1: 'let x: number = 1;' is not a parameter line (${form})`],
    ["let x = 1 // no semicolon", `${where} 1: 'let x = 1 // no semicolon' has something other than '; // comment' after the default (${form})`],
    ["let x = 1; let y = 2;", `${where} 1: 'let x = 1; let y = 2;' has something other than '; // comment' after the default (${form})`],
    ["let x = 5; // [int, 10..20]", `${where} 1: the default of x, 5, must be within 10..20`],
    ["let x = 2.5; // [int]", `${where} 1: the default of x, 2.5, must be a whole number`],
    ['let d = "2024-13-01"; // [date]', `${where} 1: the default of d, "2024-13-01", must be a date written YYYY-MM-DD (a real calendar day)`],
    ['let u = "weekly"; // ["calendar" | "trading"]', `${where} 1: the default of u, "weekly", must be one of "calendar" | "trading"`],
    ["let x = 1; // [weekly]", `${where} 1: unknown constraint 'weekly' in [weekly] (expected int, a range like 1..10, date, or allowed strings like "a" | "b")`],
    ["let x = 3; // [5..1]", `${where} 1: range 5..1 is empty (write the lower bound first)`],
    ['let x = "a"; // [int]', `${where} 1: x: int and ranges apply to numbers, but the default is a string`],
    ['let x = 1; // [date]', `${where} 1: x: date and allowed strings apply to strings, but the default is a number`],
    ['let x = "a"; // ["a" | b]', `${where} 1: 'b' in ["a" | b] is not a JSON string (write the allowed values as "a" | "b")`],
    ["let x = 1;\nlet x = 2;", `${where} 2: x is already declared on line 1 (declare each parameter once)`],
  ];
  for (const [source, message] of cases) {
    assert.throws(() => parseParametersSource(source, FILE), { message }, source);
  }
});

test("parameterValueProblem: the same checks for defaults and -p values", () => {
  const [window, start, unit, total] = parseParametersSource(
    ['let window = 200; // [int, 2..2000]', 'let start = "2009-06-01"; // [date]', 'let unit = "a"; // ["a" | "b"]', "let total = true;"].join("\n"),
    FILE,
  );
  const cases: [typeof window, unknown, string | null][] = [
    [window, 250, null],
    [window, 2, null],
    [window, 2000, null],
    [window, "abc", "must be a whole number"],
    [window, -5, "must be within 2..2000"],
    [window, 1.5, "must be a whole number"],
    [window, 1e9, "must be within 2..2000"],
    [window, Infinity, "must be a finite number"],
    [start, "2024-02-29", null],
    [start, "2023-02-29", "must be a date written YYYY-MM-DD (a real calendar day)"],
    [start, "2023-2-1", "must be a date written YYYY-MM-DD (a real calendar day)"],
    [start, 2023, "must be a date written YYYY-MM-DD (a real calendar day)"],
    [unit, "b", null],
    [unit, "c", 'must be one of "a" | "b"'],
    [total, false, null],
    [total, "yes", "must be true or false"],
  ];
  for (const [parameter, value, problem] of cases) assert.equal(parameterValueProblem(parameter, value), problem, `${parameter.name} ${String(value)}`);
});

test("parameterTypeText writes the type the way the parameters cell does", () => {
  const parameters = parseParametersSource(
    ['let a = 1; // [int, 1..10]', 'let b = 1.5;', 'let c = "x"; // ["x" | "y"]', 'let d = "2020-01-01"; // [date]', "let e = true;", "let f = 0.5; // [0..1]"].join("\n"),
    FILE,
  );
  assert.deepEqual(parameters.map(parameterTypeText), ["int, 1..10", "number", '"x" | "y"', "date", "boolean", "number, 0..1"]);
});

function notebookWith(...tags: (string[] | undefined)[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: tags.map((t, i) => ({ cell_type: "code", source: i === 1 ? "let a = 1;" : "", metadata: t ? { tags: t } : {} })),
  };
}

test("finds the one code cell tagged parameters", () => {
  assert.equal(parametersCellIndex(notebookWith(undefined, ["parameters"], ["x"]), FILE), 1);
  assert.equal(parametersCellIndex(notebookWith(undefined, ["x"]), FILE), -1);
  assert.equal(notebookParameters(notebookWith(undefined, ["x"]), FILE), null);
  assert.deepEqual(notebookParameters(notebookWith(undefined, ["parameters"]), FILE)?.map((p) => p.name), ["a"]);
  assert.throws(() => parametersCellIndex(notebookWith(["parameters"], ["parameters"]), FILE), {
    message: `${FILE}: cells 0 and 1 are both tagged 'parameters' (keep the tag on one code cell)`,
  });
});
