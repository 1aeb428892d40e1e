/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { at, FakeContentCalendarApi, renderCalendar } from './fakeContentCalendarApi';
import { measureAsNarrow } from './narrowLayout';

configure({ defaultHidden: true });

// Issue 15: the municipality's own closing days (list "SamenBeter Sluitingsdagen") show in the
// content calendar as a quiet marker on their day, in the grid and in the agenda, read out as
// "Sluitingsdag: …". They come with the calendar's one load, for the days on screen.

const NOW = at('2027-02-01 10:00');

function februaryApi(): FakeContentCalendarApi {
  const api = new FakeContentCalendarApi(undefined, () => NOW);
  api.closingDays = [
    { id: 4, date: '2027-02-08', name: 'Carnavalsmaandag', note: 'Alle locaties dicht' },
    { id: 5, date: '2027-02-09', name: 'Carnavalsdinsdag', note: '' },
    { id: 6, date: '2027-05-07', name: 'Vrijdag na Hemelvaart', note: '' }
  ];
  return api;
}

describe('content calendar: closing days in the month grid', () => {
  it('marks carnival on its days as text, not as buttons, read out as "Sluitingsdag: Carnavalsmaandag"', async () => {
    const api = februaryApi();
    renderCalendar(api, NOW);
    const grid = await screen.findByRole('grid', { name: 'februari 2027' });
    const monday = grid.querySelector('[data-date="2027-02-08"] [data-closing-day]') as HTMLElement;
    expect(monday).toHaveTextContent('Sluitingsdag: Carnavalsmaandag');
    expect(monday).toHaveAttribute('data-closing-day', 'Carnavalsmaandag');
    expect(within(monday).queryByRole('button')).toBeNull();
    // The day's cell is what a screen reader lands on: its text names the closing day.
    expect(grid.querySelector('[data-date="2027-02-09"]')).toHaveTextContent('Sluitingsdag: Carnavalsdinsdag');
    // Only on its own day.
    expect(grid.querySelectorAll('[data-closing-day]')).toHaveLength(2);
    expect(grid.querySelector('[data-date="2027-02-10"] [data-closing-day]')).toBeNull();
    // Asked for the days on screen, with the calendar's one load.
    expect(api.loads).toHaveLength(1);
    expect(api.loads[0].shown).toEqual({ first: '2027-02-01', last: '2027-02-28' });
  });

  it('shows the markers of the month moved to', async () => {
    const api = februaryApi();
    renderCalendar(api, NOW);
    await screen.findByRole('grid', { name: 'februari 2027' });
    for (let i = 0; i < 3; i++) {
      fireEvent.click(screen.getByRole('button', { name: 'Volgende maand' }));
    }
    const may = await screen.findByRole('grid', { name: 'mei 2027' });
    await within(may).findByText('Vrijdag na Hemelvaart');
    expect(may.querySelector('[data-date="2027-05-07"] [data-closing-day]')).toHaveTextContent('Sluitingsdag: Vrijdag na Hemelvaart');
    // Ascension Day itself is a public holiday marker, not a closing day.
    expect(may.querySelector('[data-date="2027-05-06"] [data-holiday="ascension"]')).not.toBeNull();
    expect(may.querySelector('[data-date="2027-05-06"] [data-closing-day]')).toBeNull();
  });

  it('still shows the calendar, without markers, when the closing days could not be read', async () => {
    const api = februaryApi();
    api.closingDays = undefined;
    renderCalendar(api, NOW);
    const grid = await screen.findByRole('grid', { name: 'februari 2027' });
    expect(grid.querySelector('[data-closing-day]')).toBeNull();
  });
});

describe('content calendar: closing days in the agenda (narrow)', () => {
  measureAsNarrow();

  it('lists a week with a closing day and nothing else under its date, with the marker', async () => {
    renderCalendar(februaryApi(), NOW);
    const week = (await screen.findByText('Week 6 · ma 8 feb. – zo 14 feb.')).closest('li') as HTMLElement;
    expect(screen.queryByRole('grid')).toBeNull();
    const day = week.querySelector('[data-date="2027-02-08"]') as HTMLElement;
    expect(day).not.toBeNull();
    expect(day.querySelector('[data-closing-day]')).toHaveTextContent('Sluitingsdag: Carnavalsmaandag');
    expect(week.querySelector('[data-date="2027-02-09"] [data-closing-day]')).toHaveTextContent('Carnavalsdinsdag');
    // A week with nothing at all still says so.
    const quiet = (screen.getByText('Week 7 · ma 15 feb. – zo 21 feb.')).closest('li') as HTMLElement;
    expect(quiet.querySelector('[data-closing-day]')).toBeNull();
  });
});
