/**
 * The browser check's stand-in for Office: served in place of `office-js/office.js`, it installs
 * the strict Office.js fake on `window` over a small workbook, before the task pane's bundle runs.
 * `?theme=dark` gives Office a dark body background; `?lang=fr-FR` its display language;
 * `?workbook=empty` a new workbook with one blank sheet (the pane's first run).
 */
import { FakeWorkbook, installOfficeFake } from "../support/office-fake";

const DATE = "yyyy-mm-dd";
/** 1900-system serials. */
const DAY = {
  joinedLongAgo: 43466 /* 2019-01-01 */,
  joinedThisYear: 46054 /* 2026-02-01 */,
  leftThisYear: 46174 /* 2026-06-01 */,
  evaluation: 46295 /* 2026-09-30 */,
};

function exampleWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Budget");
  book.put("Budget", "A1", [["Budget 2026"]]);
  book.put("Inputs", "A1", [["Input", "Value"]]);
  book.put("Inputs", "A2", [["Budget envelope"], ["Planned spend"], ["Cash opening balance"], ["Evaluation date"]]);
  book.put("Inputs", "B2", [[3_080_000], [3_800_000], [150_000]], "#,##0");
  book.put("Inputs", "B5", [[DAY.evaluation]], DATE);
  book.defineName("BudgetEnvelope", "=Inputs!$B$2");
  book.defineName("PlannedSpend", "=Inputs!$B$3");
  book.defineName("CashOpeningBalance", "=Inputs!$B$4");
  book.defineName("EvaluationDate", "=Inputs!$B$5");

  book.put("Inputs", "D1", [
    ["Quarter", "Inflows", "Outflows"],
    ["2026 Q4", 700_000, 760_000],
    ["2027 Q1", 900_000, 800_000],
    ["2027 Q2", 600_000, 800_000],
    ["2027 Q3", 900_000, 700_000],
  ]);
  book.defineName("CashFlow", "=Inputs!$D$1:$F$5");

  // 68 active members, two Tier 1 members lost this year, one newcomer.
  const roster: (string | number | null)[][] = [["Organisation", "Tier", "Joined", "Left"]];
  for (let i = 1; i <= 67; i++) roster.push([`Member ${i}`, i <= 10 ? 1 : 2, DAY.joinedLongAgo, null]);
  roster.push(["Newcomer", 3, DAY.joinedThisYear, null]);
  roster.push(["Former A", 1, DAY.joinedLongAgo, DAY.leftThisYear]);
  roster.push(["Former B", 1, DAY.joinedLongAgo, DAY.leftThisYear]);
  book.put("Inputs", "H1", roster);
  book.put(
    "Inputs",
    "J2",
    roster.slice(1).map((r) => [r[2]]),
    DATE,
  );
  book.put(
    "Inputs",
    "K2",
    roster.slice(1).map((r) => [r[3]]),
    DATE,
  );
  book.defineName("MemberRoster", `=Inputs!$H$1:$K$${roster.length}`);

  book.put("Inputs", "M1", [
    ["Service", "Current cost", "Historical average"],
    ["Registry", 420_000, 400_000],
    ["Datastore", 380_000, 350_000],
  ]);
  book.defineName("CoreServiceCosts", "=Inputs!$M$1:$O$3");

  book.put("Inputs", "Q1", [
    ["ID", "Factor", "Assessment", "Evidence"],
    ["E1", "Significant external funding lost or delayed", "Yes", null],
    ["E2", "Global political shifts reduce relevance", "No", "Board minutes, June 2026"],
    ["E3", "Evaluations call for prioritisation", null, null],
  ]);
  book.defineName("ExternalFactors", "=Inputs!$Q$1:$T$4");
  book.activeSheet = "Budget";
  return book;
}

function emptyWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  return book;
}

/**
 * A budget workbook being connected: BudgetEnvelope connected, CashOpeningBalance on a cell
 * holding text (a problem), the other inputs missing; the selection on two cells.
 */
function connectingWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Budget 2026");
  book.put("Budget 2026", "A1", [
    ["Enveloppe", 3_080_000],
    ["Trésorerie d'ouverture", "à confirmer"],
    ["Dépenses prévues", 3_203_200],
  ]);
  book.defineName("BudgetEnvelope", "='Budget 2026'!$B$1");
  book.defineName("CashOpeningBalance", "='Budget 2026'!$B$2");
  book.selection = { sheet: "Budget 2026", address: "B2:B3" };
  return book;
}

const params = new URLSearchParams(window.location.search);
const chosen = params.get("workbook");
const book = chosen === "empty" ? emptyWorkbook() : chosen === "connect" ? connectingWorkbook() : exampleWorkbook();
const fake = installOfficeFake(window, book, { displayLanguage: params.get("lang") ?? "en-US" });
if (params.get("theme") === "dark") {
  const office = (window as unknown as { Office: { context: Record<string, unknown> } }).Office;
  office.context.officeTheme = { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff" };
}
(window as unknown as { __officeFake: typeof fake }).__officeFake = fake;
// The browser check moves the selection as a user would before "Use selected cells".
(window as unknown as { __workbook: FakeWorkbook }).__workbook = book;
