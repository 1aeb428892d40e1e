/**
 * @jest-environment jsdom
 */
import * as fs from 'fs';
import * as path from 'path';
import { screen, fireEvent, waitFor, within, configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { Activity } from '../../../src/core/types';
import { isOnlineLocationText, locationGroupKey, locationOptions, ONLINE_LOCATION_KEY } from '../../../src/ui/activities/catalogueFilter';
import { renderActivities } from './renderActivities';
import { activity, ALL, ANOUK, FakeActivitiesApi, LUNCH_WALK, MENOPAUSE, registration, START_TO_RUN } from './fakeActivitiesApi';

// Issue 15, "Employee": the catalogue and detail as an employee with the keyboard and a
// screen reader. Layout (long titles at 360 px) is checked in Chromium by
// test/browser/activities.test.ts.

configure({ asyncUtilTimeout: 4000 });

async function openDetail(title: string): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name: title });
  button.focus();
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(within(dialog).queryByText('Plekken laden…')).toBeNull());
  return dialog;
}

function dateRow(dialog: HTMLElement, isoDate: string): HTMLElement {
  return dialog.querySelector(`[data-session="${isoDate}"]`) as HTMLElement;
}

/** The polite announcement of the catalogue (visually hidden). */
function catalogueAnnouncement(): string {
  const regions = Array.from(document.querySelectorAll('[role="status"]')).map((r) => (r.textContent || '').trim());
  return regions.filter((t) => /activiteit/.test(t)).join(' | ');
}

/** The loc file of a locale, evaluated the way SPFx and test/stubs/strings.js do. */
function locStrings(locale: string): { [key: string]: string } {
  const source = fs.readFileSync(path.join(__dirname, '../../../src/loc', `${locale}.js`), 'utf8');
  let strings: { [key: string]: string } = {};
  // eslint-disable-next-line no-new-func
  new Function('define', source)((_deps: string[], factory: () => { [key: string]: string }) => {
    strings = factory();
  });
  return strings;
}

describe('"1 activiteiten gevonden": counts in singular and plural', () => {
  it('announces one result in the singular and more in the plural after a filter change', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api);
    await screen.findByRole('button', { name: 'Lunchwandeling vanaf het Stadhuis' });
    fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: 'Start' } });
    await waitFor(() => expect(catalogueAnnouncement()).toBe('1 activiteit gevonden.'));
    fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: 'e' } });
    await waitFor(() => expect(catalogueAnnouncement()).toBe('4 activiteiten gevonden.'));
  });

  it('has the singular in Dutch and in English, found and loaded', () => {
    // One isolated registry per locale, and no resetModules: that would also empty this file's
    // registry, and a part loaded later (the lazy detail) would get a second copy of React.
    for (const [locale, one, many, loadedOne, loadedMany] of [
      ['nl-nl', '1 activiteit gevonden.', '3 activiteiten gevonden.', '1 activiteit geladen.', '3 activiteiten geladen.'],
      ['en-us', '1 activity found.', '3 activities found.', '1 activity loaded.', '3 activities loaded.']
    ]) {
      jest.isolateModules(() => {
        jest.doMock('SamenBeterStrings', () => locStrings(locale));
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const labels = require('../../../src/ui/activities/activityLabels') as typeof import('../../../src/ui/activities/activityLabels');
        expect([labels.foundCountText(1), labels.foundCountText(3), labels.foundCountText(0)]).toEqual([
          one,
          many,
          many.replace('3', '0')
        ]);
        expect([labels.loadedCountText(1), labels.loadedCountText(3)]).toEqual([loadedOne, loadedMany]);
      });
    }
    jest.dontMock('SamenBeterStrings');
  });
});

