/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { NewsPostInput } from '../../../src/core/types';
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
  return {
    emptyPostInput: jest.requireActual('../../../src/ui/contentCalendar/editors/postDefaults').emptyPostInput,
    PostEditor: (props: { initial: NewsPostInput; existing?: { id: number }; onSave: (i: NewsPostInput) => Promise<void>; onDelete?: () => Promise<void>; onClose: () => void }) =>
      R.createElement(
        'div',
        { role: 'dialog', 'aria-label': 'Post editor' },
        R.createElement('p', { 'data-initial': '' }, `${props.initial.title}|${props.initial.publishAt.toISOString()}|${props.initial.nationalDay}|${props.existing ? props.existing.id : 'new'}`),
        R.createElement(Save, { label: 'Stub opslaan', onSave: () => props.onSave(props.initial), onClose: props.onClose }),
        props.onDelete && R.createElement(Save, { label: 'Stub verwijderen', onSave: props.onDelete, onClose: props.onClose })
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
  it('opens a post chip for editing and saves it with its id and ETag, then reloads and says "Opgeslagen"', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(cell('2026-11-12')).getByRole('button', { name: /Slapen en stress/ }));
    const dialog = screen.getByRole('dialog', { name: 'Post editor' });
    expect(dialog).toHaveTextContent('Slapen en stress|2026-11-12T08:00:00.000Z|null|2');
    await click(within(dialog).getByRole('button', { name: 'Stub opslaan' }));
    expect(api.saves).toHaveLength(1);
    expect(api.saves[0].existing).toEqual({ id: 2, etag: '"2"' });
    expect(api.saves[0].input.title).toBe('Slapen en stress');
    expect(api.loads).toHaveLength(2);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('Opgeslagen');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('deletes a post with its ETag', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(within(cell('2026-11-03')).getByRole('button', { name: /Wandelen/ }));
    await click(screen.getByRole('button', { name: 'Stub verwijderen' }));
    expect(api.deletes).toEqual([{ id: 1, etag: '"1"' }]);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('Verwijderd');
    expect(cell('2026-11-03')).not.toHaveTextContent('Wandelen');
  });

  it('writes a post for a national day from the warning, prefilled with the day', async () => {
    const api = novemberApi();
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    const panel = screen.getByRole('region', { name: 'Aandachtspunten' });
    await click(within(panel).getByRole('button', { name: 'Schrijf bericht voor deze dag' }));
    // 10 Nov 09:00 Amsterdam = 08:00 UTC; a new post (no existing).
    expect(screen.getByRole('dialog', { name: 'Post editor' })).toHaveTextContent('Dag van de Mantelzorg|2026-11-10T08:00:00.000Z|Dag van de Mantelzorg|new');
    await click(screen.getByRole('button', { name: 'Stub opslaan' }));
    expect(api.saves[0].existing).toBeUndefined();
    expect(api.saves[0].input.nationalDay).toBe('Dag van de Mantelzorg');
    // The stub saved the prefilled draft (approved false): after the reload the warning stays, now "concept klaar".
    expect(await within(screen.getByRole('region', { name: 'Aandachtspunten' })).findByText(/er is een concept klaar/)).toBeInTheDocument();
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
    api.savePost = async () => {
      throw new Error('Conflict');
    };
    renderCalendar(api);
    await screen.findByRole('grid', { name: 'november 2026' });
    await click(screen.getByRole('button', { name: 'Nieuw bericht' }));
    await click(screen.getByRole('button', { name: 'Stub opslaan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Conflict');
    expect(screen.getByRole('dialog', { name: 'Post editor' })).toBeInTheDocument();
    expect(api.loads).toHaveLength(1);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('');
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

    await click(screen.getByRole('button', { name: 'Nationale dagen beheren' }));
    expect(screen.getByRole('dialog', { name: 'National days' })).toHaveTextContent('2026 Dag van de Mantelzorg');
    await click(screen.getByRole('button', { name: 'Stub dag opslaan' }));
    expect(api.savedDays).toEqual([{ day: expect.objectContaining({ title: 'Nieuwe dag' }), id: undefined }]);
    expect(api.loads).toHaveLength(3);
    expect(document.querySelector('[data-calendar-status]')).toHaveTextContent('Opgeslagen');
  });
});
