/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within, act, configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { renderActivities } from './renderActivities';
import { ANOUK, FakeActivitiesApi, LUNCH_WALK, MENOPAUSE, registration, START_TO_RUN, YOGA_ONLINE, activity } from './fakeActivitiesApi';

// Two cores shared with other test runs: give async UI a little more time.
configure({ asyncUtilTimeout: 4000 });

async function openDetail(title: string): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name: title });
  button.focus();
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  // The places of every date are read fresh when the detail opens.
  await waitFor(() => expect(within(dialog).queryByText('Plekken laden…')).toBeNull());
  return dialog;
}

function dateRow(dialog: HTMLElement, isoDate: string): HTMLElement {
  return dialog.querySelector(`[data-session="${isoDate}"]`) as HTMLElement;
}

describe('Activiteiten detail: sign up and cancel', () => {
  it('signs up for one date of a drop-in with ONE write and shows the result at once, also on the card', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api);
    const dialog = await openDetail('Lunchwandeling vanaf het Stadhuis');
    expect(within(dialog).getByRole('heading', { name: 'Lunchwandeling vanaf het Stadhuis' })).toBeInTheDocument();
    expect(within(dialog).getByText('Maud Schreurs')).toBeInTheDocument();
    expect(api.loadSlots).toHaveBeenCalledTimes(1);
    expect(api.loadSlots.mock.calls[0][0]).toHaveLength(3);

    const row = within(dateRow(dialog, '2026-12-01'));
    expect(row.getByText('di 1 dec · 12:15–13:00')).toBeInTheDocument();
    fireEvent.click(row.getByRole('button', { name: /^Aanmelden voor / }));
    expect(await row.findByText('Gelukt: je bent aangemeld voor Lunchwandeling vanaf het Stadhuis, di 1 dec.')).toBeInTheDocument();
    expect(api.signUp).toHaveBeenCalledTimes(1);
    // SbUntil: the start of the last session the sign-up covers (here: that one date).
    expect(api.signUp).toHaveBeenCalledWith(
      { activityId: 1, sessionDate: '2026-12-01', isPrivate: false, until: new Date('2026-12-01T11:15:00Z') },
      ANOUK.userId
    );
    expect(row.getByRole('button', { name: /^Afmelden voor / })).toBeInTheDocument();
    expect(row.getByText('Aangemeld')).toBeInTheDocument();
    expect(row.getByText('Nog 1 plek')).toBeInTheDocument();
    // No full reload: the catalogue was loaded once, the detail's slots once.
    expect(api.loadCatalogue).toHaveBeenCalledTimes(1);
    expect(api.loadSlots).toHaveBeenCalledTimes(1);
    // The other dates are untouched.
    expect(within(dateRow(dialog, '2026-11-24')).getByRole('button', { name: /^Aanmelden voor / })).toBeInTheDocument();
  });

  it('a private activity that no coordinator confirmed yet offers no sign-up and says why', async () => {
    const pending = { ...START_TO_RUN, id: 9, title: 'Besloten maar niet bevestigd', isPrivate: false, privacyPending: true };
    const api = new FakeActivitiesApi([pending]);
    renderActivities(api);
    const dialog = await openDetail('Besloten maar niet bevestigd');
    expect(within(dialog).queryByRole('button', { name: /^Aanmelden voor / })).toBeNull();
    expect(within(dialog).getByText('Deze besloten activiteit wacht op bevestiging door een coördinator; aanmelden kan nog niet.')).toBeInTheDocument();
    expect(api.signUp).not.toHaveBeenCalled();
  });

  it('a double click signs up once: the button does nothing while the request runs', async () => {
    const api = new FakeActivitiesApi();
    let release: () => void = () => undefined;
    api.holdWrites = new Promise<void>((r) => (release = r));
    renderActivities(api);
    const dialog = await openDetail('Start to Run voor beginners');
    const button = within(dialog).getByRole('button', { name: /^Aanmelden voor / });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    await act(async () => release());
    expect(await within(dialog).findByText(/Gelukt: je bent aangemeld voor Start to Run/)).toBeInTheDocument();
    expect(api.signUp).toHaveBeenCalledTimes(1);
    // One sign-up covers the whole programme.
    expect(api.signUp).toHaveBeenCalledWith(
      { activityId: 2, sessionDate: null, isPrivate: false, until: new Date('2026-12-17T16:30:00Z') },
      ANOUK.userId
    );
    expect(within(dialog).getByText('Je meldt je één keer aan voor alle 3 bijeenkomsten.')).toBeInTheDocument();
  });

  it('puts you on the waiting list with your position when full, and moves you up after a cancel', async () => {
    const api = new FakeActivitiesApi(undefined, [registration(1, LUNCH_WALK, 21, '2026-11-24'), registration(2, LUNCH_WALK, 22, '2026-11-24')]);
    renderActivities(api);
    const dialog = await openDetail('Lunchwandeling vanaf het Stadhuis');
    const row = within(dateRow(dialog, '2026-11-24'));
    expect(row.getByText('Vol')).toBeInTheDocument();
    expect(row.getByText(/als je je aanmeldt, kom je op de wachtlijst/)).toBeInTheDocument();
    fireEvent.click(row.getByRole('button', { name: /^Aanmelden voor / }));
    expect(
      await row.findByText('Lunchwandeling vanaf het Stadhuis, di 24 nov is vol. Je staat op de wachtlijst, op positie 1.')
    ).toBeInTheDocument();
    expect(row.getByText('Op de wachtlijst (positie 1)')).toBeInTheDocument();
    expect(row.getByText('Vol · 1 op de wachtlijst')).toBeInTheDocument();

    // Someone with a place cancels elsewhere; the next read of the slot moves Anouk up.
    api.registrations = api.registrations.map((r) => (r.id === 1 ? { ...r, status: 'cancelled' as const } : r));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const again = await openDetail('Lunchwandeling vanaf het Stadhuis');
    expect(within(dateRow(again, '2026-11-24')).getByText('Aangemeld')).toBeInTheDocument();
  });

  it('cancels with the registration ids of the slot and shows it at once', async () => {
    const api = new FakeActivitiesApi(undefined, [registration(7, START_TO_RUN, ANOUK.userId, null), registration(8, START_TO_RUN, ANOUK.userId, null)]);
    renderActivities(api);
    const dialog = await openDetail('Start to Run voor beginners');
    fireEvent.click(within(dialog).getByRole('button', { name: /^Afmelden voor / }));
    expect(await within(dialog).findByText('Je bent afgemeld voor Start to Run voor beginners.')).toBeInTheDocument();
    // A duplicate from an earlier double click is cancelled along with it.
    expect(api.cancel).toHaveBeenCalledWith(expect.objectContaining({ activityId: 2, sessionDate: null, isPrivate: false }), [7, 8], expect.objectContaining({ id: 2 }));
    expect(within(dialog).getByRole('button', { name: /^Aanmelden voor / })).toBeInTheDocument();
  });

  it.each([
    ['throttled', 'SharePoint is even druk'],
    ['network', 'Er is geen verbinding met SharePoint'],
    ['accessDenied', 'Je hebt geen toegang tot deze gegevens']
  ] as const)('explains a failed sign-up (%s) in Dutch and keeps everything else', async (kind, text) => {
    const api = new FakeActivitiesApi();
    api.faults.signUp = () => new DataError(kind, 'boom');
    renderActivities(api);
    const dialog = await openDetail('Start to Run voor beginners');
    fireEvent.click(within(dialog).getByRole('button', { name: /^Aanmelden voor / }));
    expect(await within(dialog).findByText(new RegExp(text))).toBeInTheDocument();
    // Still "Aanmelden" and enabled: trying again works.
    const button = within(dialog).getByRole('button', { name: /^Aanmelden voor / });
    expect(button).not.toHaveAttribute('aria-disabled', 'true');
    expect(screen.getAllByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' }).length).toBeGreaterThan(0);
    fireEvent.click(button);
    expect(await within(dialog).findByText(/Gelukt: je bent aangemeld/)).toBeInTheDocument();
    expect(within(dialog).queryByText(new RegExp(text))).toBeNull();
  });

  it('keeps the sign-up when only the re-read failed', async () => {
    const api = new FakeActivitiesApi();
    api.signUp.mockImplementationOnce(async (slot, personId) => ({
      registration: registration(555, START_TO_RUN, personId, slot.sessionDate),
      slotRegistrations: undefined
    }));
    renderActivities(api);
    const dialog = await openDetail('Start to Run voor beginners');
    fireEvent.click(within(dialog).getByRole('button', { name: /^Aanmelden voor / }));
    expect(await within(dialog).findByText(/Gelukt: je bent aangemeld/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /^Afmelden voor / })).toBeInTheDocument();
  });

  it('shows the meeting link only to a confirmed participant', async () => {
    const full = { ...YOGA_ONLINE, capacity: 1 };
    const api = new FakeActivitiesApi([full], [registration(1, full, 21, null)]);
    renderActivities(api);
    let dialog = await openDetail('Stoelyoga en mindfulness (online)');
    expect(within(dialog).queryByRole('link', { name: 'Deelnemen aan de onlinebijeenkomst' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: /^Aanmelden voor / }));
    await within(dialog).findByText(/Je staat op de wachtlijst/);
    expect(within(dialog).queryByRole('link', { name: 'Deelnemen aan de onlinebijeenkomst' })).toBeNull();
    expect(within(dialog).getByText(/zodra je een plek hebt/)).toBeInTheDocument();

    api.registrations = api.registrations.map((r) => (r.id === 1 ? { ...r, status: 'cancelled' as const } : r));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    dialog = await openDetail('Stoelyoga en mindfulness (online)');
    expect(within(dialog).getByRole('link', { name: 'Deelnemen aan de onlinebijeenkomst' })).toHaveAttribute(
      'href',
      'https://teams.microsoft.com/l/meetup-join/yoga'
    );
  });

  it('a private activity: sign-up goes to the private list, no counts, no position', async () => {
    const api = new FakeActivitiesApi(undefined, [registration(1, MENOPAUSE, 21, null), registration(2, MENOPAUSE, 22, null)]);
    renderActivities(api);
    const dialog = await openDetail('Workshop Overgang en Werk');
    expect(within(dialog).getAllByText('Besloten deelnemerslijst').length).toBeGreaterThan(0);
    fireEvent.click(within(dialog).getByRole('button', { name: /^Aanmelden voor / }));
    expect(await within(dialog).findByText('Gelukt: je aanmelding voor Workshop Overgang en Werk is binnen.')).toBeInTheDocument();
    expect(api.signUp).toHaveBeenCalledWith(expect.objectContaining({ activityId: 4, sessionDate: null, isPrivate: true }), ANOUK.userId);
    expect(dialog.textContent).not.toMatch(/plekken|positie|op de wachtlijst \(/i);
  });

  it('Escape closes the detail and focus returns to the card', async () => {
    renderActivities(new FakeActivitiesApi());
    const dialog = await openDetail('Start to Run voor beginners');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start to Run voor beginners' })));
  });

  it('sanitises the description', async () => {
    const evil = activity({
      id: 9,
      title: 'Workshop met valkuil',
      descriptionHtml: '<p>Hallo<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><a href="javascript:alert(1)">klik</a></p>'
    });
    renderActivities(new FakeActivitiesApi([evil]));
    const dialog = await openDetail('Workshop met valkuil');
    expect(within(dialog).getByText('Hallo')).toBeInTheDocument();
    expect(dialog.querySelector('img, script')).toBeNull();
    expect(within(dialog).getByText('klik').getAttribute('href')).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it('opens the activity of a shared link (?activity=<id>) on load', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api, { initialActivityId: 2 });
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('heading', { name: 'Start to Run voor beginners' })).toBeInTheDocument();
    expect(await within(dialog).findByRole('button', { name: /^Aanmelden voor / })).toBeInTheDocument();
  });

  it('says so when a shared activity no longer exists', async () => {
    renderActivities(new FakeActivitiesApi(), { initialActivityId: 99 });
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('heading', { name: 'Activiteit niet gevonden' })).toBeInTheDocument();
  });
});

