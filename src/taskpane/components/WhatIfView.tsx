/**
 * Scenarios recomputed in the pane from the inputs of the last evaluation; nothing is written.
 * The result is pinned above the inputs (`WhatIfResult`); every typed value is checked against
 * the bounds the core defines, and no result is shown while one is out of them.
 */
import * as React from "react";
import { Button, Field, Input, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
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
import { formatCount } from "../../core/format";
import { categoryName } from "../../core/text";
import type { PaneEvaluation } from "../gateway";
import type { WhatIfKey } from "../../core/i18n/what-if-catalogue";
import { useWhatIfWords } from "./what-if-words";
import { WhatIfResult } from "./WhatIfResult";

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
  factor: { display: "flex", flexDirection: "column" },
  factorHint: {
    // Under the switch's label, past the switch itself.
    paddingLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  actions: { display: "flex" },
});

const LABEL: Record<DriverField, WhatIfKey> = {
  tier1Lost: "whatIf.tier1Lost",
  otherLost: "whatIf.otherLost",
  newMembers: "whatIf.newMembers",
  spendChangePct: "whatIf.spendChange",
  serviceChangePct: "whatIf.serviceChange",
};

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
  const comparison = React.useMemo(() => {
    if (!result || !reading?.ok) return null;
    const scenario = evaluateWhatIf(result.inputs, result.readerProblems, reading.drivers, result.today);
    return compareWhatIf(result.evaluation, scenario);
  }, [result, reading]);

  if (!result || !bounds || !reading) {
    return <Text>{t("whatIf.evaluateFirst")}</Text>;
  }
  const issues = reading.ok ? {} : reading.issues;
  const quarters = result.inputs.cashFlow ?? [];
  const services = result.inputs.serviceCosts ?? [];

  const setText = (field: DriverField, value: string) => setForm((f) => ({ ...f, texts: { ...f.texts, [field]: value } }));

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
        hint={invalid ? undefined : t("whatIf.rangeHint", limits)}
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

  const setFactor = (factor: ExternalFactorId, on: boolean) =>
    setForm((f) => {
      const next = { ...f.externalFactors };
      // Back to the workbook's own answer: no override, so the scenario is neutral again.
      if (on === workbookAssessment(result.inputs, factor)) delete next[factor];
      else next[factor] = on;
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
          const answer = (yes: boolean) => t(yes ? "whatIf.yes" : "whatIf.no");
          const hint =
            workbook !== null
              ? t("whatIf.factorWorkbook", { answer: answer(workbook) })
              : override === undefined
                ? t("whatIf.factorNotAssessed")
                : t("whatIf.factorTried", { answer: answer(override) });
          const hintId = `${id}-${factor}`;
          const checked = override ?? workbook ?? false;
          return (
            <div key={factor} className={styles.factor}>
              <Switch
                label={translate(lang, "terms", `short.${indicator}`)}
                checked={checked}
                // role="switch" requires aria-checked; the native checkbox state alone does not satisfy axe.
                aria-checked={checked}
                aria-describedby={hintId}
                onChange={(_, data) => setFactor(factor, data.checked)}
              />
              <Text size={200} id={hintId} className={styles.factorHint}>
                {hint}
              </Text>
            </div>
          );
        })}
      </fieldset>

      <div className={styles.actions}>
        <Button icon={<ArrowResetRegular />} disabledFocusable={form === EMPTY_WHAT_IF_FORM} onClick={() => setForm(EMPTY_WHAT_IF_FORM)}>
          {t("whatIf.reset")}
        </Button>
      </div>
    </div>
  );
}