describe('sign-up and cancel buttons say what and when', () => {
  it('names every date row\'s button after the activity and its date; the visible text stays short', async () => {
    renderActivities(new FakeActivitiesApi());
    const dialog = await openDetail('Lunchwandeling vanaf het Stadhuis');
    const buttons = within(dialog)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-slot-action'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Aanmelden', 'Aanmelden', 'Aanmelden']);
    const names = buttons.map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Aanmelden voor Lunchwandeling vanaf het Stadhuis, di 24 nov',
      'Aanmelden voor Lunchwandeling vanaf het Stadhuis, di 1 dec',
      'Aanmelden voor Lunchwandeling vanaf het Stadhuis, di 8 dec'
    ]);
    expect(within(dateRow(dialog, '2026-12-08')).getByRole('button', { name: 'Aanmelden voor Lunchwandeling vanaf het Stadhuis, di 8 dec' })).toBeInTheDocument();

    fireEvent.click(within(dateRow(dialog, '2026-12-01')).getByRole('button', { name: /^Aanmelden voor/ }));
    expect(
      await within(dateRow(dialog, '2026-12-01')).findByRole('button', { name: 'Afmelden voor Lunchwandeling vanaf het Stadhuis, di 1 dec' })
    ).toHaveTextContent(/^Afmelden$/);
  });

  it('names the whole span of a programme, and the cancel buttons under "Mijn aanmeldingen"', async () => {
    renderActivities(new FakeActivitiesApi(undefined, [registration(4, START_TO_RUN, ANOUK.userId, null)]));
    const dialog = await openDetail('Start to Run voor beginners');
    expect(within(dialog).getByRole('button', { name: 'Afmelden voor Start to Run voor beginners, do 3 dec t/m do 17 dec' })).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn aanmeldingen' }));
    const list = await screen.findByRole('list', { name: 'Mijn aanmeldingen' });
    expect(within(list).getByRole('button', { name: 'Afmelden voor Start to Run voor beginners, do 3 dec t/m do 17 dec' })).toBeInTheDocument();
  });
});

describe('after signing up, a second keypress cannot cancel', () => {
  it('moves focus from the button to the announced result, not onto "Afmelden"', async () => {
    const api = new FakeActivitiesApi();
    renderActivities(api);
    const dialog = await openDetail('Start to Run voor beginners');
    const button = dialog.querySelector('[data-slot-action="signUp"]') as HTMLElement;
    button.focus();
    fireEvent.click(button);
    const result = await within(dialog).findByText('Gelukt: je bent aangemeld voor Start to Run voor beginners.');
    const message = result.closest('[data-slot-result]') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(message));
    // Focused, it reads as the result itself.
    expect(message).toHaveAccessibleName('Gelukt: je bent aangemeld voor Start to Run voor beginners.');
    // Still announced: the result sits in a polite live region.
    expect(message.closest('[role="status"]')).not.toBeNull();
    // The second Space lands on the message, which does nothing.
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: ' ', code: 'Space' });
    fireEvent.keyUp(document.activeElement as HTMLElement, { key: ' ', code: 'Space' });
    expect(api.cancel).not.toHaveBeenCalled();
    const cancel = dialog.querySelector('[data-slot-action="cancel"]') as HTMLElement;
    expect(cancel).toHaveTextContent('Afmelden');
    expect(document.activeElement).not.toBe(cancel);
  });

  it('after a cancel the result takes focus too; a failed attempt leaves focus on the button to try again', async () => {
    const api = new FakeActivitiesApi(undefined, [registration(7, START_TO_RUN, ANOUK.userId, null)]);
    api.faults.cancel = () => new DataError('network', 'down');
    renderActivities(api);
    const dialog = await openDetail('Start to Run voor beginners');
    const button = dialog.querySelector('[data-slot-action="cancel"]') as HTMLElement;
    button.focus();
    fireEvent.click(button);
    await within(dialog).findByText(/Er is geen verbinding met SharePoint/);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled', 'true'));
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    const result = await within(dialog).findByText('Je bent afgemeld voor Start to Run voor beginners.');
    await waitFor(() => expect(document.activeElement).toBe(result.closest('[data-slot-result]')));
  });
});

