// $batch: reads, adds, updates and a failing request in one batch; results per part, in order.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { COACH, EMPLOYEE, pnpError, startHarness, type Harness } from './emulator-harness';

const LIST = 'Sb Batch';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.sp(COACH).web.lists.add(LIST);
  await h.sp(COACH).web.lists.getByTitle(LIST).items.add({ Title: 'Bestaand' });
});
afterAll(async () => {
  await h.close();
});

it('runs a PnPjs batch of reads, adds, updates and a failing request, each with its own result', async () => {
  const [batched, execute] = h.sp(COACH).batched();
  // PnPjs needs a fresh chain per batched call.
  const items = (): ReturnType<typeof batched.web.lists.getByTitle>['items'] => batched.web.lists.getByTitle(LIST).items;
  const before = items().select('Title').orderBy('ID')();
  const addA = items().add({ Title: 'A' });
  const update = items().getById(1).update({ Title: 'Bijgewerkt' });
  const missing = batched.web.lists.getByTitle('Bestaat niet')();
  const addB = items().add({ Title: 'B', Nope: 1 });
  const after = items().select('Title').orderBy('ID')();
  const missingError = pnpError(missing);
  const addBError = pnpError(addB);
  await execute();

  expect((await before).map((i: { Title: string }) => i.Title)).toEqual(['Bestaand']);
  expect(await addA).toMatchObject({ Id: 2, Title: 'A' });
  expect(await update).toEqual({ etag: '"2"' });
  expect(await missingError).toMatchObject({ status: 404, code: '-1, System.ArgumentException' });
  expect(await addBError).toMatchObject({ status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' });
  // Parts are independent: the failures undid nothing, and later parts saw earlier writes.
  expect((await after).map((i: { Title: string }) => i.Title)).toEqual(['Bijgewerkt', 'A']);
});

it('answers a raw multipart batch with flat parts in request order and counts it as one request', async () => {
  await fetch(`${h.url}/_emulator/stats/reset`, { method: 'POST' });
  const api = `${h.siteUrl}/_api/web/lists/getByTitle('Sb%20Batch')/items`;
  const body = [
    '--batch_b1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `GET ${api}?$select=Title&$top=1 HTTP/1.1`, 'Accept: application/json', '', '',
    '--batch_b1', 'Content-Type: multipart/mixed; boundary="changeset_c1"', '',
    '--changeset_c1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `POST ${api} HTTP/1.1`, 'Accept: application/json', 'Content-Type: application/json;charset=utf-8', '', '{"Title":"Raw"}', '',
    '--changeset_c1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `MERGE ${api}(1) HTTP/1.1`, 'Accept: application/json', 'Content-Type: application/json;charset=utf-8', 'IF-Match: "1"', '', '{"Title":"Stale"}', '',
    '--changeset_c1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `DELETE ${api}(2) HTTP/1.1`, 'IF-Match: *', '', '',
    '--changeset_c1--', '', '--batch_b1--', ''
  ].join('\n');
  const response = await h.api('$batch', { method: 'POST', as: COACH, headers: { 'Content-Type': 'multipart/mixed; boundary=batch_b1' }, body });
  expect(response.status).toBe(200);
  const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(response.headers.get('content-type') ?? '')?.[1];
  expect(boundary).toBeDefined();
  const text = await response.text();
  expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
  const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d{3}) (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
  expect(statuses).toEqual(['200 OK', '201 Created', '412 Precondition Failed', '200 OK']);
  expect(text).toContain('"Title":"Raw"');
  expect(text).toContain("The request ETag value '\\\"1\\\"' does not match the object's ETag value");

  const stats = (await (await fetch(`${h.url}/_emulator/stats`)).json()) as { requests: number; byKind: Record<string, { requests: number }> };
  expect(stats.requests).toBe(1);
  expect(stats.byKind.batch.requests).toBe(1);
});

it('checks the digest once for a batch sent with cookie identity', async () => {
  const body = ['--batch_d', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `GET ${h.siteUrl}/_api/web HTTP/1.1`, 'Accept: application/json', '', '', '--batch_d--', ''].join('\n');
  const send = (headers: Record<string, string>): Promise<Response> => h.api('$batch', {
    method: 'POST', as: null, headers: { Cookie: `sb-persona=${EMPLOYEE}`, 'Content-Type': 'multipart/mixed; boundary=batch_d', ...headers }, body
  });
  expect((await send({})).status).toBe(403);
  const info = (await (await h.api('contextinfo', { method: 'POST', as: null, headers: { Cookie: `sb-persona=${EMPLOYEE}` } })).json()) as { FormDigestValue: string };
  const ok = await send({ 'X-RequestDigest': info.FormDigestValue });
  expect(ok.status).toBe(200);
  expect(await ok.text()).toMatch(/HTTP\/1\.1 200 OK[\s\S]*"Title":"Stella"/);
});
