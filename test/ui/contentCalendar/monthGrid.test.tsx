/**
 * @jest-environment jsdom
 */
import { act, configure, fireEvent, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { EMPLOYEE, FakeContentCalendarApi, novemberApi, renderCalendar } from './fakeContentCalendarApi';

configure({ defaultHidden: true });

function cell(date: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[role="gridcell"][data-date="${date}"]`);
  if (!found) {
    throw new Error('no cell ' + date);
  }
  return found;
}

function tabbableDates(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[role="gridcell"][tabindex="0"]')).map((c) => c.getAttribute('data-date') as string);
}

async function showGrid(api: FakeContentCalendarApi): Promise<HTMLElement> {
  renderCalendar(api);
  return screen.findByRole('grid', { name: 'november 2026' });
}

describe('content calendar: the month grid', () => {
  it('is an ARIA grid with a week column, ma..zo, and one tabbable day (today)', async () => {
    const grid = await showGrid(novemberApi());
    const headers = within(grid).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Week', 'maandagma', 'dinsdagdi', 'woensdagwo', 'donderdagdo', 'vrijdagvr', 'zaterdagza', 'zondagzo']);
    // 26 Oct .. 6 Dec: a header row and six weeks.
    expect(within(grid).getAllByRole('row')).toHaveLength(7);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(42);
    expect(tabbableDates()).toEqual(['2026-11-05']);
    expect(cell('2026-11-05')).toHaveAttribute('aria-current', 'date');
    expect(screen.getByRole('heading', { name: 'november 2026' })).toHaveAttribute('aria-live', 'polite');
  });

  it('moves focus and the tabindex with arrows, Home and End', async () => {
    await showGrid(novemberApi());
    cell('2026-11-05').focus();
    fireEvent.keyDown(cell('2026-11-05'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('2026-11-06'));
    expect(tabbableDates()).toEqual(['2026-11-06']);
    fireEvent.keyDown(cell('2026-11-06'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('2026-11-13'));
    fireEvent.keyDown(cell('2026-11-13'), { key: 'Home' });
    expect(document.activeElement).toBe(cell('2026-11-09'));
    fireEvent.keyDown(cell('2026-11-09'), { key: 'End' });
    expect(document.activeElement).toBe(cell('2026-11-15'));
    fireEvent.keyDown(cell('2026-11-15'), { key: 'ArrowUp' });
    fireEvent.keyDown(cell('2026-11-08'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(cell('2026-11-07'));
    expect(tabbableDates()).toEqual(['2026-11-07']);
  });

  it('loads the next month on Page Down and keeps the day of the month focused', async () => {
    const api = novemberApi();
    await showGrid(api);
    expect(api.loads).toHaveLength(1);
    // November's grid (26 Oct .. 6 Dec) and the 28 days before today the warnings need (from 8 Oct);
    // themes from 16 weeks before the grid's first week.
    expect(api.loads[0].from.toISOString()).toBe('2026-10-07T22:00:00.000Z');
    expect(api.loads[0].to.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect([api.loads[0].fromWeek, api.loads[0].toWeek]).toEqual(['2026-W28', '2026-W49']);

    cell('2026-11-05').focus();
    fireEvent.keyDown(cell('2026-11-05'), { key: 'PageDown' });
    await screen.findByRole('grid', { name: 'december 2026' });
    expect(api.loads).toHaveLength(2);
    // December's grid: 30 Nov .. 3 Jan 2027 (W53), with the coming 14 days of today (5 Nov) in the
    // same range; themes from 16 weeks before today's week.
    expect(api.loads[1].from.toISOString()).toBe('2026-10-07T22:00:00.000Z');
    expect(api.loads[1].to.toISOString()).toBe('2027-01-03T23:00:00.000Z');
    expect([api.loads[1].fromWeek, api.loads[1].toWeek]).toEqual(['2026-W29', '2026-W53']);
    expect(api.loads[1].ahead).toBeUndefined();
    expect(document.activeElement).toBe(cell('2026-12-05'));
    expect(tabbableDates()).toEqual(['2026-12-05']);

    fireEvent.keyDown(cell('2026-12-05'), { key: 'PageUp' });
    await screen.findByRole('grid', { name: 'november 2026' });
    expect(api.loads).toHaveLength(3);
    expect(document.activeElement).toBe(cell('2026-11-05'));
  });

  it('switches month when an arrow leaves the grid', async () => {
    const api = novemberApi();
    await showGrid(api);
    cell('2026-11-05').focus();
    // 5 Nov -> 3 Dec is in November's last grid row (30 Nov .. 6 Dec): still November.
    for (let i = 0; i < 4; i++) {
      fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    }
    expect(document.activeElement).toBe(cell('2026-12-03'));
    expect(screen.getByRole('heading', { name: 'november 2026' })).toBeInTheDocument();
    fireEvent.keyDown(cell('2026-12-03'), { key: 'ArrowDown' });
    await screen.findByRole('grid', { name: 'december 2026' });
    expect(document.activeElement).toBe(cell('2026-12-10'));
  });

  it('has previous, next and today buttons', async () => {
    const api = novemberApi();
    await showGrid(api);
    fireEvent.click(screen.getByRole('button', { name: 'Vorige maand' }));
    await screen.findByRole('grid', { name: 'oktober 2026' });
    expect(tabbableDates()).toEqual(['2026-10-01']);
    fireEvent.click(screen.getByRole('button', { name: 'Vandaag' }));
    await screen.findByRole('grid', { name: 'november 2026' });
    fireEvent.click(screen.getByRole('button', { name: 'Volgende maand' }));
    await screen.findByRole('grid', { name: 'december 2026' });
    // October's themes reach to the week of 19 November: the warnings look 14 days ahead.
    expect(api.loads.map((l) => l.toWeek)).toEqual(['2026-W49', '2026-W47', '2026-W49', '2026-W53']);
  });

  it('shows chips with the status as a word, national days and the week theme', async () => {
    await showGrid(novemberApi());
    expect(within(cell('2026-11-03')).getByRole('button', { name: /Wandelen in de lunch/ })).toHaveTextContent('Gepubliceerd');
    expect(within(cell('2026-11-12')).getByRole('button', { name: /Slapen en stress/ })).toHaveTextContent('Gepland');
    expect(within(cell('2026-11-19')).getByRole('button', { name: /Gezonde lunch/ })).toHaveTextContent('Concept');
    // Published, with a newer draft on top: both words, never colour alone.
    const changed = within(cell('2026-11-02')).getByRole('button', { name: /Oud nieuws/ });
    expect(changed).toHaveTextContent('Gepubliceerdwijzigingen niet gepubliceerdOud nieuws');
    expect(within(cell('2026-11-03')).getByRole('button', { name: /Wandelen in de lunch/ })).not.toHaveTextContent('wijzigingen niet gepubliceerd');
    expect(document.querySelectorAll('[data-post-status="expired"]')).toHaveLength(0);
    expect(within(cell('2026-11-10')).getByRole('button', { name: /Nationale dag: Dag van de Mantelzorg/ })).toBeInTheDocument();
    const week45 = document.querySelector('[data-week="2026-W45"] [role="rowheader"]') as HTMLElement;
    expect(week45).toHaveTextContent('Week 45');
    expect(week45).toHaveTextContent('Motivatie');
  });

  it('puts Enter into the day\'s chips and Escape back', async () => {
    await showGrid(novemberApi());
    const day = cell('2026-11-20');
    day.focus();
    fireEvent.keyDown(day, { key: 'Enter' });
    const chips = within(day).getAllByRole('button');
    expect(document.activeElement).toBe(chips[0]);
    expect(chips[0]).toHaveAttribute('tabindex', '-1');
    fireEvent.keyDown(chips[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(chips[1]);
    fireEvent.keyDown(chips[1], { key: 'Escape' });
    expect(document.activeElement).toBe(day);
  });
});

describe('content calendar: data states and roles', () => {
  it('shows the warnings in Dutch', async () => {
    await showGrid(novemberApi());
    const panel = screen.getByRole('region', { name: 'Aandachtspunten' });
    const texts = within(panel).getAllByRole('listitem').map((li) => li.textContent);
    // Most urgent first, each with when it bites and how urgent that is, in words.
    expect(texts).toEqual([
      'Over 5 dagenDringendDag van de Mantelzorg (di 10 nov.) is over 5 dagen en er staat nog geen bericht klaarSchrijf bericht voor deze dag',
      'Over 15 dagenLaterTwee berichten op vr 20 nov.',
      'Over 3 wekenLaterWeek 48 heeft nog geen gepubliceerd berichtSchrijf bericht voor deze week',
      'Over 4 wekenLaterWeek 49 heeft nog geen gepubliceerd berichtSchrijf bericht voor deze week'
    ]);
    expect(within(panel).getAllByRole('listitem').map((li) => li.getAttribute('data-urgency'))).toEqual(['high', 'low', 'low', 'low']);
  });

  it('shows employees outside Communications an explanation instead of the calendar and its to-do list (issue 15)', async () => {
    for (const roles of [EMPLOYEE, { ...EMPLOYEE, isAmbassador: true }]) {
      const api = novemberApi(roles);
      const view = renderCalendar(api);
      const note = await screen.findByText(/De contentkalender is het planbord van Communicatie/);
      expect(note.closest('[data-calendar-for-employees]')).not.toBeNull();
      expect(screen.getByRole('heading', { level: 2, name: 'Contentkalender' })).toBeInTheDocument();
      expect(screen.getByText(/Het nieuws en het thema van de week lees je op de startpagina/)).toBeInTheDocument();
      // No month, no planning, no warnings, no posts.
      expect(screen.queryByRole('grid')).toBeNull();
      expect(document.querySelector('[data-calendar-weeks], [data-calendar-agenda]')).toBeNull();
      expect(screen.queryByRole('region', { name: 'Aandachtspunten' })).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
      expect(document.body).not.toHaveTextContent('Slapen en stress');
      expect(document.body).not.toHaveTextContent('Mantelzorg');
      view.unmount();
    }
  });

  it('says so when the range holds more posts than the calendar reads', async () => {
    const api = novemberApi();
    await showGrid(api);
    expect(document.querySelector('[data-calendar-more-posts]')).toBeNull();
    api.morePosts = true;
    fireEvent.click(screen.getByRole('button', { name: 'Volgende maand' }));
    await screen.findByRole('grid', { name: 'december 2026' });
    expect(document.querySelector('[data-calendar-more-posts]')).toHaveTextContent('meer berichten dan de kalender kan tonen');
  });

  it('lets owners plan too', async () => {
    renderCalendar(novemberApi({ ...EMPLOYEE, isOwner: true }));
    expect(await screen.findByRole('button', { name: 'Nieuw bericht' })).toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    const api = novemberApi();
    api.loadFault = () => new Error('boom');
    renderCalendar(api);
    const retry = await screen.findByRole('button', { name: 'Opnieuw proberen' });
    api.loadFault = undefined;
    await act(async () => {
      fireEvent.click(retry);
    });
    expect(await screen.findByRole('grid', { name: 'november 2026' })).toBeInTheDocument();
    expect(api.loads).toHaveLength(2);
  });

  it('offers the same month as a week list', async () => {
    await showGrid(novemberApi());
    fireEvent.click(screen.getByRole('tab', { name: 'Weken' }));
    const list = document.querySelector('[data-calendar-weeks]') as HTMLElement;
    expect(list).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
    const week46 = list.querySelector('[data-week="2026-W46"]') as HTMLElement;
    expect(within(week46).getByRole('heading', { level: 3 })).toHaveTextContent('Week 46 · ma 9 nov. – zo 15 nov.');
    expect(week46).toHaveTextContent('Thema: Fysieke gezondheid');
    expect(within(week46).getByRole('button', { name: 'Schrijf bericht voor deze dag' })).toBeInTheDocument();
    expect(within(week46).getByRole('button', { name: /Slapen en stress/ })).toHaveTextContent('Gepland');
  });
});
