/**
 * The notebooks as users meet them: the project's JupyterLab in headless Chromium. For a small
 * generated notebook and a temp copy of every study notebook (notebooks/NNN-*.ipynb): open it,
 * check the kernel is the TypeScript one, Run All, check no cell failed, every chart shows (a
 * live plot at its full height: a plot drawn into a 0 px output fails) and the claims table is
 * there; save; export it through File > Save and Export Notebook As, as the kit's Report and as
 * HTML, open each downloaded file with the network cut and check every chart draws; close,
 * reopen and check the charts still show from the saved file and draw live under the pointer;
 * edit one value in the `parameters` cell, rerun, and check the claims table moved.
 * Screenshots go to reports/screens/<notebook>-<step>.png.
 */
import { after, before, describe, test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  cellSource,
  claimRow,
  claimsTables,
  closeCurrentTab,
  errorOutputs,
  exportThroughMenu,
  kernelSpec,
  labSkipReason,
  launchChromium,
  newLabPage,
  openExported,
  openNotebook,
  parametersCellIndex,
  plotlyOutputCount,
  projectRoot,
  readNotebook,
  replaceCellSource,
  runAllCells,
  saveNotebook,
  savedErrors,
  screenshot,
  scrollTo,
  scrollToCell,
  sessionFor,
  sourceText,
  startLab,
  toolbarKernelName,
  waitForCharts,
  type ErrorOutput,
  type Lab,
  type NotebookJson,
} from "./jupyterlab-harness";

const ROOT = projectRoot(__dirname);
const NOTEBOOKS = path.join(ROOT, "notebooks");
const SCREENS = path.join(ROOT, "reports/screens");
/** Prefix of this run's notebook copies: dot-files beside the studies, so their `../dist` imports resolve and no `NNN-*.ipynb` glob sees them. */
const COPY_PREFIX = `.lab-test-${process.pid}-`;

/**
 * The exports a reader picks in File > Save and Export Notebook As: the kit's report, and plain
 * HTML (the kit's template through the venv's configuration; JupyterLab asks whether to sanitize
 * it, and the test keeps the default, ticked).
 */
const EXPORTS = [
  { label: "Report", shot: "report", header: true },
  { label: "HTML", shot: "html", header: false },
];

/** One edit of a `parameters` cell, `<parameter> = <from>` to `<parameter> = <to>`, that must move the claims table. */
interface ParameterEdit {
  parameter: string;
  from: string;
  to: string;
  /** Which claims it should move, for messages. */
  moves: string;
}

/** Step 4's edit per study id. A study without an entry skips that step (with a note saying so). */
const PARAMETER_EDITS: Record<string, ParameterEdit> = {
  "000": { parameter: "minGap", from: "90", to: "30", moves: "000-3's count of reclaims" },
  "001": { parameter: "lookback", from: "20", to: "40", moves: "001-6's reconstitution-day volume ratios" },
  "002": { parameter: "minDroughtDays", from: "366", to: "180", moves: "002-3's count of breakouts" },
  "003": { parameter: "reconLookback", from: "20", to: "40", moves: "003-5's reconstitution-day ratios" },
  "004": { parameter: "fallPercent", from: "20", to: "30", moves: "004-6's bear-market troughs" },
};

/** The generated notebook's data: gaps in days, and its parameter before and after the edit. */
const GAPS = [35, 60, 95, 120, 200];
const MIN_GAP = { before: 90, after: 30 };

interface NotebookCase {
  /** Name for screenshots and messages, e.g. "000-200-day-reclaim". */
  name: string;
  /** Writes this run's copy into notebooks/ and returns its path relative to notebooks/. */
  makeCopy(): string;
  /** Charts the notebook makes, and where that number comes from, given the copy as saved after Run All. */
  expectedCharts(saved: NotebookJson): { count: number; source: string };
  edit?: ParameterEdit;
  /** Extra checks of the claims tables before and after the edit (beyond "they differ"). */
  checkEdit?(before: string[], after: string[]): void;
}

const skipReason = labSkipReason(ROOT);
if (skipReason) console.log(`# jupyterlab.test: skipped: ${skipReason}`);

