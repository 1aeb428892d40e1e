/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { NationalDay } from '../../../../src/core/types';
import { NationalDayInput } from '../../../../src/data/contracts/IContentCalendarApi';
import { NationalDaysPanel } from '../../../../src/ui/contentCalendar/editors';
import { ruleInWords } from '../../../../src/ui/contentCalendar/editors/nationalDayForm';

configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

const DAYS: NationalDay[] = [
  { id: 1, title: 'Dag van de Mantelzorg', rule: { kind: 'fixed', month: 11, day: 10 }, active: true, description: '', pillar: 'Samen' },
  { id: 2, title: 'Week van de werkstress', rule: { kind: 'nthWeekday', month: 11, weekday: 1, n: 2 }, durationDays: 5, active: true, description: '' },
  { id: 3, title: 'Nationale Sportdag', rule: { kind: 'lastWeekday', month: 9, weekday: 5 }, active: false, description: '' },
  { id: 4, title: 'Dag van de Duurzaamheid', rule: { kind: 'explicit', dates: ['2027-10-08', '2026-10-09'] }, active: true, description: '' }
];

interface Call {
  day: NationalDayInput;
  id?: number;
}

function renderPanel(onSave?: (day: NationalDayInput, id?: number) => Promise<void>): Call[] {
  const calls: Call[] = [];
  render(
    <NationalDaysPanel
      open
      days={DAYS}
      year={2026}
      onSave={async (day, id) => {
        calls.push({ day, id });
        if (onSave) {
          await onSave(day, id);
        }
      }}
      onClose={() => undefined}
    />
  );
  return calls;
}

function item(id: number): HTMLElement {
  return document.querySelector(`[data-national-day="${id}"]`) as HTMLElement;
}

function formField(name: string): HTMLInputElement {
  const el = document.querySelector(`[data-national-day-form] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error('no field ' + name);
  }
  return el;
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 10));
  });
}

describe('Contentkalender: NationalDaysPanel', () => {
  it('says each rule in words', () => {
    expect(ruleInWords(DAYS[0].rule, 'nl-NL')).toBe('elk jaar op 10 november');
    expect(ruleInWords({ kind: 'nthWeekday', month: 10, weekday: 2, n: 1 }, 'nl-NL')).toBe('eerste dinsdag van oktober');
    expect(ruleInWords({ kind: 'lastWeekday', month: 9, weekday: 5 }, 'nl-NL')).toBe('laatste vrijdag van september');
    expect(ruleInWords(DAYS[3].rule, 'nl-NL')).toBe('per jaar: 2026-10-09, 2027-10-08');
    expect(ruleInWords({ kind: 'fixed', month: 2, day: 31 }, 'nl-NL')).toBe('ongeldige regel');
  });

  it('lists the days with their rule, the date(s) in the year and whether they are active', () => {
    renderPanel();
    expect(within(item(1)).getByText('elk jaar op 10 november')).toBeInTheDocument();
    expect(within(item(1)).getByText('In 2026: di 10 nov 2026')).toBeInTheDocument();
    expect(within(item(2)).getByText('tweede maandag van november')).toBeInTheDocument();
    expect(within(item(2)).getByText('In 2026: ma 9 nov 2026 – vr 13 nov 2026')).toBeInTheDocument();
    expect(within(item(3)).getByText('laatste vrijdag van september')).toBeInTheDocument();
    expect(within(item(3)).getByText('In 2026: vr 25 sep 2026')).toBeInTheDocument();
    expect(within(item(3)).getByText('Uitgezet')).toBeInTheDocument();
    expect(within(item(4)).getByText('In 2026: vr 9 okt 2026')).toBeInTheDocument();
  });

  it('switches a day off and on with its id and everything else unchanged', async () => {
    const calls = renderPanel();
    fireEvent.click(within(item(1)).getByRole('button', { name: 'Zet uit' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      id: 1,
      day: { title: 'Dag van de Mantelzorg', rule: { kind: 'fixed', month: 11, day: 10 }, durationDays: undefined, active: false, description: '', pillar: 'Samen' }
    });
    await waitFor(() => expect(within(item(3)).getByRole('button', { name: 'Zet aan' })).not.toBeDisabled());
    fireEvent.click(within(item(3)).getByRole('button', { name: 'Zet aan' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].id).toBe(3);
    expect(calls[1].day.active).toBe(true);
  });

  it('refuses 31 February as a fixed date, in Dutch next to the field, and saves once corrected', async () => {
    const calls = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Dag toevoegen' }));
    fireEvent.change(formField('title'), { target: { value: 'Dag van de Schrikkel' } });
    fireEvent.change(formField('month'), { target: { value: '2' } });
    fireEvent.change(formField('day'), { target: { value: '31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await settle();
    expect(screen.getByText('31 februari bestaat niet.')).toBeInTheDocument();
    expect(document.activeElement).toBe(formField('day'));
    expect(calls).toHaveLength(0);

    fireEvent.change(formField('day'), { target: { value: '29' } });
    // A leap-day rule gives no date in 2026 (decision in core/calendar/nationalDays).
    expect(document.querySelector('[data-rule-preview]')).toHaveTextContent('Valt in 2026 op: —');
    fireEvent.change(formField('durationDays'), { target: { value: '1,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await settle();
    expect(screen.getByText('Aantal dagen moet een heel getal van minimaal 1 zijn.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    fireEvent.change(formField('durationDays'), { target: { value: '1' } });
    fireEvent.change(formField('pillar'), { target: { value: 'Beter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      id: undefined,
      day: { title: 'Dag van de Schrikkel', rule: { kind: 'fixed', month: 2, day: 29 }, durationDays: 1, active: true, description: '', pillar: 'Beter' }
    });
    // Back to the list.
    await screen.findByRole('button', { name: 'Dag toevoegen' });
  });

  it('changes a rule to "first Tuesday of October" and shows the date it gives; explicit dates are checked', async () => {
    const calls = renderPanel();
    fireEvent.click(within(item(1)).getByRole('button', { name: 'Dag van de Mantelzorg wijzigen' }));
    expect(formField('title').value).toBe('Dag van de Mantelzorg');
    fireEvent.change(formField('kind'), { target: { value: 'nthWeekday' } });
    fireEvent.change(formField('n'), { target: { value: '1' } });
    fireEvent.change(formField('weekday'), { target: { value: '2' } });
    fireEvent.change(formField('month'), { target: { value: '10' } });
    expect(document.querySelector('[data-rule-preview]')).toHaveTextContent('Valt in 2026 op: di 6 okt 2026');

    fireEvent.change(formField('kind'), { target: { value: 'explicit' } });
    fireEvent.change(formField('dates'), { target: { value: '2026-11-02, 2026-02-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await settle();
    expect(screen.getByText('"2026-02-30" is geen bestaande datum (JJJJ-MM-DD).')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    fireEvent.change(formField('kind'), { target: { value: 'nthWeekday' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].id).toBe(1);
    expect(calls[0].day.rule).toEqual({ kind: 'nthWeekday', month: 10, weekday: 2, n: 1 });
    expect(calls[0].day.pillar).toBe('Samen');
  });
});
