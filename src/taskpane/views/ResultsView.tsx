/** Results: the outcome banner, what could not be written, the Board paragraph, and the indicators by category. */
import * as React from "react";
import { MessageBarBody, Text } from "@fluentui/react-components";
import type { Category } from "../../core/model";
import { previousEvaluation } from "../../core/history";
import type { PaneEvaluation } from "../gateway";
import { usePane } from "../i18n";
import { CategoryCard } from "../components/CategoryCard";
import { Notice } from "../components/Notice";
import { OutcomeBanner } from "../components/OutcomeBanner";
import { ProblemList } from "../components/ProblemList";

// The Board paragraph and its words come with the first results, not with the pane's first paint.
const BoardCopy = React.lazy(() =>
  import(/* webpackChunkName: "board" */ "../components/BoardCopy").then((m) => ({ default: m.BoardCopy })),
);

const CATEGORIES: readonly Category[] = ["membership", "finance", "external"];

export function ResultsView(props: { readonly result: PaneEvaluation | null; readonly onGoTo: (cell: string) => void }) {
  const { t } = usePane();
  const { result } = props;
  if (result === null) return <Text>{t("evaluate.intro")}</Text>;
  // The last evaluation dated before this one: a re-run of the same day is not "the previous".
  const previous = previousEvaluation(result.history, result.evaluation) ?? undefined;
  return (
    <>
      <OutcomeBanner evaluation={result.evaluation} previous={previous} />
      {result.conflicts.length > 0 ? (
        <Notice intent="error" layout="multiline">
          <MessageBarBody>
            {t("evaluate.notWritten")}
            <ProblemList problems={result.conflicts} onGoTo={props.onGoTo} />
          </MessageBarBody>
        </Notice>
      ) : null}
      {result.written ? <Text size={200}>{t("evaluate.written")}</Text> : null}
      {CATEGORIES.map((category) => (
        <CategoryCard
          key={category}
          category={category}
          indicators={result.evaluation.indicators.filter((i) => i.category === category)}
          previous={previous}
        />
      ))}
      <React.Suspense fallback={null}>
        <BoardCopy evaluation={result.evaluation} history={result.history} />
      </React.Suspense>
    </>
  );
}
