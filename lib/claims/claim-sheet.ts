import type { ClaimResult } from "./claim";
import { showClaims } from "./claims-table";
import { claimIds } from "./registry";

/**
 * The claims one study notebook checks, collected cell by cell and shown at the end. It refuses
 * a claim of another study or one checked twice, and `show()` refuses to present a study with a
 * claim missing, so a report can never silently drop a claim.
 *
 * @example
 * const claims = new ClaimSheet("000");
 * claims.add(numericResult(claimSpec("000-2"), 27.9, "closes"));
 * claims.show(); // throws: 000-1, 000-3, ... not checked yet
 */
export class ClaimSheet {
  private readonly results = new Map<string, ClaimResult>();

  constructor(readonly study: string) {
    claimIds(study); // an unknown study fails here, naming the known ones
  }

  /** Records one checked claim (rerunning a notebook cell replaces that claim's earlier result). */
  add(claim: ClaimResult): void {
    if (claim.study !== this.study) throw new Error(`claim ${claim.id} belongs to study ${claim.study}, not ${this.study}`);
    this.results.set(claim.id, claim);
  }

  /** The claims checked so far, in registry order. */
  list(): ClaimResult[] {
    return claimIds(this.study).flatMap((id) => this.results.get(id) ?? []);
  }

  /** Shows the claims table; every claim of the study must have been checked. */
  show(): void {
    const missing = claimIds(this.study).filter((id) => !this.results.has(id));
    if (missing.length > 0) throw new Error(`study ${this.study}: claims ${missing.join(", ")} were not checked: run the cells that check them (or record them as untestable)`);
    showClaims(this.list());
  }
}
