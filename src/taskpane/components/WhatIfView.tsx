/**
 * Scenarios recomputed in the pane from the inputs of the last evaluation; nothing is written.
 * The result is pinned above the inputs (`WhatIfResult`); every typed value is checked against
 * the bounds the core defines, and no result is shown while one is out of them.
 */
import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { type Category, type ExternalFactorId, type IndicatorId } from "../../core/model";
import { BOARD_FACTORS } from "../../core/indicators";
import {
  EMPTY_WHAT_IF_FORM,
  compareWhatIf,
  driverBounds,
  evaluateWhatIf,
  readDrivers,
  workbookAssessment,
  type DriverBounds,
  type DriverField,
  type WhatIfForm,
} from "../../core/what-if";
import { translate } from "../../core/i18n";
import { formatCount, formatUsd } from "../../core/format";
import { scenarioText } from "../../core/what-if-report";
import { categoryName } from "../../core/text";
import type { PaneEvaluation } from "../gateway";
import type { WhatIfKey } from "../../core/i18n/what-if-catalogue";
import { useWhatIfWords } from "./what-if-words";
import { WhatIfResult } from "./WhatIfResult";
import { CopyText } from "./CopyText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Yes / No / Not assessed side by side, wrapping under each other in a narrow pane.
  answers: { flexWrap: "wrap" },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

const LABEL: Record<DriverField, WhatIfKey> = {
  tier1Lost: "whatIf.tier1Lost",
  otherLost: "whatIf.otherLost",
  newMembers: "whatIf.newMembers",
  spendChangePct: "whatIf.spendChange",
  serviceChangePct: "whatIf.serviceChange",
};

/** The three answers of a Board factor as the radio values say them; "none": not assessed. */
const ANSWER_VALUE = { true: "yes", false: "no", null: "none" } as const;
const ANSWER_OF = { yes: true, no: false, none: null } as const;

/** The Board's factors with the indicator each one decides. */
const FACTORS: readonly [IndicatorId, ExternalFactorId][] = BOARD_FACTORS.map(({ indicator, factor }) => [indicator, factor]);

