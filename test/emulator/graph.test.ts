// Contract tests of the Microsoft Graph subset (emulator/graph/): plain fetch over HTTP, as
// SPFx MSGraphClientV3 sends it (Graph REST with a bearer token), as the personas.
import { COACH, COLLEAGUE, EMPLOYEE, startHarness, type Harness } from './emulator-harness';

const ALL_SCOPES = ['User.Read', 'User.ReadBasic.All', 'Calendars.ReadWrite', 'TeamsActivity.Send'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface GraphErrorBody { error: { code: string; message: string; innerError: { date: string; 'request-id': string; 'client-request-id': string } } }

let h: Harness;

async function admin(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${h.url}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

function graph(path: string, init: { method?: string; body?: unknown; as?: string | null; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.as !== null) headers.set('Authorization', `Bearer ${init.as ?? EMPLOYEE}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${h.url}/v1.0${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

async function errorOf(response: Response): Promise<GraphErrorBody['error'] & { status: number }> {
  const body = (await response.json()) as GraphErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  return { status: response.status, ...body.error };
}

const EVENT = {
  subject: 'Wandelen in de lunch',
  body: { contentType: 'HTML', content: 'Loop je mee?' },
  start: { dateTime: '2026-11-10T12:00:00', timeZone: 'W. Europe Standard Time' },
  end: { dateTime: '2026-11-10T13:00:00', timeZone: 'W. Europe Standard Time' },
  location: { displayName: 'Stadhuis' },
  isReminderOn: true,
  reminderMinutesBeforeStart: 30,
  categories: ['SamenBeter']
};

async function createEvent(as: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await graph('/me/events', { method: 'POST', body: { ...EVENT, ...extra }, as });
  expect(response.status).toBe(201);
  return (await response.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await admin('/_emulator/graph/settings', { consent: ALL_SCOPES, teamsAppInstalledFor: 'all', activityTypes: [] });
  await admin('/_emulator/faults', { failNext: 0, lostResponseNext: 0, rate: 0, status: 429, retryAfterSeconds: 1 });
  await admin('/_emulator/graph/activity/reset', {});
});

describe('identity and errors', () => {
  it('answers 401 InvalidAuthenticationToken without a bearer, in Graph\'s error shape', async () => {
    const e = await errorOf(await graph('/me', { as: null }));
    expect(e).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
  });

  it('answers 401 for a token of nobody in the directory', async () => {
    const e = await errorOf(await graph('/me', { as: 'stranger@elsewhere.example' }));
    expect(e).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
  });

  it('echoes client-request-id in innerError', async () => {
    const response = await graph('/me', { as: null, headers: { 'client-request-id': 'abc-123' } });
    const body = (await response.json()) as GraphErrorBody;
    expect(body.error.innerError['client-request-id']).toBe('abc-123');
  });

  it('answers 403 per workload when the admin has not approved the scope', async () => {
    await admin('/_emulator/graph/consent', { consent: [] });
    expect(await errorOf(await graph('/me'))).toMatchObject({ status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    expect(await errorOf(await graph('/me/events'))).toMatchObject({ status: 403, code: 'ErrorAccessDenied' });
    expect(await errorOf(await graph('/me/events', { method: 'POST', body: EVENT }))).toMatchObject({ status: 403, code: 'ErrorAccessDenied' });
    // Granting one scope at a time through the admin API.
    await admin('/_emulator/graph/consent', { scope: 'User.Read', granted: true });
    expect((await graph('/me')).status).toBe(200);
    await admin('/_emulator/graph/consent', { scope: 'Calendars.Read', granted: true });
    expect((await graph('/me/events')).status).toBe(200);
    expect((await graph('/me/events', { method: 'POST', body: EVENT })).status).toBe(403);
    expect(await admin('/_emulator/graph/consent')).toEqual({ consent: ['Calendars.Read', 'User.Read'] });
  });

  it('refuses an unknown scope name in the consent setting', async () => {
    const response = await fetch(`${h.url}/_emulator/graph/consent`, { method: 'POST', body: JSON.stringify({ consent: ['Calendars.Everything'] }) });
    expect(response.status).toBe(400);
  });

  it('answers 429 with Retry-After from the fault injector, then works', async () => {
    await admin('/_emulator/faults', { failNext: 1, status: 429, retryAfterSeconds: 7 });
    const throttled = await graph('/me');
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(await errorOf(throttled)).toMatchObject({ status: 429, code: 'activityLimitReached' });
    expect((await graph('/me')).status).toBe(200);
  });

  it('answers 503 serviceNotAvailable with Retry-After', async () => {
    await admin('/_emulator/faults', { failNext: 1, status: 503, retryAfterSeconds: 2 });
    const response = await graph('/me');
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await errorOf(response)).toMatchObject({ status: 503, code: 'serviceNotAvailable' });
  });

  it('answers an unknown segment with 400 and no route for other verbs with 405', async () => {
    expect((await errorOf(await graph('/me/drive'))).status).toBe(400);
    expect((await errorOf(await graph('/me', { method: 'DELETE' }))).status).toBe(405);
  });
});

describe('users', () => {
  it('GET /me returns the caller with a stable GUID id', async () => {
    const response = await graph('/me', { as: COACH });
    expect(response.status).toBe(200);
    const me = (await response.json()) as Record<string, unknown>;
    expect(me).toMatchObject({ displayName: 'Joris de Vries', mail: COACH, userPrincipalName: COACH, jobTitle: 'Vitaliteitscoach', officeLocation: 'Stadhuis' });
    expect(me.id).toMatch(GUID);
    const again = (await (await graph('/me', { as: COACH })).json()) as Record<string, unknown>;
    expect(again.id).toBe(me.id);
    const users = (await admin('/_emulator/graph/users')).value as { email: string; id: string }[];
    expect(users.find((u) => u.email === COACH)?.id).toBe(me.id);
  });

  it('GET /users/{id} and /users/{userPrincipalName} find the same person; $select narrows', async () => {
    const coach = (await (await graph('/me', { as: COACH })).json()) as { id: string };
    const byId = (await (await graph(`/users/${coach.id}`)).json()) as Record<string, unknown>;
    const byUpn = (await (await graph(`/users/${encodeURIComponent(COACH)}`)).json()) as Record<string, unknown>;
    expect(byId.id).toBe(coach.id);
    expect(byUpn.id).toBe(coach.id);
    const selected = (await (await graph(`/users/${coach.id}?$select=displayName,mail`)).json()) as Record<string, unknown>;
    expect(Object.keys(selected).sort()).toEqual(['@odata.context', 'displayName', 'id', 'mail']);
  });

  it('GET /users/{id} of someone else needs User.ReadBasic.All, not User.Read', async () => {
    await admin('/_emulator/graph/consent', { consent: ['User.Read'] });
    expect((await graph(`/users/${encodeURIComponent(EMPLOYEE)}`)).status).toBe(200);
    expect(await errorOf(await graph(`/users/${encodeURIComponent(COACH)}`))).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });
  });

  it('answers 404 Request_ResourceNotFound for an unknown user', async () => {
    const e = await errorOf(await graph('/users/00000000-0000-0000-0000-000000000001'));
    expect(e).toMatchObject({ status: 404, code: 'Request_ResourceNotFound' });
  });
});

describe('calendar events', () => {
  it('creates an event (201) with Graph\'s shape, start/end in UTC', async () => {
    const created = await createEvent(EMPLOYEE);
    expect(created).toMatchObject({
      subject: 'Wandelen in de lunch', isReminderOn: true, reminderMinutesBeforeStart: 30, categories: ['SamenBeter'],
      originalStartTimeZone: 'W. Europe Standard Time', type: 'singleInstance', showAs: 'busy', isOnlineMeeting: false,
      start: { dateTime: '2026-11-10T11:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-11-10T12:00:00.0000000', timeZone: 'UTC' },
      location: { displayName: 'Stadhuis' },
      body: { contentType: 'html' },
      organizer: { emailAddress: { address: EMPLOYEE } }
    });
    expect(String((created.body as { content: string }).content)).toContain('Loop je mee?');
    expect(created.bodyPreview).toBe('Loop je mee?');
    expect(String(created.webLink)).toBe(`https://outlook.office365.com/owa/?itemid=${encodeURIComponent(String(created.id))}&exvsurl=1&path=/calendar/item`);
    expect(created).not.toHaveProperty('transactionId');
  });

  it('answers in the Prefer: outlook.timezone zone, and accepts a documented IANA name', async () => {
    const response = await graph('/me/events', {
      method: 'POST',
      body: { ...EVENT, start: { dateTime: '2026-07-01T09:30:00', timeZone: 'Europe/Berlin' }, end: { dateTime: '2026-07-01T10:00:00', timeZone: 'Europe/Berlin' } },
      headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' }
    });
    const event = (await response.json()) as { start: unknown; end: unknown };
    expect(event.start).toEqual({ dateTime: '2026-07-01T09:30:00.0000000', timeZone: 'W. Europe Standard Time' });
  });

  it('refuses "Europe/Amsterdam": it is not on the docs\' list of IANA names', async () => {
    const response = await graph('/me/events', { method: 'POST', body: { ...EVENT, start: { dateTime: '2026-11-10T12:00:00', timeZone: 'Europe/Amsterdam' } } });
    expect(await errorOf(response)).toMatchObject({ status: 400, code: 'TimeZoneNotSupportedException' });
  });

  it('refuses an end before the start, an unknown property and not-emulated properties', async () => {
    expect((await errorOf(await graph('/me/events', { method: 'POST', body: { ...EVENT, end: { dateTime: '2026-11-10T10:00:00', timeZone: 'UTC' } } }))).code)
      .toBe('ErrorCalendarEndDateIsEarlierThanStartDate');
    expect((await errorOf(await graph('/me/events', { method: 'POST', body: { ...EVENT, colour: 'red' } }))).code).toBe('RequestBodyRead');
    expect((await errorOf(await graph('/me/events', { method: 'POST', body: { ...EVENT, isOnlineMeeting: true } }))).status).toBe(400);
  });

  it('GET, PATCH and DELETE one event', async () => {
    const created = await createEvent(EMPLOYEE);
    const id = encodeURIComponent(String(created.id));
    const got = (await (await graph(`/me/events/${id}`)).json()) as Record<string, unknown>;
    expect(got.subject).toBe(EVENT.subject);

    const patched = await graph(`/me/events/${id}`, { method: 'PATCH', body: { subject: 'Fietsen', reminderMinutesBeforeStart: 5, location: { displayName: 'Werf Noord' } } });
    expect(patched.status).toBe(200);
    const after = (await patched.json()) as Record<string, unknown>;
    expect(after).toMatchObject({ subject: 'Fietsen', reminderMinutesBeforeStart: 5, location: { displayName: 'Werf Noord' }, start: got.start });
    expect(after.changeKey).not.toBe(got.changeKey);

    const deleted = await graph(`/me/events/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect(await errorOf(await graph(`/me/events/${id}`))).toMatchObject({ status: 404, code: 'ErrorItemNotFound' });
  });

  it('lists only the caller\'s events, with $filter on start/dateTime, $top and paging', async () => {
    const person = COLLEAGUE;
    for (const day of ['01', '02', '03']) {
      await createEvent(person, { subject: `Dag ${day}`, start: { dateTime: `2027-03-${day}T09:00:00`, timeZone: 'UTC' }, end: { dateTime: `2027-03-${day}T10:00:00`, timeZone: 'UTC' } });
    }
    const filter = encodeURIComponent("start/dateTime ge '2027-03-02T00:00:00'");
    const page1 = (await (await graph(`/me/events?$filter=${filter}&$top=1&$orderby=start/dateTime`, { as: person })).json()) as { value: { subject: string }[]; '@odata.nextLink'?: string };
    expect(page1.value.map((e) => e.subject)).toEqual(['Dag 02']);
    expect(page1['@odata.nextLink']).toBeDefined();
    const next = new URL(page1['@odata.nextLink']!);
    const page2 = (await (await fetch(next, { headers: { Authorization: `Bearer ${person}` } })).json()) as { value: { subject: string }[]; '@odata.nextLink'?: string };
    expect(page2.value.map((e) => e.subject)).toEqual(['Dag 03']);
    expect(page2['@odata.nextLink']).toBeUndefined();
    const employees = (await (await graph('/me/events?$top=100', { as: EMPLOYEE })).json()) as { value: { subject: string }[] };
    expect(employees.value.some((e) => e.subject.startsWith('Dag '))).toBe(false);
    expect((await errorOf(await graph(`/me/events?$filter=${encodeURIComponent("categories/any(c:c eq 'x')")}`, { as: person }))).status).toBe(400);
  });

  it('one person cannot read, change or delete another person\'s events', async () => {
    const created = await createEvent(EMPLOYEE);
    const id = encodeURIComponent(String(created.id));
    for (const init of [{}, { method: 'PATCH', body: { subject: 'Gekaapt' } }, { method: 'DELETE' }]) {
      const e = await errorOf(await graph(`/me/events/${id}`, { ...init, as: COLLEAGUE }));
      expect(e).toMatchObject({ status: 404, code: 'ErrorInvalidMailboxItemId' });
    }
    const other = await errorOf(await graph(`/users/${encodeURIComponent(EMPLOYEE)}/events`, { as: COLLEAGUE }));
    expect(other).toMatchObject({ status: 403, code: 'ErrorAccessDenied' });
    const viaUsers = await errorOf(await graph(`/users/${encodeURIComponent(EMPLOYEE)}/events/${id}`, { method: 'DELETE', as: COLLEAGUE }));
    expect(viaUsers.status).toBe(403);
    const still = (await (await graph(`/me/events/${id}`)).json()) as Record<string, unknown>;
    expect(still.subject).toBe(EVENT.subject);
  });

  it('transactionId: a retried POST after a lost response creates no second event', async () => {
    const transactionId = `tx-${Date.now()}`;
    await admin('/_emulator/faults', { lostResponseNext: 1, status: 503, retryAfterSeconds: 1 });
    const first = await graph('/me/events', { method: 'POST', body: { ...EVENT, subject: 'Eenmalig', transactionId } });
    expect(first.status).toBe(503);
    const retry = await graph('/me/events', { method: 'POST', body: { ...EVENT, subject: 'Eenmalig', transactionId } });
    expect(await errorOf(retry)).toMatchObject({ status: 409 });
    const all = (await (await graph('/me/events?$top=1000')).json()) as { value: { subject: string; transactionId?: string }[] };
    const matching = all.value.filter((e) => e.transactionId === transactionId);
    expect(matching).toHaveLength(1);
    expect(matching[0].subject).toBe('Eenmalig');
    // Another mailbox may use the same transactionId.
    await createEvent(COLLEAGUE, { transactionId });
    // transactionId cannot be changed afterwards.
    const id = encodeURIComponent(String((all.value.find((e) => e.transactionId === transactionId) as unknown as { id: string }).id));
    expect((await errorOf(await graph(`/me/events/${id}`, { method: 'PATCH', body: { transactionId: 'other' } }))).status).toBe(400);
  });
});

describe('Teams activity notifications', () => {
  const NOTIFICATION = {
    topic: { source: 'text', value: 'Wandelen in de lunch', webUrl: 'https://teams.microsoft.com/l/entity/app-id/samenbeter' },
    activityType: 'systemDefault',
    previewText: { content: 'Er is een nieuwe activiteit' },
    templateParameters: [{ name: 'systemDefaultText', value: 'Nieuwe activiteit: Wandelen' }]
  };

  it('sends (204) and records the notification in the recipient\'s feed', async () => {
    const colleague = (await (await graph('/me', { as: COLLEAGUE })).json()) as { id: string };
    const response = await graph(`/users/${colleague.id}/teamwork/sendActivityNotification`, { method: 'POST', body: NOTIFICATION, as: COACH });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const feed = (await admin(`/_emulator/graph/activity?recipient=${encodeURIComponent(COLLEAGUE)}`)).value as Record<string, unknown>[];
    expect(feed).toHaveLength(1);
    expect(feed[0]).toMatchObject({
      recipient: COLLEAGUE, sender: COACH, activityType: 'systemDefault', previewText: 'Er is een nieuwe activiteit',
      topic: NOTIFICATION.topic, templateParameters: NOTIFICATION.templateParameters
    });
    expect((await admin(`/_emulator/graph/activity?recipient=${encodeURIComponent(EMPLOYEE)}`)).value).toEqual([]);
  });

  it('needs TeamsActivity.Send', async () => {
    await admin('/_emulator/graph/consent', { scope: 'TeamsActivity.Send', granted: false });
    const response = await graph(`/users/${encodeURIComponent(COLLEAGUE)}/teamwork/sendActivityNotification`, { method: 'POST', body: NOTIFICATION, as: COACH });
    expect((await errorOf(response)).status).toBe(403);
    expect((await admin('/_emulator/graph/activity')).value).toEqual([]);
  });

  it('refuses what the docs refuse: self, non-Teams webUrl, undeclared activity type, recipient in body, app not installed', async () => {
    const send = (body: unknown, to = COLLEAGUE, as = COACH): Promise<Response> =>
      graph(`/users/${encodeURIComponent(to)}/teamwork/sendActivityNotification`, { method: 'POST', body, as });
    expect((await errorOf(await send(NOTIFICATION, COACH))).status).toBe(400);
    expect((await errorOf(await graph('/me/teamwork/sendActivityNotification', { method: 'POST', body: NOTIFICATION, as: COACH }))).status).toBe(400);
    expect((await errorOf(await send({ ...NOTIFICATION, topic: { ...NOTIFICATION.topic, webUrl: `${h.siteUrl}/SitePages/Home.aspx` } }))).status).toBe(400);
    expect((await errorOf(await send({ ...NOTIFICATION, topic: { source: 'text', value: 'x' } }))).status).toBe(400);
    expect((await errorOf(await send({ ...NOTIFICATION, activityType: 'activityAdded' }))).status).toBe(400);
    expect((await errorOf(await send({ ...NOTIFICATION, recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: 'x' } }))).status).toBe(400);
    await admin('/_emulator/graph/settings', { teamsAppInstalledFor: [EMPLOYEE], activityTypes: ['activityAdded'] });
    const notInstalled = await errorOf(await send(NOTIFICATION));
    expect(notInstalled.status).toBe(403);
    expect(notInstalled.message).toContain('Ensure that the expected Teams app is installed');
    expect((await send({ ...NOTIFICATION, activityType: 'activityAdded' }, EMPLOYEE)).status).toBe(204);
    expect((await admin('/_emulator/graph/activity')).value).toHaveLength(1);
  });
});

describe('$batch', () => {
  it('answers each request by id (in another order), with status, headers and body', async () => {
    const response = await graph('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: { ...EVENT, subject: 'Uit batch' } },
          { id: '3', method: 'GET', url: 'users/nobody@stella.example' }
        ]
      }
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as { responses: { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }[] };
    expect(responses.map((r) => r.id).sort()).toEqual(['1', '2', '3']);
    const byId = new Map(responses.map((r) => [r.id, r]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { mail: EMPLOYEE } });
    expect(byId.get('1')!.headers['Content-Type']).toContain('application/json');
    expect(byId.get('2')).toMatchObject({ status: 201, body: { subject: 'Uit batch' } });
    expect(byId.get('3')).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
  });

  it('refuses more than 20 requests with 400 and runs none of them', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: { ...EVENT, subject: 'Te veel' } }));
    const e = await errorOf(await graph('/$batch', { method: 'POST', body: { requests } }));
    expect(e).toMatchObject({ status: 400, code: 'BadRequest' });
    const all = (await (await graph('/me/events?$top=1000')).json()) as { value: { subject: string }[] };
    expect(all.value.some((v) => v.subject === 'Te veel')).toBe(false);
    const twenty = await graph('/$batch', { method: 'POST', body: { requests: requests.slice(0, 20).map((r) => ({ id: r.id, method: 'GET', url: '/me' })) } });
    expect(twenty.status).toBe(200);
  });

  it('refuses duplicate ids (case-insensitive) with 400', async () => {
    const e = await errorOf(await graph('/$batch', { method: 'POST', body: { requests: [{ id: 'a', method: 'GET', url: '/me' }, { id: 'A', method: 'GET', url: '/me' }] } }));
    expect(e.status).toBe(400);
  });

  it('throttles inner requests individually (429 + Retry-After inside a 200 batch)', async () => {
    await admin('/_emulator/faults', { failNext: 1, status: 429, retryAfterSeconds: 3 });
    const response = await graph('/$batch', { method: 'POST', body: { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me' }] } });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as { responses: { id: string; status: number; headers: Record<string, string> }[] };
    const first = responses.find((r) => r.id === '1')!;
    expect(first.status).toBe(429);
    expect(first.headers['Retry-After']).toBe('3');
    expect(responses.find((r) => r.id === '2')!.status).toBe(200);
  });

  it('dependsOn: a failed dependency gives 424; consent and the caller apply inside', async () => {
    await admin('/_emulator/graph/consent', { consent: ['User.Read'] });
    const response = await graph('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: EVENT },
          { id: '2', dependsOn: ['1'], method: 'GET', url: '/me' }
        ]
      }
    });
    const { responses } = (await response.json()) as { responses: { id: string; status: number; body: { error?: { code: string } } }[] };
    expect(responses.find((r) => r.id === '1')).toMatchObject({ status: 403, body: { error: { code: 'ErrorAccessDenied' } } });
    expect(responses.find((r) => r.id === '2')!.status).toBe(424);
  });

  it('requires a bearer for the batch itself', async () => {
    const e = await errorOf(await graph('/$batch', { method: 'POST', body: { requests: [] }, as: null }));
    expect(e.status).toBe(401);
  });
});
