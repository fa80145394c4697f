/**
 * What one indicator is: the shape of an entry of the indicator table (`table.ts`). Everything
 * the product asks about an indicator (its inputs, its levels, how it compares, its unit, its
 * margin) is answered by its entry and nowhere else.
 */
import type { KeyOf } from "../i18n";
import type {
  Category,
  Day,
  ExternalFactorId,
  IndicatorId,
  IndicatorUnit,
  Margin,
  MarginUnit,
  SettingKey,
  Settings,
  Status,
  TriggerInputs,
} from "../model";
import type { InputName } from "../read/input-names";
import type { CashProjection } from "../rules/finance";
import type { MembershipCounts } from "../rules/membership";

/** A comparison of a value with a level, as the rulebook words it ("below", "exactly", "more than"). */
export type Comparison = "<" | ">" | "<=" | "=";

/** The statuses a measured value can take. */
export type Banded = Exclude<Status, "no_data">;

/** One condition of the warning band: the value compared with the trigger or the warning level. */
export interface LevelComparison {
  readonly comparison: Comparison;
  readonly level: "trigger" | "warning";
}

/**
 * The indicator's two levels (settings) and how its value is compared with them: `met` when
 * `value <met> trigger`; otherwise `near` when any of the `near` conditions holds.
 */
export interface Levels {
  readonly trigger: SettingKey;
  /** The warning level's setting; the trigger's own key where near means "exactly on it". */
  readonly warning: SettingKey;
  readonly met: "<" | ">";
  /** The first condition is the one "Near from" shows. */
  readonly near: readonly [LevelComparison, ...LevelComparison[]];
}

/** The numbers the levels stand at in one evaluation. */
export interface LevelValues {
  readonly trigger: number;
  readonly warning: number;
}

export type ExplanationKey = KeyOf<"explanations">;
export type Params = Readonly<Record<string, string | number>>;

/** What every measure may read: the inputs, the settings, and what the rules computed once for all. */
export interface IndicatorContext {
  readonly inputs: TriggerInputs;
  readonly settings: Settings;
  /** The evaluation date (the workbook's, else today). */
  readonly date: Day;
  /** An `EvaluationDate` cell that cannot be read: indicators that depend on the date have no data. */
  readonly dateUnknown: boolean;
  /** The roster counted on the date; null without a roster (or without a readable date). */
  readonly counts: MembershipCounts | null;
  /** The cash projection; null without both cash inputs. */
  readonly cash: CashProjection | null;
}

/** A value was measured: it, what the explanation quotes, and what the margin needs (`detail`). */
export interface Measured<D> {
  readonly value: number;
  readonly params: Params;
  readonly detail: D;
}

/** No value: the explanation's key (default `noData`) and what it names. */
export interface Unmeasured {
  readonly noData: true;
  readonly key?: ExplanationKey;
  /** Parameters of `key` when it is not `noData` (which names `missing`). */
  readonly params?: Params;
  /** The inputs the explanation names; by default the indicator's inputs the template sets up. */
  readonly missing?: readonly InputName[];
  /** The inputs this result depends on, when more than the entry's own (the evaluation date). */
  readonly inputs?: readonly InputName[];
}

/** A special condition on top of the comparisons (the Tier 1 condition): another status, key and margin. */
export interface Refined {
  readonly status: Banded;
  readonly key: ExplanationKey;
  readonly margin: Margin | null;
}

/** Counts the margin to the trigger from the measured value and the levels in force. */
export type MarginHook<D> = (measured: Measured<D>, met: boolean, levels: LevelValues, definition: IndicatorDefinition<D>) => Margin;

export interface IndicatorDefinition<D = unknown> {
  readonly id: IndicatorId;
  readonly category: Category;
  readonly unit: IndicatorUnit;
  /** The defined names it reads, in the order problems name them. */
  readonly inputs: readonly InputName[];
  /** Its levels and comparisons; null for the Board's yes/no factors (Yes is met). */
  readonly levels: Levels | null;
  /** The factor of the `ExternalFactors` table it reads: the Board's yes/no factors only. */
  readonly factor?: ExternalFactorId;
  /** The unit its margin to the trigger is counted in; null when it has none (yes/no). */
  readonly marginUnit: MarginUnit | null;
  /** The value, or why there is none. */
  readonly measure: (context: IndicatorContext) => Measured<D> | Unmeasured;
  /** The explanation's key for the status the comparisons gave. */
  readonly explain: (status: Banded, measured: Measured<D>, context: IndicatorContext) => ExplanationKey;
  /** The margin to the trigger (SPEC), counted in `marginUnit`; absent when `marginUnit` is null. */
  readonly margin?: MarginHook<D>;
  /** A condition the comparisons alone do not express; null when it does not apply. */
  readonly refine?: (status: Banded, measured: Measured<D>, context: IndicatorContext) => Refined | null;
}

/** An entry of the table, whatever its measure's detail. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyIndicatorDefinition = IndicatorDefinition<any>;
