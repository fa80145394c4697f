/**
 * The column grid of the `MVSP Triggers` sheet. The sheet prints A4 landscape at one explicit
 * scale (`SUMMARY_SCALE`): its first page is what the Board reads (outcome, changes, the eight
 * indicators, the legend, the sign-off lines), the key figures, settings, history and problems
 * follow on the next page(s). Each column therefore serves one block per band:
 *
 *   col  width  first page               figures band (page 2)     history band
 *   A    32     labels / indicator       key-figure label / lists  date
 *   B    9      measured value           key-figure value (B:C)    met
 *   C    9      met when                                           active members
 *   D    9      near from                chart (D:G)               new members
 *   E    15     status                                             spend over envelope
 *   F    14     margin in words                                    deficit quarters
 *   G    13     previous → now*                                    core service cost
 *   H    11     explanation (H:L)        setting label (H:J)
 *   I    11     count labels (H:K)
 *   J    11
 *   K    10                              setting value (K:L)
 *   L    12     count values
 *
 *   * only when there is a previous evaluation; otherwise the explanation spans G:L.
 *   Problems span the whole width under the history.
 *
 * Total 156 characters: 864 pt at 100 %, so 85 % fits the 741 pt of A4 landscape inside
 * Excel's normal margins, and 11 pt text prints at 9.35 pt (the Board's page: at least 9 pt).
 */
import type { KeyOf } from "../i18n";
import { wrappedLines, type SheetBuilder } from "./layout";
import { S } from "./styles";
import type { PlanValue } from "./types";

export const COL = {
  label: 0,
  value: 1,
  threshold: 2,
  nearFrom: 3,
  status: 4,
  margin: 5,
  previous: 6,
  explanation: 7,
  figureValue: 1,
  chart: 3,
  settingLabel: 7,
  settingValue: 10,
  trendDate: 0,
  side: 7,
  sideValue: 11,
} as const;

export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [32, 9, 9, 9, 15, 14, 13, 11, 11, 11, 10, 12];
/** The summary prints at this percentage: 11 pt text at 9.35 pt, the columns one page wide. */
export const SUMMARY_SCALE = 85;

export const LAST_COL = SUMMARY_COLUMN_WIDTHS.length - 1;

export const DASH = "–";

export type Cell = { value: PlanValue; style?: string; link?: string };
export type T = (key: KeyOf<"report">, params?: Readonly<Record<string, string | number>>) => string;

export function put(b: SheetBuilder, row: number, col: number, cell: Cell): void {
  b.put(row, col, cell.value, cell.style, cell.link ? { link: cell.link } : {});
}

/** Styled empty cells, so fills and rules run across a merged or multi-column band. */
export function fill(count: number, style: string): Cell[] {
  return Array.from({ length: count }, () => ({ value: null, style }));
}

/**
 * Makes `row` tall enough for `text` in `cols` columns from `col`, counting a little more
 * conservatively than `fitText` (an indent, bold type): on the printed page a row one line
 * short hides text, one line too tall only costs a little air.
 */
export function fitLoosely(b: SheetBuilder, row: number, col: number, text: string, cols = 1): void {
  const width = SUMMARY_COLUMN_WIDTHS.slice(col, col + cols).reduce((x, y) => x + y, 0);
  const lines = wrappedLines(text, Math.max(1, Math.floor(width * 0.95)));
  if (lines > 1) b.setHeight(row, lines * 15);
}

/** Writes `text` in `cols` merged cells of `style` from `col`, and makes the row tall enough. */
export function spanText(b: SheetBuilder, row: number, col: number, cols: number, text: string, style: string): void {
  put(b, row, col, { value: text, style });
  for (let c = col + 1; c < col + cols; c++) put(b, row, c, { value: null, style });
  if (cols > 1) b.merge(row, col, cols);
  b.fitText(row, col, text, cols);
}

/** A thin spacer row between bands: white space that costs little height on the page. */
export function gap(b: SheetBuilder): void {
  b.setHeight(b.row, 6);
  b.skip();
}

/** A band's heading across A:G, and optionally another across H:L. */
export function bandHeadings(b: SheetBuilder, left: string, right?: string): number {
  const split = COL.settingLabel;
  const row = b.line([
    { value: left, style: S.subtitle },
    ...fill((right === undefined ? LAST_COL + 1 : split) - 1, S.subtitle),
    ...(right === undefined ? [] : [{ value: right, style: S.subtitle }, ...fill(LAST_COL - split, S.subtitle)]),
  ]);
  b.setHeight(row, 22);
  return row;
}

/** Height in points of rows `first`..`last`. */
export function heightOf(b: SheetBuilder, first: number, last: number): number {
  let total = 0;
  for (let r = first; r <= last; r++) total += b.heightOf(r);
  return total;
}