describe("notebooks in JupyterLab (headless Chromium)", { skip: skipReason }, () => {
  let lab: Lab;
  let browser: Browser;
  const copies: string[] = [];

  before(async () => {
    removeStaleCopies();
    const started = Date.now();
    lab = await startLab(ROOT);
    browser = await launchChromium();
    console.log(`# jupyterlab.test: lab and browser up in ${seconds(Date.now() - started)}`);
  });

  after(async () => {
    try {
      await browser?.close();
    } finally {
      await lab?.stop();
      for (const copy of copies) fs.rmSync(path.join(NOTEBOOKS, copy), { force: true });
    }
  });

  test("the server offers the project's TypeScript kernel (tslab from node_modules/.bin)", async () => {
    const { spec, offered } = await kernelSpec(lab, "tslab");
    assert.ok(spec, `no tslab kernel; the server offers ${offered.join(", ")} (run 'npm run setup' to register it in .venv)`);
    assert.equal(spec.display_name, "TypeScript");
    assert.equal(fs.realpathSync(spec.argv[0]), fs.realpathSync(path.join(ROOT, "node_modules/.bin/tslab")), "the kernel should be this project's tslab");
  });

  const cases = [generatedCase(), ...studyNotebooks().map(studyCase)];
  cases.forEach((notebook, index) => {
    test(notebook.name, { timeout: 20 * 60_000 }, async (t) => {
      removeScreenshots(notebook.name);
      const copy = notebook.makeCopy();
      copies.push(copy);
      const page = await newLabPage(browser);
      try {
        await checkNotebook(t, lab, browser, page, notebook, copy, `lab-test-${process.pid}-${index}`);
      } finally {
        const session = await sessionFor(lab, copy).catch(() => undefined);
        if (session) await lab.api(`/api/sessions/${session.id}`, "DELETE").catch(() => undefined);
        await page.close();
      }
    });
  });
});

async function checkNotebook(t: TestContext, lab: Lab, browser: Browser, page: Page, notebook: NotebookCase, copy: string, workspace: string): Promise<void> {
  const file = path.join(NOTEBOOKS, copy);
  const timings: string[] = [];
  const shot = (step: string) => screenshot(page, SCREENS, `${notebook.name}-${step}`);
  const step = async (label: string, body: () => Promise<void>) => {
    const started = Date.now();
    try {
      await body();
    } catch (error) {
      await shot(`failed-${label}`).catch(() => undefined);
      throw new Error(`${notebook.name}, step '${label}': ${(error as Error).message}\nscreenshot: reports/screens/${notebook.name}-failed-${label}.png`, {
        cause: error,
      });
    }
    timings.push(`${label} ${seconds(Date.now() - started)}`);
  };

  await step("open", async () => {
    await openNotebook(page, lab, copy, workspace);
    assert.equal(await toolbarKernelName(page), "TypeScript", "the toolbar should name the TypeScript kernel");
    const session = await sessionFor(lab, copy);
    assert.equal(session?.kernel.name, "tslab", `the server's session for ${copy} should run the tslab kernel`);
    await shot("1-opened");
  });

  let claimsBefore: string[] = [];
  await step("run-all", async () => {
    await assertCleanRun(page, await runAllCells(page));
    claimsBefore = await claimsTables(page);
    assert.ok(claimsBefore.length >= 1, "the notebook should show a claims table (table.claims-table, drawn by showClaims)");
    await shot("2-ran");
  });

  // Replaced by the copy as JupyterLab saves it: the executed notebook whose Plotly outputs are counted.
  let saved = readNotebook(file);
  let charts = 0;
  await step("save-and-charts", async () => {
    saved = await saveNotebook(page, file);
    assert.deepEqual(savedErrors(saved), [], "the saved notebook should hold no error output");
    const expected = notebook.expectedCharts(saved);
    charts = expected.count;
    t.diagnostic(`${notebook.name}: ${charts} charts expected (${expected.source})`);
    assert.equal(plotlyOutputCount(saved), charts, "the saved notebook should hold one Plotly output per chart");
    await assertAllDrawn(page, charts, "after Run All");
    await scrollTo(page, ".js-plotly-plot");
    await shot("2-chart");
    await scrollTo(page, "table.claims-table");
    await shot("2-claims");
  });

  await step("export", async () => {
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "r2k-lab-export-"));
    try {
      for (const format of EXPORTS) {
        const shots = { menu: () => shot(`2-export-${format.shot}-menu`), dialog: () => shot(`2-export-${format.shot}-dialog`) };
        const file = await exportThroughMenu(page, format.label, path.join(downloads, format.shot), shots);
        const exported = await openExported(browser, file);
        try {
          const where = `the ${format.label} export (${path.basename(file)}) opened offline`;
          assert.deepEqual(exported.charts, { charts, drawn: charts }, `${where} should draw every chart of the notebook`);
          assert.deepEqual({ blocked: exported.blocked, errors: exported.errors }, { blocked: [], errors: [] }, `${where} should fetch nothing and raise no script error`);
          assert.equal(await exported.page.locator("details.r2k-code[open]").count(), 0, `${where} should show the code folded`);
          assert.equal(await exported.page.locator("header.r2k-header h1").count(), format.header ? 1 : 0, `${where}: the report has the kit's header, plain HTML not`);
          await screenshot(exported.page, SCREENS, `${notebook.name}-2-export-${format.shot}`);
          await exported.page.locator(".js-plotly-plot").first().scrollIntoViewIfNeeded();
          await screenshot(exported.page, SCREENS, `${notebook.name}-2-export-${format.shot}-chart`);
        } finally {
          await exported.page.close();
        }
      }
    } finally {
      fs.rmSync(downloads, { recursive: true, force: true });
    }
  });

  await step("reopen", async () => {
    await closeCurrentTab(page);
    await openNotebook(page, lab, copy, workspace);
    const { outputs, hidden } = await waitForCharts(page, charts, "shown");
    if (hidden.length > 0) await scrollToCell(page, hidden[0].cell);
    assert.deepEqual({ outputs, hidden }, { outputs: charts, hidden: [] }, "every saved chart should show (as a plot or its saved snapshot) after reopening");
    assert.deepEqual(await claimsTables(page), claimsBefore, "the reopened notebook should show the same claims table");
    await scrollTo(page, ".jp-RenderedPlotly");
    await shot("3-reopened");
    await assertAllDrawn(page, charts, "under the pointer after reopening");
  });

  const edit = notebook.edit;
  if (!edit) {
    t.diagnostic(`${notebook.name}: no parameter edit configured: add one to PARAMETER_EDITS in test/integration/jupyterlab.test.ts`);
    t.diagnostic(`${notebook.name}: ${timings.join(", ")}`);
    return;
  }
  await step("edit-parameter", async () => {
    const index = parametersCellIndex(saved, notebook.name);
    const original = sourceText(saved.cells[index]);
    assert.equal(await cellSource(page, index), original, `cell ${index} on the page should be the parameters cell of the file`);
    const edited = applyEdit(original, edit);
    assert.notEqual(edited, original, `${notebook.name}: no '${edit.parameter} = ${edit.from}' in the parameters cell:\n${original}\n(update PARAMETER_EDITS)`);
    await replaceCellSource(page, index, edited);
    await assertCleanRun(page, await runAllCells(page));
    await assertAllDrawn(page, charts, "after the rerun");
    const claimsAfter = await claimsTables(page);
    assert.notDeepEqual(claimsAfter, claimsBefore, `${edit.parameter} ${edit.from} -> ${edit.to} should move ${edit.moves}`);
    notebook.checkEdit?.(claimsBefore, claimsAfter);
    await scrollTo(page, "table.claims-table");
    await shot("4-edited");
  });
  t.diagnostic(`${notebook.name}: ${timings.join(", ")}`);
}

