/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within, configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { Activity } from '../../../src/core/types';
import { StoredRegistration } from '../../../src/data/contracts/IRegistrationRepository';
import { renderActivities } from './renderActivities';
import { activity, ANOUK, FakeActivitiesApi, registration } from './fakeActivitiesApi';

// Issue "Participants hear about it", the participant's side: a change of time, place or link
// after one signed up is said with the sign-up; a called-off drop-in date says so, with the
// organiser's reason as plain text, and takes no sign-ups.

configure({ asyncUtilTimeout: 4000 });

const CHANGED_AT = new Date('2026-11-19T08:00:00Z');

/** A one-off whose time the organiser moved to 12:30–13:15 on 19 November. */
const YOGA: Activity = activity({
  id: 20,
  title: 'Yoga op het plein',
  dates: ['2026-11-26'],
  startTime: '12:30',
  endTime: '13:15',
  lastChange: { at: CHANGED_AT, fields: ['time'] }
});

const CHANGED_TEXT = 'Gewijzigd sinds je aanmelding: nu 12:30–13:15';

/** Anouk's registration for YOGA, made at `at`. */
function anoukAt(at: string, cancelled = false): StoredRegistration {
  return { ...registration(1, YOGA, ANOUK.userId, null, cancelled), registeredAt: new Date(at) };
}

async function openDetail(title: string): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name: title });
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(within(dialog).queryByText('Plekken laden…')).toBeNull());
  return dialog;
}

async function closeDetail(dialog: HTMLElement): Promise<void> {
  fireEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

function card(id: number): HTMLElement {
  return document.querySelector(`[data-activity-card="${id}"]`) as HTMLElement;
}

async function mySignUps(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('tab', { name: 'Mijn aanmeldingen' }));
  return screen.findByRole('list', { name: 'Mijn aanmeldingen' });
}

function dateRow(dialog: HTMLElement, isoDate: string): HTMLElement {
  return dialog.querySelector(`[data-session="${isoDate}"]`) as HTMLElement;
}

describe('Gewijzigd sinds je aanmelding', () => {
  it('tells someone who signed up before the change what changed: in the detail, on the card and in "Mijn aanmeldingen"', async () => {
    renderActivities(new FakeActivitiesApi([YOGA], [anoukAt('2026-11-18T10:00:00Z')]));
    await screen.findByRole('button', { name: 'Yoga op het plein' });
    await waitFor(() => expect(card(20).querySelector('[data-changed-since]')).toHaveTextContent(CHANGED_TEXT));

    const dialog = await openDetail('Yoga op het plein');
    expect(within(dialog).getByRole('button', { name: /^Afmelden voor / })).toBeInTheDocument();
    const lines = dialog.querySelectorAll('[data-changed-since]');
    expect(lines).toHaveLength(1);
    expect(lines[0].textContent).toBe(CHANGED_TEXT);
    await closeDetail(dialog);

    const list = await mySignUps();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0].querySelector('[data-changed-since]')).toHaveTextContent(CHANGED_TEXT);
    expect(items[0].textContent).toContain(CHANGED_TEXT);
  });

  it('says nothing to someone who signed up after the change', async () => {
    renderActivities(new FakeActivitiesApi([YOGA], [anoukAt('2026-11-19T08:00:01Z')]));
    const dialog = await openDetail('Yoga op het plein');
    // Signed up (so the line would show if it applied).
    expect(within(dialog).getByRole('button', { name: /^Afmelden voor / })).toBeInTheDocument();
    expect(dialog.querySelector('[data-changed-since]')).toBeNull();
    expect(dialog.textContent).not.toContain('Gewijzigd sinds');
    expect(card(20).querySelector('[data-changed-since]')).toBeNull();
    await closeDetail(dialog);

    const list = await mySignUps();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toMatch(/Aangemeld/);
    expect(items[0].textContent).not.toContain('Gewijzigd sinds');
  });

  it('says nothing about a cancelled registration made before the change', async () => {
    renderActivities(new FakeActivitiesApi([YOGA], [anoukAt('2026-11-18T10:00:00Z', true)]));
    const dialog = await openDetail('Yoga op het plein');
    expect(within(dialog).getByRole('button', { name: /^Aanmelden voor / })).toBeInTheDocument();
    expect(dialog.querySelector('[data-changed-since]')).toBeNull();
    expect(document.body.textContent).not.toContain('Gewijzigd sinds');
    await closeDetail(dialog);
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn aanmeldingen' }));
    expect(await screen.findByText('Je hebt je nog nergens voor aangemeld')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Gewijzigd sinds');
  });

  it('names a place change and a new meeting link', async () => {
    const hybrid = activity({
      id: 21,
      title: 'Mindfulness hybride',
      dates: ['2026-11-26'],
      venue: { kind: 'hybrid', location: 'Mosae Forum', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/new' },
      lastChange: { at: CHANGED_AT, fields: ['place', 'meetingLink'] }
    });
    renderActivities(new FakeActivitiesApi([hybrid], [registration(1, hybrid, ANOUK.userId, null)]));
    const dialog = await openDetail('Mindfulness hybride');
    expect(dialog.querySelector('[data-changed-since]')).toHaveTextContent('Gewijzigd sinds je aanmelding: nu Mosae Forum, nieuwe vergaderlink');
  });
});

