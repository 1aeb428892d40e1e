/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { screen, fireEvent, waitFor, within, configure, render, act } from '@testing-library/react';
import '@testing-library/jest-dom';
import { MessageBar, MessageBarBody, MessageBarIntent } from '@fluentui/react-components';
import { DataError } from '../../../src/core/errors';
import { Activity } from '../../../src/core/types';
import { activity } from '../activities/fakeActivitiesApi';
import { AMBASSADOR, FakeStudioApi, renderStudio } from './fakeStudioApi';

// Issue "Participants hear about it": what the organiser sees before and after a change
// that participants are told about, and what is sent to tellParticipants.

configure({ asyncUtilTimeout: 4000 });

const ORGANISER = { id: AMBASSADOR.userId, name: 'Maud Schreurs', email: AMBASSADOR.email };

const INTENTS: MessageBarIntent[] = ['info', 'success', 'warning', 'error'];
let iconOfIntent: { [intent: string]: string } = {};

/** Fluent v9 exposes a MessageBar's intent only through its icon: fingerprint each intent's icon once. */
beforeAll(() => {
  iconOfIntent = {};
  INTENTS.forEach((intent) => {
    const { container, unmount } = render(
      <MessageBar intent={intent}>
        <MessageBarBody>x</MessageBarBody>
      </MessageBar>
    );
    const svg = container.querySelector('svg');
    iconOfIntent[intent] = svg ? svg.innerHTML : '';
    unmount();
  });
  // The fingerprints must tell the intents apart, or intentOf proves nothing.
  expect(new Set(INTENTS.map((i) => iconOfIntent[i])).size).toBe(INTENTS.length);
});

function intentOf(bar: Element): string | undefined {
  const svg = bar.querySelector('svg');
  const html = svg ? svg.innerHTML : '';
  return INTENTS.filter((i) => iconOfIntent[i] === html)[0];
}

function messageBars(root: ParentNode = document): Element[] {
  return Array.from(root.querySelectorAll('.fui-MessageBar'));
}

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

function statusText(): string {
  return (document.querySelector('[data-studio-status]') as HTMLElement).textContent || '';
}

/** A one-off activity of the ambassador with three people signed up (2 places, 1 waiting). */
function yogaWithThree(api: FakeStudioApi): Activity {
  const yoga = activity({ id: 1, title: 'Yoga', shape: 'oneOff', dates: ['2026-12-03'], capacity: 2, organiser: ORGANISER });
  api.addActivity(yoga);
  api.signUp(yoga, null, { id: 31, name: 'Anouk Janssen', email: 'anouk@x' });
  api.signUp(yoga, null, { id: 32, name: 'Ruud Coenen', email: 'ruud@x' });
  api.signUp(yoga, null, { id: 33, name: 'Jérôme Dubois', email: 'jerome@x' });
  return yoga;
}

async function editFirst(): Promise<void> {
  fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Wijzigen' }));
  await waitFor(() => expect(field('title')).toBeInTheDocument());
}

function affected(): HTMLElement | null {
  return document.querySelector('[data-affected]');
}

function save(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
}

