/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { NewsPost, NewsPostInput } from '../../../src/core/types';
import type { PostEditorApi, PostEditorOutcome } from '../../../src/ui/contentCalendar/editors';
import { novemberApi, renderCalendar } from './fakeContentCalendarApi';

configure({ defaultHidden: true });

// The editors are someone else's components with their own tests; here they are stand-ins that
// show what the calendar handed them and save it unchanged, so the wiring is what is tested.
jest.mock('../../../src/ui/contentCalendar/editors', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const R: typeof React = require('react');
  function Save(props: { onSave: () => Promise<void>; onClose: () => void; label: string }): JSX.Element {
    const [error, setError] = R.useState('');
    return R.createElement(
      'div',
      null,
      R.createElement(
        'button',
        {
          type: 'button',
          onClick: () =>
            props.onSave().then(props.onClose, (e: Error) => setError(e.message))
        },
        props.label
      ),
      error && R.createElement('p', { role: 'alert' }, error)
    );
  }
  interface StubProps {
    initial: NewsPostInput;
    existing?: NewsPost;
    nationalDays?: Array<{ title: string }>;
    api: PostEditorApi;
    onDone: (outcome: PostEditorOutcome) => void;
    onClose: (pageSaved: boolean) => void;
  }
  const noop = (): void => undefined;
  return {
    emptyPostInput: jest.requireActual('../../../src/ui/contentCalendar/editors/postDefaults').emptyPostInput,
    postOutcomeMessage: jest.requireActual('../../../src/ui/contentCalendar/editors/postOutcome').postOutcomeMessage,
    // Drives the calendar's API the way the real editor does, without a form.
    PostEditor: (props: StubProps) =>
      R.createElement(
        'div',
        { role: 'dialog', 'aria-label': 'Post editor' },
        R.createElement(
          'p',
          { 'data-initial': '' },
          `${props.initial.title}|${props.initial.publishAt.toISOString()}|${props.initial.nationalDay}|${props.existing ? props.existing.id : 'new'}|${props.initial.bodyHtml}|${(props.nationalDays || []).map((d) => d.title).join(',')}`
        ),
        R.createElement(Save, {
          label: 'Stub concept',
          onSave: async () => props.onDone({ kind: 'draft', post: await props.api.saveDraft(props.initial, props.existing && props.existing.id) }),
          onClose: noop
        }),
        R.createElement(Save, {
          label: 'Stub inplannen',
          onSave: async () => {
            const draft = await props.api.saveDraft(props.initial, props.existing && props.existing.id);
            const post = await props.api.schedule(draft.id, props.initial.publishAt);
            props.onDone({ kind: 'scheduled', post, at: post.scheduledAt as Date });
          },
          onClose: noop
        }),
        R.createElement(Save, {
          label: 'Stub nu publiceren',
          onSave: async () => {
            const draft = await props.api.saveDraft(props.initial, props.existing && props.existing.id);
            props.onDone({ kind: 'published', post: await props.api.publishNow(draft.id) });
          },
          onClose: noop
        }),
        R.createElement(Save, {
          label: 'Stub half opgeslagen',
          onSave: async () => {
            await props.api.saveDraft(props.initial, props.existing && props.existing.id);
          },
          onClose: () => props.onClose(true)
        }),
        R.createElement('button', { type: 'button', onClick: () => props.onClose(false) }, 'Stub annuleren'),
        props.existing &&
          R.createElement(Save, {
            label: 'Stub verwijderen',
            onSave: async () => {
              const id = (props.existing as NewsPost).id;
              await props.api.deletePost(id);
              props.onDone({ kind: 'deleted', id });
            },
            onClose: noop
          })
      ),
    ThemePlanner: (props: { year: number; month: number; themes: unknown[]; onSave: (p: unknown[]) => Promise<void>; onClose: () => void }) =>
      R.createElement(
        'div',
        { role: 'dialog', 'aria-label': 'Theme planner' },
        R.createElement('p', null, `${props.year}-${props.month} ${props.themes.length}`),
        R.createElement(Save, {
          label: 'Stub plannen',
          onSave: () => props.onSave([{ isoYear: 2026, isoWeek: 48, theme: 'voeding', pillar: 'Kracht', title: '', summary: '', tip: '', imageUrl: null, linkUrl: null }]),
          onClose: props.onClose
        })
      ),
    NationalDaysPanel: (props: { days: Array<{ title: string }>; year: number; onSave: (d: unknown, id?: number) => Promise<void>; onClose: () => void }) =>
      R.createElement(
        'div',
        { role: 'dialog', 'aria-label': 'National days' },
        R.createElement('p', null, `${props.year} ${props.days.map((d) => d.title).join(',')}`),
        R.createElement(Save, {
          label: 'Stub dag opslaan',
          onSave: () => props.onSave({ title: 'Nieuwe dag', rule: { kind: 'fixed', month: 12, day: 1 }, active: true, description: '' }),
          onClose: props.onClose
        })
      )
  };
});

