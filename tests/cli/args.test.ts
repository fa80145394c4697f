/** The command line's grammar (`src/cli/args.ts`), without touching any file. */
import { parseArgs, requestedLanguage, UsageError } from "../../src/cli/args";
import { makeTempDir } from "../xlsx/helpers";
import { run } from "../support/cli-run";

function usageKey(argv: readonly string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.key;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
}

describe("parseArgs", () => {
  it("ends the options at --, so a file may start with a dash or be named like an option", () => {
    expect(parseArgs(["evaluate", "--", "BOOK.xlsx"])).toMatchObject({ kind: "evaluate", inputs: ["BOOK.xlsx"] });
    expect(parseArgs(["evaluate", "--json", "--", "-odd.xlsx", "--json.xlsx"])).toMatchObject({
      inputs: ["-odd.xlsx", "--json.xlsx"],
      format: "json",
    });
    // After `--`, --help is a file name, not a request for help.
    expect(usageKey(["evaluate", "--", "--help"])).toBe("usage.notWorkbookName");
    expect(parseArgs(["template", "--", "-new.xlsx"])).toEqual({ kind: "template", out: "-new.xlsx", lang: null });
  });

  it("knows --version and --help (or -h), and no -v", () => {
    expect(parseArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseArgs(["evaluate", "a.xlsx", "--version"])).toEqual({ kind: "version" });
    expect(parseArgs(["-h"])).toEqual({ kind: "help" });
    expect(parseArgs(["evaluate", "--help"])).toEqual({ kind: "help" });
    expect(usageKey(["-v"])).toBe("usage.unknownCommand");
    expect(usageKey(["evaluate", "a.xlsx", "-v"])).toBe("usage.unknownOption");
  });

  it("takes option values written either way", () => {
    const spaced = parseArgs(["evaluate", "a.xlsx", "--out", "b.xlsx", "--date", "2026-09-30", "--lang", "fr", "--format", "text"]);
    const joined = parseArgs(["evaluate", "a.xlsx", "--out=b.xlsx", "--date=2026-09-30", "--lang=fr", "--format=text"]);
    expect(joined).toEqual(spaced);
    expect(spaced).toMatchObject({ out: "b.xlsx", lang: "fr", format: "text", inPlace: false });
    expect(parseArgs(["evaluate", "a.xlsm", "b.xlsx", "--in-place"])).toMatchObject({
      inputs: ["a.xlsm", "b.xlsx"],
      inPlace: true,
      out: null,
    });
  });

  it.each([
    [["evaluate", "a.xlsx", "--out"], "usage.missingValue"],
    [["evaluate", "a.xlsx", "--out="], "usage.missingValue"],
    [["evaluate", "a.xlsx", "--json=yes"], "usage.unknownOption"],
    [["evaluate", "a.xlsx", "-xyz"], "usage.unknownOption"],
    [["template", "a.xlsx", "--json"], "usage.unknownOption"],
    [["template", "a.xlsx", "b.xlsx"], "usage.extraArgument"],
    [["template", "a.xlsm"], "usage.notXlsx"],
    [["evaluate", "a.xlsx", "--json", "--format", "text"], "usage.formatAndJson"],
    [["evaluate", "a.xlsx", "--format", "csv"], "usage.badFormat"],
    [["evaluate", "a.xlsx", "--date", "30/09/2026"], "usage.badDate"],
    [["evaluate", "a.xlsx", "--lang", "de"], "usage.badLanguage"],
    [["evaluate", "-"], "usage.notWorkbookName"],
    [["evaluate", "--"], "usage.missingFile"],
    [["--json", "evaluate", "a.xlsx"], "usage.unknownCommand"],
  ])("refuses %j with %s", (argv, key) => {
    expect(usageKey(argv)).toBe(key);
  });

  it("finds --lang in either spelling, even among bad arguments, so usage errors speak it", () => {
    expect(requestedLanguage(["evaluate", "--bogus", "--lang", "es"])).toBe("es");
    expect(requestedLanguage(["nope", "--lang=fr"])).toBe("fr");
    expect(requestedLanguage(["evaluate", "--lang", "de"])).toBeNull();
    expect(requestedLanguage(["evaluate", "--", "--lang=fr"])).toBeNull();
  });
});

describe("mvsp-triggers with --", () => {
  const tmp = makeTempDir("mvsp-args-");
  afterAll(() => tmp.cleanup());

  it("evaluates `evaluate -- FILE` like `evaluate FILE`", async () => {
    const book = tmp.file("-dash.xlsx");
    expect((await run("template", "--", book)).code).toBe(0);
    const plain = await run("evaluate", book, "--json");
    const ended = await run("evaluate", "--json", "--", book);
    expect(ended.code).toBe(plain.code);
    expect(ended.stderr).toBe("");
    expect(JSON.parse(ended.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(JSON.parse(ended.stdout).indicators).toHaveLength(8);
  });

  it("says a usage error in the language asked for, and -v is not --version", async () => {
    const french = await run("evaluate", "a.xlsx", "--bogus", "--lang", "fr");
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/Option inconnue|option/i);
    const dashV = await run("-v");
    expect(dashV.code).toBe(2);
    expect(dashV.stdout).toBe("");
  });
});
