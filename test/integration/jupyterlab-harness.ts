/**
 * Drives the project's own JupyterLab in headless Chromium the way a user does: open a notebook,
 * Run > Run All Cells, read what the page shows, save, export through the File menu, edit a
 * cell. Used by jupyterlab.test.ts.
 * Everything runs on loopback; the server's settings, runtime files and checkpoints live in a
 * temp folder so neither the user's Jupyter settings nor the repository are touched.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Download, Locator, Page } from "playwright-core";
import { blockNetwork, chromiumMissing, launchChromium, waitForDrawnCharts, type ChartCount as PageChartCount } from "../../lib/report/chromium";

export { launchChromium };

/** The MIME type of a Plotly figure in a notebook output (what JupyterLab's plotly extension draws). */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

/** One output of a saved notebook, as nbformat 4 stores it (only the fields read here). */
export interface NotebookOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}

/** One cell of a saved notebook (only the fields read here). */
export interface NotebookCell {
  cell_type: string;
  source: string | string[];
  metadata?: { tags?: string[] };
  outputs?: NotebookOutput[];
}

/** A notebook file as nbformat 4 stores it (only the fields read here). */
export interface NotebookJson {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/**
 * The project root: the nearest folder above `from` whose package.json is this project's.
 *
 * @example
 * projectRoot(__dirname); // "/work/main" from dist/test/integration
 */
export function projectRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === "r2k-claims-kit") return dir;
    if (path.dirname(dir) === dir) throw new Error(`${from}: no r2k-claims-kit package.json above it (run the test from the project's dist/)`);
  }
}

/**
 * Why the browser test cannot run here, or undefined when it can: the venv with JupyterLab and
 * the tslab kernel, Chromium, and the compiled library must all be in place.
 *
 * @example
 * const reason = labSkipReason("/work/main"); // "no .venv/bin/jupyter: run 'npm run setup' ..." or undefined
 */
export function labSkipReason(root: string): string | undefined {
  if (!fs.existsSync(path.join(root, ".venv/bin/jupyter"))) return "no .venv/bin/jupyter: run 'npm run setup' to create the project's Jupyter venv";
  if (!fs.existsSync(path.join(root, ".venv/share/jupyter/kernels/tslab/kernel.json")))
    return "the tslab kernel is not registered in .venv: run 'npm run setup'";
  const noChromium = chromiumMissing();
  if (noChromium) return noChromium;
  if (!fs.existsSync(path.join(root, "dist/lib/claims/index.js"))) return "no dist/lib: run 'npm run build' first";
  return undefined;
}

