/**
 * One short fingerprint per input (and one for the settings), from the cells behind each defined
 * name, so that a later check can name WHAT changed, where the whole fingerprint of the log only
 * says that something did. The cells are hashed as the workbook holds them (not as the reader
 * typed them): a header renamed or a bad cell retyped is a change too. Only non-empty cells
 * count, at their place within the range, so the two adapters (which may clip trailing empty
 * rows differently) give the same fingerprint.
 */
import { isCellError, type NameSnapshot, type WorkbookSnapshot } from "../cells";
import { Fingerprint } from "../fingerprint";
import { INPUT, INPUT_NAMES } from "../read/names";

/** The settings table has its own fingerprint; every other input name has one each. */
export const SETTINGS_INPUT = INPUT.triggerSettings;
export const FINGERPRINTED_INPUTS: readonly string[] = INPUT_NAMES.filter((name) => name !== SETTINGS_INPUT);

/** Eight hex digits: enough to tell one input's versions apart, short enough to read in the log. */
const SHORT = 8;

export interface InputFingerprints {
  /** By input name, in `FINGERPRINTED_INPUTS` order. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly settings: string;
}

export function nameFingerprint(name: NameSnapshot | undefined): string {
  const h = new Fingerprint();
  if (!name || name.kind === "missing") return h.add("missing").digest().slice(0, SHORT);
  if (name.kind !== "range") return h.add(name.kind).add(name.formula).digest().slice(0, SHORT);
  h.add("range");
  // Plain loops and `addIndex`: a 20k-member roster is 80k cells, each hashed with its place.
  const values = name.range.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // A hole in a sparse row is skipped, as `forEach` skipped it.
      if (cell === null || cell === "" || (cell === undefined && !(c in row))) continue;
      h.addIndex(r).addIndex(c);
      if (typeof cell === "string") h.add("string").add(cell);
      else if (typeof cell === "number")
        h.add("number").addIndex(cell); // dates and tiers: whole numbers
      else if (typeof cell === "boolean") h.add("boolean").add(cell);
      else h.add(typeof cell).add(isCellError(cell) ? cell.error : cell);
    }
  }
  return h.digest().slice(0, SHORT);
}

export function inputFingerprints(snapshot: WorkbookSnapshot): InputFingerprints {
  const inputs: Record<string, string> = {};
  for (const name of FINGERPRINTED_INPUTS) inputs[name] = nameFingerprint(snapshot.names[name]);
  return { inputs, settings: nameFingerprint(snapshot.names[SETTINGS_INPUT]) };
}

/** `BudgetEnvelope=1A2B3C4D PlannedSpend=…`: how the log's column holds them. */
export function inputFingerprintsText(fingerprints: InputFingerprints): string {
  return FINGERPRINTED_INPUTS.map((name) => `${name}=${fingerprints.inputs[name]}`).join(" ");
}

/** The log column's text back as fingerprints by name; names it does not hold are left out. */
export function parseInputFingerprints(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.trim().split(/\s+/)) {
    const match = /^([A-Za-z_][A-Za-z0-9_.]*)=([0-9A-F]+)$/i.exec(part);
    if (match) out[match[1]] = match[2].toUpperCase();
  }
  return out;
}

/**
 * The inputs whose fingerprint differs from the logged one (settings as `TriggerSettings`), in
 * the contract's order. An input the logged text does not name is not compared.
 */
export function changedInputs(
  logged: { readonly inputFingerprints?: Readonly<Record<string, string>>; readonly settingsFingerprint?: string },
  now: InputFingerprints,
): string[] {
  const inputs = logged.inputFingerprints ?? {};
  const changed = FINGERPRINTED_INPUTS.filter((name) => inputs[name] !== undefined && inputs[name] !== now.inputs[name]);
  const settings = (logged.settingsFingerprint ?? "").toUpperCase();
  if (settings !== "" && settings !== now.settings) changed.push(SETTINGS_INPUT);
  return changed;
}

/** Whether a logged row records per-input fingerprints at all (older logs do not). */
export function hasInputFingerprints(logged: {
  readonly inputFingerprints?: Readonly<Record<string, string>>;
  readonly settingsFingerprint?: string;
}): boolean {
  return Object.keys(logged.inputFingerprints ?? {}).length > 0 || (logged.settingsFingerprint ?? "") !== "";
}
