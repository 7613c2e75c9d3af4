import { cachedIds } from "./cache";
import { catalogIds, seriesInfo, type ProviderName } from "./catalog";
import { loadSeries } from "./load";
import { defaultCacheDir, defaultSnapshotDir } from "./paths";
import { refreshSeries } from "./refresh";
import { importSnapshot } from "./snapshot";
import type { ValidationReport } from "./validate";

const USAGE = `usage: npm run data -- <command>
  import [ids...] [--from DIR] [--verbose]   verify snapshot files (SHA256SUMS), validate, write the cache
  refresh <ids...> [--provider yahoo|fred] [--allow-shrink] [--verbose]
                                             fetch from Yahoo or FRED, validate, replace the cache
  status                                     the cached series: source, range, rows, warnings; then
                                             composition, extension overlap and month-end rows
Folders: cache = R2K_CACHE_DIR or data/cache; snapshot = R2K_SNAPSHOT_DIR or ../shared/market-data`;

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
    } else if (arg === "--allow-shrink" || arg === "--verbose") args.flags.set(arg, true);
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

async function runRefresh(args: Args, log: (line: string) => void): Promise<number> {
  if (args.ids.length === 0) throw new Error(`refresh needs series ids, e.g. \`npm run data -- refresh RUT DGS10\`\n${USAGE}`);
  const provider = args.flags.get("--provider") as ProviderName | undefined;
  if (provider !== undefined && provider !== "yahoo" && provider !== "fred") throw new Error(`--provider ${provider}: use yahoo or fred`);
  let failed = 0;
  for (const id of args.ids) {
    try {
      const r = await refreshSeries(id, { provider, allowShrink: args.flags.has("--allow-shrink") });
      log(`  ok   ${id.padEnd(10)} ${r.manifest.source}: ${summary(r.validation)}`);
      printWarnings([...r.providerWarnings, ...r.validation.warnings], args.flags.has("--verbose"), log);
    } catch (error) {
      failed++;
      log(`  FAIL ${id.padEnd(10)} ${(error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}

function runStatus(log: (line: string) => void): number {
  const dir = defaultCacheDir();
  const cached = new Set(cachedIds(dir));
  const rows: string[][] = [["id", "source", "first", "last", "rows", "holidays", "gaps", "suspect", "fetched"]];
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
      rows.push([id, m.source, v.first, v.last, String(v.rows), String(v.droppedHolidays), String(v.gaps.length), String(v.suspectRows.length), m.fetchedAt.slice(0, 16)]);
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
