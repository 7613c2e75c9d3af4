import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test, type TestContext } from "node:test";
import { seriesInfo } from "../../lib/data/catalog";
import { fetchFredSeries, type FredOptions } from "../../lib/data/providers/fred";
import { isUnreachable } from "../../lib/data/providers/http";
import { closedPort, startServer, type Handler } from "./fixtures";

const DGS10 = seriesInfo("DGS10");
const CSV = "observation_date,DGS10\n2025-11-20,4.10\n2025-11-21,\n2025-11-24,4.04\n";
const HTML = "<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>down</body></html>";

/** Serves `handlers` in turn, one per request (the last one repeats). */
function sequence(...handlers: Handler[]): Handler {
  let n = 0;
  return (req, res) => handlers[Math.min(n++, handlers.length - 1)](req, res);
}
const ok =
  (body: string, type = "text/csv"): Handler =>
  (_req, res) => {
    res.writeHead(200, { "content-type": type });
    res.end(body);
  };
const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(code, { "content-type": "text/plain", ...headers });
    res.end(`status ${code}`);
  };

/** A server with one route, and the options to reach it with quick retries and recorded waits. */
async function fred(t: TestContext, handler: Handler, extra: FredOptions = {}) {
  const server = await startServer(t, { "/fredgraph.csv": handler });
  const waits: number[] = [];
  const url = `${server.url}/fredgraph.csv`;
  const options: FredOptions = { url, retries: 0, retryDelayMs: 5, timeoutMs: 300, sleep: async (ms) => void waits.push(ms), ...extra };
  return { url: `${url}?id=DGS10`, options, waits, requests: server.requests };
}

test("FRED CSV: holidays dropped and counted, the response's sha256 and address recorded", async (t) => {
  const { url, options, requests } = await fred(t, ok(CSV));
  const fetched = await fetchFredSeries(DGS10, options);
  assert.deepEqual(requests, ["/fredgraph.csv?id=DGS10"]);
  assert.deepEqual(fetched.parsed.series.dates, ["2025-11-20", "2025-11-24"]);
  assert.deepEqual(Array.from(fetched.parsed.series.close), [4.1, 4.04]);
  assert.equal(fetched.parsed.droppedHolidays, 1);
  assert.equal(fetched.sourceUrl, url);
  assert.equal(fetched.sourceSha256, createHash("sha256").update(CSV).digest("hex"));
});

test("FRED's older layout (DATE header, '.' for holidays) reads the same", async (t) => {
  const { options } = await fred(t, ok("DATE,DGS10\r\n2025-11-20,4.10\r\n2025-11-21,.\r\n"));
  const { parsed } = await fetchFredSeries(DGS10, options);
  assert.deepEqual(parsed.series.dates, ["2025-11-20"]);
  assert.equal(parsed.droppedHolidays, 1);
});

test("R2K_FRED_URL points the provider at another endpoint", async (t) => {
  const { options, requests } = await fred(t, ok(CSV));
  const saved = process.env.R2K_FRED_URL;
  process.env.R2K_FRED_URL = options.url;
  t.after(() => (saved === undefined ? delete process.env.R2K_FRED_URL : (process.env.R2K_FRED_URL = saved)));
  await fetchFredSeries(DGS10, { ...options, url: undefined });
  assert.equal(requests.length, 1);
});

test("HTTP 500 is retried with doubling waits, then reported", async (t) => {
  const { url, options, waits } = await fred(t, status(500), { retries: 2 });
  await assert.rejects(fetchFredSeries(DGS10, options), {
    message: `FRED DGS10 (${url}): HTTP 500 Internal Server Error (server error) (3 attempts); try again later`,
  });
  assert.deepEqual(waits, [5, 10]);
});

test("a passing 500 is survived by the retry", async (t) => {
  const { options, requests } = await fred(t, sequence(status(500), ok(CSV)), { retries: 1 });
  const { parsed } = await fetchFredSeries(DGS10, options);
  assert.equal(parsed.series.dates.length, 2);
  assert.equal(requests.length, 2);
});

test("HTTP 429 waits as long as Retry-After says, then succeeds", async (t) => {
  const { options, waits } = await fred(t, sequence(status(429, { "retry-after": "2" }), ok(CSV)), { retries: 1 });
  await fetchFredSeries(DGS10, options);
  assert.deepEqual(waits, [2000]);
});

