/**
 * The pane's tabs on one row at any width: tabs that do not fit move into a "More" menu (the
 * Fluent 2 overflow pattern), and the selected tab always stays on the row. Fluent's Overflow
 * and Menu would do the same at several times the bundle cost, so the row is measured here:
 * an invisible copy of every tab gives their widths in the current language.
 */
import * as React from "react";
import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular } from "@fluentui/react-icons";

export interface PaneTab<V extends string> {
  readonly value: V;
  readonly label: string;
}

const useStyles = makeStyles({
  row: {
    position: "relative",
    display: "flex",
    alignItems: "center",
    minWidth: 0,
    columnGap: tokens.spacingHorizontalXXS,
  },
  // Shrinks and clips sideways (Fluent's TabList does neither by default): for the frame before the row re-measures, a narrower pane is not widened.
  tabs: { flexWrap: "nowrap", flexShrink: 1, minWidth: 0, overflowX: "clip" },
  // Laid out like the real row, never seen, never read out, never focused (visibility: hidden);
  // a zero-sized clip so that it never widens the page, its row at its natural width inside.
  measure: {
    position: "absolute",
    visibility: "hidden",
    insetInlineStart: 0,
    top: 0,
    width: 0,
    height: 0,
    overflow: "hidden",
    pointerEvents: "none",
  },
  measureRow: { display: "flex", width: "max-content", flexWrap: "nowrap" },
  tab: { whiteSpace: "nowrap" },
  moreWrap: { position: "relative", flexShrink: 0 },
  menu: {
    position: "absolute",
    insetInlineEnd: 0,
    top: "100%",
    zIndex: 10,
    minWidth: "160px",
    margin: 0,
    padding: tokens.spacingVerticalXS,
    listStyleType: "none",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

/**
 * Which tabs stay on the row: as many as fit in order, leaving room for the More button when any
 * is left over; the selected tab replaces the last one that fits if it would have overflowed.
 */
export function tabsThatFit<V extends string>(
  tabs: readonly PaneTab<V>[],
  widths: ReadonlyMap<V, number>,
  available: number,
  moreWidth: number,
  selected: V,
): V[] {
  const total = tabs.reduce((sum, tab) => sum + (widths.get(tab.value) ?? 0), 0);
  if (total <= available) return tabs.map((tab) => tab.value);
  const kept: V[] = [];
  let used = moreWidth;
  for (const tab of tabs) {
    const width = widths.get(tab.value) ?? 0;
    if (used + width > available) break;
    kept.push(tab.value);
    used += width;
  }
  if (!kept.includes(selected)) {
    const selectedWidth = widths.get(selected) ?? 0;
    while (kept.length > 0 && used + selectedWidth > available) used -= widths.get(kept.pop() as V) ?? 0;
    kept.push(selected);
  }
  return tabs.map((tab) => tab.value).filter((value) => kept.includes(value));
}

export function PaneTabs<V extends string>(props: {
  readonly tabs: readonly PaneTab<V>[];
  readonly selected: V;
  readonly onSelect: (value: V) => void;
  /** Accessible name of the tab list. */
  readonly label: string;
  readonly moreText: string;
  readonly moreLabel: string;
  /** The id of the panel the tabs control; each tab gets the id `tab-<value>`. */
  readonly panelId: string;
}) {
  const styles = useStyles();
  const { tabs, selected, onSelect } = props;
  const rowRef = React.useRef<HTMLDivElement>(null);
  const measureRef = React.useRef<HTMLDivElement>(null);
  const moreRef = React.useRef<HTMLButtonElement>(null);
  const menuRef = React.useRef<HTMLUListElement>(null);
  const [available, setAvailable] = React.useState<number | null>(null);
  const [widths, setWidths] = React.useState<{
    tabs: Map<V, number>;
    more: number;
  } | null>(null);
  const [open, setOpen] = React.useState(false);
  const labels = tabs.map((tab) => tab.label).join("\u0000");

  // Widths change with the words (language, the problems' count), the room with the pane's width.
  React.useLayoutEffect(() => {
    const measure = measureRef.current;
    if (!measure) return;
    const map = new Map<V, number>();
    measure.querySelectorAll<HTMLElement>("[data-measure-tab]").forEach((element) => {
      map.set(element.dataset.measureTab as V, element.getBoundingClientRect().width);
    });
    const more = measure.querySelector<HTMLElement>("[data-measure-more]")?.getBoundingClientRect().width ?? 0;
    setWidths({ tabs: map, more });
  }, [labels]);

  React.useLayoutEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    const update = () => setAvailable(row.clientWidth);
    update();
    // Without ResizeObserver (old webviews, jsdom) the row keeps the width it opened with.
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(row);
    return () => observer.disconnect();
  }, []);

  // jsdom measures everything as 0 wide: every tab then fits, as on a wide pane.
  const visible =
    available === null || widths === null || available === 0
      ? tabs.map((tab) => tab.value)
      : tabsThatFit(tabs, widths.tabs, available, widths.more, selected);
  const overflow = tabs.filter((tab) => !visible.includes(tab.value));
  // A pane widened while the menu was open has nothing left to show in it.
  const menuOpen = open && overflow.length > 0;

  React.useEffect(() => {
    if (menuOpen) menuRef.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  }, [menuOpen]);

  const close = (focusMore: boolean) => {
    setOpen(false);
    if (focusMore) moreRef.current?.focus();
  };

  const onMenuKey = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(items.length - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") close(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  };

  return (
    <div className={styles.row} ref={rowRef}>
      <div className={styles.measure} ref={measureRef} aria-hidden>
        <div className={styles.measureRow}>
          <TabList size="small" className={styles.tabs} selectedValue={null}>
            {tabs.map((tab) => (
              <Tab key={tab.value} value={tab.value} className={styles.tab} data-measure-tab={tab.value} tabIndex={-1}>
                {tab.label}
              </Tab>
            ))}
          </TabList>
          <Button size="small" appearance="subtle" icon={<ChevronDownRegular />} iconPosition="after" data-measure-more tabIndex={-1}>
            {props.moreText}
          </Button>
        </div>
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as V)}
        aria-label={props.label}
      >
        {tabs
          .filter((tab) => visible.includes(tab.value))
          .map((tab) => (
            <Tab key={tab.value} id={`tab-${tab.value}`} value={tab.value} className={styles.tab} aria-controls={props.panelId}>
              {tab.label}
            </Tab>
          ))}
      </TabList>
      {overflow.length > 0 ? (
        <div className={styles.moreWrap}>
          <Button
            ref={moreRef}
            size="small"
            appearance="subtle"
            icon={<ChevronDownRegular />}
            iconPosition="after"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-label={props.moreLabel}
            onClick={() => setOpen(!menuOpen)}
            onKeyDown={(event) => {
              if (event.key === "ArrowDown") {
                event.preventDefault();
                setOpen(true);
              }
            }}
            data-more-tabs={overflow.length}
          >
            {props.moreText}
          </Button>
          {menuOpen ? (
            <ul
              className={styles.menu}
              role="menu"
              aria-label={props.moreLabel}
              ref={menuRef}
              onKeyDown={onMenuKey}
              onBlur={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget !== moreRef.current)
                  setOpen(false);
              }}
            >
              {overflow.map((tab) => (
                <li key={tab.value} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    data-tab={tab.value}
                    className={styles.item}
                    onClick={() => {
                      onSelect(tab.value);
                      setOpen(false);
                      // The chosen tab now sits on the row: focus follows it there.
                      requestAnimationFrame(() => document.getElementById(`tab-${tab.value}`)?.focus());
                    }}
                  >
                    {tab.label}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
