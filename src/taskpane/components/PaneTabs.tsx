/**
 * The pane's tabs on one row at any width: tabs that do not fit move into a "More" menu (the
 * Fluent 2 overflow pattern). The row keeps its order whatever is selected; a selected tab that
 * lives in the menu is shown on the More button (its name where it fits, the selection bar,
 * aria-current), never swapped into the row, so no tab disappears when another is chosen. Fluent's Overflow
 * and Menu would do the same at several times the bundle cost, so the row is measured here:
 * an invisible copy of every tab gives their widths in the current language.
 */
import * as React from "react";
import { Button, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
    // No gap: the measured widths add up to the row exactly; the button's padding separates it.
    minWidth: 0,
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
  // 4 px each side instead of Fluent's 6 (tabs) and 8 (small button): at 320 px those pixels keep
  // "Problemas (12)" whole beside "Resultados" and the More button.
  tab: { whiteSpace: "nowrap", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  // A small Button is also at least 64 px wide: "Más" needs less.
  more: { minWidth: 0 },
  moreWrap: { position: "relative", flexShrink: 0 },
  // The selected tab's bar and weight (as Fluent's small Tab draws them) on the More button.
  current: {
    position: "relative",
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      insetInlineStart: tokens.spacingHorizontalS,
      insetInlineEnd: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
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
 * Which tabs stay on the row: the longest run of tabs, in their fixed order, that fits beside the
 * More button holding the rest (`moreWidth(rest)`: the button at its widest, since it shows the
 * selected tab's name when that one is in it). The selection never changes the row, so a tab
 * never jumps or disappears when another is chosen; the first `keep` tabs always stay.
 */
export function tabsThatFit<V extends string>(
  tabs: readonly PaneTab<V>[],
  widths: ReadonlyMap<V, number>,
  available: number,
  moreWidth: (rest: readonly V[]) => number,
  keep = 1,
): V[] {
  const values = tabs.map((tab) => tab.value);
  const width = (list: readonly V[]) => list.reduce((sum, value) => sum + (widths.get(value) ?? 0), 0);
  if (width(values) <= available) return values;
  for (let count = values.length - 1; count > keep; count -= 1) {
    const kept = values.slice(0, count);
    if (width(kept) + moreWidth(values.slice(count)) <= available) return kept;
  }
  return values.slice(0, Math.min(keep, values.length));
}

/**
 * The row, and whether the More button shows the selected tab it holds by name ("Settings")
 * or by its own word and the selection bar. The row is chosen first, whatever is selected: with
 * room for the button at its widest name when that still fits, else for its word, so that the
 * first `keep` tabs (Results, Problems) stay whole. The selected tab's name is then shown when
 * it fits in the room left. `moreWidths`: the button with its word (key "") and with each name.
 */
export function tabRow<V extends string>(
  tabs: readonly PaneTab<V>[],
  widths: ReadonlyMap<V, number>,
  available: number,
  moreWidths: ReadonlyMap<string, number>,
  selected: V,
  keep = 1,
): { readonly visible: V[]; readonly named: boolean } {
  const word = moreWidths.get("") ?? 0;
  const widest = (rest: readonly V[]) => Math.max(word, ...rest.map((value) => moreWidths.get(value) ?? 0));
  const width = (list: readonly V[]) => list.reduce((sum, value) => sum + (widths.get(value) ?? 0), 0);
  const restOf = (list: readonly V[]) => tabs.map((tab) => tab.value).filter((value) => !list.includes(value));
  let visible = tabsThatFit(tabs, widths, available, widest, keep);
  if (restOf(visible).length > 0 && width(visible) + widest(restOf(visible)) > available) {
    visible = tabsThatFit(tabs, widths, available, () => word, keep);
  }
  // A selected tab on the row leaves the button its word: nothing to name.
  const named = visible.includes(selected) || width(visible) + Math.max(word, moreWidths.get(selected) ?? 0) <= available;
  return { visible, named };
}

export function PaneTabs<V extends string>(props: {
  readonly tabs: readonly PaneTab<V>[];
  readonly selected: V;
  readonly onSelect: (value: V) => void;
  /** Accessible name of the tab list. */
  readonly label: string;
  readonly moreText: string;
  readonly moreLabel: string;
  /** The More button's accessible name while it holds the selected tab, e.g. "More views: Settings". */
  readonly moreCurrentLabel: (tab: string) => string;
  /** The first tabs that stay on the row at any width (the pane keeps Results and Problems). */
  readonly keep?: number;
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
    /** The More button with its own word (key "") and with each tab's name. */
    more: Map<string, number>;
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
    const more = new Map<string, number>();
    measure.querySelectorAll<HTMLElement>("[data-measure-more]").forEach((element) => {
      more.set(element.dataset.measureMore ?? "", element.getBoundingClientRect().width);
    });
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
  const { visible, named } =
    available === null || widths === null || available === 0
      ? { visible: tabs.map((tab) => tab.value), named: true }
      : tabRow(tabs, widths.tabs, available, widths.more, selected, props.keep);
  const overflow = tabs.filter((tab) => !visible.includes(tab.value));
  const current = overflow.find((tab) => tab.value === selected);
  // A pane widened while the menu was open has nothing left to show in it.
  const menuOpen = open && overflow.length > 0;

  React.useEffect(() => {
    if (menuOpen)
      (
        menuRef.current?.querySelector<HTMLElement>("[aria-checked=true]") ??
        menuRef.current?.querySelector<HTMLElement>("[role=menuitemradio]")
      )?.focus();
  }, [menuOpen]);

  const close = (focusMore: boolean) => {
    setOpen(false);
    if (focusMore) moreRef.current?.focus();
  };

  const onMenuKey = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>("[role=menuitemradio]") ?? []);
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
          <Button
            size="small"
            appearance="subtle"
            icon={<ChevronDownRegular />}
            iconPosition="after"
            className={mergeClasses(styles.tab, styles.more)}
            data-measure-more=""
            tabIndex={-1}
          >
            {props.moreText}
          </Button>
          {tabs.map((tab) => (
            <Button
              key={tab.value}
              size="small"
              appearance="subtle"
              icon={<ChevronDownRegular />}
              iconPosition="after"
              className={mergeClasses(styles.tab, styles.more, styles.current)}
              data-measure-more={tab.value}
              tabIndex={-1}
            >
              {tab.label}
            </Button>
          ))}
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
            // The panel is labelled by `tab-<selected>`: the More button while it holds the selected tab.
            id={current ? `tab-${current.value}` : undefined}
            className={mergeClasses(styles.tab, styles.more, current && styles.current)}
            size="small"
            appearance="subtle"
            icon={<ChevronDownRegular />}
            iconPosition="after"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-current={current ? "true" : undefined}
            aria-label={current ? props.moreCurrentLabel(current.label) : props.moreLabel}
            onClick={() => setOpen(!menuOpen)}
            onKeyDown={(event) => {
              if (event.key === "ArrowDown") {
                event.preventDefault();
                setOpen(true);
              }
            }}
            data-more-tabs={overflow.length}
            data-current={current?.value}
          >
            {current && named ? current.label : props.moreText}
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
                    role="menuitemradio"
                    aria-checked={tab.value === selected}
                    tabIndex={-1}
                    data-tab={tab.value}
                    className={styles.item}
                    onClick={() => {
                      onSelect(tab.value);
                      setOpen(false);
                      // Focus goes back to the More button, which now shows the chosen tab.
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
