/**
 * Issue 16, locks that cannot wedge a workbook: taken atomically with the owner's PID, start time
 * and boot; broken when that process is gone, when its PID now belongs to a later process, or when
 * the lock holds no owner (empty after a full disk, garbage); a lock that blocks is named.
 */
import { spawn } from "child_process";
import { promises as fs, copyFileSync, readdirSync, utimesSync, writeFileSync } from "fs";
import * as path from "path";
import { LockBlocked, lockPath, withFileLock } from "../../src/cli/locks";
import { startTicks } from "../../src/cli/process-info";
import { PACKAGES, buildBin, makeTempDir, oneLine, runBin } from "../support/cli-run";
import { Workbook } from "../support/package-reader";

const tmp = makeTempDir("mvsp-locks-");
beforeAll(buildBin, 180000);
afterAll(() => tmp.cleanup());

let count = 0;
/** A fresh workbook path and its lock, holding `content` written `ageMs` ago. */
function locked(content: string, ageMs = 0): { file: string; lock: string } {
  const file = tmp.file(`book-${++count}.xlsx`);
  writeFileSync(file, "x");
  const lock = lockPath(file);
  writeFileSync(lock, content);
  const when = (Date.now() - ageMs) / 1000;
  utimesSync(lock, when, when);
  return { file, lock };
}

const takes = (file: string) => withFileLock(file, async () => "ran", 300);

describe("a lock is broken when its owner is certainly gone", () => {
  it.each([
    ["empty (a full disk while it was written), a few seconds old", "", 5000],
    ["garbage", "\u0000\u0000garbage", 5000],
    ["a PID that no process has (an earlier version's bare PID)", "999999999", 0],
    ["an owner whose PID now belongs to a process started later", JSON.stringify({ pid: process.pid, start: 1, boot: null }), 0],
    ["an owner from before the last reboot", JSON.stringify({ pid: process.pid, start: startTicks(process.pid), boot: "another-boot" }), 0],
  ])("%s", async (_, content, age) => {
    const { file, lock } = locked(content, age);
    await expect(takes(file)).resolves.toBe("ran");
    await expect(fs.stat(lock)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("a bare PID of a live process that is not a Node run (an unrelated program)", async () => {
    const sleeper = spawn("sleep", ["30"]);
    try {
      const { file } = locked(String(sleeper.pid));
      await expect(takes(file)).resolves.toBe("ran");
    } finally {
      sleeper.kill();
    }
  });

  it("a bare PID of a process started after the lock was written (the PID was reused)", async () => {
    const { file } = locked(String(process.pid), 10 * 24 * 3600 * 1000);
    await expect(takes(file)).resolves.toBe("ran");
  });
});

describe("a lock of a live run blocks, and says where it is", () => {
  it("its owner's PID and start time match: blocked, naming the lock file and the process", async () => {
    const { file, lock } = locked(JSON.stringify({ pid: process.pid, start: startTicks(process.pid), boot: null }));
    const blocked = await takes(file).catch((error) => error);
    expect(blocked).toBeInstanceOf(LockBlocked);
    expect(blocked).toMatchObject({ lock, pid: process.pid });
  });

  it("an empty lock only just created may be one being written: it is waited for, not broken", async () => {
    const { file, lock } = locked("", 0);
    await expect(withFileLock(file, async () => "ran", 100)).rejects.toBeInstanceOf(LockBlocked);
    expect(await fs.readFile(lock, "utf8")).toBe("");
  });

  it("the CLI names the lock file when it gives up waiting", async () => {
    const file = tmp.file("held.xlsx");
    copyFileSync(path.join(PACKAGES, "base.xlsx"), file);
    const lock = lockPath(file);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, start: startTicks(process.pid), boot: null }));
    // runBin passes this process's environment on: wait 1 s, not the default 30.
    process.env.MVSP_LOCK_WAIT_SECONDS = "1";
    const result = await runBin("evaluate", file, "--in-place", "--date", "2026-09-30").finally(
      () => delete process.env.MVSP_LOCK_WAIT_SECONDS,
    );
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain(`delete the lock file ${lock}`);
    expect(oneLine(result.stderr)).toContain(`(process ${process.pid})`);
  }, 60000);

  it("leaves the lock file only while it is held", async () => {
    const file = tmp.file("plain.xlsx");
    const seen = await withFileLock(file, async () => JSON.parse(await fs.readFile(lockPath(file), "utf8")));
    expect(seen).toMatchObject({ pid: process.pid, start: startTicks(process.pid) });
    expect(readdirSync(tmp.dir).filter((n) => n.includes("plain.xlsx."))).toEqual([]);
  });
});

it("four concurrent runs after a stale lock all succeed in turn, each keeping its log row", async () => {
  const file = tmp.file("shared.xlsx");
  copyFileSync(path.join(PACKAGES, "base.xlsx"), file);
  expect((await runBin("evaluate", file, "--in-place", "--date", "2026-09-30")).code).toBe(0);
  writeFileSync(lockPath(file), JSON.stringify({ pid: 999999999, start: 5, boot: null }));
  const before = new Workbook(file).filledRowCount("MVSP Evaluation Log");
  const runs = await Promise.all(
    ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"].map((date) => runBin("evaluate", file, "--in-place", "--date", date)),
  );
  expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, ""]));
  expect(new Workbook(file).filledRowCount("MVSP Evaluation Log")).toBe(before + 4);
  expect(readdirSync(tmp.dir).filter((n) => n.startsWith(".~shared"))).toEqual([]);
}, 120000);
