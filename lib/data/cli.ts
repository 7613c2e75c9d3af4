import * as fs from "node:fs";
import { dayNumber } from "../series/dates";
import { cachedIds } from "./cache";
import { catalogIds, seriesInfo, type ProviderName } from "./catalog";
import { loadSeries } from "./load";
import { defaultCacheDir, defaultSnapshotDir } from "./paths";
import { FRED_CSV_URL } from "./providers/fred";
import { YAHOO_URL } from "./providers/yahoo";
import { refreshBatch, type BatchOptions, type BatchOutcome } from "./refresh-batch";
import { importSnapshot } from "./snapshot";
import { dataDay, type ValidationReport } from "./validate";

/**
 * Exit code of `ensure` when there is no snapshot folder and no series could be fetched
 * (offline): set-up stops there, before any kernel starts.
 *
 * @example
 * if ((await main(["ensure"])) === EXIT_NO_DATA) console.error("no market data");
 */
export const EXIT_NO_DATA = 3;

const USAGE = `usage: npm run data -- <command>
  import [ids...] [--from DIR] [--verbose]   verify snapshot files (SHA256SUMS), validate, write the cache
  refresh <ids...> [--provider yahoo|fred] [--allow-shrink] [--verbose]
                                             fetch from Yahoo or FRED, validate, replace the cache
  refresh --all [--allow-shrink] [--verbose] the same for every catalog series with a provider symbol
                                             (one line each; --verbose adds validation's warnings)
  ensure [--verbose]                         what set-up runs: import the snapshot folder when there is one,
                                             else fetch every catalog series not cached yet (exit ${EXIT_NO_DATA}: neither worked)
  status                                     the cached series: source, range, age of the last row, rows,
                                             warnings; then composition, extension overlap and month-end rows
Folders: cache = R2K_CACHE_DIR or data/cache; snapshot = R2K_SNAPSHOT_DIR or ../shared/market-data
Providers: R2K_YAHOO_URL (default ${YAHOO_URL}), R2K_FRED_URL (default ${FRED_CSV_URL})`;

/** Warnings printed per series unless --verbose. */
const SHOWN_WARNINGS = 5;

interface Args {
  command?: string;
  ids: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: argv[0], ids: [], flags: new Map() };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--from" || arg === "--provider") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new Error(`${arg} needs a value, e.g. ${arg === "--from" ? "--from /path/to/market-data" : "--provider fred"}`);
      args.flags.set(arg, value);
    } else if (arg === "--allow-shrink" || arg === "--verbose" || arg === "--all") args.flags.set(arg, true);
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else args.ids.push(arg);
  }
  const known = catalogIds();
  const unknown = args.ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new Error(`unknown series ${unknown.join(", ")}: the catalog has ${known.join(", ")}`);
  return args;
}

function summary(r: ValidationReport): string {
  const parts = [`${r.rows} rows`, `${r.first} to ${r.last}`];
  if (r.droppedHolidays) parts.push(`holidays dropped: ${r.droppedHolidays}`);
  if (r.gaps.length) parts.push(`gaps > ${r.maxGapDays} days: ${r.gaps.length}`);
  if (r.suspectRows.length) parts.push(`suspect rows: ${r.suspectRows.length}`);
  return parts.join(", ");
}

function printWarnings(warnings: readonly string[], verbose: boolean, log: (line: string) => void): void {
  const shown = verbose ? warnings : warnings.slice(0, SHOWN_WARNINGS);
  for (const w of shown) log(`      warning: ${w}`);
  if (shown.length < warnings.length) log(`      ... ${warnings.length - shown.length} more (--verbose shows all)`);
}

