/**
 * The `Inputs` template: every input of the SPEC as a labelled, named, validated block, filled
 * with example data shaped like the 2026 paper (see example-data.ts), and a status cell beside
 * each indicator. Table inputs are Excel tables of the input's name (they grow as rows are typed
 * below them); single-cell inputs and the PlannedSpend column are defined names. The member
 * roster comes last because it is the table that grows most.
 */
import type { WorkbookSnapshot } from "../cells";
import { translate, type KeyOf } from "../i18n";
import { type Category, type Language, type Problem } from "../model";
import { BOARD_FACTORS, INDICATORS } from "../indicators";
import { INPUT } from "../read/input-names";
import { categoryName, indicatorName, statusWords } from "../text";
import {
  EXAMPLE_ASSESSMENTS,
  EXAMPLE_CASH_FLOW,
  EXAMPLE_ENVELOPE,
  EXAMPLE_EVALUATION_DATE,
  EXAMPLE_OPENING_BALANCE,
  EXAMPLE_PLANNED_SPEND,
  EXAMPLE_SERVICES,
  exampleRoster,
} from "./example-data";
import { SheetBuilder, blockPageBreaks, pageHeightAtWidth, widthScale, workbookSerial } from "./layout";
import { sheetExistsConflict } from "./ownership";
import { TEMPLATE_SHEET_ALTERNATIVES, templateSheetName } from "./template-sheet-name";
import { SETTING_KEYS, settingInputCell, yesNo } from "./settings-text";
import { statusName } from "./status-cells";
import { S } from "./styles";
import { type PlanName, type PlanRect, type PlanTable, type PlanValidation, type PlanValue, type SheetPlan } from "./types";

/** Inputs named by `single` and `table`, each with its `name.*` comment. */
type NamedInput = Extract<KeyOf<"report">, `name.${string}`> extends `name.${infer N}` ? N : never;
type HeaderId = Extract<KeyOf<"report">, `header.${string}`> extends `header.${infer H}` ? H : never;

/**
 * The last column is wide so that descriptions and evidence take one or two lines: the sheet
 * then prints on landscape pages, each section kept whole, at the scale its width sets.
 */
export const TEMPLATE_COLUMN_WIDTHS: readonly number[] = [44, 16, 16, 90];
const LAST_COL = TEMPLATE_COLUMN_WIDTHS.length - 1;
/**
 * Landscape: the four columns (166 characters) then print at 80 %, 11 pt text at about 9 pt;
 * portrait would shrink them to about 52 % (under 6 pt).
 */
const TEMPLATE_ORIENTATION = "landscape";

/** The input names the template defines (the roster stands in for the three count cells). */
export const TEMPLATE_INPUT_NAMES = [
  INPUT.evaluationDate,
  INPUT.budgetEnvelope,
  INPUT.plannedSpend,
  INPUT.cashOpeningBalance,
  INPUT.cashFlow,
  INPUT.coreServiceCosts,
  INPUT.externalFactors,
  INPUT.triggerSettings,
  INPUT.memberRoster,
] as const;

type Cell = { value: PlanValue; style?: string; note?: string };

/** A light built-in style: the input cells keep Excel's orange "Input" look over its banding. */
export const TEMPLATE_TABLE_STYLE = "TableStyleLight1";

class TemplateBuilder {
  readonly b = new SheetBuilder(TEMPLATE_COLUMN_WIDTHS);
  readonly names: PlanName[] = [];
  /** Table inputs: Excel tables of the input's name, which grow as rows are typed below them. */
  readonly tables: PlanTable[] = [];
  readonly validations: PlanValidation[] = [];

  constructor(
    readonly lang: Language,
    readonly date1904: boolean,
    readonly sheet: string,
  ) {}

  t(key: KeyOf<"report">, params: Readonly<Record<string, string | number>> = {}): string {
    return translate(this.lang, "report", key, params);
  }

  date(day: number): number {
    return workbookSerial(day, this.date1904);
  }

  name(name: string, range: PlanRect, comment: string): void {
    this.names.push({ name, sheet: this.sheet, range, comment });
  }

  /** The first row of each section: page breaks fall only there. */
  readonly sectionStarts: number[] = [];
  /** The member roster's header row, repeated on every printed page the roster runs over. */
  rosterHeader = 0;

  heading(text: string): void {
    this.sectionStarts.push(this.b.row);
    const row = this.b.line([
      { value: text, style: S.subtitle },
      ...Array.from({ length: LAST_COL }, () => ({ value: null, style: S.subtitle })),
    ]);
    this.b.setHeight(row, 22);
  }

