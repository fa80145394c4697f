/**
 * The package writer keeps the user's content beside the summary's page (issue 16) without
 * breaking what it keeps: a shared formula whose master is on the rewritten page leaves its
 * follower as a value (a follower without its master is a damaged sheet for Excel), one whose
 * master is kept stays a formula, and the file reads back in openpyxl and in this reader.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { namesToRead } from "../../src/core";
import { SUMMARY_AREA_NAMES } from "../../src/core/plan/types";
import { XlsxPackage } from "../../src/adapters/xlsx";
import { readSnapshot } from "../../src/adapters/xlsx/read/read-snapshot";
import { ROOT, run } from "../support/cli-run";
import { editPart, makeTempDir, zipText } from "./helpers";

const EXAMPLE = path.join(ROOT, "examples", "mvsp-inputs-2026.xlsx");

/** The part of the `MVSP Triggers` sheet, from the workbook and its relationships. */
async function summaryPart(file: string): Promise<string> {
  const workbook = await zipText(file, "xl/workbook.xml");
  const id = /<sheet [^>]*name="MVSP Triggers"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
  const rels = await zipText(file, "xl/_rels/workbook.xml.rels");
  const target =
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

describe("the user's shared formulas beside the summary's page", () => {
  const tmp = makeTempDir("mvsp-kept-");
  afterAll(() => tmp.cleanup());

  it("keeps a follower's value when its master is rewritten, and the formula when the master is kept", async () => {
    const book = tmp.file("book.xlsx");
    expect((await run("evaluate", EXAMPLE, "--out", book, "--date", "2026-09-30")).code).toBeLessThan(2);
    const part = await summaryPart(book);
    await editPart(book, part, (xml) =>
      xml
        // A master on the page (L8, an empty cell of the indicator row) and its follower beside it (M8).
        .replace(
          '<c r="L8" s="7"/>',
          '<c r="L8" s="7"><f t="shared" ref="L8:M8" si="7">1+1</f><v>2</v></c><c r="M8"><f t="shared" si="7"/><v>2</v></c>',
        )
        // A master and its follower both beside the page (M9, M10).
        .replace(/(<row r="9"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="M9"><f t="shared" ref="M9:M10" si="8">2+3</f><v>5</v></c>$2')
        .replace(/(<row r="10"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="M10"><f t="shared" si="8"/><v>5</v></c>$2'),
    );
    expect((await run("evaluate", book, "--in-place", "--date", "2026-09-30")).code).toBeLessThan(2);

    const sheet = await zipText(book, part);
    expect(sheet).toMatch(/<c r="M8"><v>2<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="M9"><f t="shared" ref="M9:M10" si="8">2\+3<\/f><v>5<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="M10"><f t="shared" si="8"\/><v>5<\/v><\/c>/);
    // The main namespace is declared once, on the root: kept cells do not repeat it.
    expect(sheet.match(/xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/g)).toHaveLength(1);

    // Another tool reads it: openpyxl sees the values and the kept formulas.
    const read = spawnSync(
      "/usr/bin/python3",
      [
        "-c",
        'import openpyxl,sys,json\nws=openpyxl.load_workbook(sys.argv[1])["MVSP Triggers"]\nprint(json.dumps([ws[a].value for a in ["M8","M9","M10"]]))',
        book,
      ],
      { encoding: "utf8" },
    );
    expect(read.stderr).toBe("");
    expect(JSON.parse(read.stdout)).toEqual([2, "=2+3", "=2+3"]);
    // And this reader, with the page and box names in place.
    const snapshot = readSnapshot(XlsxPackage.open(readFileSync(book)), namesToRead());
    expect(snapshot.names[SUMMARY_AREA_NAMES.page].kind).toBe("range");
    expect(snapshot.names[SUMMARY_AREA_NAMES.notes].kind).toBe("range");
  }, 60000);

  it("keeps the cells of a part that spells SpreadsheetML with a prefix, written back without it", async () => {
    const book = tmp.file("prefixed.xlsx");
    expect((await run("evaluate", EXAMPLE, "--out", book, "--date", "2026-09-30")).code).toBeLessThan(2);
    const part = await summaryPart(book);
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    await editPart(book, part, (xml) =>
      xml
        .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
        .replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, "<$1x:$2")
        .replace(/(<x:row r="12"[^>]*>[\s\S]*?)(<\/x:row>)/, '$1<x:c r="M12" t="inlineStr"><x:is><x:t>kept</x:t></x:is></x:c>$2'),
    );
    expect(await zipText(book, part)).toContain("<x:sheetData>");
    expect((await run("evaluate", book, "--in-place", "--date", "2026-09-30")).code).toBeLessThan(2);
    expect(await zipText(book, part)).toContain('<c r="M12" t="inlineStr"><is><t>kept</t></is></c>');
    const read = spawnSync(
      "/usr/bin/python3",
      ["-c", 'import openpyxl,sys\nprint(openpyxl.load_workbook(sys.argv[1])["MVSP Triggers"]["M12"].value)', book],
      {
        encoding: "utf8",
      },
    );
    expect(read.stdout.trim()).toBe("kept");
  }, 60000);
});
