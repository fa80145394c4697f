/**
 * The command line's grammar: exactly the SPEC's commands, nothing guessed. Tokens come from
 * Node's `util.parseArgs` (so `--` ends the options, `--opt=value` and `--opt value` both work);
 * what they mean, and every refusal, is decided here so that each is said in the user's language.
 */
import { parseArgs as tokenize } from "util";
import { LANGUAGES, type Day, type Language } from "../core/model";
import { dayFromIso, excelDayFromIso } from "../core/dates";
import type { CliKey } from "../core/i18n/cli-catalogue";
import { connectCommand, inputsCommand, templateIntoCommand, type ConnectCommand, type UsageProblem } from "./connect-args";

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
      /** `--force`: `--out` may replace an existing file that is not an earlier output of IN. */
      readonly force: boolean;
      /** `table` for people (the default), `text` the Board paragraph, `json` the SPEC's JSON. */
      readonly format: OutputFormat;
      readonly date: Day | null;
      readonly lang: Language | null;
    }
  | { readonly kind: "template"; readonly out: string; readonly lang: Language | null }
  | ConnectCommand
  | { readonly kind: "verify"; readonly input: string; readonly json: boolean; readonly lang: Language | null };

/** A usage mistake: a catalogue key and its parameters, so it is said in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}

type OptionKind = "boolean" | "string";

/** Each command's options (long names only; `-h` is the one short option, for help). */
const COMMAND_OPTIONS = {
  evaluate: { "in-place": "boolean", json: "boolean", force: "boolean", out: "string", date: "string", lang: "string", format: "string" },
  template: { lang: "string", into: "string", out: "string", "in-place": "boolean", force: "boolean" },
  inputs: { json: "boolean", lang: "string" },
  connect: { out: "string", "in-place": "boolean", force: "boolean", lang: "string" },
  verify: { json: "boolean", lang: "string" },
} as const satisfies Record<string, Record<string, OptionKind>>;

type CommandName = keyof typeof COMMAND_OPTIONS;

/** Help and version are recognised before any command, and anywhere before `--`. */
const GLOBAL_OPTIONS = { help: { type: "boolean", short: "h" }, version: { type: "boolean" } } as const;