async function assertCleanRun(page: Page, run: { ms: number; notRun: number[] }): Promise<void> {
  const errors = await errorOutputs(page);
  assert.deepEqual(errors, [], `no cell should show an error output:\n${describeErrors(errors)}`);
  assert.deepEqual(run.notRun, [], "Run All should reach every code cell");
}

/** Waits for `charts` live plots at full height; on failure the first chart that shows nothing is scrolled into view for the screenshot. */
async function assertAllDrawn(page: Page, charts: number, when: string): Promise<void> {
  const seen = await waitForCharts(page, charts, "live");
  if (seen.hidden.length > 0) await scrollToCell(page, seen.hidden[0].cell);
  assert.deepEqual(seen, { outputs: charts, drawn: charts, pictures: 0, hidden: [] }, `every chart should show, drawn at its full height, ${when}`);
}

/** The source with `<parameter> = <from>` set to `<to>` (the first such assignment; unchanged when there is none). */
function applyEdit(source: string, edit: ParameterEdit): string {
  const literal = edit.from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return source.replace(new RegExp(`(\\b${edit.parameter}\\s*=\\s*)${literal}(?![\\w.])`), `$1${edit.to}`);
}

function describeErrors(errors: ErrorOutput[]): string {
  return errors.map((e) => `cell ${e.cell}: ${e.text}`).join("\n");
}

/** The study notebooks present now, e.g. ["000-200-day-reclaim.ipynb"]. */
function studyNotebooks(): string[] {
  return fs
    .readdirSync(NOTEBOOKS)
    .filter((name) => /^\d{3}-.*\.ipynb$/.test(name))
    .sort();
}

/**
 * A study notebook, run from a copy. The chart count comes from the report runner's executed
 * notebook (reports/<name>.ipynb) when it is newer than the source, else from the copy as saved.
 */