describe('Mijn aanmeldingen', () => {
  it('lists upcoming confirmed and waiting sign-ups with cancel, and marks cancelled activities', async () => {
    const cancelledBootcamp = activity({
      id: 6, title: 'Bootcamp in het Stadspark', status: 'cancelled', dates: ['2026-11-27'], cancelReason: 'Te weinig begeleiders <b>nu</b>'
    });
    const past = activity({ id: 8, title: 'Boost vitaliteit', dates: ['2026-10-05'] });
    const api = new FakeActivitiesApi(
      [LUNCH_WALK, START_TO_RUN, cancelledBootcamp, past],
      [
        registration(1, LUNCH_WALK, 21, '2026-11-24'),
        registration(2, LUNCH_WALK, 22, '2026-11-24'),
        registration(3, LUNCH_WALK, ANOUK.userId, '2026-11-24'),
        registration(4, START_TO_RUN, ANOUK.userId, null),
        registration(5, cancelledBootcamp, ANOUK.userId, null),
        registration(6, past, ANOUK.userId, null),
        registration(7, LUNCH_WALK, ANOUK.userId, '2026-12-01', true)
      ]
    );
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn aanmeldingen' }));
    const list = await screen.findByRole('list', { name: 'Mijn aanmeldingen' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent || '');
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/Lunchwandeling.*di 24 nov · 12:15–13:00.*Op de wachtlijst \(positie 1\)/);
    expect(items[1]).toMatch(/Bootcamp in het Stadspark.*Geannuleerd door de organisator/);
    // The organiser's reason, as plain text.
    expect(items[1]).toContain('Reden van de organisator: Te weinig begeleiders <b>nu</b>');
    expect(items[1]).not.toMatch(/Afmelden/);
    expect(items[2]).toMatch(/Start to Run.*Aangemeld/);
    // Roles and own registrations came with the catalogue: not read again.
    expect(api.loadMySignUps.mock.calls[0][1]).toEqual(expect.objectContaining({ roles: ANOUK }));

    const run = within(list).getAllByRole('listitem')[2];
    fireEvent.click(within(run).getByRole('button', { name: /^Afmelden voor / }));
    expect(await within(run).findByText('Je bent afgemeld voor Start to Run voor beginners.')).toBeInTheDocument();
  });

  /** Anouk third on a two-place walk; the second one cancelled at `withdrawnAt`. Her entry's text. */
  async function myEntryWhenSecondLeft(withdrawnAt: string): Promise<string> {
    const left = { ...registration(2, LUNCH_WALK, 22, '2026-11-24', true), withdrawnAt: new Date(withdrawnAt) };
    const api = new FakeActivitiesApi(
      [LUNCH_WALK],
      [registration(1, LUNCH_WALK, 21, '2026-11-24'), left, registration(3, LUNCH_WALK, ANOUK.userId, '2026-11-24')]
    );
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn aanmeldingen' }));
    const list = await screen.findByRole('list', { name: 'Mijn aanmeldingen' });
    return within(list).getAllByRole('listitem')[0].textContent || '';
  }

  it('tells someone who moved up from the waiting list that they have a place', async () => {
    // She signed up on 18 November; the other left on the 23rd.
    const text = await myEntryWhenSecondLeft('2026-11-23T09:00:00Z');
    expect(text).toMatch(/Aangemeld/);
    expect(text).toContain('Je hebt een plek: je stond op de wachtlijst en er heeft iemand afgezegd.');
  });

  it('says nothing of the kind when the place was free when one signed up', async () => {
    expect(await myEntryWhenSecondLeft('2026-11-01T09:00:00Z')).not.toContain('Je hebt een plek');
  });

  it('has an empty state that leads back to the catalogue', async () => {
    renderActivities(new FakeActivitiesApi());
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn aanmeldingen' }));
    expect(await screen.findByText('Je hebt je nog nergens voor aangemeld')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de activiteiten' }));
    expect(screen.getByRole('tab', { name: 'Alle activiteiten' })).toHaveAttribute('aria-selected', 'true');
  });
});