function cell(date: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[role="gridcell"][data-date="${date}"]`) as HTMLElement;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

describe('content calendar: opening the editors', () => {
  it('opens a post chip with the page (no text: that is edited in SharePoint), saves a draft of it by id, reloads and says so', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(cell('2026-11-12')).getByRole('button', { name: /Slapen en stress/ }));
    const dialog = screen.getByRole('dialog', { name: 'Post editor' });
    // Title | planned time | national day | page id | text | national days to choose from.
    expect(dialog).toHaveTextContent('Slapen en stress|2026-11-12T08:00:00.000Z|null|2||Dag van de Mantelzorg');
    await click(within(dialog).getByRole('button', { name: 'Stub concept' }));
    expect(api.calls).toEqual(['saveDraft:2']);
    expect(api.drafts[0].input.title).toBe('Slapen en stress');
    expect(api.loads).toHaveLength(2);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('Concept opgeslagen — alleen redactie ziet het');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says a draft of a published page leaves the published version in place', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(cell('2026-11-03')).getByRole('button', { name: /Wandelen/ }));
    await click(screen.getByRole('button', { name: 'Stub concept' }));
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent(
      'Wijzigingen opgeslagen als concept — medewerkers zien nog de gepubliceerde versie'
    );
    // The chip now says the changes are not published yet.
    expect(within(cell('2026-11-03')).getByRole('button', { name: /Wandelen/ })).toHaveTextContent('wijzigingen niet gepubliceerd');
  });

  it('schedules a new post for a national day from the warning and says when employees will see it', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    const panel = screen.getByRole('region', { name: 'Aandachtspunten' });
    await click(within(panel).getByRole('button', { name: 'Schrijf bericht voor deze dag' }));
    // 10 Nov 09:00 Amsterdam = 08:00 UTC; a new post (no existing).
    expect(screen.getByRole('dialog', { name: 'Post editor' })).toHaveTextContent('Dag van de Mantelzorg|2026-11-10T08:00:00.000Z|Dag van de Mantelzorg|new');
    await click(screen.getByRole('button', { name: 'Stub inplannen' }));
    expect(api.calls).toEqual(['saveDraft:new', 'schedule:500']);
    expect(api.schedules[0].at.toISOString()).toBe('2026-11-10T08:00:00.000Z');
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent(
      'Ingepland voor di 10 nov 09:00 — medewerkers zien het bericht vanaf dan in het nieuws'
    );
    const chip = cell('2026-11-10').querySelector('[data-post-status="scheduled"]') as HTMLElement;
    expect(chip).toHaveTextContent('GeplandDag van de Mantelzorg');
    // A scheduled post counts: the national-day warning is gone.
    expect(within(screen.getByRole('region', { name: 'Aandachtspunten' })).queryByText(/Dag van de Mantelzorg/)).toBeNull();
  });

  it('publishes now and says so', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(cell('2026-11-19')).getByRole('button', { name: /Gezonde lunch/ }));
    await click(screen.getByRole('button', { name: 'Stub nu publiceren' }));
    expect(api.calls).toEqual(['saveDraft:3', 'publishNow:3']);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('Gepubliceerd — medewerkers zien het bericht nu in het nieuws');
  });

  it('deletes a page by id and says it went to the recycle bin', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(cell('2026-11-03')).getByRole('button', { name: /Wandelen/ }));
    await click(screen.getByRole('button', { name: 'Stub verwijderen' }));
    expect(api.deletes).toEqual([1]);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('Verwijderd — de pagina staat in de prullenbak van de site');
    expect(cell('2026-11-03')).not.toHaveTextContent('Wandelen');
  });

  it('keeps "concept klaar" on the national-day warning after saving a draft for it', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(screen.getByRole('region', { name: 'Aandachtspunten' })).getByRole('button', { name: 'Schrijf bericht voor deze dag' }));
    await click(screen.getByRole('button', { name: 'Stub concept' }));
    expect(api.drafts[0].existingId).toBeUndefined();
    expect(api.drafts[0].input.nationalDay).toBe('Dag van de Mantelzorg');
    expect(await within(screen.getByRole('region', { name: 'Aandachtspunten' })).findByText(/er is een concept klaar, maar het is nog niet ingepland/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open concept' })).toBeInTheDocument();
  });

  it('writes a post for a day from the national-day chip in the grid', async () => {
    renderCalendar(novemberApi());
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(cell('2026-11-10')).getByRole('button', { name: /Dag van de Mantelzorg/ }));
    expect(screen.getByRole('dialog', { name: 'Post editor' })).toHaveTextContent('|Dag van de Mantelzorg|new');
  });

  it('keeps the editor open when saving fails, without reloading', async () => {
    const api = novemberApi();
    api.faults.saveDraft = () => new Error('Conflict');
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(screen.getByRole('button', { name: 'Nieuw bericht' }));
    await click(screen.getByRole('button', { name: 'Stub concept' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Conflict');
    expect(screen.getByRole('dialog', { name: 'Post editor' })).toBeInTheDocument();
    expect(api.loads).toHaveLength(1);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('');
  });

  it('reloads after closing an editor that already saved the page, and not after a plain cancel', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(screen.getByRole('button', { name: 'Nieuw bericht' }));
    await click(screen.getByRole('button', { name: 'Stub annuleren' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.loads).toHaveLength(1);
    await click(screen.getByRole('button', { name: 'Nieuw bericht' }));
    await click(screen.getByRole('button', { name: 'Stub half opgeslagen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.loads).toHaveLength(2);
  });

  it('plans the month\'s themes and manages national days through the API', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(screen.getByRole('button', { name: "Plan thema's voor deze maand" }));
    expect(screen.getByRole('dialog', { name: 'Theme planner' })).toHaveTextContent('2026-11 14');
    await click(screen.getByRole('button', { name: 'Stub plannen' }));
    expect(api.themePlans).toHaveLength(1);
    expect(api.themePlans[0][0]).toMatchObject({ isoWeek: 48, theme: 'voeding' });
    expect(api.loads).toHaveLength(2);
    // Says what was saved, not just "Opgeslagen" (issue 15).
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent(
      "Weekthema's opgeslagen voor week 48 — medewerkers zien het thema in die week op de startpagina"
    );

    await click(screen.getByRole('button', { name: 'Nationale dagen beheren' }));
    expect(screen.getByRole('dialog', { name: 'National days' })).toHaveTextContent('2026 Dag van de Mantelzorg');
    await click(screen.getByRole('button', { name: 'Stub dag opslaan' }));
    expect(api.savedDays).toEqual([{ day: expect.objectContaining({ title: 'Nieuwe dag' }), id: undefined }]);
    expect(api.loads).toHaveLength(3);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('‘Nieuwe dag’ opgeslagen — staat op de kalender op di 1 dec.');
  });

  it('opens the theme planner for the month of a week without a theme, from its warning (issue 15)', async () => {
    const api = novemberApi();
    // Weeks 48 and 49 have no theme; 49 (30 Nov .. 6 Dec) is December's week.
    api.themes = api.themes.filter((t) => t.isoWeek < 48);
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    const panel = screen.getByRole('region', { name: 'Aandachtspunten' });
    const warning = within(panel).getByText('Nog geen thema gepland voor week 48 en 49').closest('li') as HTMLElement;
    expect(warning).toHaveAttribute('data-warning', 'noTheme');
    await click(within(warning).getByRole('button', { name: 'Plan thema' }));
    expect(screen.getByRole('dialog', { name: 'Theme planner' })).toHaveTextContent('2026-11');
  });

  it('says when a scheduled post goes out, in 24-hour time in English too (issue 15)', () => {
    const { postOutcomeMessage } = jest.requireActual('../../../src/ui/contentCalendar/editors/postOutcome');
    const post = {} as NewsPost;
    const at = new Date('2026-11-10T13:30:00Z'); // 14:30 in Amsterdam
    expect(postOutcomeMessage({ kind: 'scheduled', post, at }, 'nl-NL')).toBe('Ingepland voor di 10 nov 14:30 — medewerkers zien het bericht vanaf dan in het nieuws');
    expect(postOutcomeMessage({ kind: 'scheduled', post, at }, 'en-US')).toMatch(/^Ingepland voor Tue, Nov 10, 14:30 /);
  });
});
