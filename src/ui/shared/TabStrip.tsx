import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { TabStripProps, TabStripTabProps } from './TabStrip.types';
import { useTabListStyles, useTabStripStyles, useTabStyles } from './useTabStripStyles';

/**
 * Tabs after WAI-ARIA's tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/), manual
 * activation: one tab stop (the selected tab), arrow keys and Home/End move focus, Enter, Space
 * or a click selects. Replaces Fluent's TabList, whose styles and arrow-key machinery were ~7 KB
 * (gzip) of every first download for two or three tabs.
 */
const TabStripContext = React.createContext<{ selected: string; select: (value: string) => void }>({
  selected: '',
  select: () => undefined
});

const NEXT: { [key: string]: (index: number, count: number) => number } = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1
};

export function TabStrip(props: TabStripProps): JSX.Element {
  const base = useTabListStyles();
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    const move = NEXT[e.key];
    if (!move) {
      return;
    }
    const tabs = Array.prototype.slice.call(e.currentTarget.querySelectorAll('[role="tab"]')) as HTMLElement[];
    const index = tabs.indexOf(document.activeElement as HTMLElement);
    if (index < 0) {
      return;
    }
    e.preventDefault();
    tabs[move(index, tabs.length)].focus();
  };
  const value = React.useMemo(() => ({ selected: props.selectedValue, select: props.onTabSelect }), [props.selectedValue, props.onTabSelect]);
  return (
    <TabStripContext.Provider value={value}>
      <div role="tablist" aria-label={props['aria-label']} className={mergeClasses(base, props.className)} onKeyDown={onKeyDown}>
        {props.children}
      </div>
    </TabStripContext.Provider>
  );
}

export function TabStripTab(props: TabStripTabProps): JSX.Element {
  const base = useTabStyles();
  const styles = useTabStripStyles();
  const context = React.useContext(TabStripContext);
  const { value, className, onClick, ...rest } = props;
  const selected = context.selected === value;
  return (
    <button
      {...rest}
      type="button"
      role="tab"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={mergeClasses('sb-Tab', base, selected && styles.selected, className)}
      onClick={(e) => {
        if (onClick) {
          onClick(e);
        }
        if (!selected) {
          context.select(value);
        }
      }}
    />
  );
}
