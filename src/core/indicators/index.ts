/** The indicator table and what reads it: one definition per indicator (see `src/core/README.md`). */
export { INDICATOR_TABLE, INDICATORS, BOARD_FACTORS, EXTERNAL_FACTORS, indicatorDefinition, metWhen, nearFrom } from "./table";
export { classify, compare } from "./classify";
export { evaluateIndicator, indicatorResult, levelValues, nameProblemCells } from "./result";
export type {
  AnyIndicatorDefinition,
  Banded,
  Comparison,
  IndicatorContext,
  IndicatorDefinition,
  LevelComparison,
  Levels,
  LevelValues,
} from "./types";