function runImport(args: Args, log: (line: string) => void): number {
  const dir = (args.flags.get("--from") as string | undefined) ?? defaultSnapshotDir();
  const outcomes = importSnapshot(args.ids.length ? args.ids : catalogIds(), { dir });
  log(`import from ${dir} into ${defaultCacheDir()}`);
  for (const o of outcomes) {
    if (o.ok) {
      log(`  ok   ${o.id.padEnd(10)} ${summary(o.validation)}`);
      printWarnings(o.validation.warnings, args.flags.has("--verbose"), log);
    } else log(`  FAIL ${o.id.padEnd(10)} ${o.error.message}`);
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  log(`${outcomes.length - failed} of ${outcomes.length} series imported${failed ? `; ${failed} failed (see FAIL above)` : ""}`);
  return failed ? 1 : 0;
}

const seconds = (s: number) => `(${s.toFixed(1)} s)`;

/** How much a refresh prints under each series' line. */
interface Shown {
  /** Every warning, not only the first few. */
  verbose: boolean;
  /** Validation's warnings (gaps, suspect rows) as well as the provider's (revisions, a session still open). */
  validation: boolean;
}

/** The progress line of one series of a refresh, with its warnings. */
function printOutcome(o: BatchOutcome, shown: Shown, log: (line: string) => void): void {
  if (o.status === "ok") {
    log(`  ok   ${o.id.padEnd(10)} ${o.provider}: ${summary(o.result.validation)} ${seconds(o.seconds)}`);
    printWarnings([...o.result.providerWarnings, ...(shown.validation ? o.result.validation.warnings : [])], shown.verbose, log);
  } else if (o.status === "failed") log(`  FAIL ${o.id.padEnd(10)} ${o.error.message} ${seconds(o.seconds)}`);
  else log(`  skip ${o.id.padEnd(10)} ${o.reason}`);
}

/**
 * Runs a batch of refreshes with one progress line per series as it finishes; the series not
 * asked because their provider could not be reached get one line per provider at the end.
 */
async function runBatch(ids: readonly string[], options: BatchOptions, shown: Shown, log: (line: string) => void): Promise<BatchOutcome[]> {
  const outcomes = await refreshBatch(ids, { ...options, onSeries: (o) => (o.status === "skipped" && o.unreachable ? undefined : printOutcome(o, shown, log)) });
  const notAsked = outcomes.flatMap((o) => (o.status === "skipped" && o.unreachable ? [o] : []));
  for (const reason of new Set(notAsked.map((o) => o.reason))) {
    log(`  skip ${notAsked.filter((o) => o.reason === reason).map((o) => o.id).join(", ")}: ${reason}`);
  }
  return outcomes;
}

/** The closing line of a batch of refreshes; exit 1 when a series failed. */
function batchSummary(outcomes: readonly BatchOutcome[], verb: string, startedMs: number, log: (line: string) => void): number {
  const ok = outcomes.filter((o) => o.status === "ok").length;
  const failed = outcomes.filter((o) => o.status === "failed" || (o.status === "skipped" && o.unreachable)).map((o) => o.id);
  const parts = [`${ok} of ${ok + failed.length} series ${verb} in ${((performance.now() - startedMs) / 1000).toFixed(1)} s`];
  if (failed.length) parts.push(`not fetched: ${failed.join(", ")} (see above; retry with \`npm run data -- refresh ${failed.join(" ")}\`)`);
  log(parts.join("; "));
  return failed.length ? 1 : 0;
}

async function runRefresh(args: Args, log: (line: string) => void): Promise<number> {
  const all = args.flags.has("--all");
  if (all && args.ids.length > 0) throw new Error(`refresh --all takes no series ids (got ${args.ids.join(" ")}): name the series, or use --all`);
  if (!all && args.ids.length === 0) throw new Error(`refresh needs series ids, e.g. \`npm run data -- refresh RUT DGS10\`, or --all\n${USAGE}`);
  const provider = args.flags.get("--provider") as ProviderName | undefined;
  if (provider !== undefined && provider !== "yahoo" && provider !== "fred") throw new Error(`--provider ${provider}: use yahoo or fred`);
  if (all && provider !== undefined) throw new Error(`--provider applies to named series; refresh --all asks each series' own provider`);
  const started = performance.now();
  if (all) log(`refresh every catalog series into ${defaultCacheDir()}`);
  const options = { provider, allowShrink: args.flags.has("--allow-shrink") };
  // Every series at once: its counts on its line, the warnings themselves only with --verbose.
  const verbose = args.flags.has("--verbose");
  const outcomes = await runBatch(all ? catalogIds() : args.ids, options, { verbose, validation: verbose || !all }, log);
  return batchSummary(outcomes, "refreshed", started, log);
}

/**
 * Set-up's data step: the snapshot folder when there is one (imported and verified), else a
 * fetch of every catalog series not cached yet. With neither a snapshot nor a provider that
 * answers, one message gives both ways out and the exit code is {@link EXIT_NO_DATA}.
 */
async function runEnsure(args: Args, log: (line: string) => void, logError: (line: string) => void): Promise<number> {
  const snapshot = defaultSnapshotDir();
  if (fs.existsSync(snapshot)) return runImport({ ...args, flags: new Map([...args.flags, ["--from", snapshot]]) }, log);
  const cacheDir = defaultCacheDir();
  const cached = new Set(cachedIds(cacheDir));
  // A composed series is never cached (it is built from its inputs when loaded): only its line says so.
  const missing = catalogIds().filter((id) => !cached.has(id));
  if (missing.every((id) => seriesInfo(id).compose)) {
    log(`no snapshot folder at ${snapshot}; every catalog series is in ${cacheDir} already (\`npm run data -- refresh --all\` updates them)`);
    return 0;
  }
  log(`no snapshot folder at ${snapshot}: fetching the catalog series from their providers (Yahoo, FRED) into ${cacheDir}`);
  for (const id of catalogIds().filter((id) => cached.has(id))) {
    log(`  kept ${id.padEnd(10)} already cached (\`npm run data -- refresh --all\` updates every series)`);
  }
  const started = performance.now();
  const verbose = args.flags.has("--verbose");
  const outcomes = await runBatch(missing, { cacheDir }, { verbose, validation: verbose }, log);
  const failures = outcomes.flatMap((o) => (o.status === "failed" ? [o] : []));
  if (failures.length > 0 && !outcomes.some((o) => o.status === "ok")) {
    // One reason per provider: its first failure, as the provider put it (not the refresh's wrapping).
    const firstPerProvider = failures.filter((o, i) => failures.findIndex((other) => other.provider === o.provider) === i);
    const reasons = firstPerProvider.map(({ error }) => (error.cause instanceof Error ? error.cause.message : error.message));
    logError(
      `error: no market data: there is no snapshot folder at ${snapshot}, and no series could be fetched:\n` +
        reasons.map((r) => `  ${r}\n`).join("") +
        `Two ways out; take one, then run \`npm run setup\` (or \`npm run data -- ensure\`) again:\n` +
        `  - a snapshot folder: copy one to ${snapshot}, or point R2K_SNAPSHOT_DIR at one;\n` +
        `  - a network: connect this machine to the internet, so that Yahoo (${process.env.R2K_YAHOO_URL ?? YAHOO_URL}) ` +
        `and FRED (${process.env.R2K_FRED_URL ?? FRED_CSV_URL}) answer.`,
    );
    return EXIT_NO_DATA;
  }
  return batchSummary(outcomes, "fetched", started, log);
}

function runStatus(log: (line: string) => void): number {
  const dir = defaultCacheDir();
  const cached = new Set(cachedIds(dir));
  const today = dayNumber(dataDay(new Date().toISOString()));
  const rows: string[][] = [["id", "source", "first", "last", "age", "rows", "holidays", "gaps", "suspect", "fetched"]];
  const details: string[] = [];
  let broken = 0;
  for (const id of [...catalogIds(), ...[...cached].filter((id) => !catalogIds().includes(id))]) {
    const compose = catalogIds().includes(id) ? seriesInfo(id).compose : undefined;
    if (!(compose ? cached.has(compose.before) && cached.has(compose.after) : cached.has(id))) {
      rows.push([id, compose ? `not built: import ${compose.before} and ${compose.after}` : "not cached"]);
      continue;
    }
    try {
      const { manifest: m, validation: v, provenance: p } = loadSeries(id, { cacheDir: dir });
      const age = `${today - dayNumber(v.last)} d`;
      rows.push([id, m.source, v.first, v.last, age, String(v.rows), String(v.droppedHolidays), String(v.gaps.length), String(v.suspectRows.length), m.fetchedAt.slice(0, 16)]);
      // What a reader must know beyond the counts: composition, extension overlap, month-end rows.
      details.push(...p.notes.filter((n) => STATUS_NOTES.some((start) => n.startsWith(start))).map((n) => `  ${id}: ${n}`));
    } catch (error) {
      broken++;
      rows.push([id, `ERROR: ${(error as Error).message}`]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.filter((r) => r.length > 2).map((r) => r[c].length)));
  log(`cache: ${dir}`);
  for (const r of rows) log(r.length > 2 ? r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd() : r.join("  "));
  if (details.length > 0) log("notes:");
  for (const line of details) log(line);
  return broken ? 1 : 0;
}

/** Provenance notes `status` prints under the table (the beginnings of those sentences). */
const STATUS_NOTES = ["composed by", "extended by", "month-end values"];

/**
 * Runs the data command line (`npm run data -- <command>`) and resolves to the exit code.
 *
 * @example
 * process.exitCode = await main(["import", "RUT", "IWM"]);
 * // errors go to `logError` (stderr), everything else to `log` (stdout)
 */
export async function main(
  argv: readonly string[],
  log: (line: string) => void = console.log,
  logError: (line: string) => void = console.error,
): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "import":
        return runImport(args, log);
      case "refresh":
        return await runRefresh(args, log);
      case "ensure":
        return await runEnsure(args, log, logError);
      case "status":
        return runStatus(log);
      default:
        log(args.command ? `unknown command '${args.command}'\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (error) {
    logError(`error: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