describe('Ambassadeurs: participants hear about a change', () => {
  it('says who a time change reaches (not a title change), then saves and tells them once', async () => {
    const api = new FakeStudioApi();
    yogaWithThree(api);
    renderStudio(api);
    await editFirst();
    expect(field('startTime').value).toBe('12:15');

    // A time change reaches all three (this also proves the counts have loaded).
    type('startTime', '12:30');
    const line = await waitFor(() => {
      const el = affected();
      expect(el).toBeInTheDocument();
      return el as HTMLElement;
    });
    expect(line).toHaveTextContent('Deze wijziging raakt 3 deelnemers; zij krijgen bericht.');
    const submit = document.querySelector('[data-studio-submit]') as HTMLElement;
    expect(submit.getAttribute('aria-describedby')).toBe(line.id);

    // Back to the old time, a new title: nobody is affected.
    type('startTime', '12:15');
    type('title', 'Yoga op het plein');
    expect(affected()).toBeNull();
    expect(submit).not.toHaveAttribute('aria-describedby');

    // Time changed again, and saved.
    type('startTime', '12:30');
    expect(affected()).toHaveTextContent('Deze wijziging raakt 3 deelnemers');
    save();
    await waitFor(() => expect(statusText()).toBe('Opgeslagen: Yoga op het plein 3 deelnemers kregen een melding in Teams.'));
    expect(api.told).toHaveLength(1);
    expect(api.told[0].cause).toEqual({ kind: 'changed' });
    expect(api.told[0].before.startTime).toBe('12:15');
    expect(api.told[0].after.startTime).toBe('12:30');
    expect(api.told[0].after.id).toBe(1);
    const bars = messageBars(document.querySelector('[data-studio-status]') as HTMLElement);
    expect(bars).toHaveLength(1);
    expect(intentOf(bars[0])).toBe('success');
  });

  it('counts one person as "1 deelnemer" and a place change too', async () => {
    const api = new FakeStudioApi();
    const walk = activity({ id: 2, title: 'Wandeling', dates: ['2026-12-03'], venue: { kind: 'onSite', location: 'Stadhuis Markt' }, organiser: ORGANISER });
    api.addActivity(walk);
    api.signUp(walk, null, { id: 31, name: 'Anouk Janssen', email: 'anouk@x' });
    renderStudio(api);
    await editFirst();
    type('endTime', '13:30');
    expect(await screen.findByText('Deze wijziging raakt 1 deelnemer; die krijgt bericht.')).toBeInTheDocument();
  });

  it('reports Teams without consent as information, not as an error', async () => {
    const api = new FakeStudioApi();
    yogaWithThree(api);
    api.tellAnswer = { people: 3, told: 0, notTold: 3, reason: 'noConsent', requests: 1 };
    renderStudio(api);
    await editFirst();
    type('startTime', '12:30');
    await waitFor(() => expect(affected()).toHaveTextContent('Deze wijziging raakt 3 deelnemers'));
    save();
    await waitFor(() =>
      expect(statusText()).toBe(
        'Opgeslagen: Yoga De deelnemers zien het bij hun aanmelding in #SamenBeter. ' +
          'Meldingen in Teams staan nog uit: de beheerder heeft de API-toegang niet goedgekeurd.'
      )
    );
    expect(api.told).toHaveLength(1);
    // The save succeeded: no error anywhere on the page.
    expect(document.querySelector('[data-save-error]')).toBeNull();
    const bars = messageBars();
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.map(intentOf)).not.toContain('error');
    expect(bars.map(intentOf)).not.toContain(undefined);
    // Not reaching people in Teams is information, not a success.
    expect(messageBars(document.querySelector('[data-studio-status]') as Element).map(intentOf)).toEqual(['info']);
  });

  it('tells nobody when only the title changed', async () => {
    const api = new FakeStudioApi();
    yogaWithThree(api);
    renderStudio(api);
    await editFirst();
    // Wait until the counts are there (a time change would show them), then undo it.
    type('startTime', '12:30');
    await waitFor(() => expect(affected()).toBeInTheDocument());
    type('startTime', '12:15');
    type('title', 'Yoga in de kantine');
    expect(affected()).toBeNull();
    save();
    await waitFor(() => expect(statusText()).toBe('Opgeslagen: Yoga in de kantine'));
    // Let any late call show itself.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(api.told).toHaveLength(0);
    expect(statusText()).toBe('Opgeslagen: Yoga in de kantine');
  });

  it('calls an activity off with a reason, tells its participants and says so', async () => {
    const api = new FakeStudioApi();
    yogaWithThree(api);
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    const card = (await waitFor(() => {
      const el = document.querySelector('[data-my-activity="1"]');
      expect(el).toBeInTheDocument();
      return el;
    })) as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: 'Activiteit afzeggen' }));
    const confirm = card.querySelector('[data-cancel-confirm]') as HTMLElement;
    expect(await within(confirm).findByText(/^3 deelnemers \(bevestigd en op de wachtlijst\)/)).toBeInTheDocument();
    fireEvent.change(confirm.querySelector('textarea') as HTMLTextAreaElement, { target: { value: 'Docent ziek' } });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Afzeggen' }));

    const told = card.querySelector('[data-told]') as HTMLElement;
    await waitFor(() => expect(told).toHaveTextContent('3 deelnemers kregen een melding in Teams.'));
    expect(api.cancelReasons).toEqual(['Docent ziek']);
    expect(api.told).toHaveLength(1);
    expect(api.told[0].cause).toEqual({ kind: 'activityCancelled', reason: 'Docent ziek' });
    expect(api.told[0].before.status).toBe('open');
    expect(api.told[0].after.status).toBe('cancelled');
    expect(within(card).getByText('Geannuleerd')).toBeInTheDocument();
    expect(card.querySelector('[data-cancel-confirm]')).toBeNull();
  });

  it('shows the no-consent outcome of calling off as information in the activity', async () => {
    const api = new FakeStudioApi();
    yogaWithThree(api);
    api.tellAnswer = { people: 3, told: 0, notTold: 3, reason: 'noConsent', requests: 1 };
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Activiteit afzeggen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Afzeggen' }));
    const told = document.querySelector('[data-my-activity="1"] [data-told]') as HTMLElement;
    await waitFor(() => expect(told).toHaveTextContent(/^De deelnemers zien het bij hun aanmelding in #SamenBeter\. Meldingen in Teams staan nog uit/));
    expect(api.told[0].cause).toEqual({ kind: 'activityCancelled', reason: '' });
    expect(messageBars(told).map(intentOf)).toEqual(['info']);
    expect(messageBars().map(intentOf)).not.toContain('error');
  });
});

