import type { SuspectPolicy } from "../../data/suspect-rows";
import type { TroughRule } from "./troughs";

/**
 * The history the troughs of 004-6 and 004-7 are found on: the Russell 2000 from 1978 (FRED's
 * RU2000PR joined to ^RUT on 1987-09-10), or ^RUT alone from 1987-09-10.
 */
export type TroughHistory = "RUT_LONG" | "RUT";

/**
 * The notebook's parameters (its `parameters` cell), one field per line of that cell. Percent
 * parameters are in percent, as a reader types them; the measurements turn them into fractions.
 *
 * @example
 * const params: Params = { ...DEFAULTS, fallPercent: 30 };
 */
export interface Params extends Record<string, number | string | boolean> {
  articleDate: string;
  closeTolerance: number;
  ytdLooseTolerance: number;
  ytdDaysBefore: number;
  reboundTolerance: number;
  fast: number;
  slow: number;
  crossWindowDays: number;
  horizonUnit: "trading" | "calendar";
  troughHistory: TroughHistory;
  troughRule: TroughRule;
  fallPercent: number;
  recoveryPercent: number;
  troughTolerance: number;
  sweepStep: number;
  suspectRows: SuspectPolicy;
  draws: number;
  seed: number;
}

/**
 * The defaults of the notebook's parameters cell (test/studies/packages.test.ts checks that
 * they agree).
 *
 * @example
 * DEFAULTS.fallPercent; // 20
 */
export const DEFAULTS: Readonly<Params> = {
  articleDate: "2025-08-01",
  closeTolerance: 0.5,
  ytdLooseTolerance: 0.5,
  ytdDaysBefore: 8,
  reboundTolerance: 0.5,
  fast: 50,
  slow: 200,
  crossWindowDays: 21,
  horizonUnit: "trading",
  troughHistory: "RUT_LONG",
  troughRule: "record-to-record",
  fallPercent: 20,
  recoveryPercent: 20,
  troughTolerance: 5,
  sweepStep: 5,
  suspectRows: "keep",
  draws: 10000,
  seed: 2025,
};
