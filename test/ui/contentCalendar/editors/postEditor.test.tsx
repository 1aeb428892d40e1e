/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../../src/core/errors';
import { NationalDay, NewsPostInput } from '../../../../src/core/types';
import { emptyPostInput, PostEditor } from '../../../../src/ui/contentCalendar/editors';
import { StoredNewsPost } from '../../../../src/data/contracts/IContentCalendarApi';

configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

// Friday 23 October 2026, 10:00 in Amsterdam.
const NOW = new Date('2026-10-23T08:00:00Z');

function field(name: string): HTMLInputElement {
  const el = document.querySelector(`[data-post-form] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error('no field ' + name);
  }
  return el;
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

interface Harness {
  saved: NewsPostInput[];
  onClose: jest.Mock;
  onDelete: jest.Mock;
}

function renderEditor(options?: {
  initial?: NewsPostInput;
  existing?: StoredNewsPost;
  save?: (input: NewsPostInput) => Promise<void>;
  onDelete?: () => Promise<void>;
}): Harness {
  const saved: NewsPostInput[] = [];
  const onClose = jest.fn();
  const onDelete = jest.fn(options && options.onDelete ? options.onDelete : () => Promise.resolve());
  render(
    <PostEditor
      open
      initial={(options && options.initial) || emptyPostInput(NOW)}
      existing={options && options.existing}
      now={NOW}
      onSave={async (input) => {
        if (options && options.save) {
          await options.save(input);
        }
        saved.push(input);
      }}
      onDelete={options && options.existing ? onDelete : undefined}
      onClose={onClose}
    />
  );
  return { saved, onClose, onDelete };
}

function button(name: string | RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

describe('Contentkalender: PostEditor', () => {
  it('starts as a draft on the next working day at 09:00 and offers "Inplannen" for a future time', () => {
    const input = emptyPostInput(NOW);
    // Friday → Monday 26 October 2026, 09:00 CET = 08:00Z.
    expect(input.publishAt.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(input.approved).toBe(false);
    renderEditor();
    expect(field('publishDate').value).toBe('2026-10-26');
    expect(field('publishTime').value).toBe('09:00');
    expect(button('Inplannen')).toBeInTheDocument();
    expect(screen.getByText(/^Nederlandse tijd \(Europe\/Amsterdam\)/)).toBeInTheDocument();
    // A time in the past publishes at once: the action says so.
    type('publishDate', '2026-10-22');
    expect(button('Publiceren')).toBeInTheDocument();
  });

  it('prefills a national day: title, pillar and nationalDay', () => {
    const day: NationalDay = {
      id: 1,
      title: 'Dag van de Mantelzorg',
      rule: { kind: 'fixed', month: 11, day: 10 },
      active: true,
      description: '',
      pillar: 'Samen'
    };
    const input = emptyPostInput(NOW, { nationalDay: day });
    expect(input.title).toBe('Dag van de Mantelzorg');
    expect(input.nationalDay).toBe('Dag van de Mantelzorg');
    expect(input.pillar).toBe('Samen');
    expect(input.publishAt.toISOString()).toBe('2026-11-10T08:00:00.000Z');
    expect(emptyPostInput(NOW, { date: '2026-12-01', nationalDay: day }).publishAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('validates before saving: no onSave, a summary takes focus with the first error first, messages next to fields', async () => {
    const h = renderEditor();
    type('imageUrl', 'javascript:alert(1)');
    fireEvent.click(button('Inplannen'));
    await settle();
    expect(h.saved).toHaveLength(0);
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    expect(summary).toBeInTheDocument();
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Vul titel in.');
    expect(links[1]).toHaveTextContent('Vul tekst in.');
    expect(within(summary).getByText('Afbeelding (link) moet beginnen met https://.')).toBeInTheDocument();
    // The same message next to the field.
    expect(screen.getAllByText('Vul titel in.')).toHaveLength(2);
    fireEvent.click(links[0]);
    expect(document.activeElement).toBe(field('title'));
  });

  it('explains a time that does not exist (spring-forward gap) in Dutch', async () => {
    const h = renderEditor();
    type('title', 'Zomertijd');
    typeBody('<p>Een uur minder slaap.</p>');
    type('publishDate', '2027-03-28');
    type('publishTime', '02:30');
    fireEvent.click(button('Opslaan als concept'));
    await settle();
    expect(h.saved).toHaveLength(0);
    expect(within(document.querySelector('[data-error-summary]') as HTMLElement).getByText(/Publicatietijd bestaat niet op die dag/)).toBeInTheDocument();
  });

  it('"Opslaan als concept" sends approved=false; 09:00 on 25 October 2026 is 08:00Z; then closes', async () => {
    const h = renderEditor();
    type('title', `<script>alert(1)</script> Week van de werkstress 🧘`);
    typeBody('<p>Tips tegen <b>stress</b>.</p>');
    type('publishDate', '2026-10-25');
    type('publishTime', '09:00');
    fireEvent.change(field('theme'), { target: { value: 'mentaal' } });
    fireEvent.click(button('Opslaan als concept'));
    await waitFor(() => expect(h.saved).toHaveLength(1));
    const input = h.saved[0];
    expect(input.approved).toBe(false);
    expect(input.publishAt.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(input.title).toBe('<script>alert(1)</script> Week van de werkstress 🧘');
    expect(input.bodyHtml).toBe('<p>Tips tegen <b>stress</b>.</p>');
    expect(input.theme).toBe('mentaal');
    expect(input.expireAt).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    await waitFor(() => expect(h.onClose).toHaveBeenCalled());
  });

  it('"Inplannen" sends approved=true', async () => {
    const h = renderEditor();
    type('title', 'Beweegweek');
    typeBody('<p>Doe mee.</p>');
    fireEvent.click(button('Inplannen'));
    await waitFor(() => expect(h.saved).toHaveLength(1));
    expect(h.saved[0].approved).toBe(true);
    expect(h.saved[0].publishAt.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('keeps all content when saving fails and shows why; a conflict asks to reload', async () => {
    let fault: Error | undefined = new DataError('throttled', '429', 429);
    const h = renderEditor({
      save: async () => {
        if (fault) {
          throw fault;
        }
      }
    });
    type('title', 'Lunchwandeling');
    typeBody('<p>Samen naar buiten.</p>');
    type('excerpt', 'Korte tekst');
    fireEvent.click(button('Inplannen'));
    const failure = await waitFor(() => {
      const el = document.querySelector('[data-save-error]') as HTMLElement;
      expect(el).toBeInTheDocument();
      return el;
    });
    expect(failure).toHaveTextContent('Opslaan is niet gelukt. Je invoer staat er nog');
    expect(field('title').value).toBe('Lunchwandeling');
    expect(field('excerpt').value).toBe('Korte tekst');
    expect(field('body').innerHTML).toBe('<p>Samen naar buiten.</p>');
    expect(h.onClose).not.toHaveBeenCalled();

    fault = new DataError('conflict', '412', 412);
    fireEvent.click(button('Inplannen'));
    await waitFor(() =>
      expect(document.querySelector('[data-save-error]')).toHaveTextContent('Iemand anders heeft dit bericht gewijzigd — laad opnieuw')
    );
    expect(field('title').value).toBe('Lunchwandeling');

    fault = undefined;
    fireEvent.click(button('Inplannen'));
    await waitFor(() => expect(h.saved).toHaveLength(1));
    expect(h.saved[0].title).toBe('Lunchwandeling');
  });

  it('shows a stored post in Amsterdam time and deletes only after confirmation', async () => {
    const stored: StoredNewsPost = {
      id: 7,
      etag: '"3"',
      title: 'Zomertijd',
      bodyHtml: '<p>Tekst</p>',
      excerpt: '',
      pillar: 'Beter',
      theme: null,
      imageUrl: null,
      publishAt: new Date('2026-03-29T07:00:00Z'),
      expireAt: null,
      approved: true,
      nationalDay: null,
      modified: new Date('2026-03-01T00:00:00Z')
    };
    const h = renderEditor({ initial: stored, existing: stored });
    expect(field('publishDate').value).toBe('2026-03-29');
    expect(field('publishTime').value).toBe('09:00');
    expect(field('body').innerHTML).toBe('<p>Tekst</p>');
    fireEvent.click(button('Verwijderen'));
    expect(h.onDelete).not.toHaveBeenCalled();
    expect(screen.getByText(/Weet je zeker dat je dit bericht wilt verwijderen/)).toBeInTheDocument();
    fireEvent.click(button('Nee, bewaren'));
    expect(h.onDelete).not.toHaveBeenCalled();
    fireEvent.click(button('Verwijderen'));
    fireEvent.click(button('Ja, verwijderen'));
    await waitFor(() => expect(h.onDelete).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(h.onClose).toHaveBeenCalled());
  });
});
