import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ClaimSpec, StudyDefinition } from "./spec";

/**
 * The study packages in a folder: every sub-folder named NNN-slug whose index exports `study`,
 * by number. The folder name must match the study, so a copied package cannot shadow another.
 *
 * @example
 * loadStudies("dist/lib/studies").map((s) => s.id); // ["000", "001", ...]
 */
export function loadStudies(dir: string): StudyDefinition[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{3}-[a-z0-9-]+$/.test(name))
    .sort()
    .map((name) => {
      const module = require(join(dir, name)) as { study?: StudyDefinition };
      if (!module.study) throw new Error(`${join(dir, name)}: exports no 'study' (export const study = defineStudy({...}))`);
      const expected = `${module.study.id}-${module.study.slug}`;
      if (expected !== name) throw new Error(`${join(dir, name)}: holds study ${expected}; name the folder after it`);
      return module.study;
    });
}

let discovered: StudyDefinition[] | undefined;

/**
 * The project's study packages (lib/studies, compiled to dist/lib/studies), found on first use:
 * adding a study is adding a folder.
 *
 * @example
 * studies().map((s) => s.id); // ["000", "001", "002", "003", "004"]
 */
export function studies(): StudyDefinition[] {
  discovered ??= loadStudies(join(__dirname, "..", "studies"));
  return discovered;
}

/**
 * One study package by its number; an unknown number lists the known ones.
 *
 * @example
 * studyDefinition("000").slug; // "200-day-reclaim"
 */
export function studyDefinition(id: string): StudyDefinition {
  const found = studies().find((s) => s.id === id);
  if (!found) throw new Error(`no study package '${id}' under lib/studies (known: ${studies().map((s) => s.id).join(", ") || "none"}); scaffold one with npm run new-study`);
  return found;
}

function packageClaims(study: string): readonly ClaimSpec[] | undefined {
  return studies().find((s) => s.id === study)?.claims;
}

/**
 * Legacy rows, read only for a study that is not yet a package. Every claim the project checks, keyed by the stable id of docs/studies.md (shared docs).
 * Claim texts are paraphrases; `article` is the article's figure as the reports print it.
 */
export interface ClaimDefinition {
  study: string;
  id: string;
  claim: string;
  article: string;
  unit: string;
}

type Row = [id: string, claim: string, article: string, unit: string];

const ROWS: Row[] = [
  ["000-1", "The Russell 2000 closed back above its 200-day average at the end of June 2025, first time since late February 2025", "breakdown late Feb 2025, reclaim late Jun 2025", "date"],
  ["000-2", "Fall from the November 2024 high to the April 2025 trough", "nearly 28", "%"],
  ["000-3", "Reclaims of the 200-day average after a breakdown of at least 3 months, since the financial crisis", "8 (its bullet list says 11)", "cases"],
  ["000-4", "Average price return one year after those reclaims, and the success rate", "18.1 average, high success rate", "%"],
  ["000-5", "Long-run average annual return of the index since 1978", "about 9.1", "% a year"],
  ["000-6", "Out of sample: return in the year after the June 2025 reclaim", "implied: above the 9.1% long-run average", "%"],
  ["001-1", "Breakout above an inverse head-and-shoulders neckline", "neckline about 2,110", "index points"],
  ["001-2", "Moving-average crossovers signal upward momentum", "price vs 50/200-day, 20 vs 50, 50 vs 200", "dates"],
  ["001-3", "MACD (12, 26, 9) bullish crossover while above zero", "a bullish crossover above zero", "date"],
  ["001-4", "Russell 2000 growth up about twice as much as value year to date", "about 2", "ratio"],
  ["001-5", "The Russell 2000 lagged large caps for much of the year", "lagged the S&P 500", "% points"],
  ["001-6", "The June reconstitution brings buying interest and activity", "higher activity around reconstitution", "volume ratio"],
  ["002-1", "The index rose more than 2.5% to 2,468, above its November 2021 record of 2,443", "+2.5%, 2,468, 2,443", "index points"],
  ["002-2", "From early 2020 to late 2021 the index rose nearly 150%", "about 150", "%"],
  ["002-3", "Since 1980, first all-time highs after more than a year without one", "11", "occasions"],
  ["002-4", "S&P 500 one year after each such record", "higher 10 of 11 times, about 15 average", "%"],
  ["002-5", "Nearly four years without a record, November 2021 to September 2025", "nearly 4", "years"],
  ["002-6", "Out of sample: the S&P 500 in the year after the September 2025 breakout", "implied: higher", "%"],
  ["003-1", "Small caps remain below their November 2021 peak", "about 17 below", "%"],
  ["003-2", "Small caps beat the S&P 500 in the rally at the end of the prior year", "outperformed in late 2023", "% points"],
  ["003-3", "IWM 65-day rolling net outflows as a contrarian buy signal", "extreme outflows precede gains", "%"],
  ["003-4", "Falling Treasury yields favour small caps", "small caps do better when yields fall", "correlation"],
  ["003-5", "The reconstitution day (June 28, 2024) brings volatility and volume", "higher volume and range", "ratio to normal days"],
  ["003-6", "Out of sample: a forecast of a 41% rise in 2025", "+41", "%"],
  ["004-1", "Close on 2025-08-01 and the day's move", "2,211.65, -0.9%", "index points"],
  ["004-2", "Year to date: Russell 2000 vs S&P 500 vs Nasdaq Composite", "about +1 vs +7.8 vs +9.4", "%"],
  ["004-3", "Forward P/E of the Russell 2000 vs the S&P 500", "about 28x vs 24x", "P/E"],
  ["004-4", "July rebound", "about 3.5", "%"],
  ["004-5", "A golden cross (50-day above 200-day) is approaching; what past golden crosses were followed by", "approaching; positive afterwards", "date, %"],
  ["004-6", "Average return in the year after a trough", "about 60", "%"],
  ["004-7", "Small-cap value beat growth in most one-year rallies after troughs", "most rallies", "share of rallies"],
  ["004-8", "Eight small caps rallied 50%+ after Q2 earnings; narrow breadth", "8 stocks", "stocks"],
];

/** The claim registry, keyed by claim id. */
export const CLAIMS: ReadonlyMap<string, ClaimDefinition> = new Map(
  ROWS.map(([id, claim, article, unit]) => [id, { study: id.slice(0, 3), id, claim, article, unit }]),
);

/**
 * The definition of one claim; an unknown id is an error that lists the study's ids.
 *
 * @example
 * claimDefinition("000-3").article; // "8 (its bullet list says 11)"
 */
export function claimDefinition(id: string): ClaimDefinition {
  const spec = packageClaims(id.slice(0, 3))?.find((c) => c.id === id);
  if (spec) return { study: id.slice(0, 3), id, claim: spec.claim, article: spec.article, unit: spec.unit };
  const definition = CLAIMS.get(id);
  if (!definition) {
    const known = [...CLAIMS.keys()].filter((k) => k.startsWith(id.slice(0, 3)));
    throw new Error(`claim id '${id}' is not in the registry (lib/claims/registry.ts); known ids: ${known.join(", ") || [...CLAIMS.keys()].join(", ")}`);
  }
  return definition;
}

/**
 * The claim ids of one study, in order.
 *
 * @example
 * claimIds("000"); // ["000-1", ..., "000-6"]
 */
export function claimIds(study: string): string[] {
  const specs = packageClaims(study);
  if (specs) return specs.map((spec) => spec.id);
  return [...CLAIMS.values()].filter((c) => c.study === study).map((c) => c.id);
}
