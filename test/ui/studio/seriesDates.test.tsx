/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, within, configure, act, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ActivityDraft } from '../../../src/core/activities/activityDraft';
import { activity } from '../activities/fakeActivitiesApi';
import { FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ asyncUtilTimeout: 4000 });

// Start to Run on Thursdays in December; 17 December skipped for a holiday.
const IRREGULAR = ['2026-12-03', '2026-12-10', '2026-12-24', '2026-12-31'];

function field(name: string): HTMLInputElement {
  const el = document.querySelector(`[data-studio-form] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error('no field ' + name);
  }
  return el;
}

function dateList(): HTMLElement {
  return document.querySelector('[data-studio-form] [data-date-list]') as HTMLElement;
}

function listedDates(): string[] {
  return within(dateList())
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-date') || '');
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 10));
  });
}

/** Opens an irregular programme for editing; returns the api with `update` spied on. */
async function editIrregularProgramme(): Promise<{ api: FakeStudioApi; update: jest.SpyInstance<Promise<unknown>, [number, string, ActivityDraft]> }> {
  const api = new FakeStudioApi();
  api.addActivity(
    activity({ id: 5, title: 'Start to Run', shape: 'programme', dates: IRREGULAR, startTime: '17:15', endTime: '18:15', organiser: { id: 7, name: 'Maud', email: 'm@x' } })
  );
  const update = jest.spyOn(api, 'update');
  renderStudio(api);
  fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Wijzigen' }));
  expect(field('title').value).toBe('Start to Run');
  return { api, update };
}

function save(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
}

describe('Ambassadeurs: the dates of a series', () => {
  it('opens an irregular programme with its four dates and saves exactly those when untouched', async () => {
    const { update } = await editIrregularProgramme();
    expect(listedDates()).toEqual(IRREGULAR);
    const list = within(dateList());
    expect(list.getByText('donderdag 24 december 2026')).toBeInTheDocument();
    expect(list.queryByText(/17 december/)).toBeNull();
    expect(list.getByText(/Niet elke week/)).toBeInTheDocument();
    expect(list.getByText(/dan wordt de lijst opnieuw gemaakt/)).toBeInTheDocument();
    save();
    await screen.findByText('Opgeslagen: Start to Run');
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0][2].dates).toEqual(IRREGULAR);
  });

  it('removes one date with "Verwijder 24 december" and saves three', async () => {
    const { update } = await editIrregularProgramme();
    fireEvent.click(within(dateList()).getByRole('button', { name: 'Verwijder 24 december' }));
    expect(listedDates()).toEqual(['2026-12-03', '2026-12-10', '2026-12-31']);
    // Focus stays in the list: on the row that took its place.
    await settle();
    expect(document.activeElement).toBe(within(dateList()).getByRole('button', { name: 'Verwijder 31 december' }));
    expect(within(dateList()).getByText('Bijeenkomsten (3)')).toBeInTheDocument();
    save();
    await screen.findByText('Opgeslagen: Start to Run');
    expect(update.mock.calls[0][2].dates).toEqual(['2026-12-03', '2026-12-10', '2026-12-31']);
  });

  it('adds a date in date order, also with Enter, without submitting the form', async () => {
    const { update } = await editIrregularProgramme();
    fireEvent.change(field('newDate'), { target: { value: '2026-12-17' } });
    fireEvent.keyDown(field('newDate'), { key: 'Enter' });
    expect(listedDates()).toEqual(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31']);
    expect(field('newDate').value).toBe('');
    expect(update).not.toHaveBeenCalled();
    fireEvent.change(field('newDate'), { target: { value: '2027-01-07' } });
    fireEvent.click(within(dateList()).getByRole('button', { name: 'Datum toevoegen' }));
    save();
    await screen.findByText('Opgeslagen: Start to Run');
    expect(update.mock.calls[0][2].dates).toEqual(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31', '2027-01-07']);
  });

  it('refuses a duplicate date in Dutch next to the field and does not save', async () => {
    const { update } = await editIrregularProgramme();
    fireEvent.change(field('newDate'), { target: { value: '2026-12-10' } });
    fireEvent.click(within(dateList()).getByRole('button', { name: 'Datum toevoegen' }));
    expect(within(dateList()).getByText('10 december staat al in de lijst.')).toBeInTheDocument();
    expect(listedDates()).toEqual(IRREGULAR);
    save();
    await settle();
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    expect(within(summary).getByText('10 december staat al in de lijst.')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses a past date when publishing, and blocks a typed date that was never added', async () => {
    const api = new FakeStudioApi();
    const publish = jest.spyOn(api, 'publish');
    renderStudio(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Start to Run' }));
    expect(listedDates()).toHaveLength(10);
    fireEvent.change(field('newDate'), { target: { value: '2026-11-01' } });
    fireEvent.click(within(dateList()).getByRole('button', { name: 'Datum toevoegen' }));
    expect(within(dateList()).getByText('Extra datum ligt in het verleden.')).toBeInTheDocument();
    expect(listedDates()).toHaveLength(10);
    fireEvent.change(field('newDate'), { target: { value: '2027-03-01' } });
    fireEvent.click(document.querySelector('[data-studio-submit]') as HTMLElement);
    await settle();
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    expect(within(summary).getByText(/Deze datum is nog niet toegevoegd/)).toBeInTheDocument();
    expect(publish).not.toHaveBeenCalled();
  });

  it('regenerates the list from first date and weeks, and keeps a one-off event a single date', async () => {
    const { update } = await editIrregularProgramme();
    fireEvent.change(field('weeks'), { target: { value: '3' } });
    expect(listedDates()).toEqual(['2026-12-03', '2026-12-10', '2026-12-17']);
    expect(within(dateList()).queryByText(/Niet elke week/)).toBeNull();
    fireEvent.change(field('shape'), { target: { value: 'oneOff' } });
    expect(dateList()).toBeNull();
    expect(field('dates').value).toBe('2026-12-03');
    save();
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][2].dates).toEqual(['2026-12-03']);
  });
});
