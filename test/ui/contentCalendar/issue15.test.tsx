/**
 * @jest-environment jsdom
 */
import * as fs from 'fs';
import * as path from 'path';
import { configure, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { at, FakeContentCalendarApi, novemberApi, renderCalendar, storedPost } from './fakeContentCalendarApi';
import { nationalDay } from '../../unit/core/contentCalendar/fixtures';
import { measureAsNarrow } from './narrowLayout';

configure({ defaultHidden: true });

// Issue 15, the content calendar as Communications plan ahead: the warnings look 14 days
// ahead across the month end, holidays show on their days, and where the grid does not fit
// the month is an agenda.

describe('content calendar: looking ahead across the month end', () => {
  it('on 28 September warns for Week van de Loopbaan (4 Oct) and Diversity Day (5 Oct) with September on screen', async () => {
    const now = at('2026-09-28 10:00');
    const api = new FakeContentCalendarApi(undefined, () => now);
    api.nationalDays = [
      nationalDay(21, 'Week van de Loopbaan', { kind: 'fixed', month: 10, day: 4 }, { durationDays: 7 }),
      nationalDay(22, 'Diversity Day', { kind: 'fixed', month: 10, day: 5 })
    ];
    renderCalendar(api, now);
    await screen.findByRole('grid', { name: 'september 2026' });
    const panel = screen.getByRole('region', { name: 'Aandachtspunten' });
    expect(within(panel).getByText('Week van de Loopbaan (zo 4 okt.) is over 6 dagen en er staat nog geen bericht klaar')).toBeInTheDocument();
    expect(within(panel).getByText('Diversity Day (ma 5 okt.) is over 7 dagen en er staat nog geen bericht klaar')).toBeInTheDocument();
    // The posts of those days were asked for with September's.
    expect(api.loads[0].to.getTime()).toBeGreaterThan(at('2026-10-05 23:00').getTime());
  });

  it('knows a post scheduled for Diversity Day in October while September is shown', async () => {
    const now = at('2026-09-28 10:00');
    const api = new FakeContentCalendarApi(undefined, () => now);
    api.nationalDays = [nationalDay(22, 'Diversity Day', { kind: 'fixed', month: 10, day: 5 })];
    api.posts = [storedPost(1, 'Iedereen telt mee', '2026-10-05 09:00', { status: 'scheduled', nationalDay: 'Diversity Day' })];
    renderCalendar(api, now);
    await screen.findByRole('grid', { name: 'september 2026' });
    expect(within(screen.getByRole('region', { name: 'Aandachtspunten' })).queryByText(/Diversity Day/)).toBeNull();
  });
});

describe('content calendar: public holidays', () => {
  it('marks Christmas and New Year on their days, as text, not as buttons', async () => {
    const now = at('2026-12-01 10:00');
    const api = new FakeContentCalendarApi(undefined, () => now);
    renderCalendar(api, now);
    await screen.findByRole('grid', { name: 'december 2026' });
    const christmas = document.querySelector('[data-date="2026-12-25"] [data-holiday="christmasDay"]') as HTMLElement;
    expect(christmas).toHaveTextContent('Feestdag, vrije dag: Eerste Kerstdag');
    expect(within(christmas).queryByRole('button')).toBeNull();
    expect(document.querySelector('[data-date="2026-12-26"] [data-holiday="boxingDay"]')).toHaveTextContent('Tweede Kerstdag');
    // The grid shows 28 Dec .. 3 Jan too.
    expect(document.querySelector('[data-date="2027-01-01"] [data-holiday="newYear"]')).toHaveTextContent('Nieuwjaarsdag');
  });
});

describe('content calendar: narrow', () => {
  measureAsNarrow();

  it('shows the month as an agenda without the grid or the tabs, every post and national day still there', async () => {
    renderCalendar(novemberApi());
    const agenda = (await screen.findByText('Week 46 · ma 9 nov. – zo 15 nov.')).closest('[data-calendar-agenda]') as HTMLElement;
    expect(agenda).not.toBeNull();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(within(agenda).getByRole('button', { name: /Slapen en stress/ })).toHaveTextContent('Gepland');
    expect(within(agenda).getAllByRole('button', { name: 'Schrijf bericht voor deze dag' }).length).toBeGreaterThan(0);
    expect(within(agenda).getByText('Thema: Fysieke gezondheid')).toBeInTheDocument();
    // The warnings stay.
    expect(screen.getByRole('region', { name: 'Aandachtspunten' })).toBeInTheDocument();
  });
});

describe('English', () => {
  it('keeps the pillar names Kracht, Samen and Beter: they are names', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../../src/loc/en-us.js'), 'utf8');
    let en: { [key: string]: string } = {};
    // eslint-disable-next-line no-new-func
    new Function('define', source)((_deps: string[], factory: () => { [key: string]: string }) => {
      en = factory();
    });
    expect([en.PillarKracht, en.PillarSamen, en.PillarBeter]).toEqual(['Kracht', 'Samen', 'Beter']);
  });
});
