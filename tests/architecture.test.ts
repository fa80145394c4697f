/**
 * The layering the README promises, checked on the source: the core imports nothing outside
 * itself; commands never pull the task pane, React or Fluent UI; .xlsx packages stay in the xlsx
 * adapter and the CLI; Office.js stays in the Office adapter and the faces that run in Excel;
 * and no import cycle anywhere in src/, type-only imports included.
 */
import { readFileSync } from "fs";
import { builtinModules } from "module";
import { join, relative, resolve, dirname } from "path";
import { findCycles, importGraph, importsOf, reachable, sourceFiles } from "./support/import-graph";

const ROOT = resolve(__dirname, "..");

/** Code only: comments and string literals may speak of Office or Excel freely. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

/** Where a relative import lands, as a path from the project root. */
function target(file: string, spec: string): string {
  return spec.startsWith(".") ? relative(ROOT, resolve(dirname(file), spec)) : spec;
}

const files = sourceFiles(join(ROOT, "src")).map((f) => ({
  file: relative(ROOT, f),
  imports: importsOf(readFileSync(f, "utf8")).map((s) => target(f, s)),
}));

function violations(filter: (file: string) => boolean, forbidden: (imp: string) => boolean): string[] {
  return files.filter((f) => filter(f.file)).flatMap((f) => f.imports.filter(forbidden).map((imp) => `${f.file} → ${imp}`));
}

describe("architecture", () => {
  it("finds the source tree", () => {
    expect(files.some((f) => f.file.startsWith("src/core/"))).toBe(true);
  });

  it("keeps the core pure: it imports only core modules", () => {
    expect(
      violations(
        (f) => f.startsWith("src/core/"),
        (imp) => !imp.startsWith("src/core"),
      ),
    ).toEqual([]);
  });

  it("keeps the core free of Office.js globals, the DOM and Node", () => {
    const offenders = files
      .filter((f) => f.file.startsWith("src/core/"))
      .filter((f) =>
        /\b(Office|Excel)\.[a-z]|\bdocument\.|\bwindow\.|\bprocess\.|\bBuffer\b/.test(
          withoutComments(readFileSync(join(ROOT, f.file), "utf8")),
        ),
      );
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it("keeps the ribbon command free of the task pane, React and Fluent UI", () => {
    expect(
      violations(
        (f) => f.startsWith("src/commands/"),
        (imp) => /^src\/taskpane|^react|^@fluentui/.test(imp),
      ),
    ).toEqual([]);
  });

  it("keeps .xlsx packages (zip, XML libraries, the package adapter) in the xlsx adapter and the CLI", () => {
    expect(
      violations(
        (f) => !/^src\/(adapters\/xlsx|cli)\//.test(f),
        (imp) => /^exceljs|^jszip|^saxes|^@xmldom|^zlib|adapters\/xlsx/.test(imp),
      ),
    ).toEqual([]);
  });

  it("keeps Node's own modules (files, zlib, util) in the xlsx adapter and the CLI", () => {
    const node = new Set(builtinModules);
    expect(
      violations(
        (f) => !/^src\/(adapters\/xlsx|cli)\//.test(f),
        (imp) => imp.startsWith("node:") || node.has(imp),
      ),
    ).toEqual([]);
  });

  it("keeps Office.js failures out of the task pane: the gateway answers them as data", () => {
    expect(
      violations(
        (f) => f.startsWith("src/taskpane/"),
        (imp) => /adapters\/office\/errors/.test(imp),
      ),
    ).toEqual([]);
    const handling = files
      .filter((f) => f.file.startsWith("src/taskpane/"))
      .filter((f) => /\b(toAdapterError|isAdapterError|AdapterError)\b/.test(withoutComments(readFileSync(join(ROOT, f.file), "utf8"))));
    expect(handling.map((f) => f.file)).toEqual([]);
  });

  it("keeps the Office adapter out of the core, the CLI and the xlsx adapter", () => {
    expect(
      violations(
        (f) => /^src\/(core|cli|adapters\/xlsx)\//.test(f),
        (imp) => /adapters\/office|^@microsoft\/office-js/.test(imp),
      ),
    ).toEqual([]);
  });

  const graph = importGraph(ROOT, join(ROOT, "src"));

  it("has no import cycle in src/, type-only imports included", () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it("keeps the ribbon command's whole import tree free of the task pane", () => {
    expect([...reachable(graph, (f) => f.startsWith("src/commands/"))].filter((f) => f.startsWith("src/taskpane/"))).toEqual([]);
  });
});

describe("the cycle finder", () => {
  it("finds a cycle made of type-only imports and re-exports, and none in a tree", () => {
    const parsed = importsOf(
      'import type { A } from "./a";\nexport * from "./b";\nexport type { C } from "./c";\nimport "./d";\n// import { x } from "./commented";\n',
    );
    expect(parsed).toEqual(["./a", "./b", "./c", "./d"]);
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts", "d.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", []],
      ["e.ts", ["e.ts"]],
    ]);
    expect(findCycles(graph).sort()).toEqual(["a.ts → b.ts → c.ts → a.ts", "e.ts → e.ts"]);
    expect(
      findCycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", []],
        ]),
      ),
    ).toEqual([]);
  });
});