test("HTTP 429 that persists says it was rate limited and when to retry", async (t) => {
  const { url, options, waits } = await fred(t, status(429, { "retry-after": "3" }), { retries: 1 });
  await assert.rejects(fetchFredSeries(DGS10, options), {
    message: `FRED DGS10 (${url}): HTTP 429 Too Many Requests (rate limited, retry after 3 s) (2 attempts); try again later`,
  });
  assert.deepEqual(waits, [3000]);
});

test("a server that never answers times out", async (t) => {
  const { url, options } = await fred(t, () => {}, { timeoutMs: 150 });
  await assert.rejects(fetchFredSeries(DGS10, options), {
    message: `FRED DGS10 (${url}): no response within 150 ms (timed out) (1 attempt); try again later`,
  });
});

test("a body that stops arriving times out too", async (t) => {
  const stall: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv", "content-length": "1000" });
    res.write("observation_date,DGS10\n");
  };
  const { url, options } = await fred(t, stall, { timeoutMs: 150 });
  await assert.rejects(fetchFredSeries(DGS10, options), {
    message: `FRED DGS10 (${url}): the response body did not arrive in full within 150 ms (timed out) (1 attempt); try again later`,
  });
});

test("a connection closed mid-body is reported as a cut-off response", async (t) => {
  const cut: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv", "content-length": String(CSV.length + 500) });
    res.write(CSV.slice(0, 30));
    setTimeout(() => res.socket?.destroy(), 20);
  };
  const { url, options } = await fred(t, cut);
  await assert.rejects(fetchFredSeries(DGS10, options), (error: Error) =>
    error.message.startsWith(`FRED DGS10 (${url}): the response body did not arrive in full (`) && error.message.endsWith("(1 attempt); try again later"),
  );
});

test("a body truncated mid-line (with a consistent length) fails validation on the cut line", async (t) => {
  const { options } = await fred(t, ok(CSV.slice(0, CSV.lastIndexOf("-") + 1)));
  await assert.rejects(fetchFredSeries(DGS10, options), {
    message: "FRED DGS10 CSV line 4: 1 fields but the header has 2; fix or remove the row",
  });
});

test("an HTML page instead of CSV is refused, quoting its title, without retrying", async (t) => {
  const { url, options, requests } = await fred(t, ok(HTML, "text/html; charset=utf-8"), { retries: 3 });
  await assert.rejects(fetchFredSeries(DGS10, options), {
    message: `FRED DGS10 (${url}): got an HTML page ('Service Unavailable') instead of CSV; the provider may have changed its address or blocked the request: check the URL in a browser`,
  });
  assert.equal(requests.length, 1);
});

test("HTTP 404 is not retried and points at the id and the URL", async (t) => {
  const { url, options, requests } = await fred(t, status(404), { retries: 3 });
  await assert.rejects(fetchFredSeries(DGS10, options), {
    message: `FRED DGS10 (${url}): HTTP 404 Not Found; check the symbol or series id and the provider URL`,
  });
  assert.equal(requests.length, 1);
});

test("nothing listening: the connection error is named, marked unreachable, and not retried", async () => {
  const port = await closedPort();
  const url = `http://127.0.0.1:${port}/fredgraph.csv`;
  const waits: number[] = [];
  await assert.rejects(fetchFredSeries(DGS10, { url, retries: 3, sleep: async (ms) => void waits.push(ms) }), (error: Error) => {
    assert.equal(
      error.message,
      `FRED DGS10 (${url}?id=DGS10): cannot connect (connect ECONNREFUSED 127.0.0.1:${port}); check the network connection (or a proxy or firewall), then try again`,
    );
    assert.ok(isUnreachable(error), "a batch can tell the provider is unreachable");
    return true;
  });
  assert.deepEqual(waits, [], "no retry: a refused connection does not pass in seconds");
});

test("a host name that does not resolve (no DNS: offline) is unreachable too", async () => {
  // .invalid never resolves (RFC 2606).
  const url = "http://r2k-test.invalid/fredgraph.csv";
  await assert.rejects(fetchFredSeries(DGS10, { url, retries: 3, sleep: async () => assert.fail("not retried") }), (error: Error) => {
    assert.match(error.message, /^FRED DGS10 \(http:\/\/r2k-test\.invalid\/fredgraph\.csv\?id=DGS10\): cannot connect \(getaddrinfo (ENOTFOUND|EAI_AGAIN) r2k-test\.invalid\); /);
    assert.ok(isUnreachable(error));
    return true;
  });
});

test("a series without a FRED id is refused before any request", async () => {
  await assert.rejects(fetchFredSeries(seriesInfo("RUT")), { message: "RUT has no FRED id in data/catalog.json; refresh it from Yahoo instead" });
});