  label(text: string): void {
    const row = this.b.line([{ value: text, style: S.label }]);
    this.b.fitText(row, 0, text);
  }

  /** `label | input` on one row, the input named `name`. */
  single(name: NamedInput, label: string, cell: Cell, validation?: PlanValidation["kind"]): void {
    const row = this.b.line([{ value: label, style: S.label }, cell]);
    this.b.fitText(row, 0, label);
    const range = { row, col: 1, rows: 1, cols: 1 };
    this.name(name, range, this.t(`name.${name}`));
    if (validation === "date" || validation === "nonNegative") this.validations.push({ kind: validation, range });
  }

  /** An Excel table of the input's name over header + data, from column A. */
  excelTable(name: string, headerRow: number, columns: readonly string[], dataRows: number): void {
    this.tables.push({
      name,
      range: { row: headerRow, col: 0, rows: dataRows + 1, cols: columns.length },
      columns,
      style: TEMPLATE_TABLE_STYLE,
    });
  }

  /** A table with its header row; returns the first data row. The Excel table covers header + data. */
  table(name: string, headers: readonly { text: string; note: string }[], rows: readonly (readonly Cell[])[]): number {
    const headerRow = this.b.line(headers.map((h) => ({ value: h.text, style: S.header, note: h.note })));
    headers.forEach((h, col) => this.b.fitText(headerRow, col, h.text));
    for (const cells of rows) {
      const row = this.b.line(cells);
      cells.forEach((c, col) => {
        if (typeof c.value === "string" && (c.style === S.inputWrap || c.style === S.wrap)) this.b.fitText(row, col, c.value);
      });
    }
    this.excelTable(
      name,
      headerRow,
      headers.map((h) => h.text),
      rows.length,
    );
    return headerRow + 1;
  }

  validate(kind: "date" | "nonNegative", row: number, col: number, rows: number): void {
    this.validations.push({ kind, range: { row, col, rows, cols: 1 } });
  }

  /** Indicator | Status rows for one category, each status cell named `Status_<id>`. */
  statusRows(category: Category): void {
    this.b.line([
      { value: this.t("template.col.indicator"), style: S.header },
      { value: this.t("template.col.status"), style: S.header },
    ]);
    for (const { id } of INDICATORS.filter((i) => i.category === category)) {
      const text = indicatorName(id, this.lang);
      const row = this.b.line([
        { value: text, style: S.indented },
        { value: null, style: S.statusPending, note: this.t("template.statusNote", statusWords(this.lang)) },
      ]);
      this.b.fitText(row, 0, text + "  ");
      this.name(statusName(id), { row, col: 1, rows: 1, cols: 1 }, this.t("name.status", { indicator: text }));
    }
    this.b.skip();
  }
}

function header(t: TemplateBuilder, key: HeaderId, note = ""): { text: string; note: string } {
  return { text: t.t(`header.${key}`), note };
}

function titleBlock(t: TemplateBuilder): void {
  t.b.line([{ value: t.t("template.title"), style: S.title }]);
  t.b.setHeight(0, 24);
  const intro = t.t("template.intro");
  const row = t.b.line([{ value: intro, style: S.wrap }]);
  t.b.merge(row, 0, LAST_COL + 1);
  t.b.fitText(row, 0, intro, LAST_COL + 1);
  t.b.skip();
}

function evaluationSection(t: TemplateBuilder): void {
  t.heading(t.t("template.section.evaluation"));
  t.single(
    "EvaluationDate",
    t.t("template.evaluationDate"),
    { value: t.date(EXAMPLE_EVALUATION_DATE), style: S.inputDate, note: t.t("template.evaluationDate.note") },
    "date",
  );
  t.b.skip();
}

