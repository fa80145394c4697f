/**
 * The Inputs view (loaded on demand): every input with its state, "Use selected cells" (checked
 * first; re-pointing a connected name asks, showing old → new) and "Go to". Its words come from
 * the connect catalogue, which travels with this chunk.
 */
import * as React from "react";
import { Button, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CursorClickRegular, ArrowRightRegular } from "@fluentui/react-icons";
import { shapeText, stateText, type InputState } from "../../core/connect";
import { connectText } from "../../core/i18n/connect-catalogue";
import { labelled, problemMessage } from "../../core/text";
import type { SelectionOutcome, WorkbookGateway } from "../gateway";
import { isFailed } from "../gateway";
import { usePane } from "../i18n";
import { Heading } from "../components/Heading";
import { Notice } from "../components/Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  state: { overflowWrap: "anywhere" },
  connected: { color: tokens.colorPaletteGreenForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  missing: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  confirm: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

type Said = { readonly intent: "success" | "warning" | "error"; readonly lines: readonly string[] } | null;

export function InputsView(props: { readonly gateway: WorkbookGateway; readonly onGoTo: (address: string) => void }) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const [states, setStates] = React.useState<readonly InputState[] | null>(null);
  const [said, setSaid] = React.useState<Said>(null);
  const [pending, setPending] = React.useState<Extract<SelectionOutcome, { kind: "confirm" }> | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);

  const load = React.useCallback(async () => {
    const outcome = await props.gateway.inputStates();
    if (isFailed(outcome)) setSaid({ intent: "error", lines: [t("evaluate.failed", { message: outcome.failure.detail })] });
    else setStates(outcome.states);
  }, [props.gateway, t]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const use = async (name: string, confirmed: string | null) => {
    setBusy(name);
    setPending(null);
    try {
      const outcome = await props.gateway.useSelection(name, confirmed);
      if (isFailed(outcome)) {
        setSaid({ intent: "error", lines: [t("evaluate.failed", { message: outcome.failure.detail })] });
        return;
      }
      switch (outcome.kind) {
        case "refused":
          setSaid({ intent: "error", lines: [connectText(lang, "pane.refused", { name, reason: shapeText(outcome.reason, lang) })] });
          break;
        case "confirm":
          setSaid(null);
          setPending(outcome);
          break;
        case "unchanged":
          setSaid({ intent: "success", lines: [connectText(lang, "shape.unchanged", { name: outcome.name, address: outcome.address })] });
          break;
        case "defined":
          setSaid({
            intent: outcome.notes.length > 0 ? "warning" : "success",
            lines: [
              connectText(lang, "pane.defined", { name: outcome.name, address: outcome.address }),
              ...outcome.notes.map((note) => shapeText(note, lang)),
              connectText(lang, "pane.evaluateAgain"),
            ],
          });
          await load();
          break;
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="inputs-title" data-inputs-view>
      <Heading id="inputs-title">{connectText(lang, "pane.title")}</Heading>
      <Text size={200}>{connectText(lang, "pane.intro")}</Text>
      {said ? (
        <Notice intent={said.intent} role="status">
          <MessageBarBody>
            {said.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </Notice>
      ) : null}
      {pending ? (
        <Notice intent="warning" labelledBy="inputs-confirm">
          <MessageBarBody>
            <Text weight="semibold" id="inputs-confirm" block>
              {connectText(lang, "pane.confirmTitle", { name: pending.name })}
            </Text>
            <Text block>{connectText(lang, "shape.repoint", { name: pending.name, old: pending.old, new: pending.address })}</Text>
            <div className={styles.confirm}>
              <Button appearance="primary" size="small" onClick={() => void use(pending.name, pending.address)} data-confirm-repoint>
                {connectText(lang, "pane.confirm")}
              </Button>
              <Button size="small" onClick={() => setPending(null)}>
                {connectText(lang, "pane.cancel")}
              </Button>
            </div>
          </MessageBarBody>
        </Notice>
      ) : null}
      {states === null ? (
        <Text>{t("app.loading")}</Text>
      ) : (
        <ul className={styles.list}>
          {states.map((state) => {
            const address =
              state.kind === "connected" ? state.address : state.kind === "problem" ? state.problem.cell || state.address : null;
            const tone = state.kind === "connected" ? styles.connected : state.kind === "problem" ? styles.problem : styles.missing;
            return (
              <li key={state.name} className={styles.row} data-input={state.name} data-state={state.kind}>
                <Text className={styles.name}>{state.name}</Text>
                <Text size={200} className={mergeClasses(styles.state, tone)}>
                  {state.kind === "problem"
                    ? labelled(lang, connectText(lang, "state.problem"), problemMessage(state.problem, lang))
                    : stateText(state, lang)}
                </Text>
                <div className={styles.actions}>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<CursorClickRegular />}
                    disabled={busy !== null}
                    onClick={() => void use(state.name, null)}
                  >
                    {connectText(lang, "pane.use")}
                  </Button>
                  {address ? (
                    <Button size="small" appearance="subtle" icon={<ArrowRightRegular />} onClick={() => props.onGoTo(address)}>
                      {connectText(lang, "pane.goTo")}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
