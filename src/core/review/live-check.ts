/**
 * The summary's live check: ordinary formulas over the named inputs that a spreadsheet
 * recalculates by itself, add-in or not. For each input, a few figures are recorded when the
 * evaluation is planned (counts, sums, text lengths, first letters, TRUE cells) and the formula
 * compares the workbook's current figures with them; when any differs, the summary's first line
 * says "Inputs changed since this evaluation: evaluate again", else it is empty.
 *
 * What the figures see: a number or a date changed (COUNT, SUM), a row added or removed (COUNT,
 * SUM or the text figures of its cells), a text whose length changes (LEN), a Yes/No typed as
 * text (LEN, or its first letter: Oui/Non and Sí/No have the same length) or as a boolean (the
 * TRUE count). A text edited to the same length and first letter is not seen: the per-input
 * fingerprints of the log, which `verify` and the task pane compare, still see it.
 *
 * Excel and LibreOffice differ on booleans: Excel leaves them out of COUNT and SUM and `=TRUE`
 * matches booleans only, while LibreOffice stores them as the numbers 1 and 0. Where an input
 * holds booleans or ones, each figure therefore accepts either engine's value, so that an
 * unchanged workbook says nothing in both.
 *
 * Formulas are written as Excel's English formula bar shows them (`UNICODE`, comma separators),
 * without the leading `=`; the package writer stores future functions with their `_xlfn.` prefix.
 * An Excel table input is referred to as `Name[]` (its data rows: it follows rows added to the
 * table), a plain name by itself.
 */
import { isCellError, UNCALCULATED, type NameSnapshot, type WorkbookSnapshot } from "../cells";
import { INPUT_NAMES } from "../read/names";

/** What one input's cells add up to, in each engine's reading of booleans. */
export interface InputFigures {
  readonly name: string;
  /** `BudgetEnvelope` or `MemberRoster[]`. */
  readonly reference: string;
  /** An input holding an error value: the check only sees the error go away. */
  readonly hasError: boolean;
  readonly count: readonly number[];
  readonly sum: readonly number[];
  /** Sum of the magnitudes, which sizes the tolerance on `sum` (float sums differ in the last bits between engines). */
  readonly magnitude: number;
  readonly textLength: number;
  readonly firstLetters: number;
  readonly trues: readonly number[];
}

const distinct = (a: number, b: number): number[] => (a === b ? [a] : [a, b]);

export function inputFigures(inputName: string, name: NameSnapshot | undefined): InputFigures | null {
  if (!name || name.kind !== "range") return null;
  // The cells the formula's reference covers: a table's data rows (not its header), or the whole named range.
  const rows = name.range.values;
  let numbers = 0;
  let total = 0;
  let magnitude = 0;
  let booleans = 0;
  let trueCells = 0;
  let ones = 0;
  let textLength = 0;
  let firstLetters = 0;
  let hasError = false;
  // Row by row in place: no flattened copy of a 20k-member roster, no string per text cell.
  for (let r = name.source === "table" ? 1 : 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined) continue;
      if (typeof cell === "number") {
        numbers++;
        total += cell;
        magnitude += Math.abs(cell);
        if (cell === 1) ones++;
      } else if (typeof cell === "boolean") {
        booleans++;
        if (cell) trueCells++;
      } else if (typeof cell === "string") {
        textLength += cell.length;
        // UNICODE(text & " "): the first character's code point, a space for an empty text.
        firstLetters += cell.length === 0 ? 32 : (cell.codePointAt(0) as number);
      } else {
        // A formula never calculated: what a spreadsheet makes of it is unknown here, so no figure can be recorded.
        if (isCellError(cell) && cell.error === UNCALCULATED.error) return null;
        hasError = true;
      }
    }
  }
  return {
    name: inputName,
    reference: name.source === "table" ? `${inputName}[]` : inputName,
    hasError,
    count: distinct(numbers, numbers + booleans),
    sum: distinct(total, total + trueCells),
    magnitude,
    textLength,
    firstLetters,
    trues: distinct(trueCells, trueCells + ones),
  };
}

/** Every input the workbook has as a range, in the contract's order. */
export function liveCheckFigures(snapshot: WorkbookSnapshot): InputFigures[] {
  return INPUT_NAMES.map((name) => inputFigures(name, snapshot.names[name])).filter((f): f is InputFigures => f !== null);
}

/** A number as a formula literal: shortest round trip, exponent in capitals (`1E-9`). */
function literal(n: number): string {
  return String(n).toUpperCase();
}

/** `expression` differs from every accepted value. */
function differs(expression: string, accepted: readonly number[]): string {
  const tests = accepted.map((v) => `${expression}<>${literal(v)}`);
  return tests.length === 1 ? tests[0] : `AND(${tests.join(",")})`;
}

/** `expression` is further than `tolerance` from every accepted value. */
function farFrom(expression: string, accepted: readonly number[], tolerance: number): string {
  const tests = accepted.map((v) => `ABS(${expression}-${literal(v)})>${literal(tolerance)}`);
  return tests.length === 1 ? tests[0] : `AND(${tests.join(",")})`;
}

/** True (in the spreadsheet) when the input's cells no longer add up to the recorded figures. */
export function inputChangedFormula(f: InputFigures): string {
  const r = f.reference;
  if (f.hasError) return `NOT(ISERROR(SUM(${r})))`;
  // Sums of thousands of amounts differ between engines in their last bits, never by a billionth of their size.
  const tolerance = Math.max(1e-9, f.magnitude * 1e-9);
  return `OR(${[
    differs(`COUNT(${r})`, f.count),
    farFrom(`SUM(${r})`, f.sum, tolerance),
    differs(`SUMPRODUCT(ISTEXT(${r})*LEN(${r}))`, [f.textLength]),
    differs(`SUMPRODUCT(ISTEXT(${r})*UNICODE(${r}&" "))`, [f.firstLetters]),
    differs(`SUMPRODUCT(--(${r}=TRUE))`, f.trues),
  ].join(",")})`;
}

/** A text literal inside a formula: quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The whole check: `message` when any input changed (or can no longer be read: a deleted name
 * is `#NAME?`), else empty text. Null when the workbook has no input to watch.
 */
export function liveCheckFormula(figures: readonly InputFigures[], message: string): string | null {
  if (figures.length === 0) return null;
  return `IF(IFERROR(OR(${figures.map(inputChangedFormula).join(",")}),TRUE),${textLiteral(message)},"")`;
}
