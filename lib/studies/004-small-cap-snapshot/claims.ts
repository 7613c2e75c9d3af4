import type { ClaimSpec, StudyArticle } from "../../claims/spec";

/** The article: cited by title, publisher and date. */
export const ARTICLE: StudyArticle = {
  title: "Small Stocks BIG Returns — Small-Cap Market Snapshot",
  publisher: "SCN",
  date: "2025-08-01",
};

/**
 * The study's claims, as data (docs/studies.md, study 004). Tolerances that a notebook parameter
 * sets (the July rebound's, the trough return's) are the parameter's default here; the claim
 * function applies the parameter.
 *
 * @example
 * CLAIMS.map((c) => c.id); // ["004-1", ..., "004-8"]
 */
export const CLAIMS: readonly ClaimSpec[] = [
  {
    id: "004-1",
    claim: "Close on 2025-08-01 and the day's move",
    article: "2,211.65, -0.9%",
    figure: null,
    unit: "index points",
    reading: "the ^RUT close of the article's date, or the trading day whose close is the quoted level",
  },
  {
    id: "004-2",
    claim: "Year to date: Russell 2000 vs S&P 500 vs Nasdaq Composite",
    article: "about +1 vs +7.8 vs +9.4",
    figure: null,
    unit: "%",
    reading: "price returns from the 2024 closes, each figure at the article's precision, on one trading day near the article",
  },
  {
    id: "004-3",
    claim: "Forward P/E of the Russell 2000 vs the S&P 500",
    article: "about 28x vs 24x",
    figure: null,
    unit: "P/E",
    reading: "price over next-twelve-month consensus earnings",
  },
  {
    id: "004-4",
    claim: "July rebound",
    article: "about 3.5",
    figure: 3.5,
    unit: "%",
    tolerance: 0.5,
    directional: true,
    reading: "July's month-end-to-month-end price return",
  },
  {
    id: "004-5",
    claim: "A golden cross (50-day above 200-day) is approaching; what past golden crosses were followed by",
    article: "approaching; positive afterwards",
    figure: null,
    unit: "date, %",
    reading: "50-day above 200-day simple averages of closes within a month after the article; past crosses' mean return against random entry days",
  },
  {
    id: "004-6",
    claim: "Average return in the year after a trough",
    article: "about 60",
    figure: 60,
    unit: "%",
    tolerance: 5,
    directional: true,
    reading: "one trough per bear market: the lowest close between a fall of at least 20% from a record close and the next record close, on the Russell 2000 since 1978; mean price return over the next 252 trading days",
  },
  {
    id: "004-7",
    claim: "Small-cap value beat growth in most one-year rallies after troughs",
    article: "most rallies",
    figure: null,
    unit: "share of rallies",
    reading: "Russell 2000 Value against Growth, total returns, over the year after each trough of 004-6's reading (FRED indexes to 2019, the iShares ETFs after); most = more than half",
  },
  {
    id: "004-8",
    claim: "Eight small caps rallied 50%+ after Q2 earnings; narrow breadth",
    article: "8 stocks",
    figure: null,
    unit: "stocks",
    reading: "members of the index up 50% or more after their Q2 2025 report",
  },
];

/**
 * The spec of one claim by id (the claim functions use it).
 *
 * @example
 * claimSpec("004-6").figure; // 60
 */
export function claimSpec(id: string): ClaimSpec {
  const spec = CLAIMS.find((c) => c.id === id);
  if (!spec) throw new Error(`study 004 has no claim '${id}' (known: ${CLAIMS.map((c) => c.id).join(", ")})`);
  return spec;
}