/** A running JupyterLab server of the project's venv. */
export interface Lab {
  /** e.g. "http://127.0.0.1:41234" */
  baseUrl: string;
  token: string;
  /** The folder the server serves (the project's notebooks/). */
  rootDir: string;
  /** GET (or another method) on the REST API, e.g. api("/api/sessions"); throws on a non-2xx answer. */
  api<T>(route: string, method?: string): Promise<T>;
  /** The URL that opens `notebookPath` (relative to rootDir) in its own workspace. */
  notebookUrl(notebookPath: string, workspace: string): string;
  /** The end of the server's log, for failure messages. */
  logTail(lines?: number): string;
  /** Shuts the server and its kernels down and removes its temp folder. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `.venv/bin/jupyter lab` on a free loopback port with a random token, serving
 * `<root>/notebooks`, with `node_modules/.bin` first on PATH (the tslab kernel binary) and
 * Jupyter's config, data and runtime folders in a temp dir (the venv's kernelspecs and
 * labextensions are still found: they live under .venv/share/jupyter). Resolves once
 * /api/status answers.
 *
 * @example
 * const lab = await startLab("/work/main");
 * try { console.log(await lab.api("/api/status")); } finally { await lab.stop(); }
 */
export async function startLab(root: string, timeoutMs = 90_000): Promise<Lab> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "r2k-lab-"));
  const dirs = { config: "config", data: "data", runtime: "runtime", checkpoints: "checkpoints", workspaces: "workspaces" };
  for (const sub of Object.values(dirs)) fs.mkdirSync(path.join(temp, sub));
  // A user who answered "No" to the news prompt: keeps the toast off screenshots and the network alone.
  const notification = path.join(temp, "config/lab/user-settings/@jupyterlab/apputils-extension/notification.jupyterlab-settings");
  fs.mkdirSync(path.dirname(notification), { recursive: true });
  fs.writeFileSync(notification, JSON.stringify({ fetchNews: "false", checkForUpdates: false }));

  const port = await freePort();
  const token = randomBytes(24).toString("hex");
  const rootDir = path.join(root, "notebooks");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(root, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    JUPYTER_CONFIG_DIR: path.join(temp, dirs.config),
    JUPYTER_DATA_DIR: path.join(temp, dirs.data),
    JUPYTER_RUNTIME_DIR: path.join(temp, dirs.runtime),
    JUPYTERLAB_WORKSPACES_DIR: path.join(temp, dirs.workspaces),
    JUPYTER_PREFER_ENV_PATH: "1",
  };
  // Extra search paths of the user's own shell would bring their kernels and settings in.
  delete env.JUPYTER_PATH;
  delete env.JUPYTER_CONFIG_PATH;
  delete env.JUPYTERLAB_SETTINGS_DIR;
  const logFile = path.join(temp, "lab.log");
  const log = fs.openSync(logFile, "w");
  const server: ChildProcess = spawn(
    path.join(root, ".venv/bin/jupyter"),
    [
      "lab",
      "--no-browser",
      "--ServerApp.ip=127.0.0.1",
      `--ServerApp.port=${port}`,
      "--ServerApp.port_retries=0",
      `--IdentityProvider.token=${token}`,
      `--ServerApp.root_dir=${rootDir}`,
      // CI runs as root; the test's notebook copies are dot-files so no study glob picks them up.
      "--ServerApp.allow_root=True",
      "--ContentsManager.allow_hidden=True",
      // An absolute checkpoint folder keeps .ipynb_checkpoints/ out of notebooks/.
      `--FileCheckpoints.checkpoint_dir=${path.join(temp, dirs.checkpoints)}`,
      "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ],
    { cwd: root, env, detached: true, stdio: ["ignore", log, log] },
  );
  fs.closeSync(log);
  let exited = false;
  server.on("exit", () => (exited = true));

  const baseUrl = `http://127.0.0.1:${port}`;
  const logTail = (lines = 30) => fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  let stopped = false;
  const lab: Lab = {
    baseUrl,
    token,
    rootDir,
    async api<T>(route: string, method = "GET"): Promise<T> {
      const response = await fetch(baseUrl + route, { method, headers: { Authorization: `token ${token}` } });
      if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${await response.text()}`);
      const body = await response.text();
      return (body ? JSON.parse(body) : undefined) as T;
    },
    notebookUrl: (notebookPath, workspace) =>
      `${baseUrl}/lab/workspaces/${encodeURIComponent(workspace)}/tree/${notebookPath.split("/").map(encodeURIComponent).join("/")}?token=${token}`,
    logTail,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopProcessGroup(server, () => exited);
      // Kernels run in sessions of their own; SIGTERM lets the server shut them down, and any
      // left over (after a SIGKILL) are found by the connection files in our runtime folder.
      killProcessesMentioning(path.join(temp, dirs.runtime));
      fs.rmSync(temp, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      const tail = logTail();
      await lab.stop();
      throw new Error(`jupyter lab exited before answering /api/status; its log ends:\n${tail}`);
    }
    try {
      await lab.api("/api/status");
      return lab;
    } catch {
      if (Date.now() > deadline) {
        const tail = logTail();
        await lab.stop();
        throw new Error(`jupyter lab did not answer ${baseUrl}/api/status within ${timeoutMs} ms; its log ends:\n${tail}`);
      }
      await delay(250);
    }
  }
}

/**
 * A new page sized like a laptop screen, which leaves pages when asked ("leave site?" dialogs
 * are accepted) so that a notebook with unsaved edits never blocks the next one.
 *
 * @example
 * const page = await newLabPage(browser);
 */
export async function newLabPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

/**
 * Opens a notebook in JupyterLab and waits until all its cells show and its kernel is connected
 * and idle. Each notebook gets its own workspace, so the layout of an earlier one is never restored.
 *
 * @example
 * await openNotebook(page, lab, ".lab-test-123-000-200-day-reclaim.ipynb", "w1");
 */
export async function openNotebook(page: Page, lab: Lab, notebookPath: string, workspace: string, timeoutMs = 120_000): Promise<void> {
  const cells = readNotebook(path.join(lab.rootDir, notebookPath)).cells.length;
  await page.goto(lab.notebookUrl(notebookPath, workspace));
  try {
    await page.waitForFunction(
      (expected: number) => {
        const panel = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)");
        const kernel = panel?.querySelector('.jp-NotebookPanel-toolbar [data-jp-item-name="kernelName"]')?.textContent?.trim();
        const status = panel?.querySelector(".jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator")?.getAttribute("data-status");
        const shown = panel?.querySelectorAll(".jp-Notebook .jp-Cell").length;
        return shown === expected && kernel !== undefined && kernel !== "" && kernel !== "No Kernel" && status === "idle";
      },
      cells,
      { timeout: timeoutMs, polling: 200 },
    );
  } catch (error) {
    const status = await page
      .locator(".jp-StatusBar-Widget")
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `${notebookPath} did not open with ${cells} cells and an idle kernel within ${timeoutMs} ms (status bar: ${status.join(" | ")}); server log ends:\n${lab.logTail(15)}`,
      { cause: error },
    );
  }
}

/**
 * The kernel the notebook page shows in its toolbar (its display name, e.g. "TypeScript").
 *
 * @example
 * await toolbarKernelName(page); // "TypeScript"
 */
export async function toolbarKernelName(page: Page): Promise<string> {
  return (await page.locator('.jp-NotebookPanel-toolbar [data-jp-item-name="kernelName"]').innerText()).trim();
}

/** The part of a kernelspec read here (what `jupyter kernelspec list` registers). */
export interface KernelSpec {
  argv: string[];
  display_name: string;
  language: string;
}

/**
 * The kernelspec the server offers under `name`, or undefined; `offered` lists every name.
 *
 * @example
 * (await kernelSpec(lab, "tslab")).spec?.argv[0]; // ".../node_modules/.bin/tslab"
 */
export async function kernelSpec(lab: Lab, name: string): Promise<{ spec?: KernelSpec; offered: string[] }> {
  const answer = await lab.api<{ kernelspecs: Record<string, { spec: KernelSpec }> }>("/api/kernelspecs");
  return { spec: answer.kernelspecs[name]?.spec, offered: Object.keys(answer.kernelspecs) };
}

/** The part of a /api/sessions entry read here. */
export interface LabSession {
  id: string;
  path: string;
  kernel: { id: string; name: string; execution_state: string };
}

/**
 * The server's session for a notebook path (relative to the served folder), if one is running.
 *
 * @example
 * (await sessionFor(lab, "x.ipynb"))?.kernel.name; // "tslab"
 */
export async function sessionFor(lab: Lab, notebookPath: string): Promise<LabSession | undefined> {
  const sessions = await lab.api<LabSession[]>("/api/sessions");
  return sessions.find((s) => s.path === notebookPath);
}

/** What one Run All did: how long it took and which code cells it did not reach. */
export interface RunResult {
  ms: number;
  /** Indices (among all cells) of non-empty code cells left without a new execution count. */
  notRun: number[];
}

/**
 * Clicks Run > Run All Cells in the menu bar and waits until the run is over: the first code
 * cell has a new execution count, no prompt shows `[*]`, and the kernel is idle. Cells after
 * a failing one are left unrun by JupyterLab; they come back in `notRun`.
 *
 * @example
 * const { ms, notRun } = await runAllCells(page); // notRun: [] when every cell ran
 */
export async function runAllCells(page: Page, timeoutMs = 600_000): Promise<RunResult> {
  const before = Math.max(0, ...(await codeCellStates(page)).map((c) => c.count ?? 0));
  const started = Date.now();
  await page.click('.lm-MenuBar-item:has-text("Run")');
  await page.click('.lm-Menu-item .lm-Menu-itemLabel:text-is("Run All Cells")');
  await page.waitForFunction(
    (previous: number) => {
      const prompts = Array.from(document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell"))
        .filter((cell) => (cell.querySelector(".cm-content")?.textContent ?? "").trim() !== "")
        .map((cell) => cell.querySelector(".jp-InputPrompt")?.textContent?.trim() ?? "");
      if (prompts.some((p) => p === "[*]:")) return false;
      const first = /^\[(\d+)\]:$/.exec(prompts[0] ?? "");
      const status = document.querySelector(".jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator")?.getAttribute("data-status");
      return first !== null && Number(first[1]) > previous && status === "idle";
    },
    before,
    { timeout: timeoutMs, polling: 250 },
  );
  const ms = Date.now() - started;
  const notRun = (await codeCellStates(page)).filter((c) => !c.empty && !(c.count !== null && c.count > before)).map((c) => c.index);
  return { ms, notRun };
}

interface CodeCellState {
  index: number;
  empty: boolean;
  count: number | null;
}

async function codeCellStates(page: Page): Promise<CodeCellState[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")).flatMap((cell, index) => {
      if (!cell.classList.contains("jp-CodeCell")) return [];
      const prompt = /^\[(\d+)\]:$/.exec(cell.querySelector(".jp-InputPrompt")?.textContent?.trim() ?? "");
      const empty = (cell.querySelector(".cm-content")?.textContent ?? "").trim() === "";
      return [{ index, empty, count: prompt ? Number(prompt[1]) : null }];
    }),
  );
}

/** An output the page shows on the error stream (tslab sends compile errors, throws and console.error there). */
export interface ErrorOutput {
  /** Index of the cell among all cells. */
  cell: number;
  text: string;
}

/**
 * Every stderr or error output the open notebook shows, with its cell index.
 *
 * @example
 * assert.deepEqual(await errorOutputs(page), []);
 */
export async function errorOutputs(page: Page): Promise<ErrorOutput[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")).flatMap((cell, index) =>
      Array.from(cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')).map((output) => ({
        cell: index,
        text: (output.textContent ?? "").trim().slice(0, 2000),
      })),
    ),
  );
}

/**
 * The Plotly outputs of the open notebook: the plotly extension's renderer, or a plot drawn by
 * an HTML output (CSS, for both the page and Playwright locators).
 */
const CHART_OUTPUTS =
  ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output:is(.js-plotly-plot, .jp-RenderedPlotly, :has(.js-plotly-plot, .plot-container))";

/**
 * Plotly outputs on the page by what a reader sees: a live plot at its full height, the PNG
 * snapshot the plotly extension saves with the notebook (it draws the live plot when the
 * pointer enters the picture), or nothing (`hidden` says which cell and why: a plot can be
 * drawn into an output that is 0 px tall).
 */
export interface ChartCount {
  outputs: number;
  drawn: number;
  pictures: number;
  hidden: HiddenChart[];
}

/** A chart output that shows nothing: its cell's index among all cells, and why. */
export interface HiddenChart {
  cell: number;
  why: string;
}

/**
 * Counts the Plotly outputs of the open notebook by what they show.
 *
 * @example
 * await chartCount(page); // { outputs: 7, drawn: 7, pictures: 0, hidden: [] }
 */
export async function chartCount(page: Page): Promise<ChartCount> {
  return page.evaluate((selector: string) => {
    const cells = Array.from(document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell"));
    const count = { outputs: 0, drawn: 0, pictures: 0, hidden: [] as { cell: number; why: string }[] };
    for (const output of Array.from(document.querySelectorAll(selector))) {
      count.outputs += 1;
      const cell = cells.findIndex((candidate) => candidate.contains(output));
      const height = Math.round(output.getBoundingClientRect().height);
      const svg = output.querySelector("svg.main-svg");
      const image = output.querySelector<HTMLImageElement>("img.plot-img");
      if (svg) {
        const planned = Number(svg.getAttribute("height"));
        if (height >= 0.9 * planned) count.drawn += 1;
        else count.hidden.push({ cell, why: `plot drawn ${planned} px tall into an output ${height} px tall` });
      } else if (image && image.src.startsWith("data:image/png") && image.style.display !== "none" && height > 0) count.pictures += 1;
      else count.hidden.push({ cell, why: `nothing drawn (output ${height} px tall)` });
    }
    return count;
  }, CHART_OUTPUTS);
}

/**
 * Waits until the open notebook shows `expected` Plotly outputs, each showing its chart, and
 * returns the last count seen (short of `expected` only when the wait timed out). "shown"
 * accepts a saved PNG snapshot; "live" wants every plot drawn, and moves the pointer over
 * snapshots as a reader would, which makes the plotly extension draw them (scrolling to each,
 * in case the page defers drawing what is off screen).
 *
 * @example
 * await waitForCharts(page, 7, "shown"); // { outputs: 7, drawn: 0, pictures: 7, hidden: [] } after reopening
 * await waitForCharts(page, 7, "live"); // { outputs: 7, drawn: 7, pictures: 0, hidden: [] }
 */
export async function waitForCharts(page: Page, expected: number, mode: "shown" | "live", timeoutMs = 30_000): Promise<ChartCount> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await chartCount(page);
    const showing = mode === "live" ? seen.drawn : seen.drawn + seen.pictures;
    if ((seen.outputs === expected && showing === expected) || Date.now() > deadline) return seen;
    const undrawn = page.locator(`${CHART_OUTPUTS}:not(:has(svg.main-svg))`).first();
    if (mode === "live" && (await undrawn.count()) > 0) {
      // Scrolling and hovering race with the page re-rendering: a miss is retried on the next pass.
      await undrawn.scrollIntoViewIfNeeded({ timeout: 5_000 }).catch(() => undefined);
      // The plotly extension swaps a snapshot for the live plot when the pointer enters it;
      // force: the swap itself would otherwise read to Playwright as the target going away.
      await page.mouse.move(0, 0);
      await undrawn.hover({ force: true, timeout: 5_000 }).catch(() => undefined);
    }
    await delay(250);
  }
}

/**
 * The text of every claims table (`table.claims-table`, drawn by lib/claims showClaims) on the page,
 * one string per table, rows on separate lines and cells separated by tabs.
 *
 * @example
 * (await claimsTables(page))[0]; // "id\tclaim\t...\n000-1\t..."
 */
export async function claimsTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) table.claims-table")).map((table) =>
      Array.from(table.querySelectorAll("tr")).map((row) => Array.from(row.querySelectorAll("th, td")).map((c) => (c.textContent ?? "").trim()).join("\t")).join("\n"),
    ),
  );
}

/**
 * The cells of a claims table's text (see claimsTables) whose first column is `claimId`.
 *
 * @example
 * claimRow(tableText, "000-3")?.[3]; // the "we measure" column
 */
export function claimRow(tableText: string, claimId: string): string[] | undefined {
  return tableText.split("\n").map((line) => line.split("\t")).find((cells) => cells[0] === claimId);
}

/**
 * Saves the open notebook with Ctrl+S and waits until its tab is clean and the file on disk
 * holds what the page shows; returns the saved notebook.
 *
 * @example
 * const saved = await saveNotebook(page, "/work/main/notebooks/.lab-test-1-x.ipynb");
 */
export async function saveNotebook(page: Page, file: string, timeoutMs = 30_000): Promise<NotebookJson> {
  const before = fs.statSync(file).mtimeMs;
  await page.locator(".jp-NotebookPanel:visible .jp-Notebook").first().focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+s");
  await page.waitForFunction(() => !document.querySelector("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current.jp-mod-dirty"), null, {
    timeout: timeoutMs,
    polling: 100,
  });
  const deadline = Date.now() + timeoutMs;
  while (fs.statSync(file).mtimeMs === before) {
    if (Date.now() > deadline) throw new Error(`${file}: Ctrl+S did not write the file within ${timeoutMs} ms`);
    await delay(100);
  }
  return readNotebook(file);
}

/** Screenshots to take while exporting: with the submenu open, and of a dialog JupyterLab asks first. */
export interface ExportShots {
  menu?: () => Promise<unknown>;
  dialog?: () => Promise<unknown>;
}

/**
 * Exports the open notebook as a reader does: File > Save and Export Notebook As > `label`
 * ("Report", "HTML"; JupyterLab saves the notebook first), answers a dialog it asks (HTML asks
 * whether to sanitize) with its defaults, as a reader pressing OK does, and saves the file the
 * browser downloads into `dir`, returning its path.
 *
 * @example
 * const file = await exportThroughMenu(page, "Report", "/tmp/exports");
 */
export async function exportThroughMenu(page: Page, label: string, dir: string, shots: ExportShots = {}, timeoutMs = 180_000): Promise<string> {
  await page.click('.lm-MenuBar-item:has-text("File")');
  await page.hover('.lm-Menu-item:has(.lm-Menu-itemLabel:text-is("Save and Export Notebook As"))');
  const item = page.locator(`.lm-Menu-item:has(.lm-Menu-itemLabel:text-is("${label}"))`);
  await item.waitFor({ state: "visible" });
  await shots.menu?.();
  // JupyterLab opens the export URL in a new tab, which turns into the download.
  const popups: Page[] = [];
  let onPopup: (popup: Page) => void = () => undefined;
  const download = new Promise<Download>((resolve) => {
    page.once("download", resolve);
    onPopup = (popup) => {
      popups.push(popup);
      popup.once("download", resolve);
    };
    page.context().on("page", onPopup);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`File > Save and Export Notebook As > ${label}: no download within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await item.click();
    const dialog = page.locator(".jp-Dialog");
    const first = await Promise.race([download, dialog.waitFor({ state: "visible", timeout: timeoutMs }).then(() => "dialog" as const), timeout]);
    if (first === "dialog") {
      await shots.dialog?.();
      await dialog.locator(".jp-Dialog-button.jp-mod-accept").click();
    }
    const done = await Promise.race([download, timeout]);
    const failure = await done.failure();
    if (failure) throw new Error(`File > Save and Export Notebook As > ${label}: the download failed (${failure})`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, done.suggestedFilename());
    await done.saveAs(file);
    return file;
  } finally {
    clearTimeout(timer);
    page.context().off("page", onPopup);
    for (const popup of popups) await popup.close().catch(() => undefined);
  }
}

/** What a reader sees of an exported page opened from disk with no network. */
export interface ExportedPage {
  /** The tab showing it (close it when done). */
  page: Page;
  charts: PageChartCount;
  /** Requests that tried to leave the machine (aborted). */
  blocked: string[];
  /** Script errors on the page. */
  errors: string[];
}

/**
 * Opens an exported file in a new tab of the browser with the network cut (every request but
 * file: and loopback is aborted) and waits for its charts to draw.
 *
 * @example
 * const { charts, blocked } = await openExported(browser, file); // { charts: 7, drawn: 7 }, []
 */
export async function openExported(browser: Browser, file: string, timeoutMs = 60_000): Promise<ExportedPage> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const blocked = await blockNetwork(page);
  await page.goto(pathToFileURL(file).href, { timeout: timeoutMs });
  const charts = await waitForDrawnCharts(page, timeoutMs);
  return { page, charts, blocked, errors };
}

