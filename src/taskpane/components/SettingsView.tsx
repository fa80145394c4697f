/** The thresholds form: inline validation, reset to defaults, save into the TriggerSettings table. */
import * as React from "react";
import { Button, Field, Input, MessageBarBody, Select, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowResetRegular, SaveRegular } from "@fluentui/react-icons";
import {
  DEFAULT_SETTINGS,
  LANGUAGES,
  type CostRule,
  type Language,
  type Problem,
  type SettingKey,
  type Settings,
} from "../../core/model";
import { formatCount } from "../../core/format";
import { PERCENT_KEYS } from "../../core/settings-plan";
import { NUMERIC_KEYS, draftFrom, readDraft, type FieldIssue, type NumericKey, type SettingsDraft } from "../settings-form";
import { usePane, type PaneKey } from "../i18n";
import { ProblemList } from "./ProblemList";
import { BusyIcon } from "./BusyIcon";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export type SaveResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly conflicts: readonly Problem[] }
  | { readonly ok: false; readonly error: string };

function useIssueText(): (key: SettingKey, issue: FieldIssue | undefined) => string | undefined {
  const { lang, t } = usePane();
  return (key, issue) => {
    if (!issue) return undefined;
    if (!("params" in issue) || issue.code === "number" || issue.code === "integer") return t(`validation.${issue.code}`);
    // Limits of percentage fields are fractions; the form speaks in percents.
    const scale = PERCENT_KEYS.has(key) ? 100 : 1;
    const params = Object.fromEntries(
      Object.entries(issue.params).map(([name, value]) => [name, formatCount(value * scale, lang)]),
    );
    return t(`validation.${issue.code}`, params);
  };
}

export function SettingsView(props: {
  readonly initial: Settings;
  readonly onSave: (settings: Settings) => Promise<SaveResult>;
  readonly onGoTo?: (cell: string) => void;
}) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const issueText = useIssueText();
  const [draft, setDraft] = React.useState<SettingsDraft>(() => draftFrom(props.initial));
  const [saving, setSaving] = React.useState(false);
  const [result, setResult] = React.useState<SaveResult | "invalid" | null>(null);
  const { settings, issues } = React.useMemo(() => readDraft(draft), [draft]);

  React.useEffect(() => setDraft(draftFrom(props.initial)), [props.initial]);

  const setNumber = (key: NumericKey, text: string) => {
    setResult(null);
    setDraft((d) => ({ ...d, numbers: { ...d.numbers, [key]: text } }));
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (Object.keys(issues).length > 0) {
      setResult("invalid");
      return;
    }
    setSaving(true);
    setResult(null);
    try {
      setResult(await props.onSave(settings));
    } finally {
      setSaving(false);
    }
  };

  const defaults = draftFrom(DEFAULT_SETTINGS).numbers;
  const defaultHint = (key: NumericKey) => t("settings.default", { value: formatCount(Number(defaults[key]), lang) });

  return (
    <form className={styles.form} onSubmit={save} noValidate>
      <Text>{t("settings.intro")}</Text>
      {NUMERIC_KEYS.map((key) => {
        const message = issueText(key, issues[key]);
        return (
          <Field
            key={key}
            label={t(`settings.${key}` as PaneKey)}
            validationState={message ? "error" : "none"}
            validationMessage={message}
            hint={message ? undefined : defaultHint(key)}
          >
            <Input name={key} inputMode="decimal" value={draft.numbers[key]} onChange={(_, data) => setNumber(key, data.value)} />
          </Field>
        );
      })}
      <Checkbox
        label={t("settings.RequireLostMembersTier1")}
        checked={draft.RequireLostMembersTier1}
        onChange={(_, data) => setDraft((d) => ({ ...d, RequireLostMembersTier1: data.checked === true }))}
      />
      <Field label={t("settings.CostRule")}>
        <Select value={draft.CostRule} onChange={(_, data) => setDraft((d) => ({ ...d, CostRule: data.value as CostRule }))}>
          <option value="any">{t("settings.CostRule.any")}</option>
          <option value="aggregate">{t("settings.CostRule.aggregate")}</option>
        </Select>
      </Field>
      <Field label={t("settings.Language")}>
        <Select
          value={draft.Language ?? ""}
          onChange={(_, data) => setDraft((d) => ({ ...d, Language: data.value === "" ? null : (data.value as Language) }))}
        >
          <option value="">{t("settings.Language.auto")}</option>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      {result === "invalid" ? (
        <Notice intent="error">
          <MessageBarBody>{t("settings.invalidForm")}</MessageBarBody>
        </Notice>
      ) : result?.ok ? (
        <Notice intent="success">
          <MessageBarBody>{t("settings.saved")}</MessageBarBody>
        </Notice>
      ) : result && "conflicts" in result ? (
        <Notice intent="error" layout="multiline">
          <MessageBarBody>
            {t("settings.conflict")}
            <ProblemList problems={result.conflicts} onGoTo={props.onGoTo} />
          </MessageBarBody>
        </Notice>
      ) : result && "error" in result ? (
        <Notice intent="error">
          <MessageBarBody>{t("settings.failed", { message: result.error })}</MessageBarBody>
        </Notice>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving} icon={saving ? <BusyIcon /> : <SaveRegular />}>
          {saving ? t("settings.saving") : t("settings.save")}
        </Button>
        <Button
          type="button"
          icon={<ArrowResetRegular />}
          onClick={() => {
            setResult(null);
            setDraft(draftFrom(DEFAULT_SETTINGS));
          }}
        >
          {t("settings.reset")}
        </Button>
      </div>
    </form>
  );
}
