import { cellSource, hasTag, type Notebook } from "./notebook";

/**
 * The tag of the cell that declares a notebook's parameters and their defaults.
 *
 * @example
 * hasTag(cell, PARAMETERS_TAG);
 */
export const PARAMETERS_TAG = "parameters";

/** A parameter's value: what a JSON literal in the parameters cell can hold. */
export type ParameterValue = number | string | boolean;

/** Limits written in the bracket at the end of a parameter's comment. */
export interface ParameterConstraints {
  /** `int`: a whole number. */
  int: boolean;
  /** `a..b`: inclusive bounds. */
  range: readonly [number, number] | null;
  /** `date`: a calendar day written YYYY-MM-DD. */
  date: boolean;
  /** `"a" | "b"`: the allowed strings. */
  oneOf: readonly string[] | null;
}

/** One line of the parameters cell: `let name = <JSON literal>; // doc [constraints]`. */
export interface Parameter {
  name: string;
  defaultValue: ParameterValue;
  type: "number" | "string" | "boolean";
  doc: string;
  constraints: ParameterConstraints;
  /** 1-based line in the parameters cell, for messages. */
  line: number;
}

const EXPECTED_FORM = "expected: let name = <JSON number, string or boolean>; // doc [constraints]";
const DECLARATION = /^let\s+([A-Za-z_$][\w$]*)\s*=\s*/;
const JSON_STRING = /^"(?:[^"\\]|\\.)*"/;
const BARE_LITERAL = /^[^\s;]+/;
const CONSTRAINT_BRACKET = /^(.*?)\s*\[((?:[^[\]"]|"(?:[^"\\]|\\.)*")*)\]\s*$/;
const RANGE = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The index of the notebook's code cell tagged `parameters`, or -1 when it has none.
 * Two tagged cells are an error: injection must know which one it follows.
 *
 * @example
 * parametersCellIndex(notebook, "notebooks/000-200-day-reclaim.ipynb"); // 1
 */
export function parametersCellIndex(notebook: Notebook, file: string): number {
  const tagged = notebook.cells.flatMap((cell, index) => (hasTag(cell, PARAMETERS_TAG) ? [index] : []));
  if (tagged.length > 1) {
    throw new Error(`${file}: cells ${tagged.join(" and ")} are both tagged '${PARAMETERS_TAG}' (keep the tag on one code cell)`);
  }
  if (tagged.length === 1 && notebook.cells[tagged[0]].cell_type !== "code") {
    throw new Error(`${file}: cell ${tagged[0]} is tagged '${PARAMETERS_TAG}' but is not a code cell (tag the code cell that sets the defaults)`);
  }
  return tagged.length === 1 ? tagged[0] : -1;
}

/**
 * The notebook's parameters, read from its `parameters` cell; null when it has no such cell.
 *
 * @example
 * notebookParameters(readNotebook(path), path)?.map((p) => p.name); // ["window", "minGap", ...]
 */
export function notebookParameters(notebook: Notebook, file: string): Parameter[] | null {
  const index = parametersCellIndex(notebook, file);
  return index < 0 ? null : parseParametersSource(cellSource(notebook.cells[index]), file);
}

/**
 * Parses the source of a parameters cell, one `let` a line; blank and `//` lines are skipped.
 * Anything else is refused with the notebook, the line and the expected form.
 *
 * @example
 * parseParametersSource('let window = 200; // moving-average window [int, 2..2000]', "000.ipynb");
 * // [{ name: "window", defaultValue: 200, type: "number", doc: "moving-average window",
 * //    constraints: { int: true, range: [2, 2000], date: false, oneOf: null }, line: 1 }]
 */
export function parseParametersSource(source: string, file: string): Parameter[] {
  const parameters: Parameter[] = [];
  source.split("\n").forEach((text, index) => {
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("//")) return;
    const parameter = parseParameterLine(trimmed, index + 1, file);
    const earlier = parameters.find((p) => p.name === parameter.name);
    if (earlier) {
      throw new Error(`${file}, parameters cell line ${parameter.line}: ${parameter.name} is already declared on line ${earlier.line} (declare each parameter once)`);
    }
    parameters.push(parameter);
  });
  return parameters;
}

function parseParameterLine(text: string, line: number, file: string): Parameter {
  const where = `${file}, parameters cell line ${line}`;
  const fail = (why: string): never => {
    throw new Error(`${where}: ${why}`);
  };
  if (/^(const|var)\s/.test(text)) fail(`'${text}' must use let, not ${text.split(/\s/)[0]} (the injected-parameters cell assigns to it)`);
  const declaration = DECLARATION.exec(text);
  if (!declaration) return fail(`'${text}' is not a parameter line (${EXPECTED_FORM})`);
  const name = declaration[1];
  const rest = text.slice(declaration[0].length);
  const literal = (JSON_STRING.exec(rest) ?? BARE_LITERAL.exec(rest))?.[0] ?? "";
  const defaultValue = parseLiteral(literal);
  if (defaultValue === undefined) {
    return fail(`the default of ${name}, ${rest.split(";")[0].trim() || "(nothing)"}, is not a JSON number, string or boolean (${EXPECTED_FORM}; strings take double quotes)`);
  }
  const tail = /^\s*;\s*(?:\/\/(.*))?$/.exec(rest.slice(literal.length));
  if (!tail) return fail(`'${text}' has something other than '; // comment' after the default (${EXPECTED_FORM})`);
  const comment = (tail[1] ?? "").trim();
  const bracket = CONSTRAINT_BRACKET.exec(comment);
  const parameter: Parameter = {
    name,
    defaultValue,
    type: typeof defaultValue as Parameter["type"],
    doc: bracket ? bracket[1] : comment,
    constraints: bracket ? parseConstraints(bracket[2], fail) : { int: false, range: null, date: false, oneOf: null },
    line,
  };
  const misfit = constraintsMisfit(parameter);
  if (misfit) fail(`${name}: ${misfit}`);
  const problem = parameterValueProblem(parameter, defaultValue);
  if (problem) fail(`the default of ${name}, ${JSON.stringify(defaultValue)}, ${problem}`);
  return parameter;
}

function parseLiteral(literal: string): ParameterValue | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : undefined;
  } catch {
    return undefined;
  }
}

