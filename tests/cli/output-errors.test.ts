/**
 * Issue 16: a stdout that cannot be written (a full disk, a closed pipe) ends the run with exit 2
 * and one sentence on stderr; before, Node printed a stack trace and exited 1 (the code for input errors).
 */
import { spawn } from "child_process";
import { closeSync, openSync } from "fs";
import { BIN, BIN_TIMEOUT_MS, buildBin, copyFixture, makeTempDir } from "../support/cli-run";

const tmp = makeTempDir("mvsp-output-");
beforeAll(buildBin, 180000);
afterAll(() => tmp.cleanup());

interface Ended {
  code: number | null;
  stderr: string;
}

/** The bin with its stdout on `stdout` (a file descriptor, or a pipe closed at once). */
function runWithStdout(stdout: number | "closed-pipe", ...argv: string[]): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn("node", [BIN, ...argv], {
      stdio: ["ignore", stdout === "closed-pipe" ? "pipe" : stdout, "pipe"],
      env: { ...process.env, LANG: "en_GB.UTF-8", LC_ALL: "" },
    });
    if (stdout === "closed-pipe") child.stdout!.destroy();
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), BIN_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

it.each([["--json"], []])(
  "evaluate %j >/dev/full: exit 2 and one line on stderr, no stack trace",
  async (...flags) => {
    const book = copyFixture(tmp, "base.xlsx", "full.xlsx");
    const full = openSync("/dev/full", "w");
    try {
      const ended = await runWithStdout(full, "evaluate", book, ...flags, "--date", "2026-09-30");
      expect(ended.code).toBe(2);
      expect(ended.stderr.trim().split("\n")).toEqual([expect.stringContaining("the disk it goes to is full (ENOSPC)")]);
      expect(ended.stderr).not.toMatch(/\n\s+at |node:internal|Unexpected error/);
    } finally {
      closeSync(full);
    }
  },
  60000,
);

it("evaluate into a closed pipe (EPIPE): exit 2 and one line", async () => {
  const book = copyFixture(tmp, "base.xlsx", "pipe.xlsx");
  const ended = await runWithStdout("closed-pipe", "evaluate", book, "--json", "--date", "2026-09-30");
  expect(ended.code).toBe(2);
  expect(ended.stderr.trim().split("\n")).toHaveLength(1);
  expect(ended.stderr).toContain("could not be printed");
  expect(ended.stderr).not.toMatch(/\n\s+at /);
}, 60000);