describe('"Deel" shares the page with only ?activity=<id>', () => {
  it('drops ?as=, other parameters and the fragment of the address', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderActivities(new FakeActivitiesApi(), {
      share: { pageUrl: 'https://gemeente.sharepoint.com/sites/stella/SitePages/Home.aspx?as=anouk.janssen%40maastricht.example&mode=view&activity=9&source=x#comments' }
    });
    const dialog = await openDetail('Start to Run voor beginners');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deel' }));
    expect(await within(dialog).findByText('Link gekopieerd')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('https://gemeente.sharepoint.com/sites/stella/SitePages/Home.aspx?activity=2');
  });
});

describe('the location filter groups location texts', () => {
  const at = (id: number, venue: Activity['venue'], title = `Activiteit ${id}`): Activity => activity({ id, title, venue });
  const GROUPED = [
    at(31, { kind: 'onSite', location: 'Mosae Forum' }, 'Wandelen vanaf het Forum'),
    at(32, { kind: 'onSite', location: '  mosae   forum ' }, 'Koffie en bewegen'),
    at(33, { kind: 'onSite', location: 'MOSAE FORUM, vergaderzaal 2.03' }, 'Workshop slapen'),
    at(34, { kind: 'onSite', location: 'Stadhuis Markt, hoofdingang' }, 'Lunchwandeling'),
    at(35, { kind: 'onSite', location: 'Stadhuis  Markt' }, 'Traplopen'),
    at(36, { kind: 'online', meetingUrl: 'https://teams.microsoft.com/l/x' }, 'Stoelyoga'),
    at(37, { kind: 'hybrid', location: 'Online', meetingUrl: 'https://teams.microsoft.com/l/y' }, 'Webinar geldzaken'),
    at(38, { kind: 'onSite', location: 'online via Teams' }, 'Ademhalen'),
    at(39, { kind: 'hybrid', location: 'Mosae Forum (ook via Teams)', meetingUrl: 'https://teams.microsoft.com/l/z' }, 'Hartcoherentie')
  ];

  it('groups by the place before a comma, semicolon, bracket or dash, ignoring case, accents and spaces', () => {
    expect(locationGroupKey('Café De Preuverij, Maastricht')).toBe(locationGroupKey('cafe de  preuverij'));
    expect(locationGroupKey('Mosae Forum - zaal 4.12')).toBe('mosae forum');
    expect(locationGroupKey('Mosae Forum; route langs de Maas')).toBe('mosae forum');
    expect(locationGroupKey('Stadhuis')).not.toBe(locationGroupKey('Stadhuis Markt'));
    expect(locationGroupKey('   ')).toBeUndefined();
    for (const online of ['Online', 'ONLINE (Teams)', 'via Teams', 'MS Teams', 'Online via Microsoft Teams', 'thuis of online']) {
      expect([online, isOnlineLocationText(online), locationGroupKey(online)]).toEqual([online, true, undefined]);
    }
    for (const place of ['Teamsruimte 3', 'Stadhuis, online te volgen', 'De Online Hub']) {
      expect([place, isOnlineLocationText(place)]).toEqual([place, false]);
    }
    expect(
      locationOptions(
        [
          { kind: 'onSite', location: 'stadhuis markt' },
          { kind: 'onSite', location: 'Stadhuis Markt, hoofdingang' },
          { kind: 'onSite', location: 'STADHUIS MARKT' }
        ],
        'Online'
      )
    ).toEqual([{ key: 'stadhuis markt', label: 'Stadhuis Markt' }]);
    expect(locationOptions([{ kind: 'online', meetingUrl: '' }], 'Online')).toEqual([{ key: ONLINE_LOCATION_KEY, label: 'Online' }]);
  });

  it('lists each place once (case, spacing, rooms) and online variants as one "Online"', async () => {
    const api = new FakeActivitiesApi(GROUPED);
    renderActivities(api);
    await screen.findByRole('button', { name: 'Stoelyoga' });
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const select = (await screen.findByLabelText('Locatie')) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['Alle locaties', 'Mosae Forum', 'Stadhuis Markt', 'Online']);
  });

  it('shows every activity of the chosen group', async () => {
    const api = new FakeActivitiesApi(GROUPED);
    renderActivities(api);
    await screen.findByRole('button', { name: 'Stoelyoga' });
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const select = (await screen.findByLabelText('Locatie')) as HTMLSelectElement;
    const option = (label: string): string => Array.from(select.options).filter((o) => o.textContent === label)[0].value;
    const titles = (): string[] => Array.from(document.querySelectorAll('[data-activity-open]')).map((b) => b.textContent || '');

    fireEvent.change(select, { target: { value: option('Mosae Forum') } });
    await waitFor(() => expect(titles()).toEqual(['Wandelen vanaf het Forum', 'Koffie en bewegen', 'Workshop slapen', 'Hartcoherentie']));
    await waitFor(() => expect(catalogueAnnouncement()).toBe('4 activiteiten gevonden.'));
    // A reload with the group chosen says how many cards are on screen, not how many came in.
    fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: 'Workshop' } });
    await waitFor(() => expect(catalogueAnnouncement()).toBe('1 activiteit gevonden.'));
    fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: 'e' } });
    await waitFor(() => expect(catalogueAnnouncement()).toBe('4 activiteiten gevonden.'));
    expect(api.loadCatalogue.mock.calls[api.loadCatalogue.mock.calls.length - 1][0]).toEqual({ search: 'e' });
    expect(titles()).toHaveLength(4);
    fireEvent.change(select, { target: { value: option('Online') } });
    await waitFor(() => expect(titles()).toEqual(['Stoelyoga', 'Webinar geldzaken', 'Ademhalen', 'Hartcoherentie']));
    fireEvent.change(select, { target: { value: option('Stadhuis Markt') } });
    await waitFor(() => expect(titles()).toEqual(['Lunchwandeling', 'Traplopen']));
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    // One raw text would miss the other spellings: the group is not sent as SbLocation eq '…'.
    for (const call of api.loadCatalogue.mock.calls) {
      expect(call[0].location).toBeUndefined();
    }
  });
});

