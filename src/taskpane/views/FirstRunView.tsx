/**
 * A workbook without any of the named inputs: setting it up comes first. Evaluate stays
 * available for a workbook whose inputs exist under other names (it then lists what is missing).
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { usePane } from "../i18n";
import { BusyIcon } from "../components/BusyIcon";
import { Heading } from "../components/Heading";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

export function FirstRunView(props: { readonly busy: boolean; readonly onSetUp: () => void; readonly onEvaluate: () => void }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="first-run" data-first-run>
      <Heading id="first-run">{t("firstRun.title")}</Heading>
      <Text>{t("firstRun.body")}</Text>
      <Button
        appearance="primary"
        size="large"
        disabled={props.busy}
        icon={props.busy ? <BusyIcon inverted /> : <TableAddRegular />}
        onClick={props.onSetUp}
      >
        {props.busy ? t("template.inserting") : t("firstRun.button")}
      </Button>
      <Text size={200}>{t("firstRun.own")}</Text>
      <Button appearance="secondary" size="small" disabled={props.busy} onClick={props.onEvaluate}>
        {t("firstRun.evaluate")}
      </Button>
    </section>
  );
}
