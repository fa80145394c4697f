/** Scenarios recomputed in the pane from the inputs of the last evaluation; nothing is written. */
import * as React from "react";
import { Button, Field, Input, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { evaluate } from "../../core/rules";
import { NO_WHAT_IF, applyWhatIf, isNeutral, type WhatIfDrivers } from "../../core/what-if";
import { indicatorName, outcomeLabel, outcomeSentence, statusWord } from "../../core/text";
import type { PaneEvaluation } from "../gateway";
import { parseNumber } from "../settings-form";
import { usePane, type PaneKey } from "../i18n";
import { StatusBadge } from "./StatusBadge";
import { Heading } from "./Heading";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

type NumberDriver = "tier1Lost" | "otherLost" | "newMembers" | "spendChangePct";
const NUMBER_DRIVERS: readonly NumberDriver[] = ["tier1Lost", "otherLost", "newMembers", "spendChangePct"];
const LABEL: Record<NumberDriver, PaneKey> = {
  tier1Lost: "whatIf.tier1Lost",
  otherLost: "whatIf.otherLost",
  newMembers: "whatIf.newMembers",
  spendChangePct: "whatIf.spendChange",
};

interface DriverText {
  readonly numbers: Record<NumberDriver, string>;
  readonly delayedQuarter: string;
  readonly service: string;
  readonly serviceChange: string;
}

const EMPTY: DriverText = {
  numbers: { tier1Lost: "0", otherLost: "0", newMembers: "0", spendChangePct: "0" },
  delayedQuarter: "",
  service: "",
  serviceChange: "0",
};

/** Drivers from the typed text; a field that is not a number counts as no change (and says so). */
function driversOf(text: DriverText): WhatIfDrivers {
  const num = (value: string) => parseNumber(value) ?? 0;
  return {
    ...NO_WHAT_IF,
    tier1Lost: num(text.numbers.tier1Lost),
    otherLost: num(text.numbers.otherLost),
    newMembers: num(text.numbers.newMembers),
    spendChangePct: num(text.numbers.spendChangePct),
    delayedQuarter: text.delayedQuarter === "" ? null : Number(text.delayedQuarter),
    serviceCost: text.service === "" ? null : { service: text.service, changePct: num(text.serviceChange) },
  };
}

export function WhatIfView(props: { readonly result: PaneEvaluation | null }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const [text, setText] = React.useState<DriverText>(EMPTY);
  const { result } = props;

  const scenario = React.useMemo(() => {
    if (!result) return null;
    const drivers = driversOf(text);
    const inputs = applyWhatIf(result.inputs, drivers, result.today);
    return { neutral: isNeutral(drivers), evaluation: evaluate(inputs, result.readerProblems, result.today) };
  }, [result, text]);

  if (!result || !scenario) {
    return <Text>{t("whatIf.evaluateFirst")}</Text>;
  }
  const base = result.evaluation;
  const quarters = result.inputs.cashFlow ?? [];
  const services = result.inputs.serviceCosts ?? [];
  const invalid = (value: string) => (parseNumber(value) === null ? t("whatIf.invalid") : undefined);
  const changed = scenario.evaluation.indicators.filter(
    (indicator) => base.indicators.find((b) => b.id === indicator.id)?.status !== indicator.status,
  );

  return (
    <div className={styles.root}>
      <Text>{t("whatIf.intro")}</Text>
      <div className={styles.grid}>
        {NUMBER_DRIVERS.map((driver) => (
          <Field
            key={driver}
            label={t(LABEL[driver])}
            validationState={invalid(text.numbers[driver]) ? "error" : "none"}
            validationMessage={invalid(text.numbers[driver])}
          >
            <Input
              name={driver}
              inputMode="decimal"
              value={text.numbers[driver]}
              onChange={(_, data) => setText((s) => ({ ...s, numbers: { ...s.numbers, [driver]: data.value } }))}
            />
          </Field>
        ))}
        <Field label={t("whatIf.delayedQuarter")}>
          <Select value={text.delayedQuarter} onChange={(_, data) => setText((s) => ({ ...s, delayedQuarter: data.value }))}>
            <option value="">{t("whatIf.delayedNone")}</option>
            {quarters.map((quarter, i) => (
              <option key={`${quarter.quarter}-${i}`} value={String(i)}>
                {quarter.quarter}
              </option>
            ))}
          </Select>
        </Field>
        {services.length > 0 ? (
          <>
            <Field label={t("whatIf.service")}>
              <Select value={text.service} onChange={(_, data) => setText((s) => ({ ...s, service: data.value }))}>
                <option value="">{t("whatIf.delayedNone")}</option>
                {services.map((service) => (
                  <option key={service.service} value={service.service}>
                    {service.service}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t("whatIf.serviceChange")}
              validationState={invalid(text.serviceChange) ? "error" : "none"}
              validationMessage={invalid(text.serviceChange)}
            >
              <Input
                name="serviceChange"
                inputMode="decimal"
                disabled={text.service === ""}
                value={text.serviceChange}
                onChange={(_, data) => setText((s) => ({ ...s, serviceChange: data.value }))}
              />
            </Field>
          </>
        ) : (
          <Text size={200}>{t("whatIf.noServices")}</Text>
        )}
        <Button icon={<ArrowResetRegular />} onClick={() => setText(EMPTY)} disabled={scenario.neutral}>
          {t("whatIf.reset")}
        </Button>
      </div>
      <section aria-labelledby="what-if-result" className={styles.result}>
        {/* Only the outcome is announced as drivers change; the list below is read on demand. */}
        <div aria-live="polite">
          <Notice
            labelledBy="what-if-result"
            layout="multiline"
            intent={
              scenario.evaluation.outcome === "consider_mvsp"
                ? "error"
                : scenario.evaluation.outcome === "monitor"
                  ? "warning"
                  : "success"
            }
            data-what-if-outcome={scenario.evaluation.outcome}
          >
            <MessageBarBody>
              <Heading id="what-if-result">
                {t("whatIf.result", { outcome: outcomeLabel(scenario.evaluation.outcome, lang) })}
              </Heading>
              <Text block>{outcomeSentence(scenario.evaluation, lang)}</Text>
              <Text block size={200}>
                {scenario.evaluation.outcome === base.outcome
                  ? t("whatIf.unchanged")
                  : t("whatIf.changed", { outcome: outcomeLabel(base.outcome, lang) })}
              </Text>
            </MessageBarBody>
          </Notice>
        </div>
        {changed.length > 0 ? (
          <ul className={styles.list}>
            {changed.map((indicator) => {
              const before = base.indicators.find((b) => b.id === indicator.id)?.status ?? "no_data";
              return (
                <li key={indicator.id} className={styles.item} data-indicator={indicator.id}>
                  <Text weight="semibold">{indicatorName(indicator.id, lang)}</Text>
                  <StatusBadge status={indicator.status} />
                  <Text size={200}>{t("whatIf.workbookStatus", { status: statusWord(before, lang) })}</Text>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