describe('the privacy note of a private workshop appears once', () => {
  const NOTE = 'zien niet wie zich aanmeldt';
  const count = (text: string, part: string): number => text.toLowerCase().split(part.toLowerCase()).length - 1;

  it('once when the organiser already wrote it in the description (as the seeded workshops do)', async () => {
    const withNote = {
      ...MENOPAUSE,
      descriptionHtml:
        '<p>Over de overgang op het werk.</p><p><strong>Besloten deelnemerslijst:</strong> collega\'s zien niet wie zich aanmeldt. Alleen de organisator en P&amp;O zien de namen.</p>'
    };
    renderActivities(new FakeActivitiesApi(ALL.map((a) => (a.id === MENOPAUSE.id ? withNote : a))));
    const dialog = await openDetail('Workshop Overgang en Werk');
    expect(count(dialog.textContent || '', NOTE)).toBe(1);
    expect(within(dialog).getAllByText('Besloten deelnemerslijst', { exact: false })).toHaveLength(2); // the badge, and the organiser's own words
  });

  it('once when the description does not say it', async () => {
    renderActivities(new FakeActivitiesApi());
    const dialog = await openDetail('Workshop Overgang en Werk');
    expect(count(dialog.textContent || '', NOTE)).toBe(1);
    expect(count(dialog.textContent || '', 'Besloten deelnemerslijst')).toBe(1);
  });

  it('a private drop-in does not repeat "Besloten deelnemerslijst" on every date', async () => {
    const privateWalk = { ...LUNCH_WALK, id: 41, title: 'Besloten wandelgroep', isPrivate: true };
    renderActivities(new FakeActivitiesApi([privateWalk]));
    const dialog = await openDetail('Besloten wandelgroep');
    expect(dialog.querySelectorAll('li[data-session]')).toHaveLength(3);
    expect(count(dialog.textContent || '', 'Besloten deelnemerslijst')).toBe(1);
    expect(count(dialog.textContent || '', NOTE)).toBe(1);
  });
});
