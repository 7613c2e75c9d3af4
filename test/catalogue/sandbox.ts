import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { claimSpec, numericResult } from "../../lib/claims";

/** The project the tests were compiled from (dist/test/catalogue -> the root). */
export const PROJECT = path.resolve(__dirname, "..", "..", "..");

/** What a finished command line printed, and how it exited. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a compiled CLI as a child process, the way a user runs it. `preserveSymlinks` makes
 * Node keep a symlinked script's path, so a sandbox's dist/ link finds the sandbox as its root.
 */
export function runCli(script: string, args: readonly string[], env: Record<string, string>, preserveSymlinks = false): CliRun {
  const flags = preserveSymlinks ? ["--preserve-symlinks", "--preserve-symlinks-main"] : [];
  const result = spawnSync(process.execPath, [...flags, script, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A throwaway project for the report CLI: its own package.json (so the CLI takes it as the
 * project root), notebooks/ and reports/, with dist/, lib/, node_modules/, .venv/ and the
 * catalog linked from the real project. The runner has no option for another reports folder;
 * this keeps every test write out of the real reports/.
 */
export interface ReportSandbox {
  root: string;
  notebooks: string;
  reports: string;
  /** `node dist/lib/report/cli.js <args>` with the sandbox as the project. */
  run(args: readonly string[], env?: Record<string, string>): CliRun;
}

/**
 * Creates a report sandbox at `root` (removed first if present). Pass `withVenv: false` for a
 * project whose Jupyter side is not installed.
 */
export function createReportSandbox(root: string, options: { withVenv?: boolean } = {}): ReportSandbox {
  fs.rmSync(root, { recursive: true, force: true });
  for (const dir of ["notebooks", "reports", "data"]) fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.writeFileSync(path.join(root, "package.json"), '{ "name": "r2k-catalogue-sandbox", "private": true }\n');
  const links = ["dist", "lib", "node_modules", ...(options.withVenv === false ? [] : [".venv"])];
  for (const name of links) fs.symlinkSync(path.join(PROJECT, name), path.join(root, name));
  fs.symlinkSync(path.join(PROJECT, "data", "catalog.json"), path.join(root, "data", "catalog.json"));
  const cli = path.join(root, "dist", "lib", "report", "cli.js");
  return {
    root,
    notebooks: path.join(root, "notebooks"),
    reports: path.join(root, "reports"),
    run: (args, env = {}) => runCli(cli, args, env, true),
  };
}

/** Every file of a folder (not recursive) with the SHA-256 of its bytes: "intact" means this stays equal. */
export function folderState(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, createHash("sha256").update(fs.readFileSync(path.join(dir, name))).digest("hex")]),
  );
}

/** Names in a folder that look like a half-written file: a dot-file or anything ending .tmp. */
export function leftovers(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.startsWith(".") || name.endsWith(".tmp")) : [];
}

/** A code or markdown cell for a generated notebook. */
export function cell(type: "code" | "markdown", source: string, tags?: string[]) {
  return {
    cell_type: type,
    source,
    metadata: tags ? { tags } : {},
    ...(type === "code" ? { outputs: [], execution_count: null } : {}),
  };
}

/** Writes an nbformat 4 notebook for the tslab kernel. */
export function writeNotebook(dir: string, name: string, cells: ReturnType<typeof cell>[]): string {
  const notebook = {
    nbformat: 4,
    nbformat_minor: 4,
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    cells,
  };
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(notebook, null, 1));
  return file;
}

/** The previous run's reports, which a refused or failed run must not damage. */
export function seedReports(box: ReportSandbox): Record<string, string> {
  fs.rmSync(box.reports, { recursive: true, force: true });
  fs.mkdirSync(box.reports);
  fs.writeFileSync(path.join(box.reports, "000-200-day-reclaim.html"), "<!DOCTYPE html>\n<html><body>the previous report</body></html>\n");
  fs.writeFileSync(path.join(box.reports, "000-200-day-reclaim.ipynb"), '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}\n');
  const claim = numericResult(claimSpec("000-2"), 27.6, "the previous run");
  fs.writeFileSync(path.join(box.reports, "claims.json"), JSON.stringify([{ ...claim, study: "000" }], null, 2) + "\n");
  return folderState(box.reports);
}

/**
 * After a run that stopped: the index is whole, nothing half-written is left, `kept` files are
 * unchanged byte for byte, and claims.json (rewritten by a run that executed) still holds the
 * previous study's claim.
 */
export function assertReportsIntact(box: ReportSandbox, before: Record<string, string>, kept: readonly string[]): void {
  assert.deepEqual(leftovers(box.reports), [], "no temporary file is left in reports/");
  const now = folderState(box.reports);
  for (const name of kept) assert.equal(now[name], before[name], `${name} is intact`);
  assert.match(fs.readFileSync(path.join(box.reports, "index.html"), "utf8"), /<\/html>\n$/, "the index was rewritten whole");
  const claims = JSON.parse(fs.readFileSync(path.join(box.reports, "claims.json"), "utf8")) as { study: string; note: string }[];
  assert.deepEqual(claims.filter((c) => c.study === "000").map((c) => c.note), ["the previous run"], "the other study's claims are kept");
}
