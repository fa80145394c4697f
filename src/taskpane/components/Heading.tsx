/** Section headings inside message bars and cards: semantic h2, no browser margins. */
import { Text, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({ heading: { margin: 0 } });

export function Heading(props: { readonly id?: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <Text as="h2" weight="semibold" size={400} block id={props.id} className={styles.heading}>
      {props.children}
    </Text>
  );
}
