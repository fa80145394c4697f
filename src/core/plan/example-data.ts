/**
 * The template's example data, shaped like the 2026 MVSP paper so that a first evaluation
 * shows every kind of status. On 2026-09-30, with the default settings:
 * - membership: 68 active members (< 70), 5 lost in the last 12 months, all Tier 1, and 1 new
 *   member (< 2): both membership indicators are met;
 * - planned spend 3,203,200 USD against an envelope of 3,080,000 USD: +4 %, not met;
 * - one projected quarter closes in deficit: near;
 * - the Datastore costs 12.1 % above its historical average: near;
 * - E1 Yes (with evidence), E2 No, E3 not yet assessed (no data).
 * Outcome: consider_mvsp. Organisations and places are invented.
 */
import { dayFromYMD } from "../dates";
import type { Day } from "../model";

export const EXAMPLE_EVALUATION_DATE: Day = dayFromYMD(2026, 9, 30);
export const EXAMPLE_ENVELOPE = 3_080_000;

/** Budget line key (`example.budgetLine.<key>`) and planned amount: 3,203,200 in all. */
export type BudgetLineId = "staff" | "technical" | "hosting" | "support" | "governance" | "outreach" | "hostFees";
export type ServiceId = "registry" | "datastore" | "validator" | "dportal" | "helpdesk" | "governance";

export const EXAMPLE_PLANNED_SPEND: readonly { readonly line: BudgetLineId; readonly amount: number }[] = [
  { line: "staff", amount: 1_450_000 },
  { line: "technical", amount: 620_000 },
  { line: "hosting", amount: 310_000 },
  { line: "support", amount: 240_000 },
  { line: "governance", amount: 185_000 },
  { line: "outreach", amount: 148_200 },
  { line: "hostFees", amount: 250_000 },
];

export const EXAMPLE_OPENING_BALANCE = 400_000;

/** Closing balances 500,000; 280,000; −160,000; 46,800: exactly one quarter in deficit. */
export const EXAMPLE_CASH_FLOW: readonly {
  readonly year: number;
  readonly n: number;
  readonly inflows: number;
  readonly outflows: number;
}[] = [
  { year: 2026, n: 1, inflows: 900_000, outflows: 800_000 },
  { year: 2026, n: 2, inflows: 600_000, outflows: 820_000 },
  { year: 2026, n: 3, inflows: 350_000, outflows: 790_000 },
  { year: 2026, n: 4, inflows: 1_000_000, outflows: 793_200 },
];

/** Service key (`example.service.<key>`), current cost, historical average. Worst: Datastore +12.1 %. */
export const EXAMPLE_SERVICES: readonly { readonly service: ServiceId; readonly current: number; readonly historical: number }[] = [
  { service: "registry", current: 410_000, historical: 380_000 },
  { service: "datastore", current: 297_000, historical: 265_000 },
  { service: "validator", current: 120_000, historical: 118_000 },
  { service: "dportal", current: 64_000, historical: 66_000 },
  { service: "helpdesk", current: 150_000, historical: 142_000 },
  { service: "governance", current: 95_000, historical: 92_000 },
];

/** E1 Yes with evidence, E2 No, E3 blank. */
export const EXAMPLE_ASSESSMENTS = { E1: true, E2: false, E3: null } as const;

/** Invented places: an organisation named after one of them is one of the template's examples. */
export const EXAMPLE_PLACES = [
  "Arvelia",
  "Belmora",
  "Corvania",
  "Dunmerra",
  "Elvastra",
  "Fennmark",
  "Galdoria",
  "Halvenor",
  "Ixtalia",
  "Jorvania",
  "Kestrelia",
  "Lunaria",
  "Morvenna",
  "Norvalia",
  "Orvenia",
];

export interface ExampleMember {
  /** `example.org.<type>` with `{place}`. */
  readonly type: 1 | 2 | 3 | 4 | 5;
  readonly place: string;
  readonly tier: number;
  readonly joined: Day;
  readonly left: Day | null;
}

/** Rows lost inside the 12 months to 2026-09-30, all Tier 1, with the day each left. */
const LOST_IN_WINDOW: ReadonlyMap<number, Day> = new Map([
  [3, dayFromYMD(2025, 11, 30)],
  [17, dayFromYMD(2026, 1, 31)],
  [31, dayFromYMD(2026, 3, 31)],
  [45, dayFromYMD(2026, 5, 31)],
  [59, dayFromYMD(2026, 6, 30)],
]);
/** Rows that left before the window: history, not counted. */
const LOST_BEFORE: ReadonlyMap<number, Day> = new Map([
  [10, dayFromYMD(2024, 11, 30)],
  [52, dayFromYMD(2025, 6, 30)],
]);
const NEW_MEMBER_ROW = 74;
const ROSTER_SIZE = 75;

/** 75 members: 68 active on 2026-09-30, 5 lost in the window (Tier 1), 2 lost earlier, 1 new. */
export function exampleRoster(): ExampleMember[] {
  const members: ExampleMember[] = [];
  for (let i = 0; i < ROSTER_SIZE; i++) {
    const lostInWindow = LOST_IN_WINDOW.get(i);
    const lostBefore = LOST_BEFORE.get(i);
    // Spread joining dates over 2009–2020 so every departure comes after the member joined.
    const joined =
      i === NEW_MEMBER_ROW ? dayFromYMD(2026, 3, 16) : dayFromYMD(2009 + ((i * 7) % 12), 1 + ((i * 5) % 12), 1 + ((i * 11) % 28));
    const tier = lostInWindow !== undefined ? 1 : lostBefore !== undefined ? 2 : [1, 2, 3, 2][i % 4];
    members.push({
      type: (1 + Math.floor(i / EXAMPLE_PLACES.length)) as ExampleMember["type"],
      place: EXAMPLE_PLACES[i % EXAMPLE_PLACES.length],
      tier,
      joined,
      left: lostInWindow ?? lostBefore ?? null,
    });
  }
  return members;
}
