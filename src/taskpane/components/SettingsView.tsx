/**
 * The Settings tab: starts from the workbook's TriggerSettings table (read when the tab opens),
 * marks values that differ from the defaults, checks each field with the reader's own rules,
 * shows "before → after" and asks to confirm, then writes only the settings the user changed.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowResetRegular, CheckmarkRegular, DismissRegular, SaveRegular } from "@fluentui/react-icons";
import { type Language, type SettingKey } from "../../core/model";
import type { WriteNotice } from "../usePaneActions";
import type { WorkbookSettings } from "../../core/read/settings";
import { DEFAULT_SETTINGS, SETTING_KEYS, definitionOf, kindOf, settingLabel, type SettingsChanges } from "../../core/settings";
import { translate, type KeyOf } from "../../core/i18n";
import {
  changeLines,
  defaultDraft,
  draftFrom,
  parseNumber,
  readForm,
  shownLimit,
  shownValue,
  type FieldIssue,
  type SettingsDraft,
} from "../settings-form";
import { usePane } from "../i18n";
import { ProblemList } from "./ProblemList";
import { WriteResultNotice } from "./WriteResultNotice";
import { BusyIcon } from "./BusyIcon";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  confirm: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  confirmTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Words = (key: KeyOf<"settings">, params?: Readonly<Record<string, string | number>>) => string;

function issueText(key: SettingKey, issue: FieldIssue, lang: Language, s: Words): string {
  return "limit" in issue ? s(`issue.${issue.code}`, { limit: shownLimit(key, issue.limit, lang) }) : s(`issue.${issue.code}`);
}

/** What a field's hint says: what empty means, how percentages are typed, how the value compares with the default. */
function hintText(key: SettingKey, text: string, followValue: string, lang: Language, s: Words): string {
  const parts: string[] = [];
  const definition = definitionOf(key);
  if (definition.warningOf && text.trim() === "") parts.push(s("hint.follows", { value: followValue }));
  if (definition.kind === "percent") {
    parts.push(s("hint.percent"));
    // 0.2 typed by someone who thinks in fractions: say plainly what it means.
    const typed = parseNumber(text.trim().replace(/\s*%$/, ""));
    if (typed !== null && typed > 0 && typed < 1) {
      parts.push(s("hint.smallPercent", { value: formatTyped(typed, lang), times100: formatTyped(typed * 100, lang) }));
    }
  }
  return parts.join(" ");
}

function formatTyped(value: number, lang: Language): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return lang === "en" ? String(rounded) : String(rounded).replace(".", ",");
}

