/**
 * A workbook without any of the inputs: connecting the budget where it already is, or a new
 * Inputs sheet, come first. No Evaluate here: it would only report eight inputs missing.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LinkRegular, TableAddRegular } from "@fluentui/react-icons";
import { usePane } from "../i18n";
import { BusyIcon } from "../components/BusyIcon";
import { Heading } from "../components/Heading";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function FirstRunView(props: { readonly busy: boolean; readonly onSetUp: () => void; readonly onConnect: () => void }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="first-run" data-first-run>
      <Heading id="first-run">{t("firstRun.title")}</Heading>
      <Text>{t("firstRun.body")}</Text>
      <Text weight="semibold">{t("firstRun.own")}</Text>
      <div className={styles.choices}>
        <Button appearance="primary" icon={<LinkRegular />} disabled={props.busy} onClick={props.onConnect} data-connect>
          {t("firstRun.connect")}
        </Button>
        <Button appearance="secondary" disabled={props.busy} icon={props.busy ? <BusyIcon /> : <TableAddRegular />} onClick={props.onSetUp}>
          {props.busy ? t("template.inserting") : t("firstRun.button")}
        </Button>
      </div>
    </section>
  );
}
