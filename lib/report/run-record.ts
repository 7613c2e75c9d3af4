import type { RunInputs } from "./freeze";
import type { Notebook } from "./notebook";
import { parameterTypeText, type Parameter, type ParameterValue } from "./parameters";

/**
 * Where the executed notebook keeps its run record (notebook metadata).
 *
 * @example
 * executed.metadata[RUN_RECORD_KEY]; // { study: "000", title: ..., parameters: [...], ... }
 */
export const RUN_RECORD_KEY = "r2k_report";

/** One parameter as a run used it. */
export interface ParameterUse {
  name: string;
  value: ParameterValue;
  defaultValue: ParameterValue;
  /** Set with -p (injected), rather than the notebook's default. */
  overridden: boolean;
  /** Type and constraints, as in the parameters cell ("int, 2..2000"). */
  type: string;
  doc: string;
}

/** What the report, the index and a reader need to know about one run of a study. */
export interface RunRecord {
  study: string;
  /** The notebook's file name in notebooks/. */
  notebook: string;
  title: string;
  parameters: ParameterUse[];
  /** ISO 8601, UTC. */
  startedAt: string;
  durationSeconds: number;
  status: "ok" | "failed";
  /** The failure message when status is "failed". */
  error: string | null;
  /** What the run was built from (absent in records written before inputs were recorded). */
  inputs?: RunInputs;
}

/**
 * Every parameter with the value the run used: the override when given, else the default.
 *
 * @example
 * parameterUses(parameters, new Map([["window", 250]]));
 * // [{ name: "window", value: 250, defaultValue: 200, overridden: true, type: "int, 2..2000", doc: "..." }, ...]
 */
export function parameterUses(parameters: readonly Parameter[] | null, overrides: ReadonlyMap<string, ParameterValue>): ParameterUse[] {
  return (parameters ?? []).map((p) => ({
    name: p.name,
    value: overrides.has(p.name) ? overrides.get(p.name)! : p.defaultValue,
    defaultValue: p.defaultValue,
    overridden: overrides.has(p.name),
    type: parameterTypeText(p),
    doc: p.doc,
  }));
}

/**
 * The run record stored in an executed notebook's metadata, or null when it has none
 * (a notebook not executed by the report runner).
 *
 * @example
 * runRecordOf(readNotebook("reports/000-200-day-reclaim.ipynb"))?.durationSeconds; // 12.3
 */
export function runRecordOf(notebook: Notebook): RunRecord | null {
  const record = notebook.metadata[RUN_RECORD_KEY] as Partial<RunRecord> | undefined;
  const complete =
    typeof record === "object" &&
    record !== null &&
    typeof record.study === "string" &&
    typeof record.title === "string" &&
    typeof record.startedAt === "string" &&
    typeof record.durationSeconds === "number" &&
    Array.isArray(record.parameters);
  return complete ? (record as RunRecord) : null;
}

/**
 * The notebook with its run record stored in the metadata (and `title`, which nbconvert
 * uses for the page title). The input is not changed.
 *
 * @example
 * writeNotebook(out, withRunRecord(executed, record));
 */
export function withRunRecord(notebook: Notebook, record: RunRecord): Notebook {
  return { ...notebook, metadata: { ...notebook.metadata, title: record.title, [RUN_RECORD_KEY]: record } };
}