describe('A called-off drop-in date', () => {
  const REASON = 'Zaal <b>x</b> bezet';
  const WALK: Activity = activity({
    id: 30,
    title: 'Lunchwandeling Stadspark',
    shape: 'weeklyDropIn',
    dates: ['2026-11-24', '2026-12-01'],
    capacity: 5,
    cancelledDates: [{ date: '2026-11-24', reason: REASON }]
  });

  it('says so with the reason as plain text and offers no sign-up for that date only', async () => {
    const api = new FakeActivitiesApi([WALK]);
    renderActivities(api);
    // The card (its next date is the called-off one) says it in short.
    await waitFor(() => expect(card(30).querySelector('[data-date-cancelled]')).toHaveTextContent('Gaat niet door op di 24 nov.'));

    const dialog = await openDetail('Lunchwandeling Stadspark');
    const off = dateRow(dialog, '2026-11-24');
    const line = off.querySelector('[data-date-cancelled="2026-11-24"]') as HTMLElement;
    expect(line.textContent).toBe(`Gaat niet door op di 24 nov. Reden van de organisator: ${REASON}`);
    // Shown literally, never as markup.
    expect(line.querySelector('b')).toBeNull();
    expect(dialog.querySelector('b')).toBeNull();
    expect(within(off).queryByRole('button', { name: /^Aanmelden voor / })).toBeNull();

    const on = dateRow(dialog, '2026-12-01');
    expect(on.querySelector('[data-date-cancelled]')).toBeNull();
    fireEvent.click(within(on).getByRole('button', { name: /^Aanmelden voor / }));
    expect(await within(on).findByText(/Gelukt: je bent aangemeld/)).toBeInTheDocument();
    expect(api.signUp).toHaveBeenCalledTimes(1);
    expect(api.signUp.mock.calls[0][0]).toEqual(expect.objectContaining({ activityId: 30, sessionDate: '2026-12-01' }));
  });

  it('tells someone signed up for that date, with the reason, in "Mijn aanmeldingen"', async () => {
    renderActivities(new FakeActivitiesApi([WALK], [registration(1, WALK, ANOUK.userId, '2026-11-24')]));
    await screen.findByRole('button', { name: 'Lunchwandeling Stadspark' });
    const list = await mySignUps();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const line = items[0].querySelector('[data-date-cancelled="2026-11-24"]') as HTMLElement;
    expect(line.textContent).toBe(`Gaat niet door op di 24 nov. Reden van de organisator: ${REASON}`);
    expect(items[0].querySelector('b')).toBeNull();
    expect(within(items[0]).queryByRole('button', { name: /^Aanmelden voor / })).toBeNull();
  });
});
