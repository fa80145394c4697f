/**
 * Where a trigger level is applied: the one place a measured value meets its levels. The rules,
 * the margins and the "Met when" / "Near from" texts all read the comparisons of the table.
 */
import type { AnyIndicatorDefinition, Banded, Comparison, LevelValues } from "./types";

export function compare(comparison: Comparison, value: number, level: number): boolean {
  switch (comparison) {
    case "<":
      return value < level;
    case ">":
      return value > level;
    case "<=":
      return value <= level;
    case "=":
      return value === level;
  }
}

/**
 * The status of a measured value: `met` when it compares with the trigger as the entry says,
 * else `near` when one of its warning conditions holds, else `not_met`. The Board's yes/no
 * factors (no levels) are met on Yes (1).
 */
export function classify(definition: AnyIndicatorDefinition, value: number, levels: LevelValues | null): Banded {
  const rule = definition.levels;
  if (rule === null || levels === null) return value !== 0 ? "met" : "not_met";
  if (compare(rule.met, value, levels.trigger)) return "met";
  return rule.near.some((near) => compare(near.comparison, value, levels[near.level])) ? "near" : "not_met";
}
