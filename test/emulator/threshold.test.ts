// The list view threshold (5,000) on a list of 6,000 items.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { COACH, pnpError, spError, startHarness, type Harness } from './emulator-harness';

const THRESHOLD_ERROR = {
  status: 500,
  code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
};
const LIST = 'Sb Big';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const sp = h.sp(COACH);
  await sp.web.lists.add(LIST);
  const fields = sp.web.lists.getByTitle(LIST).fields;
  await fields.addText('Week', { Indexed: true });
  await fields.addText('Team');
  await fields.addNumber('Score');
  await fields.getByInternalNameOrTitle('Score').update({ Indexed: true }, 'SP.FieldNumber');
  // 6,000 rows straight into the store: 60 weeks of 100 items, one team for all.
  const rows = Array.from({ length: 6000 }, (_, i) => ({ Title: `Item ${i}`, Week: `2026-W${String(Math.floor(i / 100)).padStart(2, '0')}`, Team: 'Noord', Score: i % 2 }));
  h.emulator.addItemsDirect(LIST, rows, COACH);
});
afterAll(async () => {
  await h.close();
});

const items = (): ReturnType<ReturnType<Harness['sp']>['web']['lists']['getByTitle']>['items'] => h.sp(COACH).web.lists.getByTitle(LIST).items;

it('the list holds 6,000 items', async () => {
  expect((await h.sp(COACH).web.lists.getByTitle(LIST).select('ItemCount')()).ItemCount).toBe(6000);
});

it('fails a filter whose leftmost condition is on an unindexed column', async () => {
  expect(await pnpError(items().filter("Team eq 'Noord'").top(10)())).toEqual(THRESHOLD_ERROR);
  expect(await pnpError(items().filter("Team eq 'Noord' and Week eq '2026-W03'").top(10)())).toEqual(THRESHOLD_ERROR);
});

it('runs a filter whose leftmost condition is indexed and selective', async () => {
  const page = await items().filter("Week eq '2026-W03' and Team eq 'Noord'").select('Id', 'Week').top(500)();
  expect(page).toHaveLength(100);
  expect(page.every((i: { Week: string }) => i.Week === '2026-W03')).toBe(true);
});

it('fails an indexed leftmost condition that still matches more than 5,000 items', async () => {
  // Score is indexed but each value matches 3,000 rows; "ge 0" matches all 6,000.
  expect((await items().filter('Score eq 1').select('Id').top(5)()).length).toBe(5);
  expect(await pnpError(items().filter('Score ge 0').select('Id').top(5)())).toEqual(THRESHOLD_ERROR);
});

it('fails $orderby on an unindexed column, allows it on an indexed one or after a narrowing filter', async () => {
  expect(await pnpError(items().orderBy('Team').top(10)())).toEqual(THRESHOLD_ERROR);
  expect(await pnpError(items().orderBy('Created').top(10)())).toEqual(THRESHOLD_ERROR);
  expect((await items().orderBy('Week', false).select('Week').top(1)())[0].Week).toBe('2026-W59');
  expect((await items().filter("Week eq '2026-W10'").orderBy('Title').select('Id').top(10)()).length).toBe(10);
});

it('fails $top above 5,000 on any list', async () => {
  expect(await spError(await h.api(`web/lists/getByTitle('Sb%20Big')/items?$top=5001`, { as: COACH }))).toEqual(THRESHOLD_ERROR);
  await h.sp(COACH).web.lists.add('Tiny');
  expect(await spError(await h.api(`web/lists/getByTitle('Tiny')/items?$top=5001`, { as: COACH }))).toEqual(THRESHOLD_ERROR);
});

it('pages through all 6,000 items by ID without a filter', async () => {
  const seen: number[] = [];
  for await (const page of items().select('Id').top(2000) as unknown as AsyncIterable<Array<{ Id: number }>>) {
    seen.push(...page.map((i) => i.Id));
  }
  expect(seen).toEqual(Array.from({ length: 6000 }, (_, i) => i + 1));
});

it('runs an Id window (a range on Id) on the big list, but not a one-sided Id condition that spans it', async () => {
  // Source for the window: PnP's "Dealing with the 5k item limit in SharePoint APIs".
  const window = await items().filter("Id ge 1001 and Id lt 6001 and Team eq 'Noord'").select('Id').top(5000)();
  expect(window).toHaveLength(5000);
  expect(await pnpError(items().filter("Id ge 1 and Team eq 'Noord'").select('Id').top(10)())).toEqual(THRESHOLD_ERROR);
  // A window wider than 5,000 ids is refused like any other condition matching too much.
  expect(await pnpError(items().filter('Id ge 1 and Id lt 6001').select('Id').top(10)())).toEqual(THRESHOLD_ERROR);
});

it('answers $select=owshiddenversion: 1 when created, +1 on every update; not writable', async () => {
  const [item] = await items().filter("Week eq '2026-W01'").select('Id', 'owshiddenversion').top(1)<Array<{ Id: number; owshiddenversion: number }>>();
  expect(item.owshiddenversion).toBe(1);
  await items().getById(item.Id).update({ Team: 'Zuid' });
  await items().getById(item.Id).update({ Team: 'Noord' });
  const again = await items().getById(item.Id).select('owshiddenversion')<{ owshiddenversion: number }>();
  expect(again.owshiddenversion).toBe(3);
  expect((await pnpError(items().getById(item.Id).update({ owshiddenversion: 1 }))).status).toBe(400);
});