function financeSection(t: TemplateBuilder): void {
  t.heading(categoryName("finance", t.lang));
  t.statusRows("finance");

  t.single(
    "BudgetEnvelope",
    t.t("template.budgetEnvelope"),
    { value: EXAMPLE_ENVELOPE, style: S.inputAmount, note: t.t("template.budgetEnvelope.note") },
    "nonNegative",
  );
  t.b.skip();

  // PlannedSpend is the amounts column only: its header would be a non-number in the sum.
  t.label(t.t("template.plannedSpend"));
  t.b.line([
    { value: t.t("header.budgetLine"), style: S.header },
    { value: t.t("header.plannedAmount"), style: S.header, note: t.t("template.plannedSpend.note") },
  ]);
  const first = t.b.row;
  for (const { line, amount } of EXAMPLE_PLANNED_SPEND) {
    t.b.line([
      { value: t.t(`example.budgetLine.${line}`), style: S.inputText },
      { value: amount, style: S.inputAmount },
    ]);
  }
  const spendRange = { row: first, col: 1, rows: EXAMPLE_PLANNED_SPEND.length, cols: 1 };
  t.name("PlannedSpend", spendRange, t.t("name.PlannedSpend"));
  t.validations.push({ kind: "nonNegative", range: spendRange });
  t.b.skip();

  t.single("CashOpeningBalance", t.t("template.cashOpeningBalance"), {
    value: EXAMPLE_OPENING_BALANCE,
    style: S.inputAmount,
    note: t.t("template.cashOpeningBalance.note"),
  });
  t.label(t.t("template.cashFlow"));
  const cashNote = t.t("template.cashFlow.note");
  const cashFirst = t.table(
    INPUT.cashFlow,
    [header(t, "quarter", cashNote), header(t, "inflows", cashNote), header(t, "outflows", cashNote)],
    EXAMPLE_CASH_FLOW.map((q) => [
      { value: t.t("example.quarter", { year: q.year, n: q.n }), style: S.inputText },
      { value: q.inflows, style: S.inputAmount },
      { value: q.outflows, style: S.inputAmount },
    ]),
  );
  t.validate("nonNegative", cashFirst, 1, EXAMPLE_CASH_FLOW.length);
  t.validate("nonNegative", cashFirst, 2, EXAMPLE_CASH_FLOW.length);
  t.b.skip();

  t.label(t.t("template.coreServices"));
  const serviceNote = t.t("template.coreServices.note");
  const serviceFirst = t.table(
    "CoreServiceCosts",
    [header(t, "service", serviceNote), header(t, "currentCost", serviceNote), header(t, "historicalAverage", serviceNote)],
    EXAMPLE_SERVICES.map((s) => [
      { value: t.t(`example.service.${s.service}`), style: S.inputText },
      { value: s.current, style: S.inputAmount },
      { value: s.historical, style: S.inputAmount },
    ]),
  );
  t.validate("nonNegative", serviceFirst, 1, EXAMPLE_SERVICES.length);
  t.validate("nonNegative", serviceFirst, 2, EXAMPLE_SERVICES.length);
  t.b.skip();
}

function externalSection(t: TemplateBuilder): void {
  t.heading(categoryName("external", t.lang));
  t.statusRows("external");
  t.label(t.t("template.external"));
  const note = t.t("template.external.note");
  const factors = BOARD_FACTORS.map(({ indicator, factor: id }) => {
    const assessment = EXAMPLE_ASSESSMENTS[id];
    return [
      { value: indicatorName(indicator, t.lang), style: S.inputWrap },
      { value: id, style: S.inputText },
      { value: assessment === null ? null : yesNo(assessment, t.lang), style: S.inputText },
      { value: id === "E1" ? t.t("example.evidence.E1") : null, style: S.inputWrap },
    ];
  });
  // Factor first: it is the long text and gets the wide column.
  const first = t.table(
    INPUT.externalFactors,
    [header(t, "factor", note), header(t, "id", note), header(t, "assessment", note), header(t, "evidence", note)],
    factors,
  );
  t.validations.push({
    kind: "list",
    range: { row: first, col: 2, rows: factors.length, cols: 1 },
    values: [yesNo(true, t.lang), yesNo(false, t.lang)],
  });
  t.b.skip();
}

function settingsSection(t: TemplateBuilder): void {
  t.heading(t.t("template.section.settings"));
  const intro = t.t("template.settings.intro");
  const introRow = t.b.line([{ value: intro, style: S.wrap }]);
  t.b.merge(introRow, 0, LAST_COL + 1);
  t.b.fitText(introRow, 0, intro, LAST_COL + 1);
  const headerRow = t.b.line([
    { value: t.t("header.key"), style: S.header },
    { value: t.t("header.value"), style: S.header },
    { value: t.t("template.col.description"), style: S.header },
    { value: null, style: S.header },
  ]);
  t.b.merge(headerRow, 2, 2);
  for (const key of SETTING_KEYS) {
    const row = t.b.row;
    // Value and validation from the settings' definitions; warning levels blank, so they follow their trigger.
    const input = settingInputCell(key, { row, col: 1, rows: 1, cols: 1 }, t.lang);
    if (input.validation) t.validations.push(input.validation);
    const cell: Cell = { value: input.value, style: input.style };
    const description = t.t(`setting.${key}`);
    t.b.line([
      { value: key, style: S.text },
      { ...cell, note: description },
      { value: description, style: S.wrap },
      { value: null, style: S.wrap },
    ]);
    t.b.merge(row, 2, 2);
    t.b.fitText(row, 2, description, 2);
  }
  // Key | Value only: the descriptions beside it are merged cells, which a table cannot hold.
  t.excelTable(INPUT.triggerSettings, headerRow, [t.t("header.key"), t.t("header.value")], SETTING_KEYS.length);
  t.b.skip();
}

