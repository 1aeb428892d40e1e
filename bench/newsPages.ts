import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator } from '../emulator/server';
import { spForSiteUrl } from '../src/data/sp/spFactory';
import { BearerIdentity } from '../src/data/sp/behaviors';
import { SCHEMA } from '../src/data/schema/lists';
import { provisionSchema } from '../src/data/provisioning/provision';
import { newsApi } from '../src/data/views/newsApi';
import { contentCalendarApi } from '../src/data/views/contentCalendarApi';
import { addGroupMembers } from '../src/data/provisioning/groupMembers';
import '@pnp/sp/items';

// Issue "Vitality news as SharePoint news pages": the news web part and the content calendar
// over a Site Pages library of 300 and of 10,000 pages (an intranet's other pages and other
// departments' news around ours), with requests, bytes, growth and threshold errors.

const NOW = new Date('2026-11-23T09:00:00Z');
const ADMIN = 'beheer@bench.example';
const COMMS = 'communicatie@bench.example';
const EMPLOYEE = 'medewerker@bench.example';
const SIZES = [300, 10000];
const OURS = 104;

const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `count` published pages; #SamenBeter news (SbNewsPost) for the first `ours`, weekly back from NOW. */
export function newsPageRows(count: number, others: number): Record<string, string | number | null>[] {
  const rows: Record<string, string | number | null>[] = [];
  for (let i = 0; i < count; i++) {
    const at = isoSeconds(new Date(NOW.getTime() - (i + 1) * 7 * 86400000));
    rows.push({
      Title: `Nieuws ${i + 1}`,
      Description: `Bericht ${i + 1}`,
      SbNewsPost: 1,
      SbPillar: ['Kracht', 'Samen', 'Beter'][i % 3],
      SbPlannedFor: at,
      FirstPublishedDate: at,
      PromotedState: 2
    });
  }
  for (let i = 0; i < others; i++) {
    // Other intranet pages; one in four is another department's news.
    const at = isoSeconds(new Date(NOW.getTime() - (i + 1) * 3600000));
    rows.push({ Title: `Pagina ${i + 1}`, Description: '', FirstPublishedDate: at, PromotedState: i % 4 === 0 ? 2 : 0 });
  }
  return rows;
}

interface Row {
  view: string;
  size: number;
  requests: number;
  bytes: number;
  error: string;
}

async function runSize(size: number): Promise<Row[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-bench-pages-'));
  const directory = [ADMIN, COMMS, EMPLOYEE].map((email) => ({ email, displayName: email.split('@')[0], department: 'Bench', office: 'Stadhuis', jobTitle: 'Medewerker' }));
  const emulator = await createEmulator({ dbFile: path.join(dir, 'bench.sqlite'), directory, siteAdmins: [ADMIN], now: () => NOW });
  const { url } = await emulator.listen(0);
  const siteUrl = `${url}/sites/stella`;
  const as = (email: string) => spForSiteUrl(siteUrl, BearerIdentity(email));
  const rows: Row[] = [];
  try {
    await provisionSchema(as(ADMIN), SCHEMA);
    await addGroupMembers(as(ADMIN), 'communications', [COMMS]);
    await as(ADMIN).web.associatedMemberGroup.users.add(`i:0#.f|membership|${COMMS}`);
    emulator.addPublishedPagesDirect(newsPageRows(OURS, size - OURS), ADMIN);
    const measure = async (view: string, run: () => Promise<unknown>): Promise<void> => {
      await fetch(`${url}/_emulator/stats/reset`, { method: 'POST' });
      let error = '';
      try {
        await run();
      } catch (e) {
        error = String((e as Error).message).slice(0, 120);
      }
      const stats = (await (await fetch(`${url}/_emulator/stats`)).json()) as { requests: number; bytes: number };
      rows.push({ view, size, requests: stats.requests, bytes: stats.bytes, error });
    };
    const news = newsApi(as(EMPLOYEE));
    let first = await news.loadFeed({ pillar: null, pageSize: 6 });
    await measure('news feed (6 posts)', async () => {
      first = await news.loadFeed({ pillar: null, pageSize: 6 });
      if (first.posts.length !== 6 || first.posts[0].title !== 'Nieuws 1') throw new Error(`wrong first page: ${first.posts.map((p) => p.title).join(', ')}`);
    });
    await measure('news feed page 2', async () => {
      const second = await news.loadFeed({ pillar: null, pageSize: 6, after: first.next });
      if (second.posts[0]?.title !== 'Nieuws 7') throw new Error('wrong second page');
    });
    await measure('news feed, one pillar', () => news.loadFeed({ pillar: 'Samen', pageSize: 6 }));
    await measure('content calendar (Communications, 6 weeks)', async () => {
      const data = await contentCalendarApi(as(COMMS)).load({
        from: new Date('2026-10-26T00:00:00Z'), to: new Date('2026-12-07T00:00:00Z'), fromWeek: '2026-W40', toWeek: '2026-W50'
      });
      if (data.posts.length !== 4) throw new Error(`calendar shows ${data.posts.length} posts, expected 4`);
    });
    // Control: the same feed without the indexed column first meets the threshold on the big
    // library, so the emulator's rule is really in play here.
    let control = 'no error';
    try {
      await as(EMPLOYEE).web.getList('/sites/stella/SitePages').items.filter('PromotedState eq 2 and SbNewsPost eq 1').top(6)();
    } catch (e) {
      control = /threshold/i.test(String((e as Error).message)) ? 'threshold' : String((e as Error).message).slice(0, 80);
    }
    rows.push({ view: 'control: unindexed column first', size, requests: 1, bytes: 0, error: control === (size > 5000 ? 'threshold' : 'no error') ? '' : `unexpected: ${control}` });
    return rows;
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the table; true when nothing failed and requests and bytes do not grow with the library. */
export async function runNewsPages(): Promise<boolean> {
  const all: Row[] = [];
  for (const size of SIZES) {
    all.push(...(await runSize(size)));
  }
  console.log(`\nnews pages in Site Pages | requests ${SIZES.join(' / ')} | bytes ${SIZES.join(' / ')} | growth | error`);
  let ok = true;
  for (const view of Array.from(new Set(all.map((r) => r.view)))) {
    const rs = SIZES.map((s) => all.find((r) => r.view === view && r.size === s)!);
    const growth = rs[rs.length - 1].bytes / Math.max(1, rs[0].bytes);
    const errors = rs.map((r) => r.error).filter((e) => e !== '');
    ok = ok && errors.length === 0 && growth <= 1.1 && rs.every((r) => r.requests === rs[0].requests);
    console.log([view, ...rs.map((r) => String(r.requests)), ...rs.map((r) => String(r.bytes)), growth.toFixed(3), errors.join('; ') || '-'].join(' | '));
  }
  console.log(`news pages: ${ok ? 'ok' : 'FAILED'} (same requests at 300 and 10,000 pages, bytes growth ≤ 1.1, no threshold errors)`);
  return ok;
}