describe('Ambassadeurs: calling off one date of a drop-in', () => {
  /** Two people on 1 December, one on 24 November. */
  function walkWithPeople(api: FakeStudioApi): Activity {
    const walk = activity({
      id: 1,
      title: 'Lunchwandeling',
      shape: 'weeklyDropIn',
      dates: ['2026-11-24', '2026-12-01'],
      capacity: 5,
      organiser: ORGANISER
    });
    api.addActivity(walk);
    api.signUp(walk, '2026-12-01', { id: 11, name: 'Anouk Janssen', email: 'anouk@x' });
    api.signUp(walk, '2026-12-01', { id: 12, name: 'Ruud Coenen', email: 'ruud@x' });
    api.signUp(walk, '2026-11-24', { id: 13, name: 'Jérôme Dubois', email: 'jerome@x' });
    return walk;
  }

  async function openParticipants(): Promise<{ dec1: HTMLElement; nov24: HTMLElement }> {
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Deelnemers' }));
    const dec1 = await screen.findByRole('region', { name: /1 december 2026/ });
    const nov24 = screen.getByRole('region', { name: /24 november 2026/ });
    return { dec1, nov24 };
  }

  function slot(date: string): HTMLElement {
    return document.querySelector(`[data-participants] [data-slot="${date}"]`) as HTMLElement;
  }

  it('calls off a date with a reason, tells that date, and shows it called off after the reload', async () => {
    const api = new FakeStudioApi();
    walkWithPeople(api);
    api.tellAnswer = { people: 2, told: 2, notTold: 0, requests: 1 };
    const setDateCancelled = jest.spyOn(api, 'setDateCancelled');
    renderStudio(api);
    const { dec1, nov24 } = await openParticipants();
    expect(within(nov24).getByRole('button', { name: /^Datum afzeggen: .*24 november 2026/ })).toBeInTheDocument();

    fireEvent.click(within(dec1).getByRole('button', { name: /^Datum afzeggen: .*1 december 2026/ }));
    const confirm = dec1.querySelector('[data-cancel-confirm]') as HTMLElement;
    expect(confirm).toBeInTheDocument();
    // Only the people of that date.
    expect(within(confirm).getByText(/^2 deelnemers \(bevestigd en op de wachtlijst\)/)).toBeInTheDocument();
    fireEvent.change(confirm.querySelector('textarea') as HTMLTextAreaElement, { target: { value: 'Zaal bezet' } });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Datum afzeggen' }));

    const told = document.querySelector('[data-my-activity="1"] [data-told]') as HTMLElement;
    await waitFor(() => expect(told).toHaveTextContent('2 deelnemers kregen een melding in Teams.'));
    expect(setDateCancelled).toHaveBeenCalledTimes(1);
    expect(setDateCancelled).toHaveBeenCalledWith(1, expect.any(String), '2026-12-01', 'Zaal bezet');
    expect(api.told).toHaveLength(1);
    expect(api.told[0].cause).toEqual({ kind: 'dateCancelled', date: '2026-12-01', reason: 'Zaal bezet' });

    // After the reload of the participants: the date carries the badge, the reason and "Gaat toch door".
    await waitFor(() => expect(slot('2026-12-01').querySelector('[data-date-cancelled]')).toBeInTheDocument());
    const after = slot('2026-12-01');
    expect(after.querySelector('[data-date-cancelled]')).toHaveTextContent('Afgezegd');
    expect(within(after).getByText('Reden van de organisator: Zaal bezet')).toBeInTheDocument();
    expect(within(after).getByRole('button', { name: 'Gaat toch door' })).toHaveAttribute('data-date-reopen');
    expect(within(after).queryByRole('button', { name: /^Datum afzeggen/ })).toBeNull();
    // The other date is untouched.
    const other = slot('2026-11-24');
    expect(other.querySelector('[data-date-cancelled]')).toBeNull();
    expect(within(other).getByRole('button', { name: /^Datum afzeggen: .*24 november 2026/ })).toBeInTheDocument();
    // The people of the called-off date keep their sign-up (it stays in the list).
    expect(after.querySelector('[data-confirmed]')).toHaveTextContent('Anouk Janssen');

    // Putting it back on removes the mark, without a second round of notices.
    fireEvent.click(within(after).getByRole('button', { name: 'Gaat toch door' }));
    await waitFor(() => expect(within(slot('2026-12-01')).getByRole('button', { name: /^Datum afzeggen: .*1 december 2026/ })).toBeInTheDocument());
    expect(slot('2026-12-01').querySelector('[data-date-cancelled]')).toBeNull();
    expect(setDateCancelled).toHaveBeenLastCalledWith(1, expect.any(String), '2026-12-01', null);
    expect(api.told).toHaveLength(1);
  });

  it('keeps the typed reason and shows an error when calling off the date fails; retry works', async () => {
    const api = new FakeStudioApi();
    walkWithPeople(api);
    const setDateCancelled = jest.spyOn(api, 'setDateCancelled').mockRejectedValueOnce(new DataError('throttled', '429', 429));
    renderStudio(api);
    const { dec1 } = await openParticipants();
    fireEvent.click(within(dec1).getByRole('button', { name: /^Datum afzeggen: .*1 december 2026/ }));
    const confirm = dec1.querySelector('[data-cancel-confirm]') as HTMLElement;
    fireEvent.change(confirm.querySelector('textarea') as HTMLTextAreaElement, { target: { value: 'Zaal bezet' } });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Datum afzeggen' }));

    const area = dec1.querySelector('[data-date-cancel="2026-12-01"]') as HTMLElement;
    const failure = await waitFor(() => {
      const bar = messageBars(area)[0];
      expect(bar).toBeDefined();
      return bar;
    });
    expect(intentOf(failure)).toBe('error');
    expect(failure).toHaveTextContent(/SharePoint is even druk/);
    expect(setDateCancelled).toHaveBeenCalledTimes(1);
    // Nothing typed is lost, nobody is told, nothing is marked.
    expect((dec1.querySelector('[data-cancel-confirm] textarea') as HTMLTextAreaElement).value).toBe('Zaal bezet');
    expect(api.told).toHaveLength(0);
    expect(dec1.querySelector('[data-date-cancelled]')).toBeNull();
    expect(api.activities[0].activity.cancelledDates).toBeUndefined();

    // Trying again with the same reason works.
    fireEvent.click(within(dec1.querySelector('[data-cancel-confirm]') as HTMLElement).getByRole('button', { name: 'Datum afzeggen' }));
    await waitFor(() => expect(slot('2026-12-01').querySelector('[data-date-cancelled]')).toBeInTheDocument());
    expect(setDateCancelled).toHaveBeenLastCalledWith(1, expect.any(String), '2026-12-01', 'Zaal bezet');
    expect(api.told.map((t) => t.cause)).toEqual([{ kind: 'dateCancelled', date: '2026-12-01', reason: 'Zaal bezet' }]);
    expect(within(slot('2026-12-01')).getByText('Reden van de organisator: Zaal bezet')).toBeInTheDocument();
  });
});
