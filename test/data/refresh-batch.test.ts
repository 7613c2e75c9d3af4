import assert from "node:assert/strict";
import { test } from "node:test";
import { seriesInfo, type SeriesInfo } from "../../lib/data/catalog";
import { planRefresh, refreshBatch } from "../../lib/data/refresh-batch";
import { closedPort, startServer, tempDir } from "./fixtures";

/** A catalog entry like the real ones, with the given id, providers and cross-check. */
const entry = (id: string, providers: SeriesInfo["providers"], crossCheck?: string): SeriesInfo => ({
  ...seriesInfo("RUT"),
  id,
  providers,
  crossCheck,
});

test("planRefresh: Yahoo when a series has a Yahoo symbol, else FRED; cross-check series first", () => {
  const plan = planRefresh([entry("RUT", { yahoo: "^RUT" }, "IWM"), entry("DGS10", { fred: "DGS10" }), entry("IWM", { yahoo: "IWM" }), entry("SP", { yahoo: "^GSPC", fred: "SP500" })]);
  assert.deepEqual(plan, [
    { id: "IWM", provider: "yahoo" },
    { id: "RUT", provider: "yahoo" },
    { id: "DGS10", provider: "fred" },
    { id: "SP", provider: "yahoo" },
  ]);
});

test("planRefresh: a composed series and an entry without a provider symbol are skipped, saying why", () => {
  const plan = planRefresh([entry("SNAP_ONLY", {}), seriesInfo("RUT_LONG"), entry("RUT", { yahoo: "^RUT" })]);
  const { compose } = seriesInfo("RUT_LONG");
  assert.deepEqual(plan, [
    { id: "SNAP_ONLY", skip: "no provider symbol in data/catalog.json, so nothing to fetch: it comes from a snapshot folder only" },
    { id: "RUT_LONG", skip: `built from ${compose?.before} and ${compose?.after} when loaded: nothing to fetch` },
    { id: "RUT", provider: "yahoo" },
  ]);
});

test("refreshBatch reports each series as it finishes, and stops asking a provider that cannot be reached", async (t) => {
  const cacheDir = tempDir(t);
  const server = await startServer(t, {
    "/fredgraph.csv": (req, res) => {
      const id = new URL(req.url ?? "", "http://x").searchParams.get("id");
      res.writeHead(200, { "content-type": "text/csv" });
      res.end(`observation_date,${id}\n2025-11-20,4.10\n2025-11-24,4.04\n`);
    },
  });
  const port = await closedPort();
  const seen: string[] = [];
  const outcomes = await refreshBatch(["DGS10", "RUT", "GSPC", "FEDFUNDS"], {
    cacheDir,
    fred: { url: `${server.url}/fredgraph.csv`, retries: 0 },
    yahoo: { url: `http://127.0.0.1:${port}`, retries: 3 },
    onSeries: (o) => void seen.push(`${o.id} ${o.status}`),
  });
  assert.deepEqual(outcomes.map((o) => `${o.id} ${o.status}`), ["DGS10 ok", "RUT failed", "GSPC skipped", "FEDFUNDS ok"]);
  assert.deepEqual(seen, ["DGS10 ok", "RUT failed", "GSPC skipped", "FEDFUNDS ok"], "the callback saw each outcome as it came");
  const gspc = outcomes[2];
  assert.deepEqual(gspc.status === "skipped" && [gspc.reason, gspc.unreachable], ["not asked: Yahoo could not be reached (see RUT above)", "yahoo"]);
  assert.equal(server.requests.length, 2, "FRED was still asked for its two series");
});