/**
 * Closes the current main-area tab with its close button and waits until the notebook is gone.
 *
 * @example
 * await closeCurrentTab(page);
 */
export async function closeCurrentTab(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.click("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabCloseIcon");
  await page.waitForSelector(".jp-NotebookPanel", { state: "detached", timeout: timeoutMs });
}

/**
 * Replaces the whole source of the cell at `cellIndex` by typing into its editor (click,
 * select all, insert text: no auto-closed brackets or auto-indent) and leaves edit mode.
 * Throws when the editor did not end up holding `newSource`.
 *
 * @example
 * await replaceCellSource(page, 1, "let minGap = 30;");
 */
export async function replaceCellSource(page: Page, cellIndex: number, newSource: string): Promise<void> {
  const cell = page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").nth(cellIndex);
  await cell.scrollIntoViewIfNeeded();
  await cell.locator(".cm-content").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.insertText(newSource);
  const shown = await cellSource(page, cellIndex);
  await page.keyboard.press("Escape");
  if (shown !== newSource) throw new Error(`cell ${cellIndex}: the editor holds\n${shown}\ninstead of\n${newSource}`);
}

/**
 * The source the editor of the cell at `cellIndex` shows (its lines joined by newlines).
 *
 * @example
 * await cellSource(page, 1); // "let minGap = 90; ..."
 */