function studyCase(fileName: string): NotebookCase {
  const name = fileName.replace(/\.ipynb$/, "");
  return {
    name,
    makeCopy() {
      const copy = COPY_PREFIX + fileName;
      fs.copyFileSync(path.join(NOTEBOOKS, fileName), path.join(NOTEBOOKS, copy));
      return copy;
    },
    expectedCharts(saved) {
      const executed = path.join(ROOT, "reports", fileName);
      const fresh = fs.existsSync(executed) && fs.statSync(executed).mtimeMs >= fs.statSync(path.join(NOTEBOOKS, fileName)).mtimeMs;
      if (fresh) return { count: plotlyOutputCount(readNotebook(executed)), source: `reports/${fileName}` };
      return { count: plotlyOutputCount(saved), source: "the copy as saved by JupyterLab (reports/ has no up-to-date executed copy)" };
    },
    edit: PARAMETER_EDITS[name.slice(0, 3)],
  };
}

/**
 * A small notebook the test writes itself, shaped like a study: a parameter, a chart drawn in
 * view, a screenful of text, a chart drawn off screen, and a claim whose measured figure
 * depends on the parameter.
 */
function generatedCase(): NotebookCase {
  const counted = (minGap: number) => String(GAPS.filter((gap) => gap >= minGap).length);
  return {
    name: "lab-test-generated",
    makeCopy() {
      const copy = `${COPY_PREFIX}generated.ipynb`;
      fs.writeFileSync(path.join(NOTEBOOKS, copy), JSON.stringify(generatedNotebook(), null, 1));
      return copy;
    },
    expectedCharts: () => ({ count: 2, source: "the two showFigure cells the test wrote" }),
    edit: { parameter: "minGap", from: String(MIN_GAP.before), to: String(MIN_GAP.after), moves: "000-3's count of gaps" },
    checkEdit(before, after) {
      assert.equal(claimRow(before[0], "000-3")?.[3], counted(MIN_GAP.before), "before the edit, 'we measure' counts the gaps >= 90");
      assert.equal(claimRow(after[0], "000-3")?.[3], counted(MIN_GAP.after), "after the edit, 'we measure' counts the gaps >= 30");
    },
  };
}

function generatedNotebook(): NotebookJson {
  const markdown = (source: string) => ({ cell_type: "markdown", metadata: {}, source });
  const code = (source: string, tags?: string[]) => ({
    cell_type: "code",
    execution_count: null,
    metadata: tags ? { tags } : {},
    outputs: [],
    source,
  });
  const filler = Array.from({ length: 4 }, (_, k) =>
    markdown(`## Section ${k + 1}\n\nText that pushes the charts below the first screenful, as a study's narrative does.\n\n- one\n- two\n- three`),
  );
  return {
    cells: [
      markdown("# Lab test notebook\n\nWritten by test/integration/jupyterlab.test.ts and deleted after the run."),
      code(`let minGap = ${MIN_GAP.before}; // shortest gap that counts, days`, ["parameters"]),
      code(
        [
          'import { claimSpec, numericResult, showClaims } from "../dist/lib/claims";',
          'import { showFigure } from "../dist/lib/charts/show";',
          `const gaps = ${JSON.stringify(GAPS)};`,
        ].join("\n"),
      ),
      code('showFigure({ data: [{ type: "scatter", mode: "lines+markers", y: gaps }], layout: { title: { text: "Gaps, days" } } });'),
      ...filler,
      code('showFigure({ data: [{ type: "bar", y: gaps.filter((g) => g >= minGap) }], layout: { title: { text: `Gaps of at least ${minGap} days` } } });'),
      code(
        [
          "const counted = gaps.filter((g) => g >= minGap).length;",
          'showClaims([numericResult(claimSpec("000-3"), counted, `gaps of at least ${minGap} days`, 0)]);',
        ].join("\n"),
      ),
    ],
    metadata: {
      kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" },
      language_info: { name: "typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** Removes the screenshots an earlier run took of this notebook, so none is mistaken for this run's. */
function removeScreenshots(name: string): void {
  if (!fs.existsSync(SCREENS)) return;
  const step = /^(\d-[a-z-]+|failed-[a-z-]+)\.png$/;
  for (const file of fs.readdirSync(SCREENS)) {
    if (file.startsWith(`${name}-`) && step.test(file.slice(name.length + 1))) fs.rmSync(path.join(SCREENS, file));
  }
}

/** Removes notebook copies left by runs whose process is gone (killed before its cleanup ran). */
function removeStaleCopies(): void {
  for (const name of fs.readdirSync(NOTEBOOKS)) {
    const pid = /^\.lab-test-(\d+)-/.exec(name)?.[1];
    if (pid && !processAlive(Number(pid))) fs.rmSync(path.join(NOTEBOOKS, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
