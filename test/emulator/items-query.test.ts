// GET …/items with $select, $filter, $orderby, $expand, $top and $skiptoken paging (nextLink).
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-users';
import { COACH, COLLEAGUE, EMPLOYEE, pnpError, spError, startHarness, type Harness } from './emulator-harness';

let h: Harness;
const ids: Record<string, number> = {};
const LIST = 'Sb Sessions';
const PATH = `web/lists/getByTitle('Sb%20Sessions')`;

beforeAll(async () => {
  h = await startHarness();
  const sp = h.sp(COACH);
  await sp.web.lists.add('Sb Activities');
  const activities = sp.web.lists.getByTitle('Sb Activities');
  await activities.fields.addText('Place');
  await activities.items.add({ Title: 'Yoga', Place: 'Gym' });
  await activities.items.add({ Title: 'Hardlopen', Place: 'Park' });
  const activityList = await activities();

  await sp.web.lists.add(LIST);
  const fields = sp.web.lists.getByTitle(LIST).fields;
  await fields.addNumber('Seats');
  await fields.addDateTime('Start');
  await fields.addBoolean('Open');
  await fields.addChoice('Level', { Choices: ['Licht', 'Zwaar'] });
  await fields.addMultiChoice('Tags', { Choices: ['binnen', 'buiten'] });
  await fields.addUser('Trainer');
  await fields.addLookup('Activity', { LookupListId: activityList.Id, LookupFieldName: 'Title' });
  await fields.addText('Remark');

  ids.employee = (await h.sp(EMPLOYEE).web.currentUser()).Id;
  ids.colleague = (await h.sp(COLLEAGUE).web.currentUser()).Id;
  const items = sp.web.lists.getByTitle(LIST).items;
  const rows = [
    { Title: 'Yoga ochtend', Seats: 10, Start: '2026-05-06T08:00:00Z', Open: true, Level: 'Licht', Tags: ['binnen'], TrainerId: ids.employee, ActivityId: 1, Remark: "O'Neill" },
    { Title: 'Yoga avond', Seats: 5, Start: '2026-05-06T18:00:00Z', Open: false, Level: 'Licht', Tags: ['binnen', 'buiten'], TrainerId: ids.colleague, ActivityId: 1 },
    { Title: 'Hardlopen', Seats: 20, Start: '2026-06-01T07:00:00Z', Open: true, Level: 'Zwaar', Tags: ['buiten'], TrainerId: ids.employee, ActivityId: 2 },
    { Title: 'Bootcamp', Seats: 5, Start: '2026-04-30T17:00:00Z', Open: true, Level: 'Zwaar', ActivityId: 2 }
  ];
  for (const row of rows) await items.add({ ...row, Tags: row.Tags ?? [] });
});
afterAll(async () => {
  await h.close();
});

async function titles(filter: string): Promise<string[]> {
  const items = await h.sp(COACH).web.lists.getByTitle(LIST).items.filter(filter).select('Title').orderBy('ID')();
  return items.map((i: { Title: string }) => i.Title);
}

