/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ClosingDay } from '../../../src/core/calendar/daysOff';
import { DataError } from '../../../src/core/errors';
import { AppShell } from '../../../src/ui/host/AppShell';
import { ClosingDaysPanel } from '../../../src/ui/studio/ClosingDaysPanel';
import { AMBASSADOR, FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ defaultHidden: true });

// Issue 15: owners keep the municipality's own closing days in the studio (Beheer →
// Sluitingsdagen). The fake's "now" is Friday 20 November 2026.

const OWNER = { ...AMBASSADOR, isOwner: true };

function ownerApi(): FakeStudioApi {
  const api = new FakeStudioApi(OWNER);
  api.closingDays = [
    { id: 2, date: '2027-02-08', name: 'Carnavalsmaandag', note: 'Alle locaties dicht' },
    { id: 1, date: '2026-12-31', name: 'Oudejaarsdag', note: '' },
    { id: 3, date: '2025-03-03', name: 'Carnaval 2025', note: '' }
  ];
  return api;
}

const NOW = new Date('2026-11-20T09:00:00Z');

/** The panel on its own (the studio around it is slow to render in jsdom); see the last tests for the studio. */
async function openPanel(api: FakeStudioApi, onChanged?: (days: ClosingDay[]) => void): Promise<HTMLElement> {
  render(
    <AppShell host={{ kind: 'teams', locale: 'nl-NL', teamsTheme: 'default' }} instanceId="s1">
      <ClosingDaysPanel api={api} now={() => NOW} locale="nl-NL" onChanged={onChanged} />
    </AppShell>
  );
  const panel = screen.getByRole('region', { name: 'Sluitingsdagen' });
  await within(panel).findByRole('heading', { name: 'Sluitingsdag toevoegen' });
  return panel;
}

function field(panel: HTMLElement, name: string): HTMLInputElement {
  return panel.querySelector(`[data-field="${name}"]`) as HTMLInputElement;
}

function fieldBox(panel: HTMLElement, name: string): HTMLElement {
  return field(panel, name).closest('.fui-Field') as HTMLElement;
}

function type(panel: HTMLElement, name: string, value: string): void {
  fireEvent.change(field(panel, name), { target: { value } });
}

async function submit(panel: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(within(panel).getByRole('button', { name: 'Toevoegen' }));
  });
}

function rows(panel: HTMLElement): string[] {
  return Array.prototype.slice.call(panel.querySelectorAll('[data-closing-day]')).map((li: HTMLElement) => li.getAttribute('data-closing-day') || '');
}

