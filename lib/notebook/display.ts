import * as jupyter from "tslab/dist/jupyter";

/** A Jupyter MIME bundle: MIME type -> value (JSON types stay objects, text stays a string). */
export type MimeBundle = Record<string, unknown>;

type Sink = (bundle: MimeBundle) => void;

const printPlainText: Sink = (bundle) => {
  const text = bundle["text/plain"];
  if (typeof text === "string") console.log(text);
};

let fallbackSink: Sink = printPlainText;

/**
 * Shows a whole MIME bundle as one display output. Inside the tslab kernel the bundle goes
 * out through tslab's display writer, which keeps JSON values as objects (tslab's public
 * `display.raw` sends one MIME type as a string); elsewhere the text/plain form is printed.
 * tslab is pinned exactly because `lastWriteDisplayData` is not public API; a test breaks
 * if it moves.
 *
 * @example
 * displayBundle({ "text/html": "<b>hi</b>", "text/plain": "hi" });
 */
export function displayBundle(bundle: MimeBundle): void {
  const write = jupyter.lastWriteDisplayData;
  if (write) write({ data: bundle, metadata: {}, transient: {} } as never, false);
  else fallbackSink(bundle);
}

/**
 * Runs `fn` and returns the bundles it displayed outside a kernel (for tests and scripts).
 *
 * @example
 * const [bundle] = captureDisplays(() => displayBundle({ "text/plain": "x" }));
 */
export function captureDisplays(fn: () => void): MimeBundle[] {
  const captured: MimeBundle[] = [];
  const previous = fallbackSink;
  fallbackSink = (bundle) => captured.push(bundle);
  try {
    fn();
  } finally {
    fallbackSink = previous;
  }
  return captured;
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml("<script>"); // "&lt;script&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