describe('$filter', () => {
  it('compares text, numbers, booleans and choices', async () => {
    expect(await titles("Title eq 'Hardlopen'")).toEqual(['Hardlopen']);
    expect(await titles("Title ne 'Hardlopen'")).toEqual(['Yoga ochtend', 'Yoga avond', 'Bootcamp']);
    expect(await titles('Seats gt 5')).toEqual(['Yoga ochtend', 'Hardlopen']);
    expect(await titles('Seats le 5')).toEqual(['Yoga avond', 'Bootcamp']);
    expect(await titles('Open eq 1')).toEqual(['Yoga ochtend', 'Hardlopen', 'Bootcamp']);
    expect(await titles('Open eq false')).toEqual(['Yoga avond']);
    expect(await titles("Level eq 'Zwaar' and Seats ge 10")).toEqual(['Hardlopen']);
    expect(await titles("(Level eq 'Licht' or Seats eq 20) and Open eq 1")).toEqual(['Yoga ochtend', 'Hardlopen']);
    expect(await titles("Remark eq 'O''Neill'")).toEqual(['Yoga ochtend']);
  });

  it('supports substringof, startswith and null', async () => {
    expect(await titles("substringof('oga',Title)")).toEqual(['Yoga ochtend', 'Yoga avond']);
    expect(await titles("startswith(Title,'Yoga')")).toEqual(['Yoga ochtend', 'Yoga avond']);
    expect(await titles('Remark eq null')).toEqual(['Yoga avond', 'Hardlopen', 'Bootcamp']);
    expect(await titles('Remark ne null')).toEqual(['Yoga ochtend']);
    expect(await titles('TrainerId eq null')).toEqual(['Bootcamp']);
  });

  it('compares dates given as quoted ISO strings and datetime literals', async () => {
    expect(await titles("Start ge '2026-05-01T00:00:00Z' and Start lt '2026-06-01T00:00:00Z'")).toEqual(['Yoga ochtend', 'Yoga avond']);
    expect(await titles("Start lt datetime'2026-05-01T00:00:00Z'")).toEqual(['Bootcamp']);
  });

  it('filters on lookup ids, projected lookup fields, person ids and person e-mail', async () => {
    expect(await titles('ActivityId eq 2')).toEqual(['Hardlopen', 'Bootcamp']);
    expect(await titles('Activity/Id eq 1')).toEqual(['Yoga ochtend', 'Yoga avond']);
    expect(await titles("Activity/Title eq 'Hardlopen'")).toEqual(['Hardlopen', 'Bootcamp']);
    expect(await titles(`TrainerId eq ${ids.employee}`)).toEqual(['Yoga ochtend', 'Hardlopen']);
    expect(await titles(`Trainer/EMail eq '${COLLEAGUE}'`)).toEqual(['Yoga avond']);
    const coachId = (await h.sp(COACH).web.currentUser()).Id;
    expect(await titles(`AuthorId eq ${coachId}`)).toEqual(['Yoga ochtend', 'Yoga avond', 'Hardlopen', 'Bootcamp']);
  });

  it('refuses a filter on a multi-choice column (Learn: multi-value fields cannot be queried; stricter choice)', async () => {
    const answer = await h.api(`${PATH}/items?$filter=${encodeURIComponent("Tags eq 'buiten'")}`, { as: COACH });
    expect(answer.status).toBe(400);
  });

  it('answers 400 for an unknown column and for bad syntax', async () => {
    expect(await spError(await h.api(`${PATH}/items?$filter=Nope eq 1`, { as: COACH }))).toEqual({
      status: 400, code: '-2146232832, Microsoft.SharePoint.SPException', message: "Column 'Nope' does not exist. It may have been deleted by another user."
    });
    const bad = await spError(await h.api(`${PATH}/items?$filter=${encodeURIComponent("Title eq 'x")}`, { as: COACH }));
    expect(bad.status).toBe(400);
    expect(bad.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  });
});

describe('$select and $expand', () => {
  it('returns only the selected properties (plus annotations)', async () => {
    const [item] = await h.sp(COACH).web.lists.getByTitle(LIST).items.select('Id', 'Title', 'TrainerId').filter("Title eq 'Hardlopen'")();
    expect(Object.keys(item).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Id', 'Title', 'TrainerId']);
  });

  it('answers 400 for an unknown field in $select', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle(LIST).items.select('Title', 'Colour')());
    expect(error).toEqual({ status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "The field or property 'Colour' does not exist." });
  });

  it('expands a person to only the selected Title/EMail/Id and a lookup to its projected fields', async () => {
    const [item] = await h.sp(COACH).web.lists.getByTitle(LIST).items
      .select('Title', 'Trainer/Title', 'Trainer/EMail', 'Trainer/Id', 'Activity/Title', 'Activity/Place')
      .expand('Trainer', 'Activity').filter("Title eq 'Yoga ochtend'")();
    const plain = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('odata.')));
    expect(plain(item.Trainer)).toEqual({ Title: 'Eva Bakker', EMail: EMPLOYEE, Id: ids.employee });
    expect(plain(item.Activity)).toEqual({ Title: 'Yoga', Place: 'Gym' });
    const [bootcamp] = await h.sp(COACH).web.lists.getByTitle(LIST).items.select('Title', 'Trainer/Title').expand('Trainer').filter("Title eq 'Bootcamp'")();
    expect(bootcamp.Trainer).toBeNull();
  });

  it('needs $expand for a projected field', async () => {
    const error = await pnpError(h.sp(COACH).web.lists.getByTitle(LIST).items.select('Title', 'Trainer/Title')());
    expect(error.status).toBe(400);
    expect(error.message).toBe("The query to field 'Trainer/Title' is not valid. The $select query string must specify the target fields and the $expand query string must contains Trainer.");
  });
});

describe('$orderby', () => {
  it('orders by several keys', async () => {
    const items = await h.sp(COACH).web.lists.getByTitle(LIST).items.select('Title').orderBy('Seats', false).orderBy('Title')();
    expect(items.map((i: { Title: string }) => i.Title)).toEqual(['Hardlopen', 'Yoga ochtend', 'Bootcamp', 'Yoga avond']);
    const byLevel = await h.sp(COACH).web.lists.getByTitle(LIST).items.select('Title').orderBy('Level').orderBy('Start', false)();
    expect(byLevel.map((i: { Title: string }) => i.Title)).toEqual(['Yoga avond', 'Yoga ochtend', 'Hardlopen', 'Bootcamp']);
  });
});