export function SettingsView(props: {
  /** Reads the workbook's settings table; called when the tab opens and after each save. */
  readonly load: () => Promise<WorkbookSettings>;
  readonly onSave: (changes: SettingsChanges) => Promise<WriteNotice>;
  readonly onGoTo?: (cell: string) => void;
}) {
  const { lang } = usePane();
  const s: Words = React.useCallback((key, params) => translate(lang, "settings", key, params), [lang]);
  const styles = useStyles();
  const [stored, setStored] = React.useState<WorkbookSettings | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [draft, setDraft] = React.useState<SettingsDraft | null>(null);
  const [confirming, setConfirming] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [result, setResult] = React.useState<WriteNotice | "invalid" | "unchanged" | null>(null);
  const confirmRef = React.useRef<HTMLElement>(null);
  const { load } = props;

  const reload = React.useCallback(async () => {
    try {
      const read = await load();
      setStored(read);
      setDraft(draftFrom(read));
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, [load]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  React.useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const reading = React.useMemo(() => (stored && draft ? readForm(draft, stored) : null), [stored, draft]);

  if (loadError !== null && stored === null) {
    return (
      <Notice intent="error">
        <MessageBarBody>{s("readFailed", { message: loadError })}</MessageBarBody>
      </Notice>
    );
  }
  if (!stored || !draft || !reading) return <Text>{s("loading")}</Text>;

  const edit = (key: SettingKey, text: string) => {
    setResult(null);
    setConfirming(false);
    setDraft((d) => (d ? { ...d, [key]: text } : d));
  };

  const askToConfirm = (event: React.FormEvent) => {
    event.preventDefault();
    if (Object.keys(reading.issues).length > 0) return setResult("invalid");
    if (Object.keys(reading.changes).length === 0) return setResult("unchanged");
    setResult(null);
    setConfirming(true);
  };

  const save = async () => {
    setSaving(true);
    try {
      const outcome = await props.onSave(reading.changes);
      setResult(outcome);
      setConfirming(false);
      if (outcome.kind === "done") await reload();
    } finally {
      setSaving(false);
    }
  };

  const lines = confirming ? changeLines(reading, lang) : [];

  return (
    <form className={styles.form} onSubmit={askToConfirm} noValidate>
      <Text>{s("intro")}</Text>
      {loadError !== null ? (
        <Notice intent="error">
          <MessageBarBody>{s("readFailed", { message: loadError })}</MessageBarBody>
        </Notice>
      ) : null}
      {stored.table === null ? <Text>{s("noTable")}</Text> : null}
      {stored.problems.length > 0 ? (
        <Notice intent="warning" layout="multiline">
          <MessageBarBody>
            {s("tableProblems")}
            <ProblemList problems={stored.problems} onGoTo={props.onGoTo} />
          </MessageBarBody>
        </Notice>
      ) : null}
      {/* The language is chosen once, at the top of the pane, for the report and the pane alike. */}
      {SETTING_KEYS.filter((key) => key !== "Language").map((key) => {
        const issue = reading.issues[key];
        const message = issue ? issueText(key, issue, lang, s) : undefined;
        const value = stored.settings[key];
        const differs = value !== DEFAULT_SETTINGS[key] && !(definitionOf(key).warningOf && draft[key] === "");
        // A name (Prepared by, Reviewed by) has no default to compare with.
        const named = kindOf(key) === "text";
        const hint = [
          hintText(key, draft[key], shownValue(key, reading.after[key], lang), lang, s),
          named
            ? ""
            : differs
              ? s("hint.differs", { value: shownValue(key, DEFAULT_SETTINGS[key], lang) })
              : s("hint.default", { value: shownValue(key, DEFAULT_SETTINGS[key], lang) }),
        ]
          .filter((part) => part !== "")
          .join(" ");
        const label = settingLabel(key, lang);
        const common = {
          label,
          hint: message ? undefined : hint,
          validationState: message ? ("error" as const) : ("none" as const),
          validationMessage: message,
        };
        const kind = kindOf(key);
        if (kind === "boolean") {
          return (
            <Field key={key} {...common} label={undefined} data-setting={key} data-differs={differs || undefined}>
              <Checkbox
                label={label}
                checked={draft[key] === "TRUE"}
                onChange={(_, data) => edit(key, data.checked === true ? "TRUE" : "FALSE")}
              />
            </Field>
          );
        }
        if (kind === "costRule") {
          return (
            <Field key={key} {...common} data-setting={key} data-differs={differs || undefined}>
              <Select value={draft[key]} onChange={(_, data) => edit(key, data.value)}>
                <option value="any">{s("value.CostRule.any")}</option>
                <option value="aggregate">{s("value.CostRule.aggregate")}</option>
              </Select>
            </Field>
          );
        }
        return (
          <Field key={key} {...common} data-setting={key} data-differs={differs || undefined}>
            <Input
              name={key}
              inputMode={kind === "text" ? "text" : "decimal"}
              value={draft[key]}
              contentAfter={kind === "percent" ? <Text aria-hidden="true">%</Text> : undefined}
              onChange={(_, data) => edit(key, data.value)}
            />
          </Field>
        );
      })}
      {confirming ? (
        <section ref={confirmRef} tabIndex={-1} className={styles.confirm} aria-labelledby="settings-confirm-title">
          <h2 id="settings-confirm-title" className={styles.confirmTitle}>
            {s("confirm.title")}
          </h2>
          <ul className={styles.list} data-changes>
            {lines.map((line) => (
              <li key={line.key} data-change={line.key} data-how={line.how}>
                {s(line.how === "written" ? "confirm.change" : "confirm.follows", {
                  label: line.label,
                  before: line.before,
                  after: line.after,
                })}
              </li>
            ))}
          </ul>
          <Text size={200}>{s("confirm.onlyThese")}</Text>
          <div className={styles.actions}>
            <Button
              type="button"
              appearance="primary"
              disabled={saving}
              icon={saving ? <BusyIcon inverted /> : <CheckmarkRegular />}
              onClick={() => void save()}
            >
              {saving ? s("saving") : s("confirm.yes")}
            </Button>
            <Button type="button" icon={<DismissRegular />} disabled={saving} onClick={() => setConfirming(false)}>
              {s("confirm.no")}
            </Button>
          </div>
        </section>
      ) : null}
      {result === "invalid" ? (
        <Notice intent="error">
          <MessageBarBody>{s("invalidForm")}</MessageBarBody>
        </Notice>
      ) : result === "unchanged" ? (
        <Notice intent="info">
          <MessageBarBody>{s("noChanges")}</MessageBarBody>
        </Notice>
      ) : result !== null ? (
        <WriteResultNotice
          result={result}
          done={s("saved")}
          refused={s("conflict")}
          failed={(message) => s("failed", { message })}
          onGoTo={props.onGoTo}
        />
      ) : null}
      {confirming ? null : (
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<SaveRegular />}>
            {s("save")}
          </Button>
          <Button
            type="button"
            icon={<ArrowResetRegular />}
            onClick={() => {
              setResult(null);
              setDraft(defaultDraft());
            }}
          >
            {s("reset")}
          </Button>
        </div>
      )}
    </form>
  );
}
