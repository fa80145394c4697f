/** The file-safety layer of the command line, on real files in a temp folder. */
import { promises as fs, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FileRefusal, assertWritable, fileState, realTarget, withFileLock, writeAtomically } from "../../src/cli/files";

const dir = mkdtempSync(path.join(tmpdir(), "mvsp-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

test("an atomic write keeps the file's mode and leaves no temporary file", async () => {
  await fs.writeFile(file("a.xlsx"), "old", { mode: 0o600 });
  await fs.chmod(file("a.xlsx"), 0o600);
  await writeAtomically(file("a.xlsx"), Buffer.from("new"));
  expect(await fs.readFile(file("a.xlsx"), "utf8")).toBe("new");
  expect((await fs.stat(file("a.xlsx"))).mode & 0o777).toBe(0o600);
  expect((await fs.readdir(dir)).filter((n) => n.includes(".tmp"))).toEqual([]);
});

test("a symlink is followed: the link stays a link and its target gets the content", async () => {
  await fs.writeFile(file("target.xlsx"), "old");
  await fs.symlink(file("target.xlsx"), file("link.xlsx"));
  const real = await realTarget(file("link.xlsx"));
  expect(real).toBe(await fs.realpath(file("target.xlsx")));
  await writeAtomically(real, Buffer.from("new"));
  expect((await fs.lstat(file("link.xlsx"))).isSymbolicLink()).toBe(true);
  expect(await fs.readFile(file("link.xlsx"), "utf8")).toBe("new");
});

test("a read-only file is refused, even for root", async () => {
  await fs.writeFile(file("ro.xlsx"), "x");
  await fs.chmod(file("ro.xlsx"), 0o444);
  await expect(assertWritable(file("ro.xlsx"))).rejects.toBeInstanceOf(FileRefusal);
  await expect(assertWritable(file("missing.xlsx"))).resolves.toBeUndefined();
});

test("nothing is written when the file changed after it was read", async () => {
  await fs.writeFile(file("c.xlsx"), "first");
  const seen = await fileState(file("c.xlsx"));
  await new Promise((r) => setTimeout(r, 20));
  await fs.writeFile(file("c.xlsx"), "saved meanwhile by Excel");
  await expect(writeAtomically(file("c.xlsx"), Buffer.from("ours"), seen)).rejects.toMatchObject({ key: "file.changedMeanwhile" });
  expect(await fs.readFile(file("c.xlsx"), "utf8")).toBe("saved meanwhile by Excel");
});

test("two holders of the lock take turns; a lock of a dead process is taken over", async () => {
  const order: string[] = [];
  const slow = withFileLock(file("l.xlsx"), async () => {
    order.push("first in");
    await new Promise((r) => setTimeout(r, 150));
    order.push("first out");
  });
  await new Promise((r) => setTimeout(r, 20));
  await withFileLock(file("l.xlsx"), async () => void order.push("second"));
  await slow;
  expect(order).toEqual(["first in", "first out", "second"]);

  await fs.writeFile(path.join(dir, ".~dead.xlsx.mvsp-lock"), "999999999");
  await expect(withFileLock(file("dead.xlsx"), async () => "ran", 500)).resolves.toBe("ran");
});

test("a lock held too long is a refusal, not a wait forever", async () => {
  await fs.writeFile(path.join(dir, ".~busy.xlsx.mvsp-lock"), String(process.pid));
  await expect(withFileLock(file("busy.xlsx"), async () => "ran", 200)).rejects.toMatchObject({ key: "file.locked" });
});
