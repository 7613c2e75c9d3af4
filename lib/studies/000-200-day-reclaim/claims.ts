import type { ClaimSpec, StudyArticle } from "../../claims/spec";

/** The article study 000 checks (cited by title, publisher and date; paraphrased, never quoted). */
export const ARTICLE: StudyArticle = {
  title: "History Says This Small-Cap Rally Isn't Done Yet",
  publisher: "BentPine Capital (contributor post on Zero Hedge)",
  date: "2025-07-08",
};

/** The article's claims, once: texts, figures, tolerances and the reading taken by default. */
export const CLAIMS = [
  {
    id: "000-1",
    claim: "The Russell 2000 closed back above its 200-day average at the end of June 2025, first time since late February 2025",
    article: "breakdown late Feb 2025, reclaim late Jun 2025",
    figure: null,
    unit: "date",
    reading: "closes vs the 200-day simple average; the last breakdown and reclaim before the article's date, any gap",
  },
  {
    id: "000-2",
    claim: "Fall from the November 2024 high to the April 2025 trough",
    article: "nearly 28",
    figure: 28,
    unit: "%",
    tolerance: 1,
    reading: "largest close-to-close fall starting in November 2024 or later and ending by the end of April 2025",
  },
  {
    id: "000-3",
    claim: "Reclaims of the 200-day average after a breakdown of at least 3 months, since the financial crisis",
    article: "8 (its bullet list says 11)",
    figure: 8,
    unit: "cases",
    tolerance: 0,
    roughTolerance: 1,
    reading: "earlier cases: reclaims of the 200-day simple average at least 90 calendar days after the breakdown, from the March 2009 low, whose one-year return was known on the article's date (its own June 2025 reclaim is not one)",
  },
  {
    id: "000-4",
    claim: "Average price return one year after those reclaims, and the success rate",
    article: "18.1 average, high success rate",
    figure: 18.1,
    unit: "%",
    tolerance: 1.5,
    directional: true,
    reading: "mean price return over 252 trading days after each earlier case; a high success rate is at least three cases in four higher",
  },
  {
    id: "000-5",
    claim: "Long-run average annual return of the index since 1978",
    article: "about 9.1",
    figure: 9.1,
    unit: "% a year",
    tolerance: 1,
    reading: "compound annual growth rate of the price index from the last close of 1978 to the article's date",
  },
  {
    id: "000-6",
    claim: "Out of sample: return in the year after the June 2025 reclaim",
    article: "implied: above the 9.1% long-run average",
    figure: null,
    unit: "%",
    reading: "price return of the index over 252 trading days from the June 2025 reclaim, labelled complete or partial, against the long-run price CAGR since 1978",
  },
] as const satisfies readonly ClaimSpec[];

/** Each claim's spec by id, for the claim functions. */
export const SPEC = Object.fromEntries(CLAIMS.map((spec) => [spec.id, spec])) as Record<(typeof CLAIMS)[number]["id"], ClaimSpec>;
