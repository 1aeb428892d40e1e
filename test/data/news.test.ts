import { provisionSchema } from '../../src/data/provisioning/provision';
import { addGroupMembers } from '../../src/data/provisioning/groupMembers';
import { SCHEMA, listDef } from '../../src/data/schema/lists';
import { contentCalendarApi } from '../../src/data/views/contentCalendarApi';
import { newsApi } from '../../src/data/views/newsApi';
import { NewsPostInput } from '../../src/core/types';
import { DataError } from '../../src/core/errors';
import { startEmulator, EmulatorFixture, PEOPLE } from '../support/emulatorFixture';

// Drafts and scheduled posts must be unreadable for employees until their publish time —
// enforced by SharePoint (content approval, draft item security, scheduling), so checked
// here with PnPjs AND with forged raw REST requests.

let emu: EmulatorFixture;
const NEWS = listDef('news').title;
const NOW = new Date('2026-11-22T10:00:00Z');

const post = (overrides: Partial<NewsPostInput> = {}): NewsPostInput => ({
  title: 'Dag van de Mantelzorg',
  bodyHtml: '<p>Zet een mantelzorger in het zonnetje.</p>',
  excerpt: 'Aandacht voor collega\'s die zorgen.',
  pillar: 'Kracht',
  theme: null,
  imageUrl: null,
  publishAt: new Date('2026-11-10T08:00:00Z'),
  expireAt: null,
  approved: true,
  nationalDay: null,
  ...overrides
});

async function raw(email: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emu.siteUrl}/_api/${path}`, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${email}`, ...(init.headers || {}) }
  });
}

beforeAll(async () => {
  emu = await startEmulator();
  await emu.setNow(NOW);
  const admin = emu.as(PEOPLE.admin);
  await provisionSchema(admin, SCHEMA);
  await addGroupMembers(admin, 'communications', [PEOPLE.comms]);
});

afterAll(async () => {
  await emu.close();
});

