/**
 * The add-in manifest: self-consistent and in step with the command bundle and icons. The schema
 * check needs the official XSDs beside the repository, so it is `npm run validate`, not a test.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const withoutComments = manifest.replace(/<!--[\s\S]*?-->/g, "");

function all(pattern: RegExp, text = withoutComments): RegExpMatchArray[] {
  return [...text.matchAll(pattern)];
}

/** PNG width and height, from the IHDR chunk that always comes first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** `https://localhost:3000/assets/icon-16.png` → `<root>/assets/icon-16.png`. */
function localFile(url: string): string {
  return join(ROOT, new URL(url).pathname);
}

const resources = new Map(all(/<bt:(?:Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g).map((m) => [m[1], m[2]]));

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel that needs ExcelApi 1.9 (no Office 2016/2019 perpetual) and read/write access", () => {
    expect(withoutComments).toMatch(/xsi:type="TaskPaneApp"/);
    expect(withoutComments).toMatch(/<Host Name="Workbook"\/>/);
    expect(withoutComments).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(withoutComments).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(withoutComments).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
  });

  it("resolves every resid to a resource, and defines every id once", () => {
    const resids = all(/resid="([^"]+)"/g).map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((id) => !resources.has(id))).toEqual([]);
    const ids = all(/\sid="([^"]+)"/g).map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // No resource is left unused either.
    expect([...resources.keys()].filter((id) => !resids.includes(id))).toEqual([]);
  });

  it("has French and Spanish for every label, tooltip, name and description", () => {
    const localised = all(/<(bt:String|DisplayName|Description) [^>]*DefaultValue="[^"]*">([\s\S]*?)<\/\1>/g);
    const strings = all(/<bt:String /g).length;
    expect(localised.length).toBe(strings + 2);
    for (const m of localised) {
      expect(m[2]).toMatch(/Locale="fr-FR" Value="[^"]+"/);
      expect(m[2]).toMatch(/Locale="es-ES" Value="[^"]+"/);
    }
  });

  it("gives every regional French and Spanish locale the same words as fr-FR / es-ES", () => {
    // One Override per area of a language family ("Localization for Office Add-ins").
    const regions = { fr: ["FR", "BE", "CA", "CH", "LU", "MC"], es: ["ES", "MX", "US", "AR", "CL", "CO", "PE", "VE"] };
    for (const m of all(/<(bt:String|DisplayName|Description) [^>]*DefaultValue="[^"]*">([\s\S]*?)<\/\1>/g)) {
      const overrides = new Map(all(/Locale="([^"]+)" Value="([^"]*)"/g, m[2]).map((o) => [o[1], o[2]]));
      for (const [language, areas] of Object.entries(regions)) {
        const reference = overrides.get(`${language}-${areas[0]}`);
        for (const area of areas)
          expect([`${language}-${area}`, overrides.get(`${language}-${area}`)]).toEqual([`${language}-${area}`, reference]);
      }
      expect(overrides.size).toBe(new Set([...all(/Locale="([^"]+)"/g, m[2])].map((o) => o[1])).size);
    }
  });

  it("registers every FunctionName in the command bundle", () => {
    const functions = all(/<FunctionName>([^<]+)<\/FunctionName>/g).map((m) => m[1]);
    expect(functions).toEqual(["evaluateTriggers"]);
    const commands = readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8");
    for (const name of functions) expect(commands).toContain(`Office.actions.associate("${name}"`);
  });

  it("uses https URLs of a single origin, every one served by the build", () => {
    const urls = all(/DefaultValue="(https?:\/\/[^"]+)"/g).map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
    expect(new Set(urls.map((url) => new URL(url).origin))).toEqual(new Set(["https://localhost:3000"]));
    const pages: Record<string, string> = {
      "/taskpane.html": "src/taskpane/taskpane.html",
      "/commands.html": "src/commands/commands.html",
    };
    for (const url of urls) {
      const path = new URL(url).pathname;
      expect(existsSync(pages[path] ? join(ROOT, pages[path]) : localFile(url))).toBe(true);
    }
  });

  it("points at icons of the declared pixel sizes", () => {
    for (const m of all(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      const size = Number(m[1]);
      expect(pngSize(localFile(resources.get(m[2])!))).toEqual({ width: size, height: size });
    }
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(withoutComments)![1];
    const highRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(withoutComments)![1];
    // The manifest schema's documentation: IconUrl 32 × 32, HighResolutionIconUrl 64 × 64.
    expect(pngSize(localFile(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(highRes))).toEqual({ width: 64, height: 64 });
  });
});