describe('Beheer → Sluitingsdagen', () => {
  it('lists the upcoming closing days by date, with Dutch dates and the note; not what is past', async () => {
    const panel = await openPanel(ownerApi());
    const list = within(panel).getByRole('list', { name: 'Komende sluitingsdagen' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-closing-day'))).toEqual(['2026-12-31', '2027-02-08']);
    expect(items[0]).toHaveTextContent('donderdag 31 december 2026');
    expect(items[1]).toHaveTextContent('maandag 8 februari 2027Carnavalsmaandag');
    expect(items[1]).toHaveTextContent('Alle locaties dicht');
    expect(within(items[1]).getByText('maandag 8 februari 2027').tagName).toBe('TIME');
    expect(panel).not.toHaveTextContent('Carnaval 2025');
  });

  it('adds a closing day: listed in date order, said in the status, the form empty again', async () => {
    const api = ownerApi();
    const panel = await openPanel(api);
    type(panel, 'date', '2027-02-09');
    type(panel, 'name', '  Carnavalsdinsdag ');
    type(panel, 'note', 'Alle locaties dicht');
    await submit(panel);
    expect(api.closingDayCalls).toEqual(['load', 'add:2027-02-09:Carnavalsdinsdag:Alle locaties dicht']);
    expect(rows(panel)).toEqual(['2026-12-31', '2027-02-08', '2027-02-09']);
    expect(panel.querySelector('[data-closing-days-status]')).toHaveTextContent('Carnavalsdinsdag (dinsdag 9 februari 2027) is toegevoegd.');
    expect(field(panel, 'date').value).toBe('');
    expect(field(panel, 'name').value).toBe('');
    // Ready for the next one.
    expect(document.activeElement).toBe(field(panel, 'date'));
  });

  it('hands the upcoming days to the studio after an add and a delete (the form skips them at once), not after loading', async () => {
    const api = ownerApi();
    const told: string[][] = [];
    const panel = await openPanel(api, (days) => told.push(days.map((d) => d.date)));
    expect(told).toEqual([]);
    type(panel, 'date', '2027-02-09');
    type(panel, 'name', 'Carnavalsdinsdag');
    await submit(panel);
    expect(told).toEqual([['2026-12-31', '2027-02-08', '2027-02-09']]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Verwijderen: Oudejaarsdag, donderdag 31 december 2026' }));
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Ja, verwijderen' }));
    });
    expect(told).toEqual([
      ['2026-12-31', '2027-02-08', '2027-02-09'],
      ['2027-02-08', '2027-02-09']
    ]);
  });

  it('says in Dutch what is missing, on the fields, focuses the first, and sends nothing', async () => {
    const api = ownerApi();
    const panel = await openPanel(api);
    await submit(panel);
    expect(fieldBox(panel, 'date')).toHaveTextContent('Vul een datum in.');
    expect(fieldBox(panel, 'name')).toHaveTextContent('Vul een naam in, bijvoorbeeld Carnavalsmaandag.');
    expect(field(panel, 'date')).toHaveAttribute('aria-invalid', 'true');
    expect(document.activeElement).toBe(field(panel, 'date'));
    expect(api.closingDayCalls).toEqual(['load']);
  });

  it('refuses a date that already is a closing day, and one before today', async () => {
    const api = ownerApi();
    const panel = await openPanel(api);
    type(panel, 'date', '2027-02-08');
    type(panel, 'name', 'Nog een keer carnaval');
    await submit(panel);
    expect(fieldBox(panel, 'date')).toHaveTextContent('Op maandag 8 februari 2027 is al een sluitingsdag: Carnavalsmaandag.');
    type(panel, 'date', '2026-11-19');
    expect(fieldBox(panel, 'date')).toHaveTextContent('Kies een datum vanaf vandaag.');
    await submit(panel);
    expect(api.closingDayCalls).toEqual(['load']);
  });

  it('warns for a public holiday or a weekend, and still adds it when the owner wants', async () => {
    const api = ownerApi();
    const panel = await openPanel(api);
    type(panel, 'date', '2027-02-06');
    expect(fieldBox(panel, 'date')).toHaveTextContent('Let op: zaterdag 6 februari 2027 valt in het weekend.');
    type(panel, 'date', '2026-12-25');
    expect(fieldBox(panel, 'date')).toHaveTextContent('Let op: vrijdag 25 december 2026 is Eerste Kerstdag; dan is de gemeente al dicht.');
    expect(field(panel, 'date')).not.toHaveAttribute('aria-invalid', 'true');
    type(panel, 'name', 'Kerst');
    await submit(panel);
    expect(api.closingDayCalls).toEqual(['load', 'add:2026-12-25:Kerst:']);
  });

  it('deletes only after confirmation; "Annuleren" keeps it and gives focus back', async () => {
    const api = ownerApi();
    const panel = await openPanel(api);
    const remove = within(panel).getByRole('button', { name: 'Verwijderen: Carnavalsmaandag, maandag 8 februari 2027' });
    fireEvent.click(remove);
    const confirm = panel.querySelector('[data-delete-confirm]') as HTMLElement;
    expect(confirm).toHaveTextContent('Carnavalsmaandag op maandag 8 februari 2027 verwijderen? Reeksen slaan deze dag daarna niet meer over.');
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Ja, verwijderen' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(api.closingDayCalls).toEqual(['load']);
    const again = within(panel).getByRole('button', { name: 'Verwijderen: Carnavalsmaandag, maandag 8 februari 2027' });
    expect(document.activeElement).toBe(again);

    fireEvent.click(again);
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Ja, verwijderen' }));
    });
    expect(api.closingDayCalls).toEqual(['load', 'delete:2']);
    expect(rows(panel)).toEqual(['2026-12-31']);
    expect(panel.querySelector('[data-closing-days-status]')).toHaveTextContent('Carnavalsmaandag (maandag 8 februari 2027) is verwijderd.');
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Komende sluitingsdagen' }));
  });

  it('keeps the row and says so when SharePoint refuses the delete', async () => {
    const api = ownerApi();
    api.closingDayFaults.remove = () => new DataError('accessDenied', 'Access denied', 403);
    const panel = await openPanel(api);
    fireEvent.click(within(panel).getByRole('button', { name: 'Verwijderen: Oudejaarsdag, donderdag 31 december 2026' }));
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Ja, verwijderen' }));
    });
    expect(within(panel).getByRole('alert')).toHaveTextContent('Je hebt geen toegang tot deze gegevens.');
    expect(rows(panel)).toEqual(['2026-12-31', '2027-02-08']);
  });

  it('keeps what was typed when adding fails', async () => {
    const api = ownerApi();
    api.closingDayFaults.add = () => new DataError('network', 'offline');
    const panel = await openPanel(api);
    type(panel, 'date', '2027-05-07');
    type(panel, 'name', 'Vrijdag na Hemelvaart');
    await submit(panel);
    expect(within(panel).getByRole('alert')).toBeInTheDocument();
    expect(field(panel, 'name').value).toBe('Vrijdag na Hemelvaart');
    expect(rows(panel)).toEqual(['2026-12-31', '2027-02-08']);
  });

  it('says when there are none, and offers a retry when the list cannot be read', async () => {
    const empty = new FakeStudioApi(OWNER);
    empty.closingDays = [];
    let panel = await openPanel(empty);
    expect(panel.querySelector('[data-closing-days-empty]')).toHaveTextContent('Er staan geen komende sluitingsdagen in de lijst.');
    document.body.innerHTML = '';

    const failing = ownerApi();
    failing.closingDayFaults.load = () => new DataError('network', 'offline');
    render(
      <AppShell host={{ kind: 'teams', locale: 'nl-NL', teamsTheme: 'default' }} instanceId="s2">
        <ClosingDaysPanel api={failing} now={() => NOW} locale="nl-NL" />
      </AppShell>
    );
    panel = screen.getByRole('region', { name: 'Sluitingsdagen' });
    const retry = await within(panel).findByRole('button', { name: 'Opnieuw proberen' });
    expect(panel.querySelector('[data-closing-day-form]')).toBeNull();
    await act(async () => {
      fireEvent.click(retry);
    });
    expect(rows(await screen.findByRole('region', { name: 'Sluitingsdagen' }))).toEqual(['2026-12-31', '2027-02-08']);
  });

  it('is in the studio\'s Beheer tab for owners', async () => {
    renderStudio(ownerApi());
    fireEvent.click(await screen.findByRole('tab', { name: 'Beheer' }));
    const panel = await screen.findByRole('region', { name: 'Sluitingsdagen' });
    expect(rows(await within(panel).findByRole('list', { name: 'Komende sluitingsdagen' }))).toEqual(['2026-12-31', '2027-02-08']);
  });

  it('is not there for ambassadors (no Beheer tab)', async () => {
    renderStudio(new FakeStudioApi());
    await screen.findByRole('button', { name: 'Publiceren' });
    expect(screen.queryByRole('tab', { name: 'Beheer' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Sluitingsdagen' })).toBeNull();
  });
});
