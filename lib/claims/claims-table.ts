import { displayBundle, escapeHtml, type MimeBundle } from "../notebook/display";
import type { ClaimResult } from "./claim";

/** The MIME type under which a notebook hands its claims to the report runner. */
export const CLAIMS_MIME = "application/vnd.r2k.claims+json";

/** The verdict policy every claims table links to (relative to reports/ and notebooks/). */
export const VERDICT_POLICY_URL = "../docs/verdicts.md";

const VERDICT_COLOURS: Record<ClaimResult["verdict"], string> = {
  confirmed: "#1a7f37",
  roughly: "#9a6700",
  "not confirmed": "#cf222e",
  "not testable": "#57606a",
};

/**
 * The claims as an HTML table: article says / we measure / verdict / note.
 *
 * @example
 * claimsTableHtml([numericResult(claimSpec("000-2"), 27.6, "closes")]);
 */
export function claimsTableHtml(claims: readonly ClaimResult[]): string {
  const cell = (text: string) => `<td style="text-align:left;vertical-align:top">${escapeHtml(text)}</td>`;
  const rows = claims.map((c) => {
    const verdict = `<td style="text-align:left;vertical-align:top;font-weight:bold;color:${VERDICT_COLOURS[c.verdict]}">${escapeHtml(c.verdict)}</td>`;
    const reading = c.reading ? `<b>Reading:</b> ${escapeHtml(c.reading)}<br>` : "";
    const note = `<td style="text-align:left;vertical-align:top">${reading}${escapeHtml(c.note)}</td>`;
    return `<tr>${cell(c.id)}${cell(c.claim)}${cell(c.article)}${cell(c.measured)}${cell(c.unit)}${verdict}${note}</tr>`;
  });
  const head = ["id", "claim", "article says", "we measure", "unit", "verdict", "note"]
    .map((h) => `<th style="text-align:left">${h}</th>`)
    .join("");
  const policy = `<p class="verdict-policy">How each verdict is decided: <a href="${VERDICT_POLICY_URL}">docs/verdicts.md</a> `
    + "(standard readings fixed before looking, every threshold named, how many readings were tried).</p>";
  return `<table class="claims-table"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>${policy}`;
}

/**
 * The display bundle of a claims table: HTML for readers, plain text for terminals, and the
 * claims as JSON under CLAIMS_MIME so the report runner can collect them from the notebook.
 */
export function claimsBundle(claims: readonly ClaimResult[]): MimeBundle {
  const plain = claims.map((c) => `${c.id}  ${c.verdict.padEnd(13)}  article: ${c.article} | measured: ${c.measured} ${c.unit}`).join("\n");
  return { [CLAIMS_MIME]: { claims }, "text/html": claimsTableHtml(claims), "text/plain": plain };
}

/**
 * Shows the claims table in the notebook (and hands the claims to the report runner).
 *
 * @example
 * showClaims([claim1, claim2]);
 */
export function showClaims(claims: readonly ClaimResult[]): void {
  displayBundle(claimsBundle(claims));
}
