/**
 * The check the pane runs once when it opens a set-up workbook: are the written results still
 * true? Only a report that is no longer current is kept (the pane says nothing otherwise); a
 * failed check stays silent too, since it changes nothing and the user can still evaluate.
 */
import * as React from "react";
import type { VerifyReport } from "../core/review/verify";
import type { WorkbookGateway } from "./gateway";
import type { Inspection } from "./usePaneActions";

export function useReview(gateway: WorkbookGateway, inspection: Inspection): VerifyReport | null {
  const [report, setReport] = React.useState<VerifyReport | null>(null);
  const setUp = inspection?.setUp === true;
  React.useEffect(() => {
    if (!setUp || !gateway.review) return;
    let current = true;
    gateway
      .review()
      .then((read) => {
        if (current && read.ok && read.review && !read.review.current) setReport(read.review);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [gateway, setUp]);
  return report;
}
