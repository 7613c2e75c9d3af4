import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { test } from "node:test";
import { parseCliArgs, USAGE } from "../../lib/report/cli";

test("parses study with parameters and a timeout", () => {
  assert.deepEqual(parseCliArgs(["study", "000", "-p", "window", "250", "-p", "start", "2009-06-01", "--timeout", "600"]), {
    command: "study",
    study: "000",
    overrides: [
      { name: "window", raw: "250" },
      { name: "start", raw: "2009-06-01" },
    ],
    timeoutSeconds: 600,
    pdf: false,
    force: false,
  });
  assert.deepEqual(parseCliArgs(["study", "001"]), { command: "study", study: "001", overrides: [], timeoutSeconds: 300, pdf: false, force: false });
  assert.deepEqual(parseCliArgs(["all", "--timeout", "90"]), { command: "all", timeoutSeconds: 90, pdf: false, force: false, jobs: availableParallelism() });
  assert.deepEqual(parseCliArgs(["index"]), { command: "index" });
});

test("a value may start with a dash (a negative number)", () => {
  assert.deepEqual(parseCliArgs(["study", "000", "-p", "shift", "-5"]).command === "study" && parseCliArgs(["study", "000", "-p", "shift", "-5"]), {
    command: "study",
    study: "000",
    overrides: [{ name: "shift", raw: "-5" }],
    timeoutSeconds: 300,
    pdf: false,
    force: false,
  });
});

test("--pdf asks study and all for a PDF of each report as well", () => {
  assert.deepEqual(parseCliArgs(["study", "000", "--pdf"]), { command: "study", study: "000", overrides: [], timeoutSeconds: 300, pdf: true, force: false });
  assert.deepEqual(parseCliArgs(["all", "--pdf"]), { command: "all", timeoutSeconds: 300, pdf: true, force: false, jobs: availableParallelism() });
});

test("--force runs current studies again, for one study or all", () => {
  assert.deepEqual(parseCliArgs(["study", "000", "--force"]), { command: "study", study: "000", overrides: [], timeoutSeconds: 300, pdf: false, force: true });
  assert.deepEqual(parseCliArgs(["all", "--force"]), { command: "all", timeoutSeconds: 300, pdf: false, force: true, jobs: availableParallelism() });
});

test("all runs one study per core at once by default; --jobs sets how many", () => {
  assert.equal((parseCliArgs(["all"]) as { jobs: number }).jobs, availableParallelism());
  assert.equal((parseCliArgs(["all", "--jobs", "1"]) as { jobs: number }).jobs, 1);
  assert.equal((parseCliArgs(["all", "--jobs", "8", "--force"]) as { jobs: number }).jobs, 8);
});

test("refuses mistakes with the usage", () => {
  const cases: [string[], string][] = [
    [[], "no command given"],
    [["run", "000"], "unknown command 'run'"],
    [["study"], "study takes one study number, e.g. study 000 (got none)"],
    [["study", "000", "001"], "study takes one study number, e.g. study 000 (got 000 001)"],
    [["study", "000", "-p", "window"], "-p needs a name and a value: -p window 250"],
    [["study", "000", "--timeout", "0"], "--timeout 0: must be a number of seconds > 0"],
    [["study", "000", "--timeout", "abc"], "--timeout abc: must be a number of seconds > 0"],
    [["study", "000", "--verbose"], "unknown option --verbose"],
    [["all", "-p", "window", "250"], "-p applies to one study: use study <NNN> -p name value"],
    [["all", "000"], "all takes no study names (got 000)"],
    [["index", "--pdf"], "--pdf applies to study and all, which write the reports"],
    [["index", "--force"], "--force applies to study and all (index always rebuilds)"],
    [["all", "--jobs", "0"], "--jobs 0: must be a whole number of studies >= 1"],
    [["all", "--jobs", "1.5"], "--jobs 1.5: must be a whole number of studies >= 1"],
    [["all", "--jobs"], "--jobs : must be a whole number of studies >= 1"],
    [["study", "000", "--jobs", "2"], "--jobs applies to all (study runs one study)"],
  ];
  for (const [argv, why] of cases) assert.throws(() => parseCliArgs(argv), { message: `${why}\n${USAGE}` }, argv.join(" "));
});
