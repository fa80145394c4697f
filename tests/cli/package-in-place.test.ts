/**
 * Issue 8, --in-place as a file system operation, through the compiled bin: the file keeps its
 * mode, a symlink stays a link to the updated target, a read-only file is refused, and two
 * concurrent runs both keep their log row.
 */
import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from "fs";
import { buildBin, copyFixture, makeTempDir, oneLine, runBin } from "../support/cli-run";
import { Workbook } from "../support/package-reader";

const tmp = makeTempDir("mvsp-pkg-in-place-");
beforeAll(buildBin, 180000);
afterAll(() => tmp.cleanup());

const LOG = "MVSP Evaluation Log";

it("keeps the file's mode (600 stays 600)", async () => {
  const file = copyFixture(tmp, "base.xlsx", "private.xlsx");
  chmodSync(file, 0o600);
  const result = await runBin("evaluate", file, "--in-place", "--date", "2026-09-30");
  expect(result.code).toBe(0);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(new Workbook(file).sheets.has(LOG)).toBe(true);
}, 60000);

it("follows a symlink: the link stays a link and its target gets the outputs", async () => {
  mkdirSync(tmp.file("shared"));
  const target = copyFixture(tmp, "base.xlsx", "shared/budget.xlsx");
  const link = tmp.file("budget-link.xlsx");
  symlinkSync(target, link);
  const result = await runBin("evaluate", link, "--in-place", "--date", "2026-09-30");
  expect(result.code).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe(target);
  expect(new Workbook(target).sheets.has(LOG)).toBe(true);
}, 60000);

it("refuses a read-only file with exit 2 and leaves it as it was", async () => {
  const file = copyFixture(tmp, "base.xlsx", "read-only.xlsx");
  chmodSync(file, 0o444);
  const before = readFileSync(file);
  const result = await runBin("evaluate", file, "--in-place", "--date", "2026-09-30");
  expect(result.code).toBe(2);
  expect(oneLine(result.stderr)).toMatch(/read-only/i);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(statSync(file).mode & 0o777).toBe(0o444);
}, 60000);

it("two concurrent runs on one file both keep their log row", async () => {
  const alone = copyFixture(tmp, "base.xlsx", "alone.xlsx");
  expect((await runBin("evaluate", alone, "--in-place", "--date", "2026-10-01")).code).toBe(0);
  const rowsAfterOne = new Workbook(alone).filledRowCount(LOG);

  const shared = copyFixture(tmp, "base.xlsx", "shared-by-two.xlsx");
  const [a, b] = await Promise.all([
    runBin("evaluate", shared, "--in-place", "--date", "2026-10-01"),
    runBin("evaluate", shared, "--in-place", "--date", "2026-10-02"),
  ]);
  expect([a.code, b.code]).toEqual([0, 0]);
  expect(new Workbook(shared).filledRowCount(LOG)).toBe(rowsAfterOne + 1);
}, 60000);
