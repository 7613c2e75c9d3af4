import { parameterTypeText, parameterValueProblem, type Parameter, type ParameterValue } from "./parameters";

/** One `-p name value` from the command line, the value as typed. */
export interface ParameterOverride {
  name: string;
  raw: string;
}

/**
 * Reads a command-line value the papermill way: as JSON when it parses, else as the text.
 *
 * @example
 * cliValue("250");        // 250
 * cliValue("2009-06-01"); // "2009-06-01"
 * cliValue('"250"');      // "250"
 */
export function cliValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * Checks the command-line values against the notebook's parameters, before anything runs.
 * Returns the overrides by name; an unknown name, a duplicate, a wrong type or a value
 * outside the constraints is an Error naming the notebook and listing its parameters.
 *
 * @example
 * resolveOverrides("notebooks/000-200-day-reclaim.ipynb", parameters, [{ name: "window", raw: "250" }]);
 * // Map { "window" => 250 }
 */
export function resolveOverrides(
  file: string,
  parameters: readonly Parameter[] | null,
  overrides: readonly ParameterOverride[],
): Map<string, ParameterValue> {
  const values = new Map<string, ParameterValue>();
  if (overrides.length === 0) return values;
  if (parameters === null) {
    throw new Error(
      `${file} has no code cell tagged 'parameters', so -p ${overrides[0].name} cannot be applied (tag the cell that sets the defaults 'parameters', or run without -p)`,
    );
  }
  const refuse = (why: string): never => {
    throw new Error(`${file}: ${why}\n\n${parametersListing(file, parameters)}`);
  };
  for (const { name, raw } of overrides) {
    const parameter = parameters.find((p) => p.name === name);
    if (!parameter) return refuse(`no parameter named '${name}'`);
    if (values.has(name)) refuse(`-p ${name} is given twice (give each parameter once)`);
    const value = cliValue(raw);
    const problem = parameterValueProblem(parameter, value);
    if (problem) {
      const quoteHint =
        parameter.type === "string" && typeof value !== "string" ? ` (${raw} reads as JSON ${typeof value}; to pass it as text, quote it: -p ${name} '"${raw}"')` : "";
      refuse(`-p ${name} ${raw}: ${problem}${quoteHint}`);
    }
    values.set(name, value as ParameterValue);
  }
  return values;
}

/**
 * The notebook's parameters as a table for messages: name, default, type, doc.
 *
 * @example
 * parametersListing("notebooks/000-200-day-reclaim.ipynb", parameters);
 * // Parameters of notebooks/000-200-day-reclaim.ipynb (set with -p name value):
 * //   window = 200   int, 2..2000   moving-average window, trading days
 */
export function parametersListing(file: string, parameters: readonly Parameter[]): string {
  const rows = parameters.map((p) => [`${p.name} = ${JSON.stringify(p.defaultValue)}`, parameterTypeText(p), p.doc]);
  const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => `  ${row[0].padEnd(widths[0])}   ${row[1].padEnd(widths[1])}   ${row[2]}`.trimEnd());
  return [`Parameters of ${file} (set with -p name value):`, ...(lines.length > 0 ? lines : ["  (none)"])].join("\n");
}