export function WhatIfView(props: { readonly result: PaneEvaluation | null }) {
  const { lang, t } = useWhatIfWords();
  const styles = useStyles();
  const id = React.useId();
  const [form, setForm] = React.useState<WhatIfForm>(EMPTY_WHAT_IF_FORM);
  const { result } = props;

  const bounds = React.useMemo(() => (result ? driverBounds(result.inputs, result.today) : null), [result]);
  const reading = React.useMemo(() => (bounds ? readDrivers(form, bounds, lang) : null), [bounds, form, lang]);
  const scenario = React.useMemo(
    () => (result && reading?.ok ? evaluateWhatIf(result.inputs, result.readerProblems, reading.drivers, result.today) : null),
    [result, reading],
  );
  const comparison = React.useMemo(() => (result && scenario ? compareWhatIf(result.evaluation, scenario) : null), [result, scenario]);
  const copied = React.useMemo(
    () => (result && scenario && reading?.ok ? scenarioText(result.inputs, reading.drivers, result.evaluation, scenario, lang) : null),
    [result, scenario, reading, lang],
  );

  if (!result || !bounds || !reading) {
    return <Text>{t("whatIf.evaluateFirst")}</Text>;
  }
  const issues = reading.ok ? {} : reading.issues;
  const quarters = result.inputs.cashFlow ?? [];
  const services = result.inputs.serviceCosts ?? [];

  const setText = (field: DriverField, value: string) => setForm((f) => ({ ...f, texts: { ...f.texts, [field]: value } }));

  /** The planned spend the percentage means, in USD: workbook → scenario, while the field is valid. */
  const spendAmounts = () => {
    const planned = result.inputs.plannedSpend;
    if (planned === null) return t("whatIf.spendNone");
    const pct = reading.ok ? reading.drivers.spendChangePct : 0;
    return t("whatIf.spendAmounts", {
      before: formatCount(Math.round(planned), lang),
      after: formatUsd(planned * (1 + pct / 100), lang),
    });
  };

  const numberField = (field: DriverField, disabled = false) => {
    const range: DriverBounds = bounds[field];
    const limits = {
      min: formatCount(range.min, lang),
      max: formatCount(range.max, lang),
    };
    const invalid = issues[field] !== undefined;
    return (
      <Field
        key={field}
        label={t(LABEL[field])}
        hint={
          invalid ? undefined : field === "spendChangePct" ? (
            // Read with the field (Fluent ties the hint to the input): the amounts the % means.
            <>
              {t("whatIf.rangeHint", limits)}
              <br />
              <span data-spend-amounts>{spendAmounts()}</span>
            </>
          ) : (
            t("whatIf.rangeHint", limits)
          )
        }
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? t(range.kind === "count" ? "whatIf.rangeCount" : "whatIf.rangePercent", limits) : undefined}
      >
        <Input
          name={field}
          // Counts: digits only. Percents may be negative, and iOS's decimal pad has no minus key.
          inputMode={range.kind === "count" ? "numeric" : "text"}
          autoComplete="off"
          disabled={disabled}
          value={form.texts[field]}
          onChange={(_, data) => setText(field, data.value)}
        />
      </Field>
    );
  };

  const setFactor = (factor: ExternalFactorId, answer: boolean | null) =>
    setForm((f) => {
      const next = { ...f.externalFactors };
      // Back to the workbook's own answer: no override, so the scenario is neutral again.
      if (answer === workbookAssessment(result.inputs, factor)) delete next[factor];
      else next[factor] = answer;
      return { ...f, externalFactors: next };
    });

  const legend = (category: Category) => <legend className={styles.legend}>{categoryName(category, lang)}</legend>;

  return (
    <div className={styles.root}>
      <WhatIfResult comparison={comparison} invalidFields={Object.keys(issues).length} />
      <Text size={200}>{t("whatIf.intro")}</Text>

      <fieldset className={styles.group}>
        {legend("membership")}
        {numberField("tier1Lost")}
        {numberField("otherLost")}
        {numberField("newMembers")}
      </fieldset>

      <fieldset className={styles.group}>
        {legend("finance")}
        {numberField("spendChangePct")}
        <Field label={t("whatIf.delayedQuarter")}>
          <Select
            value={form.delayedQuarter === null ? "" : String(form.delayedQuarter)}
            onChange={(_, data) =>
              setForm((f) => ({
                ...f,
                delayedQuarter: data.value === "" ? null : Number(data.value),
              }))
            }
          >
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
              <Select
                value={form.service ?? ""}
                onChange={(_, data) =>
                  setForm((f) => ({
                    ...f,
                    service: data.value === "" ? null : data.value,
                  }))
                }
              >
                <option value="">{t("whatIf.delayedNone")}</option>
                {services.map((service) => (
                  <option key={service.service} value={service.service}>
                    {service.service}
                  </option>
                ))}
              </Select>
            </Field>
            {numberField("serviceChangePct", form.service === null)}
          </>
        ) : (
          <Text size={200}>{t("whatIf.noServices")}</Text>
        )}
      </fieldset>

      <fieldset className={styles.group} aria-describedby={`${id}-factors`}>
        {legend("external")}
        <Text size={200} id={`${id}-factors`}>
          {t("whatIf.factorsHint")}
        </Text>
        {FACTORS.map(([indicator, factor]) => {
          const workbook = workbookAssessment(result.inputs, factor);
          const override = form.externalFactors[factor];
          const answer = override === undefined ? workbook : override;
          return (
            <Field
              key={factor}
              label={translate(lang, "terms", `short.${indicator}`)}
              hint={
                workbook === null
                  ? t("whatIf.factorNotAssessed")
                  : t("whatIf.factorWorkbook", { answer: t(workbook ? "whatIf.yes" : "whatIf.no") })
              }
            >
              <RadioGroup
                layout="horizontal"
                className={styles.answers}
                value={ANSWER_VALUE[String(answer) as keyof typeof ANSWER_VALUE]}
                onChange={(_, data) => setFactor(factor, ANSWER_OF[data.value as keyof typeof ANSWER_OF])}
                data-factor={factor}
              >
                <Radio value="yes" label={t("whatIf.yes")} />
                <Radio value="no" label={t("whatIf.no")} />
                <Radio value="none" label={t("whatIf.notAssessed")} />
              </RadioGroup>
            </Field>
          );
        })}
      </fieldset>

      <div className={styles.actions} data-what-if-copy>
        {copied !== null ? (
          <CopyText
            text={copied}
            copy={t("whatIf.copy")}
            copied={t("whatIf.copied")}
            failed={t("whatIf.copyFailed")}
            label={t("whatIf.copyLabel")}
          />
        ) : null}
        <Button icon={<ArrowResetRegular />} disabledFocusable={form === EMPTY_WHAT_IF_FORM} onClick={() => setForm(EMPTY_WHAT_IF_FORM)}>
          {t("whatIf.reset")}
        </Button>
      </div>
    </div>
  );
}
