/**
 * The grammar of `inputs`, `connect` and `template --into`: connecting a workbook's own cells.
 * A mistake comes back as a usage problem (catalogue key and parameters) that `args.ts` throws.
 */
import type { CliKey } from "../core/i18n/cli-catalogue";
import type { Language } from "../core/model";

/** One `NAME=RANGE` of `connect`: the range as written (`'Members 2026'!A1:D80`, `Table1`). */
export interface Assignment {
  readonly name: string;
  readonly range: string;
}

export type ConnectCommand =
  | { readonly kind: "inputs"; readonly book: string; readonly json: boolean; readonly lang: Language | null }
  | {
      readonly kind: "connect";
      readonly book: string;
      readonly assignments: readonly Assignment[];
      readonly out: string | null;
      readonly inPlace: boolean;
      /** `--force`: `--out` may replace an existing file. */
      readonly force: boolean;
      readonly lang: Language | null;
    }
  | {
      readonly kind: "templateInto";
      readonly book: string;
      readonly out: string | null;
      readonly inPlace: boolean;
      /** `--force`: `--out` may replace an existing file. */
      readonly force: boolean;
      readonly lang: Language | null;
    };

export interface UsageProblem {
  readonly usage: CliKey;
  readonly params?: Readonly<Record<string, string>>;
}

/** The arguments after the command, as `args.ts` read them. */
export interface ConnectArguments {
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/** `--out` or `--in-place`, exactly one: these commands exist to change a workbook. */
function target(parsed: ConnectArguments, missing: CliKey): { out: string | null; inPlace: boolean; force: boolean } | UsageProblem {
  const out = parsed.values.get("out") ?? null;
  const inPlace = parsed.flags.has("in-place");
  const force = parsed.flags.has("force");
  if (out !== null && inPlace) return { usage: "usage.outAndInPlace" };
  if (out === null && !inPlace) return { usage: missing };
  if (force && out === null) return { usage: "usage.forceWithoutOut" };
  return { out, inPlace, force };
}

export function inputsCommand(parsed: ConnectArguments, lang: Language | null): ConnectCommand | UsageProblem {
  if (parsed.positionals.length > 1) return { usage: "usage.extraArgument", params: { argument: parsed.positionals[1] } };
  return { kind: "inputs", book: parsed.positionals[0], json: parsed.flags.has("json"), lang };
}

export function connectCommand(parsed: ConnectArguments, lang: Language | null): ConnectCommand | UsageProblem {
  const [book, ...rest] = parsed.positionals;
  if (rest.length === 0) return { usage: "usage.connectNothing" };
  const assignments: Assignment[] = [];
  for (const argument of rest) {
    const eq = argument.indexOf("=");
    const name = eq < 0 ? "" : argument.slice(0, eq).trim();
    const range = eq < 0 ? "" : argument.slice(eq + 1).trim();
    if (name === "" || range === "") return { usage: "usage.connectArgument", params: { argument } };
    assignments.push({ name, range });
  }
  const where = target(parsed, "usage.connectTarget");
  if ("usage" in where) return where;
  return { kind: "connect", book, assignments, ...where, lang };
}

export function templateIntoCommand(parsed: ConnectArguments, lang: Language | null): ConnectCommand | UsageProblem {
  if (parsed.positionals.length > 0) return { usage: "usage.extraArgument", params: { argument: parsed.positionals[0] } };
  const where = target(parsed, "usage.templateTarget");
  if ("usage" in where) return where;
  return { kind: "templateInto", book: parsed.values.get("into") as string, ...where, lang };
}
