/**
 * "Check this Excel": runs the adapter's self-test through the gateway and shows, per behaviour,
 * its requirement set and whether this Excel passed, with Excel's error text; the report can be
 * copied for a support ticket.
 */
import * as React from "react";
import {
  Button,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular, CopyRegular, PlayRegular } from "@fluentui/react-icons";
import type { SelfTestRow, WorkbookGateway } from "../gateway";
import { copyText } from "../clipboard";
import { usePane } from "../i18n";
import { selfTestText, type SelfTestKey } from "../../core/i18n/self-test-catalogue";
import { BusyIcon } from "./BusyIcon";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  error: { display: "block", color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  report: { width: "100%", minHeight: "8em", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** The report as plain text: one line per behaviour, tab-separated, for a support ticket. */
type Words = (key: SelfTestKey | "selfTest.open", params?: Readonly<Record<string, string | number>>) => string;

export function reportText(rows: readonly SelfTestRow[], t: Words, host: string): string {
  const header = [t("selfTest.column.behaviour"), t("selfTest.column.set"), t("selfTest.column.result")].join("\t");
  const lines = rows.map((row) =>
    [t(`selfTest.check.${row.id}` as SelfTestKey), `ExcelApi ${row.set}`, t(`selfTest.status.${row.status}`), row.error ?? ""]
      .join("\t")
      .trimEnd(),
  );
  return [`${t("selfTest.open")}: ${host}`, header, ...lines].join("\n");
}

export function SelfTestView(props: { readonly gateway: WorkbookGateway; readonly onBack: () => void }) {
  const pane = usePane();
  const t: Words = (key, params) => (key === "selfTest.open" ? pane.t(key) : selfTestText(pane.lang, key, params));
  const styles = useStyles();
  const [rows, setRows] = React.useState<readonly SelfTestRow[] | null>(null);
  const [running, setRunning] = React.useState(false);
  const [copied, setCopied] = React.useState<boolean | null>(null);

  const run = async () => {
    setRunning(true);
    setCopied(null);
    try {
      setRows(await props.gateway.selfTest());
    } finally {
      setRunning(false);
    }
  };

  const count = (status: SelfTestRow["status"]) => rows?.filter((row) => row.status === status).length ?? 0;
  const report = rows ? reportText(rows, t, props.gateway.hostDescription()) : "";

  return (
    <section className={styles.root} aria-labelledby="self-test-title">
      <h1 id="self-test-title">{t("selfTest.open")}</h1>
      <Text>{t("selfTest.intro")}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={running ? <BusyIcon inverted /> : <PlayRegular />}
          disabled={running}
          onClick={run}
          data-self-test-run
        >
          {running ? t("selfTest.running") : t("selfTest.run")}
        </Button>
        <Button icon={<ArrowLeftRegular />} onClick={props.onBack}>
          {t("selfTest.back")}
        </Button>
      </div>
      {rows ? (
        <>
          <Text data-self-test-summary={`${count("passed")}/${count("failed")}/${count("skipped")}`}>
            {t("selfTest.summary", { passed: count("passed"), failed: count("failed"), skipped: count("skipped") })}
          </Text>
          <Table size="small" aria-labelledby="self-test-title">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("selfTest.column.behaviour")}</TableHeaderCell>
                <TableHeaderCell>{t("selfTest.column.set")}</TableHeaderCell>
                <TableHeaderCell>{t("selfTest.column.result")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} data-self-test={row.id} data-status={row.status}>
                  <TableCell>{t(`selfTest.check.${row.id}` as SelfTestKey)}</TableCell>
                  <TableCell>{row.set}</TableCell>
                  <TableCell>
                    {t(`selfTest.status.${row.status}`)}
                    {row.error ? <span className={styles.error}>{row.error}</span> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.actions}>
            <Button icon={<CopyRegular />} onClick={async () => setCopied(await copyText(report))}>
              {t("selfTest.copy")}
            </Button>
          </div>
          {copied === true ? (
            <Notice intent="success">
              <MessageBarBody>{t("selfTest.copied")}</MessageBarBody>
            </Notice>
          ) : null}
          {copied === false ? (
            <Notice intent="warning">
              <MessageBarBody>{t("selfTest.copyFailed")}</MessageBarBody>
            </Notice>
          ) : null}
          <textarea className={styles.report} readOnly value={report} aria-label={t("selfTest.copy")} />
        </>
      ) : null}
    </section>
  );
}