describe('news with content approval and scheduling, against the emulator', () => {
  it('publishes an approved post and keeps a concept from employees (PnPjs and raw REST)', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const published = await comms.savePost(post({ title: 'Gepubliceerd' }));
    const concept = await comms.savePost(post({ title: 'Concept', approved: false }));
    expect(published.approved).toBe(true);
    expect(concept.approved).toBe(false);

    const feed = await newsApi(emu.as(PEOPLE.employee)).loadFeed({ pillar: null, pageSize: 10, now: NOW });
    expect(feed.posts.map((p) => p.title)).toContain('Gepubliceerd');
    expect(feed.posts.map((p) => p.title)).not.toContain('Concept');
    expect(await newsApi(emu.as(PEOPLE.employee)).loadPost(concept.id)).toBeUndefined();

    // Forged: no filter at all, and the item by id.
    const all = (await (await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items?$select=Id,Title`)).json()) as { value: { Title: string }[] };
    expect(all.value.map((i) => i.Title)).not.toContain('Concept');
    expect((await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items(${concept.id})`)).status).toBe(404);
    // Communications (approvers) see it.
    expect((await raw(PEOPLE.comms, `web/lists/getByTitle('${NEWS}')/items(${concept.id})`)).status).toBe(200);
  });

  it('shows a scheduled post only from its publish time (the clock moves, nothing else)', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const publishAt = new Date('2026-11-24T08:00:00Z');
    const scheduled = await comms.savePost(post({ title: 'Gepland', publishAt }));
    expect(scheduled.approved).toBe(true);

    const employee = newsApi(emu.as(PEOPLE.employee));
    const before = await employee.loadFeed({ pillar: null, pageSize: 10, now: NOW });
    expect(before.posts.map((p) => p.title)).not.toContain('Gepland');
    // Even a forged query without any time filter gets nothing before the time.
    const forged = (await (await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items?$filter=Title eq 'Gepland'`)).json()) as { value: unknown[] };
    expect(forged.value).toHaveLength(0);
    expect((await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items(${scheduled.id})`)).status).toBe(404);

    const status = (await (await raw(PEOPLE.comms, `web/lists/getByTitle('${NEWS}')/items(${scheduled.id})?$select=OData__ModerationStatus`)).json()) as {
      OData__ModerationStatus: number;
    };
    expect(status.OData__ModerationStatus).toBe(4); // Scheduled

    await emu.setNow(publishAt);
    const after = await employee.loadFeed({ pillar: null, pageSize: 10, now: publishAt });
    expect(after.posts[0].title).toBe('Gepland');
    expect((await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items(${scheduled.id})`)).status).toBe(200);
    await emu.setNow(NOW);
  });

  it('hides an expired post from employees, also over raw REST', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const expired = await comms.savePost(
      post({ title: 'Verlopen', publishAt: new Date('2026-10-01T08:00:00Z'), expireAt: new Date('2026-11-01T08:00:00Z') })
    );
    const feed = await newsApi(emu.as(PEOPLE.employee)).loadFeed({ pillar: null, pageSize: 20, now: NOW });
    expect(feed.posts.map((p) => p.title)).not.toContain('Verlopen');
    expect((await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items(${expired.id})`)).status).toBe(404);
  });

  it('refuses writes and approval by an employee (forged requests)', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const concept = await comms.savePost(post({ title: 'Nog niet klaar', approved: false }));
    const add = await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items`, {
      method: 'POST',
      body: JSON.stringify({ Title: 'Nep', SbPillar: 'Samen', PublishingStartDate: '2026-11-01T08:00:00Z' })
    });
    expect(add.status).toBe(403);
    const approve = await raw(PEOPLE.employee, `web/lists/getByTitle('${NEWS}')/items(${concept.id})/ValidateUpdateListItem`, {
      method: 'POST',
      body: JSON.stringify({ formValues: [{ FieldName: '_ModerationStatus', FieldValue: '0' }] })
    });
    expect([403, 404]).toContain(approve.status);
    // Approval cannot be smuggled in through MERGE either, not even by Communications.
    const merge = await raw(PEOPLE.comms, `web/lists/getByTitle('${NEWS}')/items(${concept.id})`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify({ OData__ModerationStatus: 0 })
    });
    expect(merge.status).toBe(400);
    await expect(contentCalendarApi(emu.as(PEOPLE.employee)).savePost(post({ title: 'Via de API' }))).rejects.toMatchObject({ kind: 'accessDenied' });
  });

  it('puts an edited post back through approval and guards edits with the ETag', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const saved = await comms.savePost(post({ title: 'Versie 1' }));
    const edited = await comms.savePost(post({ title: 'Versie 2' }), { id: saved.id, etag: saved.etag });
    expect(edited.title).toBe('Versie 2');
    expect(edited.approved).toBe(true);
    // A second save with the old ETag is someone else's stale form.
    const error = await comms.savePost(post({ title: 'Versie 3' }), { id: saved.id, etag: saved.etag }).catch((e: DataError) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('conflict');
    // The conflict approved nothing and changed nothing.
    const employeeView = await newsApi(emu.as(PEOPLE.employee)).loadPost(saved.id);
    expect(employeeView && employeeView.title).toBe('Versie 2');
    // Saved as a concept: hidden again.
    await comms.savePost(post({ title: 'Versie 4', approved: false }), { id: saved.id, etag: edited.etag });
    expect(await newsApi(emu.as(PEOPLE.employee)).loadPost(saved.id)).toBeUndefined();
  });

  it('pages the feed newest first by pillar in one request per page', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    for (let i = 1; i <= 5; i++) {
      await comms.savePost(post({ title: `Beter ${i}`, pillar: 'Beter', publishAt: new Date(Date.UTC(2026, 10, i, 8)) }));
    }
    const employee = newsApi(emu.as(PEOPLE.employee));
    await emu.resetStats();
    const first = await employee.loadFeed({ pillar: 'Beter', pageSize: 3, now: NOW });
    expect((await emu.stats()).requests).toBe(1);
    expect(first.posts.map((p) => p.title)).toEqual(['Beter 5', 'Beter 4', 'Beter 3']);
    const second = await employee.loadFeed({ pillar: 'Beter', pageSize: 3, now: NOW, after: first.next });
    expect(second.posts.map((p) => p.title)).toEqual(['Beter 2', 'Beter 1']);
    expect(second.next).toBeUndefined();
  });

  it('loads the calendar in one $batch and plans a month of themes in one more', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    await emu.resetStats();
    const data = await comms.load({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), fromWeek: '2026-W40', toWeek: '2026-W49' });
    expect((await emu.stats()).requests).toBe(1);
    expect(data.roles.isCommunications).toBe(true);
    expect(data.posts.map((p) => p.title)).toEqual(expect.arrayContaining(['Concept', 'Gepland']));

    await emu.resetStats();
    const plans = [45, 46, 47, 48].map((isoWeek, i) => ({
      isoYear: 2026, isoWeek, theme: (['fysiek', 'mentaal', 'voeding', 'werkomgeving'] as const)[i], pillar: 'Kracht' as const,
      title: `Week ${isoWeek}`, summary: '', tip: '', imageUrl: null, linkUrl: null
    }));
    const saved = await comms.planThemes(plans);
    expect((await emu.stats()).requests).toBe(1);
    expect(saved.map((t) => t.isoWeek)).toEqual([45, 46, 47, 48]);
    const replanned = await comms.planThemes([{ ...plans[0], id: saved[0].id, theme: 'motivatie' }]);
    expect(replanned[0].theme).toBe('motivatie');
    const again = await comms.load({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), fromWeek: '2026-W45', toWeek: '2026-W48' });
    expect(again.themes.map((t) => t.theme)).toEqual(['motivatie', 'mentaal', 'voeding', 'werkomgeving']);

    await expect(contentCalendarApi(emu.as(PEOPLE.employee)).planThemes(plans)).rejects.toMatchObject({ kind: 'accessDenied' });
  });

  it('keeps national-day rules round-tripping, and only Communications change them', async () => {
    const comms = contentCalendarApi(emu.as(PEOPLE.comms));
    const day = await comms.saveNationalDay({
      title: 'Dag van de Vitaliteit', rule: { kind: 'nthWeekday', month: 9, weekday: 2, n: 1 }, durationDays: 1, active: true, description: 'x', pillar: 'Kracht'
    });
    await comms.saveNationalDay({ ...day, rule: { kind: 'lastWeekday', month: 9, weekday: 5 }, active: false }, day.id);
    const data = await comms.load({ from: NOW, to: NOW, fromWeek: '2026-W47', toWeek: '2026-W47' });
    const read = data.nationalDays.find((d) => d.id === day.id);
    expect(read).toMatchObject({ rule: { kind: 'lastWeekday', month: 9, weekday: 5 }, active: false });
    await expect(contentCalendarApi(emu.as(PEOPLE.employee)).saveNationalDay({ ...day, title: 'Nep' }, day.id)).rejects.toMatchObject({ kind: 'accessDenied' });
  });
});
