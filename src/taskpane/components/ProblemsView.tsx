// TEMPORARY stub until the results branch lands.
import { Text } from "@fluentui/react-components";
import type { Problem } from "../../core/model";
import { ProblemList } from "./ProblemList";
export function ProblemsView(props: { readonly problems: readonly Problem[]; readonly onGoTo: (cell: string) => void; readonly goToFailure: string | null }) {
  return (<>{props.goToFailure ? <Text>{props.goToFailure}</Text> : null}<ProblemList problems={props.problems} onGoTo={props.onGoTo} /></>);
}
