/**
 * The installable command: `npm pack` makes a tarball carrying the compiled lib/ and the CLI's
 * runtime dependencies (bundled, so no registry is needed), which installs into an empty prefix
 * and runs as `mvsp-triggers` from another folder. The project is packed from a copy of its
 * sources, so that compiling does not touch this clone's lib/ while other tests run it.
 */
import { execFileSync, spawnSync } from "child_process";
import { cpSync, mkdirSync, readdirSync, symlinkSync } from "fs";
import * as path from "path";
import { makeTempDir } from "../xlsx/helpers";
import { ROOT } from "../support/cli-run";

const tmp = makeTempDir("mvsp-pack-");
afterAll(() => tmp.cleanup());

const project = tmp.file("project");
const prefix = tmp.file("prefix");
const elsewhere = tmp.file("elsewhere");
let tarball = "";

beforeAll(() => {
  mkdirSync(path.join(project, "src"), { recursive: true });
  for (const file of ["package.json", "README.md", "tsconfig.json", "tsconfig.cli.json"])
    cpSync(path.join(ROOT, file), path.join(project, file));
  for (const dir of ["core", "adapters/xlsx", "cli"])
    cpSync(path.join(ROOT, "src", dir), path.join(project, "src", dir), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(project, "node_modules"), "dir");
  mkdirSync(prefix);
  mkdirSync(elsewhere);
  // `prepare` compiles lib/ before packing (npm runs it on pack), as it does on `npm ci`.
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", tmp.dir], { cwd: project, encoding: "utf8" });
  tarball = path.join(tmp.dir, packed.trim().split("\n").pop()!);
  // --offline: nothing may come from the registry; the tarball carries what the CLI needs.
  execFileSync("npm", ["install", "--global", "--prefix", prefix, tarball, "--offline", "--no-audit", "--no-fund"], {
    cwd: elsewhere,
    encoding: "utf8",
  });
}, 300_000);

function installed(...argv: string[]) {
  const env = {
    ...process.env,
    PATH: `${path.join(prefix, "bin")}${path.delimiter}${process.env.PATH}`,
    LANG: "en_GB.UTF-8",
    LC_ALL: "",
    COLUMNS: "",
  };
  return spawnSync("mvsp-triggers", argv, { cwd: elsewhere, env, encoding: "utf8" });
}

describe("the packed command line", () => {
  it("carries the compiled lib/ and its runtime dependencies, and nothing of the task pane", () => {
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(files).toContain("package/lib/cli/main.js");
    expect(files).toContain("package/node_modules/saxes/package.json");
    expect(files).toContain("package/node_modules/@xmldom/xmldom/package.json");
    expect(files.some((f) => f.startsWith("package/src/") || f.includes("taskpane") || f.includes("react"))).toBe(false);
  });

  it("runs as mvsp-triggers from another folder: template, then evaluate", () => {
    expect(installed("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const made = installed("template", "budget.xlsx");
    expect(made.status).toBe(0);
    expect(readdirSync(elsewhere)).toContain("budget.xlsx");
    const evaluated = installed("evaluate", "budget.xlsx", "--json");
    expect(evaluated.status).toBe(0);
    expect(JSON.parse(evaluated.stdout)).toMatchObject({ evaluationDate: "2026-09-30", outcome: "consider_mvsp" });
    const help = installed("--help");
    expect(help.stdout).toContain("mvsp-triggers connect");
  });
});
