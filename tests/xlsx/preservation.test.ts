import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as path from "path";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { editPart, FIXTURES, makeTempDir } from "./helpers";

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function plainWorkbook(name: string): Promise<string> {
  const file = tmp.file(name);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Inputs");
  ws.getCell("A1").value = "Budget";
  ws.getCell("B1").value = 3080000;
  ws.getCell("B1").note = "a legacy note ExcelJS keeps";
  wb.definedNames.add("Inputs!$B$1", "BudgetEnvelope");
  await wb.xlsx.writeFile(file);
  return file;
}

async function addPart(file: string, part: string, content: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  zip.file(part, content);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("findPreservationRisks (through loadWorkbook)", () => {
  it("finds nothing in a workbook ExcelJS fully understands", async () => {
    expect((await loadWorkbook(await plainWorkbook("plain.xlsx"))).risks).toEqual([]);
    expect((await loadWorkbook(path.join(FIXTURES, "openpyxl-inputs.xlsx"))).risks).toEqual([]);
  });

  it("names the sheet holding an openpyxl line chart", async () => {
    const { risks } = await loadWorkbook(path.join(FIXTURES, "openpyxl-chart.xlsx"));
    expect(risks).toContainEqual({ kind: "chart", where: "Budget 2026" });
  });

  it("reports macros, pivot caches, custom properties and other unknown parts", async () => {
    const file = await plainWorkbook("parts.xlsx");
    await addPart(file, "xl/vbaProject.bin", "binary");
    await addPart(file, "xl/pivotCache/pivotCacheDefinition1.xml", "<x/>");
    await addPart(file, "docProps/custom.xml", "<Properties/>");
    await addPart(file, "xl/mystery/thing.xml", "<x/>");
    const { risks } = await loadWorkbook(file);
    expect(risks).toEqual(
      expect.arrayContaining([
        { kind: "macros", where: "xl/vbaProject.bin" },
        { kind: "pivotTable", where: "xl/pivotCache/" },
        { kind: "customProperties", where: "docProps/custom.xml" },
        { kind: "otherPart", where: "xl/mystery/thing.xml" },
      ]),
    );
  });

  it("reports defined names ExcelJS would drop, but not plain ranges or print areas", async () => {
    const file = await plainWorkbook("names.xlsx");
    await editPart(file, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</definedNames>",
        '<definedName name="Rate">0.25</definedName>' +
          '<definedName name="Scoped" localSheetId="0">Inputs!$B$1</definedName>' +
          '<definedName name="Rel">Inputs!B1</definedName>' +
          '<definedName name="Cols">Inputs!$A:$B</definedName>' +
          '<definedName name="_xlnm.Print_Area" localSheetId="0">Inputs!$A$1:$B$1</definedName>' +
          "</definedNames>",
      ),
    );
    const { risks } = await loadWorkbook(file);
    expect(risks.filter((r) => r.kind === "definedName").map((r) => r.where).sort()).toEqual(["Cols", "Rate", "Rel", "Scoped"]);
  });

  it("reports shapes, sparklines and in-document links on non-text cells", async () => {
    const file = await plainWorkbook("inside.xlsx");
    await editPart(file, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(
        "</worksheet>",
        '<hyperlinks><hyperlink ref="B1" location="Inputs!A1"/><hyperlink ref="A1" location="Inputs!B1"/></hyperlinks>' +
          '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"/></ext></extLst></worksheet>',
      ),
    );
    const { risks, workbook } = await loadWorkbook(file);
    expect(risks).toEqual(
      expect.arrayContaining([
        { kind: "sparkline", where: "Inputs" },
        { kind: "internalLink", where: "Inputs!B1" },
      ]),
    );
    // The link on a text cell is restored as an ExcelJS link, so it is written back.
    expect(workbook.getWorksheet("Inputs")!.getCell("A1").value).toEqual({ text: "Budget", hyperlink: "#Inputs!B1" });
    expect(risks).not.toContainEqual({ kind: "internalLink", where: "Inputs!A1" });
  });
});
