/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { buildActivityFilter, EMPTY_FILTER_VALUES } from '../../../src/ui/activities/catalogueFilter';
import { renderActivities } from './renderActivities';
import { activity, ANOUK, FakeActivitiesApi, LUNCH_WALK, MENOPAUSE, registration, START_TO_RUN, ALL } from './fakeActivitiesApi';

function card(title: string): HTMLElement {
  const button = screen.getByRole('button', { name: title });
  return button.closest('[data-activity-card]') as HTMLElement;
}

describe('Activiteiten catalogue', () => {
  it('shows cards with pillar, Dutch Amsterdam date and time, place or Online, and places', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api);
    expect(screen.getByText('Activiteiten laden…')).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });

    const walk = within(card('Lunchwandeling vanaf het Stadhuis'));
    expect(walk.getByText('Samen')).toBeInTheDocument();
    // Tuesday 24 November, 12:15 in Amsterdam (11:15Z in winter time).
    expect(walk.getByText('di 24 nov · 12:15–13:00')).toBeInTheDocument();
    expect(walk.getByText('Stadhuis Markt, hoofdingang')).toBeInTheDocument();
    expect(walk.getByText('Nog 2 plekken')).toBeInTheDocument();
    expect(walk.getByText('Wekelijkse inloop, aanmelden per datum')).toBeInTheDocument();

    const yoga = within(card('Stoelyoga en mindfulness (online)'));
    expect(yoga.getByText('Online')).toBeInTheDocument();
    expect(yoga.getByText('Geen maximum aantal plekken')).toBeInTheDocument();
    expect(within(card('Start to Run voor beginners')).getByText('Reeks van 3 bijeenkomsten')).toBeInTheDocument();

    // One cold load: one call of the two-request catalogue view, roles not yet known.
    expect(api.loadCatalogue).toHaveBeenCalledTimes(1);
    expect(api.loadCatalogue.mock.calls[0][2]).toBe(12);
    expect(api.loadCatalogue.mock.calls[0][4]).toBeUndefined();
  });

  it('shows "Vol", the waiting-list length and my own status on the card', async () => {
    const api = new FakeActivitiesApi(undefined, [
      registration(1, LUNCH_WALK, 21, '2026-11-24'),
      registration(2, LUNCH_WALK, 22, '2026-11-24'),
      registration(3, LUNCH_WALK, 23, '2026-11-24'),
      registration(4, LUNCH_WALK, 24, '2026-11-24'),
      registration(5, LUNCH_WALK, ANOUK.userId, '2026-11-24'),
      registration(6, START_TO_RUN, ANOUK.userId, null)
    ]);
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    const walk = within(card('Lunchwandeling vanaf het Stadhuis'));
    expect(walk.getByText('Vol · 3 op de wachtlijst')).toBeInTheDocument();
    expect(walk.getByText('Op de wachtlijst (3)')).toBeInTheDocument();
    const run = within(card('Start to Run voor beginners'));
    expect(run.getByText('Aangemeld')).toBeInTheDocument();
    expect(run.getByText('Nog 19 plekken')).toBeInTheDocument();
  });

  it('never shows counts of a private activity to an employee, only "Besloten deelnemerslijst"', async () => {
    const api = new FakeActivitiesApi(undefined, [
      registration(1, MENOPAUSE, 21, null),
      registration(2, MENOPAUSE, 22, null),
      registration(3, MENOPAUSE, ANOUK.userId, null)
    ]);
    renderActivities(api);
    await screen.findByRole('button', { name: 'Workshop Overgang en Werk' });
    const workshop = card('Workshop Overgang en Werk');
    expect(within(workshop).getByText('Besloten deelnemerslijst')).toBeInTheDocument();
    expect(within(workshop).getByText('Aangemeld')).toBeInTheDocument();
    expect(workshop.textContent).not.toMatch(/plek|wachtlijst|Vol/);
    expect(workshop.textContent).not.toMatch(/\d+ (op|plek)/);
  });

  it("shows an employee the coordinators' published count of a private activity, with when it was counted", async () => {
    const counted = { ...MENOPAUSE, publishedCounts: { activityId: MENOPAUSE.id, countedAt: new Date('2026-11-19T14:05:00Z'), slots: [{ sessionDate: null, confirmed: 12, waiting: 2 }] } };
    const api = new FakeActivitiesApi(ALL.map((a) => (a.id === MENOPAUSE.id ? counted : a)), [registration(3, MENOPAUSE, ANOUK.userId, null)]);
    renderActivities(api);
    await screen.findByRole('button', { name: 'Workshop Overgang en Werk' });
    const workshop = card('Workshop Overgang en Werk');
    expect(within(workshop).getByText('12 aangemeld, 2 op de wachtlijst · stand van do 19 nov 2026 15:05')).toBeInTheDocument();
    // Still no names and no own waiting position: those are not the employee's to know.
    expect(within(workshop).getByText('Aangemeld')).toBeInTheDocument();
  });

  it('shows the organiser (and coordinators) the places of their private activity', async () => {
    const api = new FakeActivitiesApi(undefined, [registration(1, MENOPAUSE, 21, null)], { ...ANOUK, userId: 5 });
    renderActivities(api);
    await screen.findByRole('button', { name: 'Workshop Overgang en Werk' });
    expect(within(card('Workshop Overgang en Werk')).getByText('Nog 11 plekken')).toBeInTheDocument();
  });

  it('builds the ActivityFilter from the controls and reloads: pillar, venue, dates, search; the location narrows the loaded cards', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.change(await screen.findByLabelText('Pijler'), { target: { value: 'Kracht' } });
    fireEvent.change(screen.getByLabelText('Op locatie of online'), { target: { value: 'onSite' } });
    // Locations come from the loaded activities, grouped by place (issue 15): rooms of the
    // Mosae Forum are one "Mosae Forum"; online activities are "Online".
    const location = screen.getByLabelText('Locatie') as HTMLSelectElement;
    expect(Array.from(location.options).map((o) => o.textContent)).toEqual(['Alle locaties', 'Mosae Forum', 'Stadhuis Markt', 'Online']);
    fireEvent.change(location, { target: { value: Array.from(location.options).filter((o) => o.textContent === 'Mosae Forum')[0].value } });
    fireEvent.change(screen.getByLabelText('Vanaf'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '2026-12-31' } });
    fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: "Overgang' or 1 eq 1" } });
    // The location narrows the loaded cards (one group, several typed texts): no reload for it.
    await waitFor(() => expect(api.loadCatalogue.mock.calls.length).toBeGreaterThanOrEqual(6));
    const last = api.loadCatalogue.mock.calls[api.loadCatalogue.mock.calls.length - 1];
    expect(last[0]).toEqual({
      pillar: 'Kracht',
      venue: 'onSite',
      from: new Date('2026-11-30T23:00:00Z'),
      to: new Date('2026-12-31T22:59:59Z'),
      // The text goes as typed: the repository escapes it.
      search: "Overgang' or 1 eq 1"
    });
    // Roles known from the first load are passed on: no second roles read.
    expect(last[4]).toEqual(ANOUK);
    expect(screen.getByRole('button', { name: 'Filters (5)' })).toBeInTheDocument();
  });

  it('debounces the search box: one request for a typed word', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    const box = screen.getByLabelText('Zoeken');
    for (const text of ['S', 'St', 'Sta', 'Star', 'Start']) {
      fireEvent.change(box, { target: { value: text } });
    }
    // Narrowed on screen at once (core matchesSearch), before the server answers.
    expect(screen.queryByRole('button', { name: 'Workshop Overgang en Werk' })).toBeNull();
    await waitFor(() => expect(api.loadCatalogue).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 500));
    expect(api.loadCatalogue).toHaveBeenCalledTimes(2);
    expect(api.loadCatalogue.mock.calls[1][0]).toEqual({ search: 'Start' });
    expect(await screen.findByRole('button', { name: 'Start to Run voor beginners' })).toBeInTheDocument();
  });

  it('"Alleen met plek" hides full activities among the loaded ones', async () => {
    const api = new FakeActivitiesApi(undefined, [registration(1, LUNCH_WALK, 21, '2026-11-24'), registration(2, LUNCH_WALK, 22, '2026-11-24')]);
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(screen.getByLabelText('Alleen met plek'));
    expect(screen.queryByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start to Run voor beginners' })).toBeInTheDocument();
    // Private: unknown to employees, so never hidden as "full".
    expect(screen.getByRole('button', { name: 'Workshop Overgang en Werk' })).toBeInTheDocument();
  });

  it('has a friendly empty state whose button clears the filters', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: 'zumba' } });
    expect(await screen.findByText('Geen activiteiten gevonden')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' })).toBeInTheDocument();
    expect((screen.getByLabelText('Zoeken') as HTMLInputElement).value).toBe('');
  });

  it('says when nothing is planned at all', async () => {
    renderActivities(new FakeActivitiesApi([]));
    expect(await screen.findByText('Geen activiteiten gevonden')).toBeInTheDocument();
    expect(screen.getByText(/Er staan nu geen activiteiten gepland/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Filters wissen' })).toBeNull();
  });

  it('explains a failed load in Dutch and retries', async () => {
    const api = new FakeActivitiesApi();
    api.faults.loadCatalogue = () => new DataError('network', 'fetch failed');
    renderActivities(api);
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen verbinding met SharePoint');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' })).toBeInTheDocument();
  });

  it('loads more with the keyset token and announces the count politely', async () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      activity({ id: 100 + i, title: `Wandeling ${i + 1}`, dates: [`2026-12-0${i + 1}`] })
    );
    const api = new FakeActivitiesApi(many);
    renderActivities(api, { pageSize: 2 });
    await screen.findByRole('button', { name: 'Wandeling 1' });
    expect(screen.queryByRole('button', { name: 'Wandeling 3' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByRole('button', { name: 'Wandeling 3' })).toBeInTheDocument();
    expect(api.loadCatalogue.mock.calls[1][3]).toEqual({ start: '2026-12-02', id: 101 });
    expect(api.loadCatalogue.mock.calls[1][4]).toEqual(ANOUK);
    expect(screen.getByText('4 activiteiten geladen.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByRole('button', { name: 'Wandeling 5' })).toBeInTheDocument();
    // The last page: the button goes, focus moves to the first new card.
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Wandeling 5' })));
  });

  it('hides search and filters when the web part is set so', async () => {
    renderActivities(new FakeActivitiesApi(), { showFilters: false });
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    expect(screen.queryByLabelText('Zoeken')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Filters' })).toBeNull();
  });
});

describe('buildActivityFilter', () => {
  it('leaves out what is not set', () => {
    expect(buildActivityFilter(EMPTY_FILTER_VALUES, '   ')).toEqual({});
  });

  it('turns dates into whole Amsterdam days, also across the DST switch', () => {
    const f = buildActivityFilter({ ...EMPTY_FILTER_VALUES, from: '2026-03-29', to: '2026-10-25' }, '');
    expect(f.from).toEqual(new Date('2026-03-28T23:00:00Z'));
    expect(f.to).toEqual(new Date('2026-10-25T22:59:59Z'));
  });

  it('keeps quotes and OData syntax in the search text as typed (the repository escapes)', () => {
    expect(buildActivityFilter(EMPTY_FILTER_VALUES, ` "Start to Run" ') or (Id gt 0 `).search).toBe(`"Start to Run" ') or (Id gt 0`);
  });

  it('ignores malformed dates', () => {
    expect(buildActivityFilter({ ...EMPTY_FILTER_VALUES, from: '2026-02-30', to: 'morgen' }, '')).toEqual({});
  });
});

