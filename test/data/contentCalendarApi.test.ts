import '@pnp/sp/webs';
import { contentCalendarApi } from '../../src/data/views/contentCalendarApi';
import { SpWeeklyThemeRepository } from '../../src/data/repositories/SpWeeklyThemeRepository';
import { SpClosingDayRepository } from '../../src/data/repositories/SpClosingDayRepository';
import { listDef } from '../../src/data/schema/lists';
import { calendarLoadRange } from '../../src/core/contentCalendar/loadRange';
import { monthGrid } from '../../src/core/contentCalendar/monthGrid';
import { NewsPostInput } from '../../src/core/types';
import { EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import { startCommunicationsSite } from '../support/communicationsSite';

// The content calendar reads the month shown and the coming days its warnings look at; when
// Communications browse months ahead those are two ranges, read in ONE $batch.

let emu: EmulatorFixture;
/** Monday 28 September 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-09-28T08:00:00Z');

const input = (title: string, publishAt: string): NewsPostInput => ({
  title,
  bodyHtml: 'Tekst.',
  excerpt: '',
  pillar: 'Samen',
  theme: null,
  imageUrl: null,
  publishAt: new Date(publishAt),
  nationalDay: null
});

beforeAll(async () => {
  emu = await startCommunicationsSite(NOW);
});

afterAll(async () => {
  await emu.close();
});

describe('contentCalendarApi.load with the coming days', () => {
  it('reads January and the coming weeks of October in one request, each post and theme once', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    await comms.saveDraft(input('Diversity Day', '2026-10-05T07:00:00Z'));
    await comms.saveDraft(input('Nieuwjaar', '2027-01-05T08:00:00Z'));
    await comms.saveDraft(input('Ergens in november', '2026-11-18T08:00:00Z'));
    const themes = new SpWeeklyThemeRepository(emu.as(PEOPLE.comms));
    const plan = { pillar: 'Kracht' as const, title: 'x', summary: '', tip: '', imageUrl: null, linkUrl: null };
    await themes.add({ ...plan, isoYear: 2026, isoWeek: 41, theme: 'fysiek' });
    await themes.add({ ...plan, isoYear: 2027, isoWeek: 2, theme: 'voeding' });

    const range = calendarLoadRange(monthGrid(2027, 1), NOW);
    expect(range.ahead).toBeDefined();
    await emu.resetStats();
    const data = await comms.load(range);
    expect((await emu.stats()).requests).toBe(1);
    expect(data.posts.map((p) => p.title).sort()).toEqual(['Diversity Day', 'Nieuwjaar']);
    expect(data.themes.map((t) => `${t.isoYear}-${t.isoWeek}`).sort()).toEqual(['2026-41', '2027-2']);

    // September: one range that already holds the coming weeks; nothing twice.
    const september = await comms.load(calendarLoadRange(monthGrid(2026, 9), NOW));
    expect(september.posts.map((p) => p.title)).toEqual(['Diversity Day']);
    expect(september.themes.map((t) => t.isoWeek)).toEqual([41]);
  });
});

describe('contentCalendarApi.load with the closing days (issue 15)', () => {
  it('brings the closing days of the days on screen in the same single request, and only those', async () => {
    const owner = new SpClosingDayRepository(emu.as(PEOPLE.coach));
    await owner.add({ date: '2027-02-08', name: 'Carnavalsmaandag', note: 'Alle locaties dicht' });
    await owner.add({ date: '2027-02-09', name: 'Carnavalsdinsdag', note: '' });
    // Outside February's grid (1 Feb .. 28 Feb 2027), though inside the days the warnings read.
    await owner.add({ date: '2026-10-02', name: 'Personeelsdag', note: '' });
    await owner.add({ date: '2027-05-07', name: 'Vrijdag na Hemelvaart', note: '' });
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));

    await emu.resetStats();
    const february = await comms.load(calendarLoadRange(monthGrid(2027, 2), NOW));
    expect((await emu.stats()).requests).toBe(1);
    expect((february.closingDays || []).map((d) => `${d.date} ${d.name}`)).toEqual(['2027-02-08 Carnavalsmaandag', '2027-02-09 Carnavalsdinsdag']);

    // September's grid (31 Aug .. 4 Oct) merged with the coming weeks: the grid's days only.
    const september = await comms.load(calendarLoadRange(monthGrid(2026, 9), NOW));
    expect((september.closingDays || []).map((d) => d.name)).toEqual(['Personeelsdag']);
    const october = await comms.load(calendarLoadRange(monthGrid(2026, 10), NOW));
    expect((october.closingDays || []).map((d) => d.name)).toEqual(['Personeelsdag']);
  });

  it('still loads the calendar, without markers, when the list cannot be read', async () => {
    await emu.as(PEOPLE.admin).web.lists.getByTitle(listDef('closingDays').title).delete();
    await emu.resetStats();
    const data = await contentCalendarApi(emu.as(PEOPLE.comms)).load(calendarLoadRange(monthGrid(2027, 2), NOW));
    expect((await emu.stats()).requests).toBe(1);
    expect(data.roles.isCommunications).toBe(true);
    expect(data.closingDays).toBeUndefined();
  });
});
