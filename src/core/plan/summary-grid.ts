/**
 * The column grid of the `MVSP Triggers` sheet. The sheet must print on ONE landscape page at a
 * readable scale, so it is laid out in bands: the indicator table across the whole width, then
 * blocks side by side below it. Each column therefore serves one block per band:
 *
 *   col  width  top block      indicator table  figures band          history band
 *   A    40     labels         indicator        key-figure label      date
 *   B    13     date           measured value   key-figure value      met
 *   C    16     quarter        met when         quarter  } chart      active members
 *   D    15     changes (D..J) near from        balance  } under the  new members
 *   E    17                    status           service  } two lists  spend over envelope
 *   F    19                    margin           variance }  (C..F)    deficit quarters
 *   G    16                    previous → now*  setting label (G..J)  core service cost
 *   H    11                    explanation                            problem: cell
 *   I    14                    (H..L merged)                          problem: severity
 *   J    14                                                           problem: message (J..L)
 *   K    24     count labels                    setting value (K..L)
 *   L    11     count values
 *
 *   * only when there is a previous evaluation; otherwise the explanation spans G..L.
 *   Problems printed after the page span the whole width.
 *
 * Total 210 characters: about 1,140 pt, printed at ~65 % on A4 landscape (741 pt wide inside
 * Excel's normal margins), which is also about what the height needs.
 */
import type { KeyOf } from "../i18n";
import type { SheetBuilder } from "./layout";
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
  quarter: 2,
  balance: 3,
  service: 4,
  variance: 5,
  history: 6,
  settingLabel: 6,
  settingValue: 10,
  trendDate: 0,
  trendChart: 7,
  side: 10,
  sideValue: 11,
} as const;

export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [40, 13, 16, 15, 17, 19, 16, 11, 14, 14, 24, 11];
export const LAST_COL = SUMMARY_COLUMN_WIDTHS.length - 1;
/** Columns of the left-hand blocks of the bands (A..F) and of the right-hand ones (G..L). */
export const LEFT = { col: 0, cols: COL.history } as const;
export const RIGHT = { col: COL.history, cols: LAST_COL + 1 - COL.history } as const;

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
