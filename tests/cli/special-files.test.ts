/**
 * Issue 16, files that are not what their name says, through the compiled bin: a FIFO named
 * f.xlsx (once blocked forever), a symlink to /dev/zero (once read 10 GB in 120 s), a folder, and
 * names that are not UTF-8 (once "the file does not exist", and --out wrote under another name).
 */
import { spawn, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { BIN, PACKAGES, buildBin, collected, makeTempDir, oneLine, runBin, type Run } from "../support/cli-run";

const tmp = makeTempDir("mvsp-special-");
beforeAll(buildBin, 180000);
afterAll(() => tmp.cleanup());

it("a FIFO named f.xlsx is refused at once, exit 2", async () => {
  const fifo = tmp.file("f.xlsx");
  spawnSync("mkfifo", [fifo]);
  const result = await runBin("evaluate", fifo);
  expect(result.stderr).not.toContain("[killed after");
  expect(result.code).toBe(2);
  expect(oneLine(result.stderr)).toContain(`Could not read ${fifo}: it is a named pipe (FIFO), not a workbook file`);
}, 60000);

it("a symlink to /dev/zero is refused at once, exit 2", async () => {
  const link = tmp.file("zero.xlsx");
  symlinkSync("/dev/zero", link);
  const result = await runBin("evaluate", link, "--json");
  expect(result.stderr).not.toContain("[killed after");
  expect(result.code).toBe(2);
  expect(oneLine(result.stderr)).toContain("it is a device, not a workbook file");
  expect(result.stdout).toBe("");
}, 60000);

it("a folder named like a workbook is refused, not an internal error", async () => {
  const folder = tmp.file("folder.xlsx");
  mkdirSync(folder);
  const result = await runBin("evaluate", folder);
  expect(result.code).toBe(2);
  expect(oneLine(result.stderr)).toContain("it is a folder, not a workbook file");
  expect(result.stderr).not.toMatch(/Unexpected error|EISDIR/);
}, 60000);

/** The bin through a shell, so that a file name can carry bytes that are not UTF-8 (`printf '\351'`). */
function runShell(script: string): Promise<Run> {
  return collected(spawn("sh", ["-c", script, "sh", BIN], { cwd: tmp.dir, env: { ...process.env, LANG: "en_GB.UTF-8", LC_ALL: "" } }));
}

describe("a file name that is not UTF-8 (Latin-1 'budé.xlsx')", () => {
  const latin1 = Buffer.concat([Buffer.from("bud"), Buffer.from([0xe9]), Buffer.from(".xlsx")]);

  it("is said as such, never 'the file does not exist'", async () => {
    copyFileSync(path.join(PACKAGES, "base.xlsx"), Buffer.concat([Buffer.from(`${tmp.dir}/`), latin1]));
    const result = await runShell(`exec node "$1" evaluate "$(printf 'bud\\351.xlsx')"`);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain("holds bytes that are not UTF-8 text");
    expect(result.stderr).not.toContain("does not exist");
  }, 60000);

  it("--out under such a name writes nothing, under no other name either", async () => {
    const input = tmp.file("input.xlsx");
    copyFileSync(path.join(PACKAGES, "base.xlsx"), input);
    const before = readdirSync(tmp.dir).length;
    const result = await runShell(`exec node "$1" evaluate input.xlsx --out "$(printf 'out\\351.xlsx')"`);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain("cannot be written under the name you typed");
    expect(readdirSync(tmp.dir)).toHaveLength(before);
    expect(existsSync(tmp.file("out\ufffd.xlsx"))).toBe(false);
  }, 60000);

  it("template under such a name writes nothing either", async () => {
    const before = readdirSync(tmp.dir).length;
    const result = await runShell(`exec node "$1" template "$(printf 'new\\351.xlsx')"`);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain("cannot be written under the name you typed");
    expect(readdirSync(tmp.dir)).toHaveLength(before);
  }, 60000);
});

it("a regular file is still read through a symlink", async () => {
  const real = tmp.file("real.xlsx");
  copyFileSync(path.join(PACKAGES, "base.xlsx"), real);
  writeFileSync(tmp.file("unrelated.txt"), "x");
  const link = tmp.file("link-to-real.xlsx");
  symlinkSync(real, link);
  const result = await runBin("evaluate", link, "--json", "--date", "2026-09-30");
  expect([0, 1]).toContain(result.code);
  expect(JSON.parse(result.stdout).indicators).toHaveLength(8);
}, 60000);
