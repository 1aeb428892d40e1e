/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { FakeParticipationApi, emptyYear, year2026 } from './publishedYearFixture';
import { renderParticipation } from './render';

function ownerApi(): FakeParticipationApi {
  const api = new FakeParticipationApi();
  api.dashboards[2026] = { published: year2026(), missing: [] };
  return api;
}

/** The rows of the table with this caption, as text cells (row header first). */
function tableRows(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent || ''));
}

describe('Deelname: the dashboard for owners', () => {
  it('explains the privacy rules and shows the legend under the heading', async () => {
    renderParticipation(ownerApi());
    expect(await screen.findByRole('heading', { level: 2, name: 'Deelname #SamenBeter' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Totalen' });
    expect(screen.getByText(/Besloten activiteiten tellen alleen mee in de totalen/)).toBeInTheDocument();
    expect(screen.getByText(/Groepen van minder dan 5 mensen zijn verborgen/)).toBeInTheDocument();
    expect(screen.getByText(/Per activiteit staan de cijfers alleen waar de pijler ze toont/)).toBeInTheDocument();
    expect(screen.getByText(/Afdeling en kantoor komen uit het adresboek/)).toBeInTheDocument();
    expect(screen.getByText('< 5: minder dan 5 mensen, verborgen')).toBeInTheDocument();
    expect(screen.getByText('–: verborgen om een ander getal te beschermen, of nog niet berekend')).toBeInTheDocument();
  });

  it('shows the totals with quarter columns, their status, hidden cells and Dutch percentages', async () => {
    renderParticipation(ownerApi());
    await screen.findByRole('table', { name: 'Totalen' });
    const rows = tableRows('Totalen');
    expect(rows[0]).toEqual(['Cijfer', 'Kwartaal 1', 'Kwartaal 2', 'Kwartaal 3 (loopt nog)', 'Kwartaal 4 (loopt nog)', 'Heel 2026 (loopt nog)']);
    expect(rows[1]).toEqual(['Aanmeldingen (ook besloten activiteiten)', '137', '138', '–', '–', '–']);
    expect(rows).toContainEqual(['Herhaaldeelnemers (meer dan eens aangemeld)', '30', '< 5', '–', '–', '–']);
    expect(rows).toContainEqual(['Vervallen bijeenkomsten', '2', '0', '–', '–', '–']);
    expect(rows[rows.length - 1]).toEqual(['Opkomst (gekomen ÷ verwacht)', '85,9%', '–', '–', '–', '–']);
    expect(tableRows('Bezettingsgraad')[1]).toEqual(['Bezettingsgraad (plekken bezet ÷ aangeboden)', '66,7%', '75%', '–', '–', 'geen']);
  });

  it('labels every breakdown in Dutch, with row and column headers and a scrolling region', async () => {
    renderParticipation(ownerApi());
    await screen.findByRole('table', { name: 'Aanmeldingen naar uitkomst' });
    expect(tableRows('Aanmeldingen naar uitkomst').map((r) => r[0])).toEqual([
      'Uitkomst',
      'Plek gekregen (activiteit met maximum)',
      'Plek gekregen (zonder maximum)',
      'Op de wachtlijst gebleven',
      'Op tijd afgemeld',
      'Laat afgemeld (< 24 uur)',
      'Afgemeld, moment onbekend',
      'Activiteit of datum vervallen'
    ]);
    expect(tableRows('Aanmeldingen per pijler').map((r) => r[0])).toEqual(['Pijler', 'Kracht', 'Samen', 'Beter']);
    // Activities by title, with their pillar; a small one hidden like any other cell.
    expect(tableRows('Aanmeldingen per activiteit')).toContainEqual(['Stoelyoga Malberg (Beter)', '21', '< 5', '–', '–', '–']);
    // Pillar and the months it ran (activities can share a title); a year only when it spans two.
    expect(tableRows('Aanmeldingen per activiteit').map((r) => r[0])).toEqual([
      'Activiteit',
      'Bootcamp (Kracht, jan–mrt)',
      'Lunchwandeling (Samen, nov 2025–feb 2026)',
      'Stoelyoga Malberg (Beter)'
    ]);
    expect(tableRows('Aanmeldingen per vorm').map((r) => r[0])).toEqual(['Vorm', 'Eenmalig', 'Wekelijkse inloop', 'Reeks (één aanmelding voor alle bijeenkomsten)']);
    expect(tableRows('Aanmeldingen per locatie')).toContainEqual(['Wijkcentrum Malberg', '0', '< 5', '–', '–', '–']);
    expect(tableRows('Aanmeldingen per locatie')).toContainEqual(['Onbekend', '31', '–', '–', '–', '–']);
    expect(tableRows('Aanmeldingen per kantoor')[1][0]).toBe('Onbekend');
    const table = screen.getByRole('table', { name: 'Aanmeldingen per locatie' });
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(6);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(3);
    const region = screen.getByRole('region', { name: 'Tabel Aanmeldingen per locatie, schuift horizontaal' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(table);
    expect(screen.queryByText(/Het adresboek was niet bereikbaar/)).toBeNull();
  });

  it('says under the department and office tables when the directory was not reachable', async () => {
    const api = new FakeParticipationApi();
    api.dashboards[2026] = { published: { ...year2026(), directoryUnavailable: true }, missing: [] };
    renderParticipation(api);
    await screen.findByRole('table', { name: 'Aanmeldingen per afdeling' });
    const notes = screen.getAllByText(/Het adresboek was niet bereikbaar toen een deel van deze cijfers werd berekend/);
    expect(notes.map((n) => (n.closest('section') as HTMLElement).getAttribute('data-table'))).toEqual(['breakdown-department', 'breakdown-office']);
  });

  it('gives the month chart a table: hidden months say why, running months say so', async () => {
    renderParticipation(ownerApi());
    await screen.findByRole('table', { name: 'Aanmeldingen per maand' });
    const rows = tableRows('Aanmeldingen per maand');
    expect(rows[0]).toEqual(['Maand', 'Aanmeldingen', 'Stand']);
    expect(rows[1]).toEqual(['januari', '41', '']);
    expect(rows[3]).toEqual(['maart', '–', '']);
    expect(rows[6]).toEqual(['juni', '< 5', '']);
    expect(rows[7]).toEqual(['juli', '–', 'loopt nog']);
  });

  it('charts the pillars of the chosen column, with its table next to it', async () => {
    renderParticipation(ownerApi());
    const column = await screen.findByRole('combobox', { name: 'Periode' });
    // It opens on the latest column with figures (Q2; Q3, Q4 and the year still run).
    expect((column as HTMLSelectElement).value).toBe('1');
    const section = column.closest('section') as HTMLElement;
    expect(within(section).getByRole('table', { name: 'Aanmeldingen per pijler' })).toBeInTheDocument();
    expect(section.querySelector('[data-chart-empty]')).toBeNull();
    // A column without any shown figure draws no empty chart: it says so, the table says why.
    fireEvent.change(column, { target: { value: '4' } });
    expect(within(section).getByText('Geen staven: voor Heel 2026 is nog geen getal te tonen. De tabel zegt waarom.')).toBeInTheDocument();
    fireEvent.change(column, { target: { value: '0' } });
    expect(section.querySelector('[data-chart-empty]')).toBeNull();
  });

  it('adds up a custom range from shown month totals only, and says why there is no total', async () => {
    renderParticipation(ownerApi());
    const from = await screen.findByRole('combobox', { name: 'Van maand' });
    const to = screen.getByRole('combobox', { name: 'Tot en met maand' });
    const result = (): string => (document.querySelector('[data-custom-total]') as HTMLElement).textContent || '';
    // januari–maart: maart is hidden to protect another figure.
    expect(result()).toBe('Geen totaal: het getal van maart is verborgen om een ander getal te beschermen.');
    fireEvent.change(to, { target: { value: '1' } });
    expect(result()).toBe('Aanmeldingen januari t/m februari 2026: 93');
    fireEvent.change(from, { target: { value: '3' } });
    expect(result()).toBe('Kies een eindmaand die niet vóór de beginmaand ligt.');
    fireEvent.change(to, { target: { value: '4' } });
    expect(result()).toBe('Aanmeldingen april t/m mei 2026: 134');
    fireEvent.change(to, { target: { value: '5' } });
    expect(result()).toBe('Geen totaal: in juni meldden minder dan 5 mensen zich aan, en dat getal blijft verborgen.');
    fireEvent.change(from, { target: { value: '6' } });
    fireEvent.change(to, { target: { value: '8' } });
    expect(result()).toBe('Geen totaal: juli loopt nog.');
    expect(screen.getByText('Geen totaal: juli loopt nog.')).toHaveAttribute('aria-live', 'polite');
  });

  it('loads another year from the year picker (this year and the two before)', async () => {
    const api = ownerApi();
    renderParticipation(api);
    const picker = await screen.findByRole('combobox', { name: 'Jaar' });
    expect(Array.from((picker as HTMLSelectElement).options).map((o) => o.value)).toEqual(['2026', '2025', '2024']);
    fireEvent.change(picker, { target: { value: '2025' } });
    expect(await screen.findByText('Er zijn nog geen cijfers voor 2025.')).toBeInTheDocument();
    expect(api.dashboardCalls).toEqual([2026, 2025]);
  });

  it('shows an empty state when no period has figures yet', async () => {
    const api = new FakeParticipationApi();
    api.dashboards[2026] = { published: emptyYear(2026), missing: [] };
    renderParticipation(api);
    expect(await screen.findByRole('heading', { name: 'Er zijn nog geen cijfers voor 2026.' })).toBeInTheDocument();
    expect(screen.getByText('Cijfers komen er zodra de eerste maand van 2026 voorbij is.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exporteer als CSV (Excel)' })).toBeNull();
  });

  it('shows a spinner with a Dutch label while loading, and a Dutch error with a retry for other failures', async () => {
    const api = new FakeParticipationApi();
    api.dashboards[2026] = new DataError('network', 'offline');
    renderParticipation(api);
    expect(screen.getByText('Deelnamecijfers laden…')).toBeInTheDocument();
    expect(await screen.findByText(/Er is geen verbinding met SharePoint/)).toBeInTheDocument();
    api.dashboards[2026] = { published: year2026(), missing: [] };
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('table', { name: 'Totalen' })).toBeInTheDocument();
  });
});

describe('Deelname: for anyone but an owner', () => {
  it.each(['accessDenied', 'notFound'] as const)('explains in plain Dutch after %s, with no retry and no other request', async (kind) => {
    const api = new FakeParticipationApi();
    api.dashboards[2026] = new DataError(kind, 'denied', kind === 'accessDenied' ? 403 : 404);
    renderParticipation(api);
    expect(await screen.findByText(/De deelnamecijfers zijn alleen voor de eigenaren van de site \(P&O\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(api.dashboardCalls).toEqual([2026]);
    expect(api.computeCalls).toEqual([]);
  });
});
