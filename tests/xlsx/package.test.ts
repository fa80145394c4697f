/**
 * The package layer: untouched parts travel with their original compressed bytes, edited and
 * new parts are readable by another zip implementation (Python's zipfile), and the limits stop
 * a zip bomb before anything is inflated.
 */
import { spawnSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { XlsxPackage, PackageError, relativeTarget, relsPathOf, resolveTarget } from "../../src/adapters/xlsx/package";
import { FIXTURES, makeTempDir } from "./helpers";

const PY = "/usr/bin/python3";
const tmp = makeTempDir("mvsp-package-");
afterAll(() => tmp.cleanup());

function python(script: string, ...args: string[]): string {
  const run = spawnSync(PY, ["-c", script, ...args], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

test("a package saved without edits holds the very same entries, and Python reads edits back", () => {
  const source = readFileSync(path.join(FIXTURES, "openpyxl-inputs.xlsx"));
  const pkg = XlsxPackage.open(source);
  const untouched = XlsxPackage.open(pkg.toBuffer());
  for (const part of pkg.paths()) expect(untouched.original(part)?.raw.equals(pkg.original(part)!.raw)).toBe(true);

  pkg.set("xl/worksheets/sheet1.xml", pkg.text("xl/worksheets/sheet1.xml")!.replace("</worksheet>", "<!-- edited --></worksheet>"));
  pkg.set("customXml/é-new.xml", "<new>é</new>");
  const out = tmp.file("edited.xlsx");
  writeFileSync(out, pkg.toBuffer());
  const listed = JSON.parse(
    python(
      "import zipfile,sys,json; z=zipfile.ZipFile(sys.argv[1]); z.testzip(); print(json.dumps({n: z.read(n).decode('utf8','replace')[-30:] for n in z.namelist()}))",
      out,
    ),
  );
  expect(listed["customXml/é-new.xml"]).toBe("<new>é</new>");
  expect(listed["xl/worksheets/sheet1.xml"]).toContain("<!-- edited --></worksheet>");
  expect(Object.keys(listed)).toEqual(expect.arrayContaining(pkg.paths()));
});

test("a zip bomb is refused from its headers, before inflating", () => {
  const bomb = tmp.file("bomb.xlsx");
  python(
    "import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\nz.writestr('[Content_Types].xml','<Types/>')\nz.writestr('xl/worksheets/sheet1.xml', b'0'*(300*1024*1024))\nz.close()",
    bomb,
  );
  const started = process.memoryUsage().rss;
  expect(() => XlsxPackage.open(readFileSync(bomb))).toThrow(expect.objectContaining({ code: "ratio" }));
  expect(process.memoryUsage().rss - started).toBeLessThan(100 * 1024 * 1024);
});

test("files that are not packages are named for what they are", () => {
  const compound = Buffer.alloc(1024);
  compound.writeUInt32LE(0xe011cfd0, 0);
  compound.writeUInt32LE(0xe11ab1a1, 4);
  expect(() => XlsxPackage.open(compound)).toThrow(expect.objectContaining({ code: "legacyXls" }));
  Buffer.from("EncryptionInfo", "utf16le").copy(compound, 512);
  expect(() => XlsxPackage.open(compound)).toThrow(expect.objectContaining({ code: "encrypted" }));
  expect(() => XlsxPackage.open(Buffer.from("Organisation,Tier\nA,1\n"))).toThrow(PackageError);
});

test("relationship targets resolve like Excel and openpyxl write them", () => {
  expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
  expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
  expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
  expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml")).toBe("../drawings/drawing1.xml");
  expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
});