describe('paging', () => {
  const PAGED = 'Sb Paged';
  beforeAll(async () => {
    const sp = h.sp(COACH);
    await sp.web.lists.add(PAGED);
    await sp.web.lists.getByTitle(PAGED).fields.addNumber('Rank');
    // Ties and empty values on purpose: the Id tiebreaker must keep every page disjoint.
    const rows = Array.from({ length: 250 }, (_, i) => ({ Title: `Item ${String(i % 13).padStart(2, '0')}`, Rank: i % 9 === 0 ? null : i % 7 }));
    h.emulator.addItemsDirect(PAGED, rows, COACH);
  });

  async function collect(iterable: AsyncIterable<Array<{ Id: number }>>): Promise<{ ids: number[]; pages: number }> {
    const seen: number[] = [];
    let pages = 0;
    for await (const page of iterable) {
      pages++;
      seen.push(...page.map((i) => i.Id));
    }
    return { ids: seen, pages };
  }

  it('follows odata.nextLink through 250 items by ID, each exactly once', async () => {
    const { ids: seen, pages } = await collect(h.sp(COACH).web.lists.getByTitle(PAGED).items.select('Id', 'Title').top(40) as never);
    expect(pages).toBe(7);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  it('pages correctly when ordered by other keys with ties and nulls', async () => {
    const query = h.sp(COACH).web.lists.getByTitle(PAGED).items.select('Id', 'Rank', 'Title').orderBy('Rank', false).orderBy('Title').top(33);
    const { ids: seen } = await collect(query as never);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    const all = await h.sp(COACH).web.lists.getByTitle(PAGED).items.select('Id').orderBy('Rank', false).orderBy('Title').top(5000)();
    expect(seen).toEqual(all.map((i: { Id: number }) => i.Id));
  });

  it('pages a filtered query', async () => {
    const query = h.sp(COACH).web.lists.getByTitle(PAGED).items.select('Id').filter('Rank eq 3').top(10);
    const { ids: seen } = await collect(query as never);
    const expected = Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 9 !== 0 && i % 7 === 3).map((i) => i + 1);
    expect(seen).toEqual(expected);
  });

  it('writes an absolute nextLink carrying every original option', async () => {
    const response = await h.api(`web/lists/getByTitle('Sb%20Paged')/items?$select=Id,Title&$filter=Rank%20ge%201&$orderby=Title%20desc&$top=50`, { as: COACH });
    const body = (await response.json()) as { value: unknown[]; 'odata.nextLink': string };
    expect(body.value).toHaveLength(50);
    const next = new URL(body['odata.nextLink']);
    expect(`${next.origin}${next.pathname}`).toBe(`${h.siteUrl}/_api/web/lists/getByTitle('Sb%20Paged')/items`);
    expect(body['odata.nextLink']).toMatch(/\?%24skiptoken=Paged%3dTRUE%26p_ID%3d\d+%26p_Title%3d/);
    expect(next.searchParams.get('$top')).toBe('50');
    expect(next.searchParams.get('$select')).toBe('Id,Title');
    expect(next.searchParams.get('$filter')).toBe('Rank ge 1');
    expect(next.searchParams.get('$orderby')).toBe('Title desc');
  });

  it('defaults to 100 items per page', async () => {
    const response = await h.api(`web/lists/getByTitle('Sb%20Paged')/items?$select=Id`, { as: COACH });
    const body = (await response.json()) as { value: unknown[]; 'odata.nextLink': string };
    expect(body.value).toHaveLength(100);
    expect(body['odata.nextLink']).toContain('%24skiptoken=Paged%3dTRUE%26p_ID%3d100');
  });

  it('honours items.skip(id) (Paged=TRUE&p_ID=n)', async () => {
    const page = await h.sp(COACH).web.lists.getByTitle(PAGED).items.select('Id').skip(245).top(10)();
    expect(page.map((i: { Id: number }) => i.Id)).toEqual([246, 247, 248, 249, 250]);
  });
});

describe('lookup column threshold', () => {
  it('fails with more than 12 lookup/person columns in one query', async () => {
    const sp = h.sp(COACH);
    await sp.web.lists.add('Many people');
    const fields = sp.web.lists.getByTitle('Many people').fields;
    for (let i = 1; i <= 11; i++) await fields.addUser(`P${i}`);
    const items = sp.web.lists.getByTitle('Many people').items;
    const twelve = ['AuthorId', ...Array.from({ length: 11 }, (_, i) => `P${i + 1}Id`)];
    expect(await items.select(...twelve)()).toEqual([]);
    const error = await pnpError(items.select(...twelve, 'EditorId')());
    expect(error).toEqual({
      status: 500, code: '-2147024749, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold.'
    });
  });
});
