/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../../src/core/errors';
import { NationalDay, NewsPost, NewsPostInput } from '../../../../src/core/types';
import { newsPostInputOfPost } from '../../../../src/core/news/newsPostForm';
import { emptyPostInput, PostEditor, PostEditorOutcome, postOutcomeMessage } from '../../../../src/ui/contentCalendar/editors';
import { FakeContentCalendarApi, MANTELZORG, SITE_PAGES, storedPost } from '../fakeContentCalendarApi';

configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

// Friday 23 October 2026, 10:00 in Amsterdam (summer time until Sunday).
const NOW = new Date('2026-10-23T08:00:00Z');

function field(name: string): HTMLInputElement {
  const el = document.querySelector(`[data-post-form] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error('no field ' + name);
  }
  return el;
}

/** The Fluent Field around an input: label, control and its validation message. */
function fieldBox(name: string): HTMLElement {
  return field(name).closest('.fui-Field') as HTMLElement;
}

function type(name: string, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

function typeBody(html: string): void {
  const body = field('body');
  body.innerHTML = html;
  fireEvent.input(body);
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 10));
  });
}

async function press(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(button(name));
  });
  await settle();
}

function button(name: string | RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

interface Harness {
  api: FakeContentCalendarApi;
  done: PostEditorOutcome[];
  onClose: jest.Mock;
}

function renderEditor(options?: { initial?: NewsPostInput; existing?: NewsPost; api?: FakeContentCalendarApi; nationalDays?: NationalDay[] }): Harness {
  const api = (options && options.api) || new FakeContentCalendarApi(undefined, () => NOW);
  if (options && options.existing) {
    api.posts = [options.existing];
  }
  const done: PostEditorOutcome[] = [];
  const onClose = jest.fn();
  render(
    <PostEditor
      open
      initial={(options && options.initial) || emptyPostInput(NOW)}
      existing={options && options.existing}
      nationalDays={options && options.nationalDays}
      now={() => NOW}
      api={api}
      onDone={(outcome) => done.push(outcome)}
      onClose={onClose}
    />
  );
  return { api, done, onClose };
}

/** A complete new post, ready to save. */
function fillIn(): void {
  type('title', 'Beweegweek');
  typeBody('<p>Doe mee.</p>');
  type('excerpt', 'Een week vol beweging');
}

/** Scheduled for Tuesday 10 November 2026, 09:00. */
function scheduledPage(): NewsPost {
  return storedPost(7, 'Mantelzorg en werk', '2026-11-10 09:00', { status: 'scheduled', nationalDay: 'Dag van de Mantelzorg', pillar: 'Samen' });
}

describe('Contentkalender: PostEditor (a news page)', () => {
  it('starts a new page on the next working day at 09:00 with the three actions, without expiry or approval', () => {
    const input = emptyPostInput(NOW);
    // Friday → Monday 26 October 2026, 09:00 CET = 08:00Z.
    expect(input.publishAt.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(Object.keys(input)).not.toEqual(expect.arrayContaining(['approved']));
    renderEditor();
    expect(screen.getByText('Nieuw bericht')).toBeInTheDocument();
    expect(field('publishDate').value).toBe('2026-10-26');
    expect(field('publishTime').value).toBe('09:00');
    expect(field('body')).toBeInTheDocument();
    expect(button('Concept opslaan')).toBeInTheDocument();
    expect(button('Inplannen')).toBeInTheDocument();
    expect(button('Nu publiceren')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verwijderen' })).toBeNull();
    expect(document.querySelector('[data-field="expireDate"], [data-field="expireTime"]')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText(/^Nederlandse tijd \(Europe\/Amsterdam\)/)).toBeInTheDocument();
    expect(screen.getByText('Beschrijving')).toBeInTheDocument();
  });

  it('prefills a national day: title, pillar and the national day field', () => {
    const day: NationalDay = { ...MANTELZORG, pillar: 'Samen' };
    const input = emptyPostInput(NOW, { nationalDay: day });
    expect(input.title).toBe('Dag van de Mantelzorg');
    expect(input.nationalDay).toBe('Dag van de Mantelzorg');
    expect(input.pillar).toBe('Samen');
    expect(input.publishAt.toISOString()).toBe('2026-11-10T08:00:00.000Z');
    expect(emptyPostInput(NOW, { date: '2026-12-01', nationalDay: day }).publishAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    renderEditor({ initial: input, nationalDays: [day, { ...day, id: 9, title: 'Uitgezet', active: false }] });
    expect((field('nationalDay') as unknown as HTMLSelectElement).value).toBe('Dag van de Mantelzorg');
    const options = Array.from((field('nationalDay') as unknown as HTMLSelectElement).options).map((o) => o.textContent);
    expect(options).toEqual(['Geen nationale dag', 'Dag van de Mantelzorg']);
  });

  it('validates before sending: nothing is written, a summary takes focus with the first error first, messages next to fields', async () => {
    const h = renderEditor();
    type('imageUrl', 'javascript:alert(1)');
    type('excerpt', 'x'.repeat(256));
    await press('Inplannen');
    expect(h.api.calls).toEqual([]);
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    expect(summary).toBeInTheDocument();
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Vul titel in.');
    expect(links[1]).toHaveTextContent('Vul tekst in.');
    expect(within(summary).getByText('Beschrijving is te lang: maximaal 255 tekens (nu 256).')).toBeInTheDocument();
    expect(within(summary).getByText('Bannerafbeelding (link) moet beginnen met https://.')).toBeInTheDocument();
    // The same message next to the field.
    expect(fieldBox('title')).toHaveTextContent('Vul titel in.');
    fireEvent.click(links[0]);
    expect(document.activeElement).toBe(field('title'));
  });

  it('explains a time that does not exist (spring-forward gap) in Dutch', async () => {
    const h = renderEditor();
    fillIn();
    type('publishDate', '2027-03-28');
    type('publishTime', '02:30');
    await press('Concept opslaan');
    expect(h.api.calls).toEqual([]);
    expect(within(document.querySelector('[data-error-summary]') as HTMLElement).getByText(/Publicatietijd bestaat niet op die dag/)).toBeInTheDocument();
  });

  it('"Concept opslaan" creates a draft page with the text and says only editors see it', async () => {
    const h = renderEditor();
    type('title', `<script>alert(1)</script> Week van de werkstress 🧘`);
    typeBody('<p>Tips tegen <b>stress</b>.</p>');
    type('publishDate', '2026-10-25');
    type('publishTime', '09:00');
    fireEvent.change(field('theme'), { target: { value: 'mentaal' } });
    await press('Concept opslaan');
    expect(h.api.calls).toEqual(['saveDraft:new']);
    const { input, existingId } = h.api.drafts[0];
    expect(existingId).toBeUndefined();
    expect(input.publishAt.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(input.title).toBe('<script>alert(1)</script> Week van de werkstress 🧘');
    expect(input.bodyHtml).toBe('<p>Tips tegen <b>stress</b>.</p>');
    expect(input.theme).toBe('mentaal');
    expect(document.querySelector('script')).toBeNull();
    expect(h.done).toHaveLength(1);
    expect(h.done[0].kind).toBe('draft');
    expect(postOutcomeMessage(h.done[0], 'nl-NL')).toBe('Concept opgeslagen — alleen redactie ziet het');
  });

  it('"Inplannen" refuses a moment in the past with a Dutch message on the field, and sends nothing', async () => {
    const h = renderEditor();
    fillIn();
    // Today 09:00 has passed (it is 10:00): the time is the problem.
    type('publishDate', '2026-10-23');
    type('publishTime', '09:00');
    await press('Inplannen');
    expect(h.api.calls).toEqual([]);
    expect(fieldBox('publishTime')).toHaveTextContent('Publicatietijd ligt in het verleden: kies een later moment om in te plannen, of kies "Nu publiceren".');
    expect(document.activeElement).toBe(document.querySelector('[data-error-summary]'));
    // A day that is over: the date is the problem.
    type('publishDate', '2026-10-20');
    expect(fieldBox('publishDate')).toHaveTextContent('Publicatiedatum ligt in het verleden');
    expect(fieldBox('publishTime')).not.toHaveTextContent('verleden');
    await press('Inplannen');
    expect(h.api.calls).toEqual([]);
    expect(h.done).toEqual([]);
    // Nothing was lost, and a draft may keep the old date.
    expect(field('title').value).toBe('Beweegweek');
    await press('Concept opslaan');
    expect(h.api.calls).toEqual(['saveDraft:new']);
  });

  it('"Inplannen" saves the draft, schedules it for the planned moment and says when employees see it', async () => {
    const h = renderEditor();
    fillIn();
    type('publishDate', '2026-12-08');
    type('publishTime', '09:00');
    await press('Inplannen');
    expect(h.api.calls).toEqual(['saveDraft:new', 'schedule:500']);
    expect(h.api.schedules[0].at.toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(h.done).toHaveLength(1);
    expect(h.done[0].kind).toBe('scheduled');
    expect(postOutcomeMessage(h.done[0], 'nl-NL')).toBe('Ingepland voor di 8 dec 09:00 — medewerkers zien het bericht vanaf dan in het nieuws');
  });

  it('"Nu publiceren" saves the draft and publishes it', async () => {
    const h = renderEditor();
    fillIn();
    // A past planned date does not stop publishing now.
    type('publishDate', '2026-10-01');
    await press('Nu publiceren');
    expect(h.api.calls).toEqual(['saveDraft:new', 'publishNow:500']);
    expect(h.done.map((d) => d.kind)).toEqual(['published']);
    expect(postOutcomeMessage(h.done[0], 'nl-NL')).toBe('Gepubliceerd — medewerkers zien het bericht nu in het nieuws');
  });

  it('shows an existing page with a link to edit its text in SharePoint instead of a text field', async () => {
    const page = scheduledPage();
    const h = renderEditor({ initial: newsPostInputOfPost(page), existing: page, nationalDays: [MANTELZORG] });
    expect(screen.getByText('Bericht bewerken')).toBeInTheDocument();
    expect(document.querySelector('[data-field="body"]')).toBeNull();
    expect(screen.getByText(/De tekst van dit bericht bewerk je in SharePoint/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Verder bewerken in SharePoint/ });
    expect(link).toHaveAttribute('href', `${SITE_PAGES}/bericht-7.aspx?Mode=Edit`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(link).toHaveTextContent('(opent in een nieuw tabblad)');
    expect(document.querySelector('[data-page-status="scheduled"]')).toHaveTextContent('Status:Geplandgepland voor di 10 nov 09:00');
    expect(field('publishDate').value).toBe('2026-11-10');
    expect(field('title').value).toBe('Mantelzorg en werk');
    // Saving needs no text: the page keeps its own, it is never overwritten from here.
    type('excerpt', 'Nieuwe beschrijving');
    await press('Concept opslaan');
    expect(h.api.calls).toEqual(['saveDraft:7']);
    expect(h.api.drafts[0].input.bodyHtml).toBe('');
    expect(h.api.drafts[0].input.excerpt).toBe('Nieuwe beschrijving');
  });

  it('offers no "Inplannen" for a page that is already published: its changes are published again', async () => {
    const page = { ...scheduledPage(), version: '1.1', scheduledAt: null };
    const h = renderEditor({ initial: newsPostInputOfPost(page), existing: page, nationalDays: [MANTELZORG] });
    expect(screen.queryByRole('button', { name: 'Inplannen' })).toBeNull();
    await press('Nu publiceren');
    expect(h.api.calls).toEqual(['saveDraft:7', 'publishNow:7']);
  });

  it('says a colleague has the page checked out, keeps the form, and saves on a retry', async () => {
    const page = scheduledPage();
    const h = renderEditor({ initial: newsPostInputOfPost(page), existing: page });
    h.api.faults.saveDraft = () => new DataError('checkedOut', 'SPFileLockException', 423);
    type('title', 'Mantelzorg en werk (update)');
    type('publishTime', '10:30');
    await press('Inplannen');
    const failure = document.querySelector('[data-save-error]') as HTMLElement;
    expect(failure).toHaveAttribute('role', 'alert');
    expect(failure).toHaveTextContent('Een collega bewerkt deze pagina nu in SharePoint (de pagina is uitgecheckt). Je invoer staat er nog');
    expect(h.api.calls).toEqual(['saveDraft:7']);
    expect(field('title').value).toBe('Mantelzorg en werk (update)');
    expect(field('publishTime').value).toBe('10:30');
    expect(h.done).toEqual([]);
    expect(h.onClose).not.toHaveBeenCalled();

    h.api.faults = {};
    await press('Inplannen');
    expect(h.api.calls).toEqual(['saveDraft:7', 'saveDraft:7', 'schedule:7']);
    expect(h.api.schedules[0].at.toISOString()).toBe('2026-11-10T09:30:00.000Z');
    expect(h.done.map((d) => d.kind)).toEqual(['scheduled']);
  });

  it('keeps the text of a new page when saving fails', async () => {
    const h = renderEditor();
    h.api.faults.saveDraft = () => new DataError('throttled', '429', 429);
    fillIn();
    await press('Concept opslaan');
    expect(document.querySelector('[data-save-error]')).toHaveTextContent('Opslaan is niet gelukt. Je invoer staat er nog');
    expect(field('title').value).toBe('Beweegweek');
    expect(field('excerpt').value).toBe('Een week vol beweging');
    expect(field('body').innerHTML).toBe('<p>Doe mee.</p>');
    expect(h.done).toEqual([]);
  });

  it('continues with the page it created when scheduling fails, so a retry makes no second page', async () => {
    const h = renderEditor();
    h.api.faults.schedule = () => new DataError('throttled', '503', 503);
    fillIn();
    type('publishDate', '2026-12-08');
    await press('Inplannen');
    expect(h.api.calls).toEqual(['saveDraft:new', 'schedule:500']);
    expect(document.querySelector('[data-save-error]')).toHaveTextContent('Het concept is opgeslagen, maar inplannen is niet gelukt.');
    // The page exists now: its text is in SharePoint, the form goes on with the page.
    expect(screen.getByRole('link', { name: /Verder bewerken in SharePoint/ })).toHaveAttribute('href', `${SITE_PAGES}/nieuw-500.aspx?Mode=Edit`);
    expect(document.querySelector('[data-field="body"]')).toBeNull();
    expect(field('title').value).toBe('Beweegweek');
    expect(h.done).toEqual([]);

    h.api.faults = {};
    await press('Inplannen');
    expect(h.api.calls).toEqual(['saveDraft:new', 'schedule:500', 'saveDraft:500', 'schedule:500']);
    expect(h.api.posts).toHaveLength(1);
    expect(h.done.map((d) => d.kind)).toEqual(['scheduled']);
  });

  it('tells the calendar on cancel whether the page was already written', async () => {
    const fresh = renderEditor();
    fireEvent.click(button('Annuleren'));
    expect(fresh.onClose).toHaveBeenCalledWith(false);
  });

  it('tells the calendar on cancel after a half-finished save that the page exists', async () => {
    const h = renderEditor();
    h.api.faults.publishNow = () => new DataError('network', 'offline');
    fillIn();
    await press('Nu publiceren');
    expect(document.querySelector('[data-save-error]')).toHaveTextContent('Het concept is opgeslagen, maar publiceren is niet gelukt.');
    fireEvent.click(button('Annuleren'));
    expect(h.onClose).toHaveBeenCalledWith(true);
  });

  it('deletes an existing page only after confirmation', async () => {
    const page = scheduledPage();
    const h = renderEditor({ initial: newsPostInputOfPost(page), existing: page });
    fireEvent.click(button('Verwijderen'));
    expect(h.api.calls).toEqual([]);
    expect(screen.getByText(/Weet je zeker dat je dit bericht wilt verwijderen\? De pagina gaat naar de prullenbak van de site/)).toBeInTheDocument();
    fireEvent.click(button('Nee, bewaren'));
    expect(h.api.calls).toEqual([]);
    fireEvent.click(button('Verwijderen'));
    await press('Ja, verwijderen');
    await waitFor(() => expect(h.api.calls).toEqual(['deletePost:7']));
    expect(h.done).toEqual([{ kind: 'deleted', id: 7 }]);
  });

  it('marks "Tekst" as required with the same asterisk as the other required fields (issue 15)', () => {
    renderEditor();
    const body = field('body');
    expect(body).toHaveAttribute('aria-required', 'true');
    const label = document.getElementById(body.getAttribute('aria-labelledby') as string) as HTMLElement;
    expect(label).toHaveTextContent('Tekst*');
    // The same Fluent asterisk as "Titel *", hidden from screen readers (aria-required says it).
    const star = label.querySelector('.fui-Label__required') as HTMLElement;
    expect(star).toHaveTextContent('*');
    expect(star).toHaveAttribute('aria-hidden', 'true');
    expect(fieldBox('title').querySelector('.fui-Label__required')).not.toBeNull();
    expect(fieldBox('excerpt').querySelector('.fui-Label__required')).toBeNull();
  });
});


describe('Contentkalender: PostEditor publish time, 24-hour (issue 15)', () => {
  it('is a typed 24-hour field (number pad on a phone), not the browser\'s AM/PM time picker', () => {
    renderEditor();
    const time = field('publishTime');
    expect(time).toHaveAttribute('type', 'text');
    expect(time).toHaveAttribute('inputmode', 'numeric');
    expect(time).toHaveAttribute('placeholder', 'uu:mm');
    expect(screen.getByRole('textbox', { name: /Publicatietijd/ })).toBe(time);
    expect(document.querySelector('[data-post-form] input[type="time"]')).toBeNull();
  });

  it.each([
    ['0930', '09:30', '2026-10-26T08:30:00.000Z'],
    ['9.30', '09:30', '2026-10-26T08:30:00.000Z'],
    ['9:30', '09:30', '2026-10-26T08:30:00.000Z'],
    ['21:15', '21:15', '2026-10-26T20:15:00.000Z']
  ])('reads %j as Amsterdam wall time and shows it as %s once the field is left', async (typed, shown, saved) => {
    const h = renderEditor();
    fillIn();
    type('publishDate', '2026-10-26');
    type('publishTime', typed);
    // What was typed stays while typing; leaving the field writes it out.
    expect(field('publishTime').value).toBe(typed);
    fireEvent.blur(field('publishTime'));
    expect(field('publishTime').value).toBe(shown);
    await press('Concept opslaan');
    expect(h.api.calls).toEqual(['saveDraft:new']);
    expect(h.api.drafts[0].input.publishAt.toISOString()).toBe(saved);
  });

  it('refuses a 12-hour or impossible time with a clear Dutch message, and sends nothing', async () => {
    const h = renderEditor();
    fillIn();
    for (const typed of ['9:30 PM', '25:00']) {
      type('publishTime', typed);
      await press('Concept opslaan');
      expect(h.api.calls).toEqual([]);
      expect(fieldBox('publishTime')).toHaveTextContent('Publicatietijd is geen geldige tijd. Typ de tijd in 24 uur, bijvoorbeeld 09:30, 9:30 of 0930.');
    }
    type('publishTime', '');
    await press('Concept opslaan');
    expect(h.api.calls).toEqual([]);
  });

  it('still refuses a time in the spring-forward gap, however it is typed ("230")', async () => {
    const h = renderEditor();
    fillIn();
    type('publishDate', '2027-03-28');
    type('publishTime', '230');
    await press('Concept opslaan');
    expect(h.api.calls).toEqual([]);
    expect(fieldBox('publishTime')).toHaveTextContent(/Publicatietijd bestaat niet op die dag/);
  });
});
