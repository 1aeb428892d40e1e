/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { TabStrip, TabStripTab } from '../../../src/ui/shared/TabStrip';

function Tabs(props: { onSelect?: (value: string) => void }): JSX.Element {
  const [value, setValue] = React.useState('a');
  return (
    <TabStrip
      selectedValue={value}
      aria-label="Weergave"
      onTabSelect={(v) => {
        setValue(v);
        if (props.onSelect) props.onSelect(v);
      }}
    >
      <TabStripTab value="a" aria-controls="panel-a">
        Alle
      </TabStripTab>
      <TabStripTab value="b" data-extra="b">
        Mijn
      </TabStripTab>
      <TabStripTab value="c">Beheer</TabStripTab>
    </TabStrip>
  );
}

describe('TabStrip (WAI-ARIA tabs, manual activation)', () => {
  it('is a labelled tablist whose selected tab is the one tab stop', () => {
    render(<Tabs />);
    expect(screen.getByRole('tablist', { name: 'Weergave' })).toBeTruthy();
    const [a, b, c] = screen.getAllByRole('tab');
    expect(a).toHaveAttribute('aria-selected', 'true');
    expect(a).toHaveAttribute('tabindex', '0');
    expect(a).toHaveAttribute('aria-controls', 'panel-a');
    expect(b).toHaveAttribute('aria-selected', 'false');
    expect([b.getAttribute('tabindex'), c.getAttribute('tabindex')]).toEqual(['-1', '-1']);
    expect(b).toHaveAttribute('data-extra', 'b');
  });

  it('moves focus with the arrow keys, Home and End (wrapping), without selecting', () => {
    const onSelect = jest.fn();
    render(<Tabs onSelect={onSelect} />);
    const [a, b, c] = screen.getAllByRole('tab');
    a.focus();
    fireEvent.keyDown(a, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(b);
    fireEvent.keyDown(b, { key: 'End' });
    expect(document.activeElement).toBe(c);
    fireEvent.keyDown(c, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(a);
    fireEvent.keyDown(a, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(c);
    fireEvent.keyDown(c, { key: 'Home' });
    expect(document.activeElement).toBe(a);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('selects on click (Enter and Space click a button) and moves the tab stop', () => {
    const onSelect = jest.fn();
    render(<Tabs onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn' }));
    expect(onSelect).toHaveBeenCalledWith('b');
    expect(screen.getByRole('tab', { name: 'Mijn' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Mijn' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Alle' })).toHaveAttribute('tabindex', '-1');
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn' }));
    expect(onSelect).toHaveBeenCalledTimes(1);
  });
});
