import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import { contentCalendarApi } from '../../src/data/views/contentCalendarApi';
import { newsApi } from '../../src/data/views/newsApi';
import { NewsPostInput } from '../../src/core/types';
import { postStatus } from '../../src/core/news/postStatus';
import { DataError } from '../../src/core/errors';
import { EmulatorFixture, PEOPLE } from '../support/emulatorFixture';
import { startCommunicationsSite } from '../support/communicationsSite';

// News posts are SharePoint news pages. Drafts and scheduled pages must be unreadable for
// employees until their time, on every endpoint — enforced by SharePoint (minor versions,
// draft item security, page scheduling), so checked with PnPjs and with raw REST as the
// employee, before and after the time (emulator clock).

let emu: EmulatorFixture;
const NOW = new Date('2026-11-22T10:00:00Z');

const post = (overrides: Partial<NewsPostInput> = {}): NewsPostInput => ({
  title: 'Dag van de Mantelzorg',
  bodyHtml: 'Zet een mantelzorger in het zonnetje.\n\nDat kan met een kaartje.',
  excerpt: "Aandacht voor collega's die zorgen.",
  pillar: 'Kracht',
  theme: null,
  imageUrl: null,
  publishAt: new Date('2026-11-25T08:00:00Z'),
  nationalDay: 'Dag van de Mantelzorg',
  ...overrides
});

async function raw(email: string, path: string): Promise<string> {
  const answer = await fetch(`${emu.siteUrl}/_api/${path}`, { headers: { Accept: 'application/json', Authorization: `Bearer ${email}` } });
  return `${answer.status} ${await answer.text()}`;
}

/** Every way an employee could read the page, as text: list items, by id, page API, file, .aspx. */
async function employeeReads(id: number, url: string): Promise<string[]> {
  const file = `web/getFileByServerRelativePath(decodedUrl='${new URL(url).pathname}')`;
  const aspx = await fetch(url, { headers: { Authorization: `Bearer ${PEOPLE.employee}` } });
  return [
    await raw(PEOPLE.employee, `web/getList('/sites/stella/SitePages')/items?$filter=Id eq ${id}&$select=Id,Title,Description,CanvasContent1`),
    await raw(PEOPLE.employee, `web/getList('/sites/stella/SitePages')/items(${id})`),
    await raw(PEOPLE.employee, `sitepages/pages(${id})`),
    await raw(PEOPLE.employee, `${file}/listItemAllFields`),
    await raw(PEOPLE.employee, `${file}/$value`),
    `${aspx.status} ${await aspx.text()}`
  ];
}

beforeAll(async () => {
  emu = await startCommunicationsSite(NOW);
});

afterAll(async () => {
  await emu.close();
});