export async function cellSource(page: Page, cellIndex: number): Promise<string> {
  const lines = await page
    .locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell")
    .nth(cellIndex)
    .locator(".cm-content .cm-line")
    .allTextContents();
  return lines.join("\n");
}

/**
 * Screenshots the page to `<dir>/<name>.png` (creating `dir`) and returns the file's path.
 *
 * @example
 * await screenshot(page, "reports/screens", "000-200-day-reclaim-2-ran");
 */
export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Scrolls the first element matching `selector` in the open notebook to the middle of the view
 * (for screenshots).
 *
 * @example
 * await scrollTo(page, "table.claims-table");
 */
export async function scrollTo(page: Page, selector: string): Promise<void> {
  await centre(page, page.locator(`.jp-NotebookPanel:visible ${selector}`).first());
}

/**
 * Scrolls the outputs of the cell at `index` (among all cells of the open notebook) to the
 * middle of the view, e.g. to screenshot where a chart failed to show.
 *
 * @example
 * await scrollToCell(page, 5);
 */
export async function scrollToCell(page: Page, index: number): Promise<void> {
  await centre(page, page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").nth(index).locator(".jp-OutputArea").first());
}

/** Centres `target`, repeating until it stays put: cells off screen are laid out only near the view, so one scroll can land short. */
async function centre(page: Page, target: Locator, timeoutMs = 10_000): Promise<void> {
  if ((await target.count()) === 0) return;
  const deadline = Date.now() + timeoutMs;
  let previous: number | undefined;
  for (;;) {
    await target.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    const top = (await target.boundingBox())?.y;
    if ((top !== undefined && top === previous) || Date.now() > deadline) return;
    previous = top;
  }
}

/**
 * Reads a notebook file.
 *
 * @example
 * readNotebook("notebooks/000-200-day-reclaim.ipynb").cells.length;
 */
export function readNotebook(file: string): NotebookJson {
  return JSON.parse(fs.readFileSync(file, "utf8")) as NotebookJson;
}

/**
 * A cell's source as one string (nbformat may store it as a list of lines).
 *
 * @example
 * sourceText({ cell_type: "code", source: ["a\n", "b"] }); // "a\nb"
 */
export function sourceText(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * How many outputs of a notebook carry a Plotly figure (the charts a reader should see).
 *
 * @example
 * plotlyOutputCount(readNotebook("reports/000-200-day-reclaim.ipynb")); // 7
 */
export function plotlyOutputCount(notebook: NotebookJson): number {
  return notebook.cells.reduce((n, cell) => n + (cell.outputs ?? []).filter((o) => o.data !== undefined && PLOTLY_MIME in o.data).length, 0);
}

/**
 * The error outputs a saved notebook holds: `error` outputs and stderr streams, with cell indices.
 *
 * @example
 * savedErrors(readNotebook(file)); // [] when every cell ran cleanly
 */
export function savedErrors(notebook: NotebookJson): ErrorOutput[] {
  return notebook.cells.flatMap((cell, index) =>
    (cell.outputs ?? [])
      .filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"))
      .map((o) => ({ cell: index, text: o.output_type === "error" ? `${o.ename}: ${o.evalue}` : [o.text ?? ""].flat().join("") })),
  );
}

/**
 * Index of the cell tagged `parameters` (the papermill convention the notebooks follow).
 *
 * @example
 * parametersCellIndex(readNotebook("notebooks/000-200-day-reclaim.ipynb")); // 1
 */
export function parametersCellIndex(notebook: NotebookJson, name = "notebook"): number {
  const index = notebook.cells.findIndex((cell) => cell.metadata?.tags?.includes("parameters"));
  if (index < 0) throw new Error(`${name}: no cell is tagged 'parameters' (tag the cell that sets the study's parameters)`);
  return index;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free loopback port"))));
    });
  });
}

async function stopProcessGroup(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (child.pid === undefined || hasExited()) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  const deadline = Date.now() + 15_000;
  while (!hasExited() && Date.now() < deadline) await delay(100);
  if (!hasExited()) signalGroup("SIGKILL");
}

/** Kills (by pid) the processes whose command line mentions `marker`: our kernels, by their connection files. */
function killProcessesMentioning(marker: string): void {
  if (!fs.existsSync("/proc")) return;
  for (const pid of fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    let commandLine: string;
    try {
      commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (!commandLine.includes(marker)) continue;
    try {
      process.kill(Number(pid), "SIGKILL");
    } catch {
      // It ended meanwhile.
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
