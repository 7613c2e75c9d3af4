import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import type { TestContext } from "node:test";
import { mulberry32 } from "../../lib/events/rng";

/** A fresh temporary folder, removed when the test ends. */
export function tempDir(t: TestContext, prefix = "r2k-data-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** One generated Yahoo-style row. */
export interface Bar {
  date: string;
  close: number;
  open: number;
  high: number;
  low: number;
  volume: number;
}

/**
 * A random walk of daily bars with closes rounded to cents and stored as 32-bit floats,
 * as Yahoo's archives store them (2663.78 -> 2663.780029296875).
 */
export function generateBars(dates: readonly string[], startClose: number, seed: number): Bar[] {
  const rnd = mulberry32(seed);
  let close = startClose;
  return dates.map((date) => {
    const open = close;
    close = Math.round(close * (1 + (rnd() - 0.5) * 0.04) * 100) / 100;
    const high = Math.max(open, close) + 1;
    const low = Math.min(open, close) - 1;
    return { date, close: Math.fround(close), open: Math.fround(open), high: Math.fround(high), low: Math.fround(low), volume: 1_000_000 + Math.floor(rnd() * 1000) };
  });
}

/** Bars as a Yahoo archive file (Date,Close,High,Low,Open,Volume), CRLF line ends like the snapshot's. */
export function yahooCsv(bars: readonly Bar[]): string {
  const lines = ["Date,Close,High,Low,Open,Volume", ...bars.map((b) => [b.date, b.close, b.high, b.low, b.open, b.volume].join(","))];
  return lines.join("\r\n") + "\r\n";
}

/** Bars as an extension archive like RUT_EXT.csv (Date,Open,High,Low,Close: no volume), LF line ends. */
export function extensionCsv(bars: readonly Bar[]): string {
  return ["Date,Open,High,Low,Close", ...bars.map((b) => [b.date, b.open, b.high, b.low, b.close].join(","))].join("\n") + "\n";
}

/** Hex SHA-256 of a file's bytes, computed here independently of the library. */
export function fileSha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Writes files into a snapshot folder with a SHA256SUMS listing them (sha256sum format). */
export function writeSnapshot(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const sums = Object.keys(files).map((name) => `${fileSha256(path.join(dir, name))}  ${name}`);
  fs.writeFileSync(path.join(dir, "SHA256SUMS"), sums.join("\n") + "\n");
}

/** A port on 127.0.0.1 that was free a moment ago (listened on, noted, closed): connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A request handler for the local test server. */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * Starts an HTTP server on 127.0.0.1 (a free port) routing by path prefix; it is closed,
 * hanging connections included, when the test ends. Returns its base URL and a request log.
 */
export async function startServer(t: TestContext, routes: Record<string, Handler>): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    const route = Object.keys(routes).find((prefix) => (req.url ?? "").startsWith(prefix));
    if (route) routes[route](req, res);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** One daily bar as Yahoo's chart endpoint sends it (nulls where Yahoo has no value). */
export interface ChartBar {
  date: string;
  open: number | null;
  high: number | null;
  low: number | null;
  close: number | null;
  volume: number | null;
  adjclose?: number | null;
}

const EDT = -14400;
/** 09:30 New York (EDT) on a date, as Yahoo stamps daily bars, in Unix seconds. */
const opening = (date: string) => Date.parse(`${date}T13:30:00Z`) / 1000;
const period = (start: number, end: number) => ({ timezone: "EDT", start, end, gmtoffset: EDT });

/** A chart response shaped like Yahoo's /v8/finance/chart (the fields yahoo-finance2 validates). */
export function chartJson(symbol: string, bars: ChartBar[], sessionDate = "2025-09-11"): string {
  const day = opening(sessionDate);
  const quote = { open: bars.map((b) => b.open), high: bars.map((b) => b.high), low: bars.map((b) => b.low), close: bars.map((b) => b.close), volume: bars.map((b) => b.volume) };
  const indicators: Record<string, unknown> = { quote: [quote] };
  if (bars.some((b) => b.adjclose !== undefined)) indicators.adjclose = [{ adjclose: bars.map((b) => b.adjclose ?? null) }];
  const meta = {
    currency: "USD",
    symbol,
    exchangeName: "WCB",
    fullExchangeName: "Chicago Options",
    instrumentType: "INDEX",
    firstTradeDate: 558279000,
    regularMarketTime: day + 23400,
    hasPrePostMarketData: false,
    gmtoffset: EDT,
    timezone: "EDT",
    exchangeTimezoneName: "America/New_York",
    regularMarketPrice: 2378.01,
    priceHint: 2,
    currentTradingPeriod: { pre: period(day - 19800, day), regular: period(day, day + 23400), post: period(day + 23400, day + 37800) },
    dataGranularity: "1d",
    range: "",
    validRanges: ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"],
  };
  return JSON.stringify({ chart: { result: [{ meta, timestamp: bars.map((b) => opening(b.date)), indicators }], error: null } });
}