function parseConstraints(text: string, fail: (why: string) => never): ParameterConstraints {
  const constraints = { int: false, range: null as [number, number] | null, date: false, oneOf: null as string[] | null };
  for (const part of splitOutsideQuotes(text, ",").map((p) => p.trim())) {
    const range = RANGE.exec(part);
    if (part === "int") constraints.int = true;
    else if (part === "date") constraints.date = true;
    else if (range) {
      const [low, high] = [Number(range[1]), Number(range[2])];
      if (low > high) fail(`range ${part} is empty (write the lower bound first)`);
      constraints.range = [low, high];
    } else if (part.startsWith('"')) {
      constraints.oneOf = splitOutsideQuotes(part, "|").map((option) => {
        const value = parseLiteral(option.trim());
        return typeof value === "string" ? value : fail(`'${option.trim()}' in [${text}] is not a JSON string (write the allowed values as "a" | "b")`);
      });
    } else {
      fail(`unknown constraint '${part}' in [${text}] (expected int, a range like 1..10, date, or allowed strings like "a" | "b")`);
    }
  }
  return constraints;
}

/** Splits on a separator character that is not inside a double-quoted string. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts = [""];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === separator && !quoted) {
      parts.push("");
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === "\\" && quoted) parts[parts.length - 1] += text[i++];
    parts[parts.length - 1] += text[i];
  }
  return parts;
}

function constraintsMisfit(parameter: Parameter): string | null {
  const { int, range, date, oneOf } = parameter.constraints;
  if ((int || range) && parameter.type !== "number") return `int and ranges apply to numbers, but the default is a ${parameter.type}`;
  if ((date || oneOf) && parameter.type !== "string") return `date and allowed strings apply to strings, but the default is a ${parameter.type}`;
  return null;
}

/**
 * Why a value does not fit a parameter ("must be within 2..2000"), or null when it fits.
 * The same check guards the notebook's defaults and the values given with -p.
 *
 * @example
 * parameterValueProblem(windowParameter, 1.5); // "must be a whole number"
 * parameterValueProblem(windowParameter, 250); // null
 */
export function parameterValueProblem(parameter: Parameter, value: unknown): string | null {
  const { int, range, date, oneOf } = parameter.constraints;
  const allowed = oneOf ? `must be one of ${oneOf.map((o) => JSON.stringify(o)).join(" | ")}` : null;
  const dateOnly = "must be a date written YYYY-MM-DD (a real calendar day)";
  if (typeof value !== parameter.type) {
    if (parameter.type === "boolean") return "must be true or false";
    return int ? "must be a whole number" : date ? dateOnly : allowed ?? `must be a ${parameter.type}`;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "must be a finite number";
    if (int && !Number.isInteger(value)) return "must be a whole number";
    if (range && (value < range[0] || value > range[1])) return `must be within ${range[0]}..${range[1]}`;
  }
  if (typeof value === "string") {
    if (date && !isCalendarDate(value)) return dateOnly;
    if (oneOf && !oneOf.includes(value)) return allowed;
  }
  return null;
}

function isCalendarDate(text: string): boolean {
  const parts = DATE.exec(text);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The parameter's type and constraints in the words of the parameters cell.
 *
 * @example
 * parameterTypeText(windowParameter); // "int, 2..2000"
 * parameterTypeText(gapUnitParameter); // '"calendar" | "trading"'
 */
export function parameterTypeText(parameter: Parameter): string {
  const { int, range, date, oneOf } = parameter.constraints;
  const base = int ? "int" : date ? "date" : oneOf ? oneOf.map((o) => JSON.stringify(o)).join(" | ") : parameter.type;
  return range ? `${base}, ${range[0]}..${range[1]}` : base;
}
