import type { ClaimResult } from "../../claims/claim";
import { defineStudy } from "../../claims/spec";
import { ARTICLE, CLAIMS } from "./claims";
import { loadData } from "./data";
import { claimGoldenCross, measureCrosses } from "./golden-cross";
import { claimJulyRebound, measureJulyRebound } from "./july-rebound";
import { DEFAULTS, type Params } from "./params";
import { claimQuotedClose, measureQuotedClose } from "./quoted-close";
import { claimTroughReturns, measureTroughs, measureTroughSweep } from "./trough-returns";
import { claimBreadth, claimForwardEarnings } from "./untestable";
import { claimValueGrowth, measureValueGrowth } from "./value-growth";
import { claimYearToDate, measureYearToDate } from "./year-to-date";

export * from "./claims";
export * from "./params";
export * from "./data";
export * from "./daily-move";
export * from "./month-readings";
export * from "./quoted-close";
export * from "./year-to-date";
export * from "./july-rebound";
export * from "./golden-cross";
export * from "./troughs";
export * from "./trough-outcomes";
export * from "./trough-sweep";
export * from "./trough-returns";
export * from "./paired-outcomes";
export * from "./value-growth";
export * from "./untestable";

/**
 * Every claim of study 004 with these parameters, computed with the functions the notebook calls.
 *
 * @example
 * runStudy(DEFAULTS).map((c) => `${c.id} ${c.verdict}`);
 */
export function runStudy(params: Params): ClaimResult[] {
  const data = loadData(params);
  const troughs = measureTroughs(data, params);
  return [
    claimQuotedClose(measureQuotedClose(data, params), params),
    claimYearToDate(measureYearToDate(data, params), params),
    claimForwardEarnings(),
    claimJulyRebound(measureJulyRebound(data, params), params),
    claimGoldenCross(measureCrosses(data, params), params),
    claimTroughReturns(troughs, measureTroughSweep(data, troughs, params), params),
    claimValueGrowth(measureValueGrowth(data, troughs)),
    claimBreadth(),
  ];
}

/** Study 004: the small-cap market snapshot of 2025-08-01. */
export const study = defineStudy<Params>({ id: "004", slug: "small-cap-snapshot", article: ARTICLE, claims: CLAIMS, defaults: DEFAULTS, run: runStudy });
