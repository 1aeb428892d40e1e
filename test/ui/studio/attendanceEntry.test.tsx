/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { Activity } from '../../../src/core/types';
import { AppShell } from '../../../src/ui/host/AppShell';
import { AttendanceEntry } from '../../../src/ui/studio/AttendanceEntry';
import { activity } from '../activities/fakeActivitiesApi';
import { FakeStudioApi } from './fakeStudioApi';

// Issue 13: after a date, the organiser enters how many came (a number, never who).
configure({ defaultHidden: true });

const NOW = new Date('2026-11-24T12:00:00Z'); // Tuesday 24 Nov, 13:00 in Amsterdam: today's walk has started
const WALK = activity({ id: 5, title: 'Lunchwandeling', shape: 'weeklyDropIn', dates: ['2026-11-10', '2026-11-17', '2026-11-24', '2026-12-01'], capacity: 20 });

async function open(api: FakeStudioApi, item: Activity = WALK): Promise<HTMLElement> {
  api.addActivity(item);
  const slots = await api.loadParticipants(item);
  render(
    <AppShell host={{ kind: 'teams', locale: 'nl-NL', teamsTheme: 'default' }} instanceId="a1">
      <AttendanceEntry api={api} activity={item} slots={slots} locale="nl-NL" now={() => NOW} />
    </AppShell>
  );
  const section = screen.getByRole('region', { name: 'Opkomst' });
  await act(async () => undefined);
  return section;
}

const rows = (section: HTMLElement): string[] => Array.from(section.querySelectorAll('[data-attendance]')).map((li) => li.getAttribute('data-attendance') as string);
const input = (section: HTMLElement, label: string): HTMLInputElement => within(section).getByLabelText(label) as HTMLInputElement;

describe('Opkomst (attendance entry)', () => {
  it('offers the dates that have started, not later ones, with what was saved and how many signed up', async () => {
    const api = new FakeStudioApi();
    api.attendance[5] = { '2026-11-10': 11 };
    // Signed up on 20 Nov (the fake's time) for today's walk: confirmed.
    api.signUp(WALK, '2026-11-24', { id: 21, name: 'Anouk Janssen', email: 'anouk@x.example' });
    api.signUp(WALK, '2026-11-24', { id: 22, name: 'Jérôme Dubois', email: 'jerome@x.example' });
    const section = await open(api);
    expect(rows(section)).toEqual(['2026-11-10', '2026-11-17', '2026-11-24']);
    expect(input(section, 'Aantal gekomen op di 10 nov 2026').value).toBe('11');
    expect(input(section, 'Aantal gekomen op di 17 nov 2026').value).toBe('');
    expect(within(section.querySelector('[data-attendance="2026-11-17"]') as HTMLElement).getByText('0 aangemeld')).toBeInTheDocument();
    expect(within(section.querySelector('[data-attendance="2026-11-24"]') as HTMLElement).getByText('2 aangemeld')).toBeInTheDocument();
  });

  it('saves a number with Enter and says so; a correction is saved again', async () => {
    const api = new FakeStudioApi();
    const section = await open(api);
    const field = input(section, 'Aantal gekomen op di 17 nov 2026');
    fireEvent.change(field, { target: { value: ' 14 ' } });
    await act(async () => {
      fireEvent.submit(field.closest('form') as HTMLFormElement);
    });
    expect(api.attendanceCalls).toEqual(['load:5', 'record:5:2026-11-17:14']);
    expect(section.querySelector('[data-attendance-status]')).toHaveTextContent('Opkomst van di 17 nov 2026 opgeslagen: 14.');
    fireEvent.change(field, { target: { value: '15' } });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Opkomst opslaan voor di 17 nov 2026' }));
    });
    expect(api.attendance[5]).toEqual({ '2026-11-17': 15 });
  });

  it('refuses anything but a whole number 0–500 in Dutch, sends nothing and keeps focus on the field', async () => {
    const api = new FakeStudioApi();
    const section = await open(api);
    for (const bad of ['veertien', '600', '-2', '3,5', '']) {
      const field = input(section, 'Aantal gekomen op di 10 nov 2026');
      fireEvent.change(field, { target: { value: bad } });
      await act(async () => {
        fireEvent.submit(field.closest('form') as HTMLFormElement);
      });
      expect(within(section).getByText('Vul een heel getal in van 0 tot en met 500.')).toBeInTheDocument();
      expect(document.activeElement).toBe(field);
    }
    expect(api.attendanceCalls).toEqual(['load:5']);
  });

  it('keeps the number typed when saving fails, and says why', async () => {
    const api = new FakeStudioApi();
    api.attendanceFailure = new DataError('network', 'offline');
    const section = await open(api);
    const field = input(section, 'Aantal gekomen op di 24 nov 2026');
    fireEvent.change(field, { target: { value: '9' } });
    await act(async () => {
      fireEvent.submit(field.closest('form') as HTMLFormElement);
    });
    expect(within(section).getByRole('alert')).toBeInTheDocument();
    expect(field.value).toBe('9');
    expect(api.attendance[5]).toBeUndefined();
  });

  it('has nothing to fill in before the first date, for a called-off date or a called-off activity', async () => {
    const later = activity({ id: 6, title: 'Workshop', dates: ['2026-12-10'] });
    expect(rows(await open(new FakeStudioApi(), later))).toEqual([]);
    expect(screen.getByText('Na de eerste datum vul je hier in hoeveel mensen er kwamen.')).toBeInTheDocument();
  });

  it('skips a called-off date, and a cancelled activity has none', async () => {
    const withOff = { ...WALK, id: 7, cancelledDates: [{ date: '2026-11-17', reason: 'Storm' }] } as Activity;
    expect(rows(await open(new FakeStudioApi(), withOff))).toEqual(['2026-11-10', '2026-11-24']);
  });

  it('a cancelled activity offers no dates', async () => {
    const cancelled = { ...WALK, id: 8, status: 'cancelled' } as Activity;
    expect(rows(await open(new FakeStudioApi(), cancelled))).toEqual([]);
  });
});