function membershipSection(t: TemplateBuilder): void {
  t.heading(categoryName("membership", t.lang));
  t.statusRows("membership");
  t.label(t.t("template.roster"));
  const note = t.t("template.roster.note");
  const roster = exampleRoster();
  t.rosterHeader = t.b.row;
  const first = t.table(
    INPUT.memberRoster,
    [header(t, "organisation", note), header(t, "tier", note), header(t, "joined", note), header(t, "left", note)],
    roster.map((m) => [
      { value: t.t(`example.org.${m.type}`, { place: m.place }), style: S.inputText },
      { value: m.tier, style: S.inputCount },
      { value: t.date(m.joined), style: S.inputDate },
      { value: m.left === null ? null : t.date(m.left), style: S.inputDate },
    ]),
  );
  t.validations.push({ kind: "wholeNumber", range: { row: first, col: 1, rows: roster.length, cols: 1 }, min: 1, max: 9 });
  t.validate("date", first, 2, roster.length);
  t.validate("date", first, 3, roster.length);
}

function templateNotNeeded(): Problem {
  return { severity: "error", code: "templateNotNeeded", name: "", cell: "", params: {} };
}

/**
 * The template's sheet and names. With a snapshot, a name the workbook already defines (even
 * broken) is left alone: the user's names are never repointed.
 */
export function buildTemplateSheet(
  lang: Language,
  snapshot: WorkbookSnapshot | null,
): { sheet: SheetPlan; names: PlanName[] } | { conflicts: Problem[] } {
  const taken = (name: string) => {
    const existing = snapshot?.names[name];
    return existing !== undefined && existing.kind !== "missing";
  };
  const sheetName = templateSheetName(snapshot);
  if (sheetName === null) return { conflicts: [sheetExistsConflict(TEMPLATE_SHEET_ALTERNATIVES[TEMPLATE_SHEET_ALTERNATIVES.length - 1])] };
  const t = new TemplateBuilder(lang, snapshot?.date1904 ?? false, sheetName);
  titleBlock(t);
  evaluationSection(t);
  financeSection(t);
  externalSection(t);
  settingsSection(t);
  membershipSection(t);
  const lastRow = t.b.row - 1;
  const paging = blockPageBreaks(
    t.sectionStarts,
    lastRow,
    (row) => t.b.heightOf(row),
    pageHeightAtWidth(TEMPLATE_COLUMN_WIDTHS, TEMPLATE_ORIENTATION),
    t.b.heightOf(t.rosterHeader),
  );
  // A table and a defined name share one namespace: neither repoints the user's own name.
  const names = t.names.filter((n) => !taken(n.name));
  const tables = t.tables.filter((table) => !taken(table.name));
  // Every input already there: a second copy of the example data would only mislead.
  if (snapshot && TEMPLATE_INPUT_NAMES.every(taken)) return { conflicts: [templateNotNeeded()] };
  return {
    sheet: {
      name: sheetName,
      role: "inputs",
      mode: "create",
      cells: t.b.cells,
      columnWidths: TEMPLATE_COLUMN_WIDTHS,
      rowHeights: t.b.rowHeights(),
      merges: t.b.merges,
      freezeRows: 1,
      validations: t.validations,
      tables,
      showGridLines: true,
      activate: true,
      print: {
        orientation: TEMPLATE_ORIENTATION,
        paperSize: "A4",
        fitToWidth: 1,
        fitToHeight: paging.pages,
        // Printed at the width's scale so that the breaks between sections hold.
        scale: widthScale(TEMPLATE_COLUMN_WIDTHS, TEMPLATE_ORIENTATION),
        headerCenter: t.t("template.title"),
        footerLeft: sheetName,
        footerRight: t.t("print.page"),
        // The page header names the sheet; the roster, which grows, keeps its column headers on every page.
        repeatRows: { first: t.rosterHeader, last: t.rosterHeader },
        rowBreaks: paging.breaks,
      },
    },
    names,
  };
}