describe('news as SharePoint news pages, against the emulator', () => {
  it('drafts a page only editors see, schedules it, and shows it to employees from its time on — on every endpoint', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const draft = await comms.saveDraft(post({ title: 'Mantelzorg in het zonnetje' }));
    expect(postStatus(draft)).toBe('draft');
    expect(draft.url).toMatch(/\/sites\/stella\/SitePages\/Mantelzorg-in-het-zonnetje\.aspx$/);
    expect(draft).toEqual(expect.objectContaining({ pillar: 'Kracht', nationalDay: 'Dag van de Mantelzorg', excerpt: "Aandacht voor collega's die zorgen." }));

    const before = await employeeReads(draft.id, draft.url);
    expect(before.filter((answer) => answer.includes('Mantelzorg in het zonnetje'))).toEqual([]);
    expect((await newsApi(emu.as(PEOPLE.employee)).loadFeed({ pillar: null, pageSize: 10 })).posts).toEqual([]);

    const scheduled = await comms.schedule(draft.id, new Date('2026-11-25T08:00:00Z'));
    expect(postStatus(scheduled)).toBe('scheduled');
    expect(scheduled.scheduledAt).toEqual(new Date('2026-11-25T08:00:00Z'));
    const calendar = await comms.load({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), fromWeek: '2026-W44', toWeek: '2026-W49' });
    expect(calendar.posts.map((p) => [p.title, postStatus(p)])).toEqual([['Mantelzorg in het zonnetje', 'scheduled']]);
    expect(calendar.morePosts).toBe(false);
    // Still nothing for employees a minute before the time.
    await emu.setNow(new Date('2026-11-25T07:59:00Z'));
    expect((await employeeReads(draft.id, draft.url)).filter((answer) => answer.includes('Mantelzorg in het zonnetje'))).toEqual([]);

    await emu.setNow(new Date('2026-11-25T08:01:00Z'));
    try {
      const after = await employeeReads(draft.id, draft.url);
      expect(after.map((answer) => answer.includes('Mantelzorg in het zonnetje'))).toEqual([true, true, true, true, true, true]);
      expect(after[4]).toContain('Zet een mantelzorger in het zonnetje.');
      const feed = await newsApi(emu.as(PEOPLE.employee)).loadFeed({ pillar: null, pageSize: 10 });
      expect(feed.posts.map((p) => [p.title, p.version, p.publishAt.toISOString()])).toEqual([
        ['Mantelzorg in het zonnetje', '1.0', '2026-11-25T08:00:00.000Z']
      ]);
      const published = await contentCalendarApi(emu.as(PEOPLE.comms)).load({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), fromWeek: '2026-W44', toWeek: '2026-W49' });
      expect(published.posts.map((p) => postStatus(p))).toEqual(['published']);
    } finally {
      await emu.setNow(NOW);
    }
  });

  it('publishes at once with "Nu publiceren", newest first in the feed, filtered by pillar, with a working next page', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    for (const [title, pillar, at] of [['Oud bericht', 'Samen', '2026-11-20T08:00:00Z'], ['Nieuwer bericht', 'Beter', '2026-11-21T08:00:00Z'], ['Nieuwste bericht', 'Samen', '2026-11-22T08:00:00Z']] as const) {
      await emu.setNow(new Date(at));
      const draft = await comms.saveDraft(post({ title, pillar, nationalDay: null }));
      const published = await comms.publishNow(draft.id);
      expect(postStatus(published)).toBe('published');
    }
    await emu.setNow(NOW);
    const news = newsApi(emu.as(PEOPLE.employee));
    const first = await news.loadFeed({ pillar: null, pageSize: 2 });
    expect(first.posts.map((p) => p.title).slice(0, 2)).toEqual(['Mantelzorg in het zonnetje', 'Nieuwste bericht']);
    const second = await news.loadFeed({ pillar: null, pageSize: 2, after: first.next });
    expect(second.posts.map((p) => p.title)).toEqual(['Nieuwer bericht', 'Oud bericht']);
    expect(second.next).toBeUndefined();
    const samen = await news.loadFeed({ pillar: 'Samen', pageSize: 10 });
    expect(samen.posts.map((p) => p.title)).toEqual(['Nieuwste bericht', 'Oud bericht']);
  });

  it('keeps showing employees the published version while Communications work on the next draft', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const page = await comms.publishNow((await comms.saveDraft(post({ title: 'Werkdruk de baas', nationalDay: null }))).id);
    const changed = await comms.saveDraft(post({ title: 'Werkdruk de baas (nieuwe versie)', nationalDay: null }), page.id);
    expect(changed.version).toBe('1.1');
    expect(changed.title).toBe('Werkdruk de baas (nieuwe versie)');
    const reads = await employeeReads(page.id, page.url);
    expect(reads.some((answer) => answer.includes('nieuwe versie'))).toBe(false);
    expect(reads[2]).toContain('Werkdruk de baas');
  });

  it('refuses employees who try to write a news page over REST, and scheduling in the past', async () => {
    const employee = contentCalendarApi(emu.as(PEOPLE.employee));
    await expect(employee.saveDraft(post({ title: 'Nepbericht' }))).rejects.toEqual(expect.objectContaining({ kind: 'accessDenied' }));
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const draft = await comms.saveDraft(post({ title: 'Te laat gepland' }));
    const error = (await comms.schedule(draft.id, new Date('2026-11-01T08:00:00Z')).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.kind).toBe('invalid');
  });
});
