import { hasTag, type Notebook, type NotebookCell } from "./notebook";
import { PARAMETERS_TAG, parametersCellIndex, type ParameterValue } from "./parameters";

/**
 * The tag of the cell holding the values given on the command line.
 *
 * @example
 * hasTag(executed.cells[2], INJECTED_TAG); // true right after the parameters cell
 */
export const INJECTED_TAG = "injected-parameters";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The notebook with the values injected the papermill way: a code cell tagged
 * `injected-parameters`, right after the `parameters` cell, assigning each value as a JSON
 * literal (`window = 250;`), so a value is never pasted into the code as written. An
 * existing injected cell is replaced; with no values none is added. The input is not changed.
 *
 * @example
 * injectParameters(notebook, new Map([["window", 250], ["gapUnit", "trading"]]), "000.ipynb");
 * // cell after `parameters`: 'window = 250;\ngapUnit = "trading";'
 */
export function injectParameters(notebook: Notebook, values: ReadonlyMap<string, ParameterValue>, file: string): Notebook {
  const cells = notebook.cells.filter((cell) => !hasTag(cell, INJECTED_TAG));
  const result: Notebook = { ...notebook, cells };
  if (values.size === 0) return result;
  const after = parametersCellIndex(result, file);
  if (after < 0) throw new Error(`${file} has no code cell tagged '${PARAMETERS_TAG}' to inject parameters after (tag the cell that sets the defaults)`);
  const lines = [...values].map(([name, value]) => {
    if (!IDENTIFIER.test(name)) throw new Error(`parameter name '${name}' is not an identifier (names come from the parameters cell)`);
    return `${name} = ${JSON.stringify(value)};`;
  });
  const injected: NotebookCell = {
    cell_type: "code",
    // nbformat 4.5 gave cells ids; older notebooks must not carry them.
    ...(notebook.nbformat_minor >= 5 ? { id: INJECTED_TAG } : {}),
    metadata: { tags: [INJECTED_TAG] },
    source: lines.join("\n"),
    outputs: [],
    execution_count: null,
  };
  cells.splice(after + 1, 0, injected);
  return result;
}
