import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { isTempFile, sha256Hex, writeFileAtomic } from "../../lib/data/atomic-write";
import { tempDir } from "./fixtures";

test("writeFileAtomic creates and replaces a file, leaving no temporary file", (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, "RUT.csv");
  writeFileAtomic(file, "first\n");
  assert.equal(fs.readFileSync(file, "utf8"), "first\n");
  writeFileAtomic(file, "second\n");
  assert.equal(fs.readFileSync(file, "utf8"), "second\n");
  assert.deepEqual(fs.readdirSync(dir), ["RUT.csv"]);
});

test("a failure between the temporary write and the rename leaves the old file intact and no temp file", (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, "RUT.csv");
  fs.writeFileSync(file, "old content\n");
  let tempSeen = "";
  const crash = (from: string) => {
    // The new data is complete on disk under the temporary name at this point.
    tempSeen = fs.readFileSync(from, "utf8");
    throw new Error("simulated crash before rename");
  };
  assert.throws(() => writeFileAtomic(file, "new content\n", { rename: crash }), {
    message: `writing ${file} failed (simulated crash before rename); the previous file, if any, is unchanged`,
  });
  assert.equal(tempSeen, "new content\n");
  assert.equal(fs.readFileSync(file, "utf8"), "old content\n");
  assert.deepEqual(fs.readdirSync(dir), ["RUT.csv"]);
});

test("a failure when there was no old file leaves nothing behind", (t) => {
  const dir = tempDir(t);
  assert.throws(() => writeFileAtomic(path.join(dir, "X.csv"), "data", { rename: () => { throw new Error("disk full"); } }));
  assert.deepEqual(fs.readdirSync(dir), []);
});

test("writing into a folder that does not exist fails with the path in the message", (t) => {
  const file = path.join(tempDir(t), "missing", "X.csv");
  assert.throws(() => writeFileAtomic(file, "data"), (error: Error) => error.message.startsWith(`writing ${file} failed (ENOENT`));
});

test("isTempFile recognises the temporary names and nothing else", () => {
  assert.equal(isTempFile(".RUT.csv.123.ab12cd34ef56.tmp"), true);
  assert.equal(isTempFile("RUT.csv"), false);
  assert.equal(isTempFile("RUT.manifest.json"), false);
});

test("sha256Hex matches the FIPS 180-2 test vector and hashes bytes and text alike", () => {
  assert.equal(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(sha256Hex(Buffer.from("abc")), sha256Hex("abc"));
});