/** What the arguments hold once read: options by name, the other arguments in order. */
interface Parsed {
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/** Every option name any command knows, so that `--lang` is found even in an unknown command. */
function allOptions(): Record<string, { type: OptionKind; short?: string }> {
  const options: Record<string, { type: OptionKind; short?: string }> = { ...GLOBAL_OPTIONS };
  for (const command of Object.values(COMMAND_OPTIONS)) {
    for (const [name, type] of Object.entries(command)) options[name] = { type };
  }
  return options;
}

function tokens(argv: readonly string[]) {
  // Not strict: unknown options come back as tokens, refused below in the user's words.
  return tokenize({ args: [...argv], options: allOptions(), strict: false, allowPositionals: true, tokens: true }).tokens;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The `--lang` value when one is given anywhere, so even usage errors speak it. */
export function requestedLanguage(argv: readonly string[]): Language | null {
  for (const token of tokens(argv)) {
    if (token.kind === "option" && token.name === "lang" && typeof token.value === "string" && isLanguage(token.value)) return token.value;
  }
  return null;
}

/** Reads the arguments after the command against that command's options. */
function readOptions(command: CommandName, argv: readonly string[]): Parsed {
  const known: Readonly<Record<string, OptionKind>> = COMMAND_OPTIONS[command];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (const token of tokens(argv)) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const kind = known[token.name];
    // `rawName` is `-x` for one letter of a group such as `-xyz`: name the whole argument.
    const option = argv[token.index];
    if (kind === "string") {
      if (token.value === undefined || token.value === "") throw new UsageError("usage.missingValue", { option: token.rawName });
      values.set(token.name, token.value);
    } else if (kind === "boolean" && token.value === undefined) {
      flags.add(token.name);
    } else {
      throw new UsageError("usage.unknownOption", { option, command });
    }
  }
  return { values, flags, positionals };
}

function parseLanguage(value: string | undefined): Language | null {
  if (value === undefined) return null;
  if (!isLanguage(value)) throw new UsageError("usage.badLanguage", { value });
  return value;
}

/** `--json` stays the SPEC's spelling; `--format` chooses between the table and the Board paragraph. */
function outputFormat(value: string | undefined, json: boolean): OutputFormat {
  if (value === undefined) return json ? "json" : "table";
  if (json) throw new UsageError("usage.formatAndJson");
  if (value !== "table" && value !== "text") throw new UsageError("usage.badFormat", { value });
  return value;
}

function checkFileNames(command: CommandName, files: readonly (string | undefined)[]): void {
  // Macro-enabled workbooks are read and written like any other: their macros are not touched.
  const workbookFile = command === "template" ? /\.xlsx$/i : /\.xls[xm]$/i;
  for (const file of files) {
    if (file !== undefined && !workbookFile.test(file))
      throw new UsageError(command === "template" ? "usage.notXlsx" : "usage.notWorkbookName", { file });
  }
}

function orThrow(result: ConnectCommand | UsageProblem): Command {
  if ("usage" in result) throw new UsageError(result.usage, result.params);
  return result;
}

function templateCommand(parsed: Parsed): Command {
  const { values, positionals } = parsed;
  if (values.has("into")) return orThrow(templateIntoCommand(parsed, parseLanguage(values.get("lang"))));
  if (values.has("out") || parsed.flags.has("in-place")) throw new UsageError("usage.templateTarget");
  if (parsed.flags.has("force")) throw new UsageError("usage.forceWithoutOut");
  if (positionals.length > 1) throw new UsageError("usage.extraArgument", { argument: positionals[1] });
  return { kind: "template", out: positionals[0], lang: parseLanguage(values.get("lang")) };
}

function evaluateCommand({ values, flags, positionals }: Parsed): Command {
  const lang = parseLanguage(values.get("lang"));
  const dateText = values.get("date");
  const date = dateText === undefined ? null : excelDayFromIso(dateText);
  if (dateText !== undefined && date === null)
    throw new UsageError(dayFromIso(dateText) === null ? "usage.badDate" : "usage.dateOutOfRange", { value: dateText });
  const out = values.get("out") ?? null;
  const inPlace = flags.has("in-place");
  if (out !== null && inPlace) throw new UsageError("usage.outAndInPlace");
  if (out !== null && positionals.length > 1) throw new UsageError("usage.outWithMany");
  return {
    kind: "evaluate",
    inputs: positionals,
    out,
    inPlace,
    force: flags.has("force"),
    format: outputFormat(values.get("format"), flags.has("json")),
    date,
    lang,
  };
}

function verifyCommand({ values, flags, positionals }: Parsed): Command {
  if (positionals.length > 1) throw new UsageError("usage.extraArgument", { argument: positionals[1] });
  return { kind: "verify", input: positionals[0], json: flags.has("json"), lang: parseLanguage(values.get("lang")) };
}

const BUILDERS: Readonly<Record<CommandName, (parsed: Parsed) => Command>> = {
  evaluate: evaluateCommand,
  template: templateCommand,
  inputs: (parsed) => orThrow(inputsCommand(parsed, parseLanguage(parsed.values.get("lang")))),
  connect: (parsed) => orThrow(connectCommand(parsed, parseLanguage(parsed.values.get("lang")))),
  verify: verifyCommand,
};

function isCommand(value: string): value is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMAND_OPTIONS, value);
}

export function parseArgs(argv: readonly string[]): Command {
  const asked = new Set(tokens(argv).flatMap((token) => (token.kind === "option" ? [token.name] : [])));
  if (asked.has("help")) return { kind: "help" };
  if (asked.has("version")) return { kind: "version" };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("usage.noCommand");
  if (!isCommand(command)) throw new UsageError("usage.unknownCommand", { command });
  const parsed = readOptions(command, rest);
  const into = parsed.values.get("into");
  if (parsed.positionals.length === 0 && into === undefined) throw new UsageError("usage.missingFile", { command });
  // connect's further arguments are NAME=RANGE, not files.
  const files = command === "connect" ? parsed.positionals.slice(0, 1) : parsed.positionals;
  checkFileNames(into === undefined ? command : "evaluate", [...files, into, parsed.values.get("out")]);
  return BUILDERS[command](parsed);
}
