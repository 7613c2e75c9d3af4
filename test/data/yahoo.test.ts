import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test, type TestContext } from "node:test";
import { seriesInfo } from "../../lib/data/catalog";
import { fetchYahooSeries, type YahooOptions } from "../../lib/data/providers/yahoo";
import { chartJson, startServer, type ChartBar, type Handler } from "./fixtures";

const RUT_BARS: ChartBar[] = [
  { date: "2025-09-08", open: 2395.65, high: 2398.14, low: 2378.82, close: 2393.69, volume: 4_100_000_000 },
  { date: "2025-09-09", open: 2390.1, high: 2392.2, low: 2370.5, close: null, volume: null },
  { date: "2025-09-10", open: 2384.69, high: 2394.16, low: 2369.01, close: 2380.12, volume: null },
];

async function yahoo(t: TestContext, handler: Handler, extra: YahooOptions = {}) {
  const server = await startServer(t, { "/v8/finance/chart/": handler });
  const options: YahooOptions = { url: server.url, retries: 0, retryDelayMs: 1, timeoutMs: 2000, sleep: async () => {}, now: () => new Date("2025-09-12T12:00:00Z"), ...extra };
  return { server, options };
}
const json =
  (body: string, status = 200, type = "application/json"): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };

test("yahoo-finance2's chart() runs against the local server; dates are exchange dates; null closes are dropped", async (t) => {
  const body = chartJson("^RUT", RUT_BARS);
  const { server, options } = await yahoo(t, json(body));
  const fetched = await fetchYahooSeries(seriesInfo("RUT"), options);
  assert.equal(server.requests.length, 1);
  const requested = new URL(server.requests[0], server.url);
  assert.equal(requested.pathname, "/v8/finance/chart/^RUT");
  assert.equal(requested.searchParams.get("interval"), "1d");
  assert.equal(requested.searchParams.get("period1"), String(Date.parse("1900-01-01") / 1000));
  assert.equal(fetched.sourceUrl, `${server.url}${server.requests[0]}`);
  assert.equal(fetched.sourceSha256, createHash("sha256").update(body).digest("hex"));
  const { series, droppedHolidays } = fetched.parsed;
  assert.deepEqual(series.dates, ["2025-09-08", "2025-09-10"]);
  assert.deepEqual(Array.from(series.close), [2393.69, 2380.12]);
  assert.deepEqual(Array.from(series.open ?? []), [2395.65, 2384.69]);
  // Yahoo's null volume on an index is volume 0.
  assert.deepEqual(Array.from(series.volume ?? []), [4_100_000_000, 0]);
  assert.equal(droppedHolidays, 1);
  assert.deepEqual(fetched.warnings, []);
});

test("adjusted-close series take adjclose and scale open, high and low by the same factor", async (t) => {
  const bars: ChartBar[] = [
    { date: "2025-09-08", open: 236, high: 240, low: 235, close: 238, volume: 30_000_000, adjclose: 238 * 0.99 },
    { date: "2025-09-09", open: 238, high: 239, low: 236, close: 237, volume: 25_000_000, adjclose: 237 },
  ];
  const { options } = await yahoo(t, json(chartJson("IWM", bars)));
  const { series } = (await fetchYahooSeries(seriesInfo("IWM"), options)).parsed;
  assert.deepEqual(Array.from(series.close), [238 * 0.99, 237]);
  assert.deepEqual(Array.from(series.high ?? []), [240 * ((238 * 0.99) / 238), 239]);
  assert.deepEqual(Array.from(series.open ?? []), [236 * ((238 * 0.99) / 238), 238]);
});

test("an adjusted-close series whose chart lacks adjclose is refused", async (t) => {
  const { server, options } = await yahoo(t, json(chartJson("IWM", RUT_BARS.slice(0, 1))));
  await assert.rejects(fetchYahooSeries(seriesInfo("IWM"), options), (error: Error) => {
    // The message is checked after the request, whose address it quotes.
    assert.equal(error.message, `Yahoo IWM (${server.url}${server.requests[0]}): the chart has no adjclose but IWM is an adjusted-close series; check the symbol`);
    return true;
  });
});

