/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, within, configure, act } from '@testing-library/react';
import '@testing-library/jest-dom';
import { FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ asyncUtilTimeout: 4000 });

// The studio's clock: Friday 20 November 2026, so the templates start Friday 27 November and a
// weekly series on Fridays runs into Christmas (Fri 25 Dec) and New Year's Day (Fri 1 Jan).

function field(name: string): HTMLInputElement {
  const el = document.querySelector(`[data-studio-form] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error('no field ' + name);
  }
  return el;
}

function type(name: string, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

function dateList(): HTMLElement {
  return document.querySelector('[data-studio-form] [data-date-list]') as HTMLElement;
}

function listedDates(): string[] {
  return within(dateList())
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-date') || '');
}

function submit(): void {
  fireEvent.click(document.querySelector('[data-studio-submit]') as HTMLElement);
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 10));
  });
}

describe('Ambassadeurs: series skip public holidays and closing days, single dates get a warning', () => {
  it('"Lunchwandeling" every Friday, 8 times, over Christmas: 8 walks without 25 Dec and 1 Jan, and it says so', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Lunchwandeling' }));
    expect(listedDates()).toEqual(['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18', '2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29']);
    expect(within(dateList()).getByText('Overgeslagen: vr 25 dec (Eerste Kerstdag), vr 1 jan (Nieuwjaarsdag).')).toBeInTheDocument();
    // Skipped for a holiday is still "every week".
    expect(within(dateList()).queryByText(/Niet elke week/)).toBeNull();
    submit();
    await screen.findByText('Gepubliceerd: Lunchwandeling');
    expect(api.published[0].dates).not.toContain('2026-12-25');
    expect(api.published[0].dates).not.toContain('2027-01-01');
    expect(api.published[0].dates).toHaveLength(8);
  });

  it('skips the municipality\'s own closing days from the studio data as well', async () => {
    const api = new FakeStudioApi();
    api.closingDays = [{ id: 1, date: '2027-01-08', name: 'Verhuizing stadhuis', note: '' }];
    renderStudio(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Lunchwandeling' }));
    expect(listedDates()).not.toContain('2027-01-08');
    expect(listedDates()).toHaveLength(8);
    expect(within(dateList()).getByText(/vr 8 jan \(Verhuizing stadhuis\)/)).toBeInTheDocument();
    // A new first date or number of weeks skips them too.
    type('weeks', '3');
    type('dates', '2027-01-01');
    expect(listedDates()).toEqual(['2027-01-15', '2027-01-22', '2027-01-29']);
    expect(within(dateList()).getByText('Overgeslagen: vr 1 jan (Nieuwjaarsdag), vr 8 jan (Verhuizing stadhuis).')).toBeInTheDocument();
  });

  it('warns (does not block) for a one-off event on a public holiday or a closing day', async () => {
    const api = new FakeStudioApi();
    api.closingDays = [{ id: 2, date: '2027-02-08', name: 'Carnavalsmaandag', note: '' }];
    renderStudio(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Workshop' }));
    type('dates', '2026-12-25');
    expect(screen.getByText('Let op: 25 december is Eerste Kerstdag; dan is de gemeente dicht.')).toBeInTheDocument();
    type('dates', '2027-02-08');
    expect(screen.queryByText(/Eerste Kerstdag/)).toBeNull();
    expect(screen.getByText('Let op: op 8 februari is de gemeente dicht (Carnavalsmaandag).')).toBeInTheDocument();
    // Goede Vrijdag is no day off for the municipality: no warning.
    type('dates', '2027-03-26');
    expect(screen.queryByText(/Let op:/)).toBeNull();
    type('dates', '2026-12-25');
    submit();
    await screen.findByText('Gepubliceerd: Workshop');
    expect(document.querySelector('[data-error-summary]')).toBeNull();
    expect(api.published[0].dates).toEqual(['2026-12-25']);
  });

  it('warns for a date added by hand on a holiday, next to the field and in its row', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Lunchwandeling' }));
    type('newDate', '2027-01-01');
    expect(within(dateList()).getByText('Let op: 1 januari is Nieuwjaarsdag; dan is de gemeente dicht.')).toBeInTheDocument();
    fireEvent.click(within(dateList()).getByRole('button', { name: 'Datum toevoegen' }));
    expect(listedDates()).toContain('2027-01-01');
    const row = dateList().querySelector('[data-date="2027-01-01"]') as HTMLElement;
    expect(within(row).getByText('Gemeente dicht: Nieuwjaarsdag')).toBeInTheDocument();
    // Listed now, so no longer "skipped".
    expect(within(dateList()).getByText('Overgeslagen: vr 25 dec (Eerste Kerstdag).')).toBeInTheDocument();
    submit();
    await settle();
    await screen.findByText('Gepubliceerd: Lunchwandeling');
    expect(api.published[0].dates).toContain('2027-01-01');
  });

  it('says so when the closing days could not be read (public holidays are still skipped)', async () => {
    const api = new FakeStudioApi();
    api.closingDays = undefined;
    renderStudio(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Start to Run' }));
    expect(within(dateList()).getByText(/sluitingsdagen van de gemeente konden niet worden gelezen/)).toBeInTheDocument();
    expect(listedDates()).not.toContain('2026-12-25');
  });
});
