/** How a provider talks HTTP; every field has a default, tests inject small values. */
export interface HttpOptions {
  /** The fetch to use (default globalThis.fetch). */
  fetch?: typeof fetch;
  /** Give up on one attempt after this long, body included (default 30000 ms). */
  timeoutMs?: number;
  /** Attempts after the first, on timeouts, dropped connections, HTTP 429 and 5xx (default 3); never when no connection can be made. */
  retries?: number;
  /** First wait between attempts, doubled each time (default 1000 ms). */
  retryDelayMs?: number;
  /** Longest wait honoured from a Retry-After header (default 60000 ms). */
  maxRetryAfterMs?: number;
  /** How to wait (default setTimeout); tests record the waits instead. */
  sleep?: (ms: number) => Promise<void>;
}

/** What the caller expects the body to be, checked before it is handed on. */
export type BodyKind = "csv" | "json";

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An HTTP failure worth another attempt (the message is already user-facing). */
class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

/**
 * GETs a URL and returns its body as text, retrying what may pass (timeouts, cut
 * connections, 429 after its Retry-After, 5xx) and refusing what will not: a host that
 * cannot be reached ({@link ProviderUnreachableError}), other HTTP errors, an HTML page
 * where CSV or JSON was expected. Errors start with `label` and the URL and say what to do.
 *
 * @example
 * const csv = await fetchText("https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10", "FRED DGS10", "csv");
 */
export async function fetchText(
  url: string,
  label: string,
  expect: BodyKind,
  options: HttpOptions = {},
  init: RequestInit = {},
): Promise<string> {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? wait;
  let delay = options.retryDelayMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptFetch(url, label, expect, options, init);
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      if (attempt >= retries) {
        const tries = attempt + 1;
        throw new Error(`${error.message} (${tries} attempt${tries > 1 ? "s" : ""}); try again later`);
      }
      await sleep(error.waitMs ?? delay);
      delay *= 2;
    }
  }
}

async function attemptFetch(url: string, label: string, expect: BodyKind, options: HttpOptions, init: RequestInit): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const where = `${label} (${url})`;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? fetch)(url, { ...init, signal });
  } catch (error) {
    throw networkError(where, error, timeoutMs, "no response");
  }
  try {
    text = await response.text();
  } catch (error) {
    throw networkError(where, error, timeoutMs, "the response body did not arrive in full");
  }
  if (response.status === 429) {
    const waitMs = retryAfterMs(response.headers.get("retry-after"), options.maxRetryAfterMs ?? 60_000);
    const after = waitMs === undefined ? "" : `, retry after ${waitMs / 1000} s`;
    throw new Retryable(`${where}: HTTP 429 Too Many Requests (rate limited${after})`, waitMs);
  }
  if (response.status >= 500) throw new Retryable(`${where}: HTTP ${response.status} ${response.statusText} (server error)`);
  if (!response.ok) {
    throw new Error(`${where}: HTTP ${response.status} ${response.statusText}; check the symbol or series id and the provider URL`);
  }
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("text/html") || /^\s*</.test(text)) {
    const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    throw new Error(
      `${where}: got an HTML page${title ? ` ('${title}')` : ""} instead of ${expect.toUpperCase()}; ` +
        `the provider may have changed its address or blocked the request: check the URL in a browser`,
    );
  }
  if (expect === "json") {
    try {
      JSON.parse(text);
    } catch {
      throw new Retryable(`${where}: the response is not valid JSON (${text.length} characters, ends '${text.slice(-20)}'; truncated?)`);
    }
  }
  return text;
}

/**
 * Connection errors that say the host cannot be reached from here (no network, no DNS, a
 * firewall), not that it is busy: retrying them within seconds only delays the message.
 */
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/**
 * A provider that could not be reached at all (no connection was made). Batch refreshes stop
 * asking that provider, and the first run tells the user to connect or use a snapshot folder.
 *
 * @example
 * if (isUnreachable(error)) console.log("offline?");
 */
export class ProviderUnreachableError extends Error {
  override name = "ProviderUnreachableError";
}

/**
 * True when `error`, or an error it was caused by, is a {@link ProviderUnreachableError}.
 *
 * @example
 * await refreshSeries("RUT").catch((error) => isUnreachable(error) && console.log("Yahoo cannot be reached"));
 */
export function isUnreachable(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof ProviderUnreachableError) return true;
  return false;
}

function networkError(where: string, error: unknown, timeoutMs: number, what: string): Error {
  const err = error as Error & { cause?: { message?: string; code?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") {
    return new Retryable(`${where}: ${what} within ${timeoutMs} ms (timed out)`);
  }
  const detail = err.cause?.message || err.cause?.code || err.message;
  if (UNREACHABLE_CODES.has(err.cause?.code ?? "")) {
    return new ProviderUnreachableError(`${where}: cannot connect (${detail}); check the network connection (or a proxy or firewall), then try again`);
  }
  return new Retryable(`${where}: ${what} (${detail})`);
}

/** Milliseconds from a Retry-After header (seconds or an HTTP date), capped; undefined if absent. */
function retryAfterMs(header: string | null, cap: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), cap) : undefined;
}