test("a bar for a session still open when fetched is an intraday price: dropped, with a warning", async (t) => {
  const bars = [...RUT_BARS, { date: "2025-09-11", open: 2380, high: 2390, low: 2375, close: 2385.4321, volume: 0 }];
  const { options } = await yahoo(t, json(chartJson("^RUT", bars, "2025-09-11")), { now: () => new Date("2025-09-11T17:00:00Z") });
  const fetched = await fetchYahooSeries(seriesInfo("RUT"), options);
  assert.equal(fetched.parsed.series.dates.at(-1), "2025-09-10");
  assert.deepEqual(fetched.warnings, ["Yahoo ^RUT: dropped 2025-09-11, its session was still open when fetched (an intraday price, not a close)"]);
  // After the close (16:00 New York = 20:00 UTC) the same bar is kept.
  const later = await fetchYahooSeries(seriesInfo("RUT"), { ...options, now: () => new Date("2025-09-11T20:30:00Z") });
  assert.equal(later.parsed.series.dates.at(-1), "2025-09-11");
});

test("R2K_YAHOO_URL points the provider at another host", async (t) => {
  const { server, options } = await yahoo(t, json(chartJson("^RUT", RUT_BARS)));
  const saved = process.env.R2K_YAHOO_URL;
  process.env.R2K_YAHOO_URL = server.url;
  t.after(() => (saved === undefined ? delete process.env.R2K_YAHOO_URL : (process.env.R2K_YAHOO_URL = saved)));
  await fetchYahooSeries(seriesInfo("RUT"), { ...options, url: undefined });
  assert.equal(server.requests.length, 1);
});

test("Yahoo faults: HTTP 500 after retries, an HTML page, JSON cut short", async (t) => {
  const html = "<html><head><title>Yahoo</title></head><body>consent</body></html>";
  const cases: [string, Handler, (url: string) => string][] = [
    ["500", json("{}", 500), (url) => `Yahoo ^RUT (${url}): HTTP 500 Internal Server Error (server error) (2 attempts); try again later`],
    [
      "html",
      json(html, 200, "text/html"),
      (url) => `Yahoo ^RUT (${url}): got an HTML page ('Yahoo') instead of JSON; the provider may have changed its address or blocked the request: check the URL in a browser`,
    ],
    [
      "cut",
      json(chartJson("^RUT", RUT_BARS).slice(0, 200)),
      (url) => `Yahoo ^RUT (${url}): the response is not valid JSON (200 characters, ends '${chartJson("^RUT", RUT_BARS).slice(180, 200)}'; truncated?) (2 attempts); try again later`,
    ],
  ];
  for (const [name, handler, message] of cases) {
    const { server, options } = await yahoo(t, handler, { retries: 1 });
    await assert.rejects(fetchYahooSeries(seriesInfo("RUT"), options), (error: Error) => {
      assert.equal(error.message, message(`${server.url}${server.requests[0]}`), name);
      return true;
    });
  }
});

test("a Yahoo request that hangs times out, and the next request still goes through", async (t) => {
  const { server, options } = await yahoo(t, () => {}, { timeoutMs: 150 });
  await assert.rejects(fetchYahooSeries(seriesInfo("RUT"), options), (error: Error) => {
    assert.equal(error.message, `Yahoo ^RUT (${server.url}${server.requests[0]}): no response within 150 ms (timed out) (1 attempt); try again later`);
    return true;
  });
  const healthy = await yahoo(t, json(chartJson("^RUT", RUT_BARS)));
  assert.equal((await fetchYahooSeries(seriesInfo("RUT"), healthy.options)).parsed.series.dates.length, 2);
});

test("a response yahoo-finance2 cannot read is reported with its reason", async (t) => {
  const { server, options } = await yahoo(t, json(JSON.stringify({ unexpected: true })));
  await assert.rejects(fetchYahooSeries(seriesInfo("RUT"), options), (error: Error) => {
    assert.equal(
      error.message,
      `Yahoo ^RUT (${server.url}${server.requests[0]}): yahoo-finance2 could not read the chart: Unexpected result: {"unexpected":true}`,
    );
    return true;
  });
});

test("a series without a Yahoo symbol is refused before any request", async () => {
  await assert.rejects(fetchYahooSeries(seriesInfo("DGS10")), { message: "DGS10 has no Yahoo symbol in data/catalog.json; refresh it from FRED instead" });
});
