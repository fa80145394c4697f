/** The command line's grammar: exactly the SPEC's commands, nothing guessed. */
import { LANGUAGES, type Day, type Language } from "../core/model";
import { dayFromIso, excelDayFromIso } from "../core/dates";

export type OutputFormat = "table" | "text" | "json";

export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | {
      readonly kind: "evaluate";
      /** One workbook or several (`evaluate *.xlsx`): each is evaluated on its own. */
      readonly inputs: readonly string[];
      readonly out: string | null;
      readonly inPlace: boolean;
      /** `table` for people (the default), `text` the Board paragraph, `json` the SPEC's JSON. */
      readonly format: OutputFormat;
      readonly date: Day | null;
      readonly lang: Language | null;
    }
  | { readonly kind: "template"; readonly out: string; readonly lang: Language | null };

/** A usage mistake: a catalogue key and its parameters, so it is said in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}

const FLAGS = { evaluate: ["--in-place", "--json"], template: [] as string[] } as const;
const VALUED = { evaluate: ["--out", "--date", "--lang", "--format"], template: ["--lang"] } as const;

/** The `--lang` value when one is given anywhere, so even usage errors speak it. */
export function requestedLanguage(argv: readonly string[]): Language | null {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value && (LANGUAGES as readonly string[]).includes(value)) return value as Language;
  }
  return null;
}

function parseLanguage(value: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new UsageError("usage.badLanguage", { value });
  return value as Language;
}

/** `--json` stays the SPEC's spelling; `--format` chooses between the table and the Board paragraph. */
function outputFormat(value: string | undefined, json: boolean): OutputFormat {
  if (value === undefined) return json ? "json" : "table";
  if (json) throw new UsageError("usage.formatAndJson");
  if (value !== "table" && value !== "text") throw new UsageError("usage.badFormat", { value });
  return value;
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  if (argv.includes("--version") || argv.includes("-v")) return { kind: "version" };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("usage.noCommand");
  if (command !== "evaluate" && command !== "template") throw new UsageError("usage.unknownCommand", { command });

  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [option, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if ((VALUED[command] as readonly string[]).includes(option)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === "") throw new UsageError("usage.missingValue", { option });
      values.set(option, value);
    } else if ((FLAGS[command] as readonly string[]).includes(option) && inline === undefined) {
      flags.add(option);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError("usage.unknownOption", { option: arg, command });
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError("usage.missingFile", { command });
  if (command === "template" && files.length > 1) throw new UsageError("usage.extraArgument", { argument: files[1] });
  // Macro-enabled workbooks are read and written like any other: their macros are not touched.
  const workbookFile = command === "template" ? /\.xlsx$/i : /\.xls[xm]$/i;
  for (const file of [...files, values.get("--out")]) {
    if (file !== undefined && !workbookFile.test(file)) throw new UsageError(command === "template" ? "usage.notXlsx" : "usage.notWorkbookName", { file });
  }
  const langText = values.get("--lang");
  const lang = langText === undefined ? null : parseLanguage(langText);

  if (command === "template") return { kind: "template", out: files[0], lang };

  const dateText = values.get("--date");
  const date = dateText === undefined ? null : excelDayFromIso(dateText);
  if (dateText !== undefined && date === null) throw new UsageError(dayFromIso(dateText) === null ? "usage.badDate" : "usage.dateOutOfRange", { value: dateText });
  const out = values.get("--out") ?? null;
  const inPlace = flags.has("--in-place");
  if (out !== null && inPlace) throw new UsageError("usage.outAndInPlace");
  if (out !== null && files.length > 1) throw new UsageError("usage.outWithMany");
  return { kind: "evaluate", inputs: files, out, inPlace, format: outputFormat(values.get("--format"), flags.has("--json")), date, lang };
}
