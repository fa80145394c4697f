/** Offered when the workbook lacks its inputs: insert the Inputs template (never over an existing sheet). */
import { Button, MessageBarActions, MessageBarBody, useId } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { usePane } from "../i18n";
import { BusyIcon } from "./BusyIcon";
import { Heading } from "./Heading";
import { Notice } from "./Notice";

export function TemplateOffer(props: { readonly busy: boolean; readonly onInsert: () => void }) {
  const { t } = usePane();
  const headingId = useId("template");
  return (
    <Notice intent="info" labelledBy={headingId}>
      <MessageBarBody>
        <Heading id={headingId}>{t("template.title")}</Heading>
        {t("template.body")}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={props.busy} icon={props.busy ? <BusyIcon /> : <TableAddRegular />} onClick={props.onInsert}>
          {props.busy ? t("template.inserting") : t("template.button")}
        </Button>
      </MessageBarActions>
    </Notice>
  );
}
