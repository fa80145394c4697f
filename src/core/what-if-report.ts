/**
 * "Copy scenario": a what-if scenario as plain text for the Board's papers, in the pane's
 * language. Each input the scenario changes (the workbook's value → the scenario's), then the
 * outcome against the workbook's, the indicators met, whether the MVSP threshold is reached and
 * the status changes. One line each, as finance staff paste it into a note.
 */
import type { Evaluation, IndicatorId, Language, TriggerInputs } from "./model";
import { BOARD_FACTORS } from "./indicators";
import { translate } from "./i18n";
import { whatIfText, type WhatIfKey } from "./i18n/what-if-catalogue";
import { formatCount, formatUsd } from "./format";
import { quarterOf } from "./dates";
import { outcomeLabel, statusWord } from "./text";
import { longDate } from "./board-report";
import { compareWhatIf, workbookAssessment, type WhatIfDrivers } from "./what-if";

type Params = Readonly<Record<string, string | number>>;

/** The indicators as the pane's scenario result names them ("Active members", "E1 External funding"). */
const shortName = (id: IndicatorId, lang: Language) => translate(lang, "terms", `short.${id}`);

/** A signed percentage as typed in the scenario: `+10%`, `−12.5 %`. */
function percentText(pct: number, lang: Language): string {
  return whatIfText(lang, "whatIf.copy.percent", { change: `${pct > 0 ? "+" : ""}${formatCount(pct, lang)}` });
}

/** Yes, No or Not assessed, as the pane's three-way choice says it. */
function answerText(answer: boolean | null, lang: Language): string {
  return whatIfText(lang, answer === null ? "whatIf.notAssessed" : answer ? "whatIf.yes" : "whatIf.no");
}

/** One line per input the scenario changes; empty when it changes none. */
export function scenarioChanges(inputs: TriggerInputs, drivers: WhatIfDrivers, lang: Language): string[] {
  const say = (key: WhatIfKey, params?: Params) => whatIfText(lang, key, params);
  const lines: string[] = [];
  const counts: readonly [number, WhatIfKey][] = [
    [drivers.tier1Lost, "whatIf.tier1Lost"],
    [drivers.otherLost, "whatIf.otherLost"],
    [drivers.newMembers, "whatIf.newMembers"],
  ];
  for (const [value, label] of counts) {
    // The workbook has none of these movements: its value is 0.
    if (value > 0)
      lines.push(say("whatIf.copy.item", { label: say(label), before: formatCount(0, lang), after: formatCount(value, lang) }));
  }
  if (drivers.spendChangePct !== 0 && inputs.plannedSpend !== null) {
    const before = inputs.plannedSpend;
    lines.push(
      say("whatIf.copy.itemPercent", {
        label: say("whatIf.copy.spend"),
        before: formatCount(Math.round(before), lang),
        after: formatUsd(before * (1 + drivers.spendChangePct / 100), lang),
        change: percentText(drivers.spendChangePct, lang),
      }),
    );
  }
  const quarter = drivers.delayedQuarter === null ? undefined : inputs.cashFlow?.[drivers.delayedQuarter];
  if (quarter) lines.push(say("whatIf.copy.delayed", { quarter: quarter.quarter }));
  const change = drivers.serviceCost;
  const service = change === null ? undefined : inputs.serviceCosts?.find((s) => s.service === change.service);
  if (change !== null && service && change.changePct !== 0) {
    lines.push(
      say("whatIf.copy.itemPercent", {
        label: say("whatIf.copy.serviceCost", { service: service.service }),
        before: formatCount(Math.round(service.current), lang),
        after: formatUsd(service.current * (1 + change.changePct / 100), lang),
        change: percentText(change.changePct, lang),
      }),
    );
  }
  for (const { indicator, factor } of BOARD_FACTORS) {
    const tried = drivers.externalFactors[factor];
    const workbook = workbookAssessment(inputs, factor);
    if (tried === undefined || tried === workbook) continue;
    lines.push(
      say("whatIf.copy.item", {
        label: shortName(indicator, lang),
        before: answerText(workbook, lang),
        after: answerText(tried, lang),
      }),
    );
  }
  return lines;
}

/** The scenario for the Board: what was changed, then what it leads to. */
export function scenarioText(
  inputs: TriggerInputs,
  drivers: WhatIfDrivers,
  workbook: Evaluation,
  scenario: Evaluation,
  lang: Language,
): string {
  const say = (key: WhatIfKey, params?: Params) => whatIfText(lang, key, params);
  const iso = workbook.evaluationDate;
  const title =
    iso === null ? say("whatIf.copy.titleNoDate") : say("whatIf.copy.title", { date: quarterOf(iso) ? longDate(iso, lang) : iso });
  const changes = scenarioChanges(inputs, drivers, lang);
  const needed = scenario.settings.IndicatorsToConsiderMVSP;
  const threshold =
    scenario.metCount >= needed
      ? say("whatIf.copy.reached", { needed })
      : scenario.metCount + scenario.noDataCount >= needed
        ? say("whatIf.copy.undecided", { needed, noData: scenario.noDataCount })
        : say("whatIf.copy.notReached", { needed });
  const moved = compareWhatIf(workbook, scenario).changed;
  return [
    title,
    ...(changes.length === 0 ? [say("whatIf.copy.unchanged")] : [say("whatIf.copy.changed"), ...changes]),
    say("whatIf.copy.outcome", { scenario: outcomeLabel(scenario.outcome, lang), workbook: outcomeLabel(workbook.outcome, lang) }),
    `${say("whatIf.copy.met", { met: scenario.metCount, workbookMet: workbook.metCount })} ${threshold}`,
    ...(moved.length === 0
      ? [say("whatIf.copy.noStatusChange")]
      : [
          say("whatIf.copy.statusChanges"),
          ...moved.map((m) =>
            say("whatIf.copy.item", {
              label: shortName(m.id, lang),
              before: statusWord(m.workbook, lang),
              after: statusWord(m.scenario, lang),
            }),
          ),
        ]),
  ].join("\n");
}
