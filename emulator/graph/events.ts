// Calendar events of the caller's own mailbox: POST/GET /me/events, GET/PATCH/DELETE
// /me/events/{id} (and the same under /users/{id | upn}/ for the caller).
// Sources (Graph v1.0 API reference, microsoftgraph/microsoft-graph-docs-contrib):
// - user-post-events.md: 201 Created + the event; Calendars.ReadWrite; start/end as
//   dateTimeTimeZone; the answer's start/end in UTC unless `Prefer: outlook.timezone="…"`;
//   webLink "https://outlook.office365.com/owa/?itemid=…&exvsurl=1&path=/calendar/item";
//   defaults isReminderOn true, reminderMinutesBeforeStart 15, showAs busy, type singleInstance.
// - event-get.md / user-list-events.md: Calendars.ReadBasic, Calendars.Read or Calendars.ReadWrite.
// - event-update.md: PATCH → 200 + the event; event-delete.md: DELETE → 204.
// - resources/event.md, transactionId: "A custom identifier specified by a client app for the
//   server to avoid redundant POST operations in case of client retries to create the same
//   event … After you set transactionId when creating an event, you cannot change transactionId
//   in a subsequent update. This property is only returned in a response payload if an app has
//   set it." WHAT Graph answers to the repeated POST is not documented; the emulator creates no
//   second event and answers 409 Conflict (unverified, the stricter choice: a client must
//   treat 409 as "already created" and find the event, e.g. by listing and matching
//   transactionId). The mark is kept after the event is deleted (unverified, stricter).
// - Another person's calendar: delegated Calendars.ReadWrite covers only the signed-in user's
//   mailbox (shared/delegated calendars need Calendars.ReadWrite.Shared, not emulated) → 403
//   ErrorAccessDenied; another mailbox's event id on /me → 404 ErrorInvalidMailboxItemId.
import { badRequest, foreignItem, GraphError, insufficientScope, itemNotFound } from './errors';
import { json, noContent, type GraphContext, type GraphRequest, type GraphResponse } from './context';
import type { EventRow } from './store';
import { fromUtc, resolveZone, toUtc } from './timezones';
import { selectProperties } from './users';

export const READ_SCOPES = ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'];
export const WRITE_SCOPES = ['Calendars.ReadWrite'];

/** Properties the emulator stores. */
const WRITABLE = new Set([
  'subject', 'body', 'start', 'end', 'location', 'isReminderOn', 'reminderMinutesBeforeStart', 'categories',
  'isOnlineMeeting', 'transactionId', 'showAs', 'importance', 'sensitivity'
]);
/** Real event properties the emulator does not emulate: refused loudly instead of silently dropped. */
const NOT_EMULATED = new Set([
  'attendees', 'locations', 'recurrence', 'isAllDay', 'onlineMeetingProvider', 'onlineMeeting', 'allowNewTimeProposals',
  'responseRequested', 'hideAttendees', 'organizer', 'extensions', 'singleValueExtendedProperties', 'multiValueExtendedProperties', 'attachments'
]);
const READ_ONLY = new Set(['id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'webLink', 'bodyPreview', 'iCalUId', 'type', 'isOrganizer', 'originalStartTimeZone', 'originalEndTimeZone', 'isCancelled', 'hasAttachments', 'seriesMasterId', 'responseStatus', 'onlineMeetingUrl', 'isDraft']);

/** Unknown property: the OData reader's message (as public threads quote it for Graph); code unverified. */
const unknownProperty = (name: string): GraphError =>
  badRequest(`The property '${name}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.`, 'RequestBodyRead');

function requireWrite(ctx: GraphContext): void {
  if (!ctx.settings.hasAny(WRITE_SCOPES)) throw insufficientScope('outlook');
}
function requireRead(ctx: GraphContext): void {
  if (!ctx.settings.hasAny(READ_SCOPES)) throw insufficientScope('outlook');
}

function oneOf(value: unknown, name: string, allowed: string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value.toLowerCase())) throw badRequest(`Invalid value '${String(value)}' for property '${name}'.`);
  return value.toLowerCase();
}

/** Validates `input` and merges it into `data` (the stored event fields). */
function applyFields(data: Record<string, unknown>, input: Record<string, unknown>, creating: boolean): void {
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@odata.')) continue;
    if (NOT_EMULATED.has(name)) throw badRequest(`The emulator does not emulate the event property '${name}'.`, 'NotEmulated');
    if (READ_ONLY.has(name)) throw badRequest(`The property '${name}' is read-only and cannot be set.`, 'ErrorInvalidPropertySet');
    if (!WRITABLE.has(name)) throw unknownProperty(name);
    switch (name) {
      case 'subject':
        if (value !== null && typeof value !== 'string') throw badRequest("Invalid value for property 'subject'.");
        data.subject = value ?? '';
        break;
      case 'body': {
        const b = value as { contentType?: unknown; content?: unknown } | null;
        if (!b || typeof b !== 'object') throw badRequest("Invalid value for property 'body'.");
        const contentType = b.contentType === undefined ? 'text' : oneOf(b.contentType, 'body.contentType', ['text', 'html']);
        if (b.content !== undefined && b.content !== null && typeof b.content !== 'string') throw badRequest("Invalid value for property 'body.content'.");
        data.body = { contentType, content: String(b.content ?? '') };
        break;
      }
      case 'start':
      case 'end': {
        const { utcMs, zone } = toUtc(value, name);
        data[`${name}Utc`] = utcMs;
        data[name === 'start' ? 'originalStartTimeZone' : 'originalEndTimeZone'] = zone;
        break;
      }
      case 'location': {
        const l = value as { displayName?: unknown } | null;
        if (l !== null && (typeof l !== 'object' || (l.displayName !== undefined && typeof l.displayName !== 'string'))) throw badRequest("Invalid value for property 'location'.");
        data.location = String(l?.displayName ?? '');
        break;
      }
      case 'isReminderOn':
      case 'isOnlineMeeting':
        if (typeof value !== 'boolean') throw badRequest(`Invalid value for property '${name}'.`);
        if (name === 'isOnlineMeeting' && value) {
          throw badRequest('The emulator does not create online meetings (isOnlineMeeting true needs a Teams meeting provider).', 'NotEmulated');
        }
        data[name] = value;
        break;
      case 'reminderMinutesBeforeStart':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw badRequest("Invalid value for property 'reminderMinutesBeforeStart'.");
        data.reminderMinutesBeforeStart = value;
        break;
      case 'categories':
        if (!Array.isArray(value) || !value.every((c) => typeof c === 'string')) throw badRequest("Invalid value for property 'categories'.");
        data.categories = value;
        break;
      case 'showAs':
        data.showAs = oneOf(value, name, ['free', 'tentative', 'busy', 'oof', 'workingelsewhere', 'unknown']).replace('workingelsewhere', 'workingElsewhere');
        break;
      case 'importance':
        data.importance = oneOf(value, name, ['low', 'normal', 'high']);
        break;
      case 'sensitivity':
        data.sensitivity = oneOf(value, name, ['normal', 'personal', 'private', 'confidential']);
        break;
      case 'transactionId':
        if (!creating) {
          // event.md: "you cannot change transactionId in a subsequent update". Error: unverified.
          if (value !== data.transactionId) throw badRequest('The transactionId of an event cannot be changed.', 'ErrorInvalidPropertySet');
          break;
        }
        if (value !== null && (typeof value !== 'string' || value === '')) throw badRequest("Invalid value for property 'transactionId'.");
        data.transactionId = value;
        break;
    }
  }
}

function htmlBody(content: string): string {
  // The docs' examples show HTML bodies returned wrapped in a document; exact whitespace: unverified.
  return /^\s*<html/i.test(content) ? content : `<html>\r\n<head>\r\n</head>\r\n<body>\r\n${content}\r\n</body>\r\n</html>\r\n`;
}

function preview(body: { contentType: string; content: string }): string {
  const text = body.contentType === 'html' ? body.content.replace(/<[^>]*>/g, ' ') : body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

/** The `Prefer: outlook.timezone="…"` zone, or UTC (user-post-events.md). */
function preferredZone(request: GraphRequest): string {
  const prefer = request.headers['prefer'] ?? '';
  const match = /outlook\.timezone\s*=\s*"?([^",;]+)"?/i.exec(prefer);
  if (!match) return 'UTC';
  return resolveZone(match[1].trim()).name;
}

function changeKey(row: EventRow): string {
  return Buffer.from(`${row.id.slice(-12)}:${row.version}`).toString('base64');
}

export function eventJson(ctx: GraphContext, row: EventRow, zone: string): Record<string, unknown> {
  const d = row.data as Record<string, unknown> & { body: { contentType: string; content: string } };
  const location = String(d.location ?? '');
  const out: Record<string, unknown> = {
    '@odata.etag': `W/"${changeKey(row)}"`,
    id: row.id,
    createdDateTime: row.created,
    lastModifiedDateTime: row.modified,
    changeKey: changeKey(row),
    categories: d.categories ?? [],
    originalStartTimeZone: d.originalStartTimeZone,
    originalEndTimeZone: d.originalEndTimeZone,
    reminderMinutesBeforeStart: d.reminderMinutesBeforeStart ?? 15,
    isReminderOn: d.isReminderOn ?? true,
    hasAttachments: false,
    subject: d.subject ?? '',
    bodyPreview: preview(d.body),
    importance: d.importance ?? 'normal',
    sensitivity: d.sensitivity ?? 'normal',
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: null,
    showAs: d.showAs ?? 'busy',
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(row.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    onlineMeeting: null,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body: { contentType: d.body.contentType, content: d.body.contentType === 'html' ? htmlBody(d.body.content) : d.body.content },
    start: fromUtc(row.startUtc, zone),
    end: fromUtc(row.endUtc, zone),
    location: location
      ? { displayName: location, locationType: 'default', uniqueId: location, uniqueIdType: 'private' }
      : { displayName: '', locationType: 'default', uniqueIdType: 'unknown' },
    locations: location ? [{ displayName: location, locationType: 'default', uniqueIdType: 'unknown' }] : [],
    recurrence: null,
    attendees: [],
    organizer: { emailAddress: { name: ctx.caller.displayName, address: ctx.caller.email } }
  };
  if (row.transactionId !== null) out.transactionId = row.transactionId;
  return out;
}

function bodyObject(request: GraphRequest): Record<string, unknown> {
  const b = request.body;
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  return b as Record<string, unknown>;
}

function contextUrl(ctx: GraphContext, suffix: string): string {
  return `${ctx.origin}/v1.0/$metadata#users('${ctx.caller.objectId}')/events${suffix}`;
}

export function createEvent(ctx: GraphContext, request: GraphRequest): GraphResponse {
  requireWrite(ctx);
  const input = bodyObject(request);
  const data: Record<string, unknown> = { body: { contentType: 'text', content: '' }, subject: '' };
  applyFields(data, input, true);
  if (data.startUtc === undefined || data.endUtc === undefined) {
    // Whether Graph fills in missing start/end is not documented; refused (unverified, stricter).
    throw badRequest('An event needs both start and end.', 'ErrorInvalidRequest');
  }
  const startUtc = Number(data.startUtc);
  const endUtc = Number(data.endUtc);
  // EWS/Exchange response code surfaced by Graph; message unverified.
  if (endUtc < startUtc) throw badRequest('The end date occurs before the start date.', 'ErrorCalendarEndDateIsEarlierThanStartDate');
  const transactionId = typeof data.transactionId === 'string' ? data.transactionId : null;
  if (transactionId !== null && ctx.graph.transactionUsed(ctx.caller.email, transactionId)) {
    throw new GraphError(409, 'Conflict', `An event with transactionId '${transactionId}' was already created in this mailbox.`);
  }
  delete data.startUtc;
  delete data.endUtc;
  delete data.transactionId;
  const now = ctx.now().toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
  const row: EventRow = { id: ctx.graph.newEventId(), owner: ctx.caller.email, startUtc, endUtc, data, created: now, modified: now, version: 1, transactionId };
  ctx.graph.insertEvent(row);
  const body = { '@odata.context': contextUrl(ctx, '/$entity'), ...eventJson(ctx, row, preferredZone(request)) };
  return json(201, body, { Location: `${ctx.origin}/v1.0/users('${ctx.caller.objectId}')/events('${row.id}')` });
}

/** The caller's own event, or Graph's 404s. */
function ownEvent(ctx: GraphContext, id: string): EventRow {
  const row = ctx.graph.eventById(id);
  if (!row) throw itemNotFound();
  if (row.owner.toLowerCase() !== ctx.caller.email.toLowerCase()) throw foreignItem();
  return row;
}

export function getEvent(ctx: GraphContext, request: GraphRequest, id: string): GraphResponse {
  requireRead(ctx);
  const row = ownEvent(ctx, id);
  return json(200, { '@odata.context': contextUrl(ctx, '/$entity'), ...selectProperties(eventJson(ctx, row, preferredZone(request)), request.query, 'microsoft.graph.event') });
}

export function updateEvent(ctx: GraphContext, request: GraphRequest, id: string): GraphResponse {
  requireWrite(ctx);
  const row = ownEvent(ctx, id);
  const input = bodyObject(request);
  const data: Record<string, unknown> = { ...row.data, transactionId: row.transactionId, startUtc: row.startUtc, endUtc: row.endUtc };
  applyFields(data, input, false);
  const startUtc = Number(data.startUtc);
  const endUtc = Number(data.endUtc);
  if (endUtc < startUtc) throw badRequest('The end date occurs before the start date.', 'ErrorCalendarEndDateIsEarlierThanStartDate');
  delete data.startUtc;
  delete data.endUtc;
  delete data.transactionId;
  const updated: EventRow = { ...row, data, startUtc, endUtc, modified: ctx.now().toISOString().replace(/\.(\d{3})Z$/, '.$10000Z'), version: row.version + 1 };
  ctx.graph.updateEvent(updated);
  return json(200, { '@odata.context': contextUrl(ctx, '/$entity'), ...eventJson(ctx, updated, preferredZone(request)) });
}

export function deleteEvent(ctx: GraphContext, id: string): GraphResponse {
  requireWrite(ctx);
  const row = ownEvent(ctx, id);
  ctx.graph.deleteEvent(row.id);
  return noContent();
}

// --- list ---

const CONDITION = /^\s*(start\/dateTime|end\/dateTime|subject)\s+(eq|ne|ge|gt|le|lt)\s+'((?:[^']|'')*)'\s*$/i;
const SQL_OP: Record<string, string> = { eq: '=', ne: '<>', ge: '>=', gt: '>', le: '<=', lt: '<' };

/**
 * A small `$filter`: conditions on start/dateTime, end/dateTime (compared in UTC; the zone of the
 * filter literal: unverified) and subject, joined by `and`. Anything else is refused with 400
 * (Graph supports far more; refusing keeps the product from relying on what is not emulated).
 */
function compileFilter(filter: string | null): { where: string; params: (string | number)[] } {
  if (!filter || !filter.trim()) return { where: '', params: [] };
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const clause of filter.split(/\s+and\s+/i)) {
    const m = CONDITION.exec(clause);
    if (!m) throw badRequest(`The emulator supports only start/dateTime, end/dateTime and subject comparisons joined by 'and' in $filter: '${clause.trim()}'.`, 'ErrorInvalidUrlQueryFilter');
    const [, field, op, rawValue] = m;
    const value = rawValue.replace(/''/g, "'");
    if (field.toLowerCase() === 'subject') {
      parts.push(`subject ${SQL_OP[op.toLowerCase()]} ?`);
      params.push(value);
    } else {
      const ms = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`);
      if (Number.isNaN(ms)) throw badRequest(`Invalid date '${value}' in $filter.`, 'ErrorInvalidUrlQueryFilter');
      parts.push(`${field.toLowerCase().startsWith('start') ? 'start_utc' : 'end_utc'} ${SQL_OP[op.toLowerCase()]} ?`);
      params.push(ms);
    }
  }
  return { where: parts.join(' AND '), params };
}

function compileOrderBy(orderBy: string | null): string {
  if (!orderBy) return 'seq';
  const m = /^\s*(start\/dateTime|end\/dateTime|subject|createdDateTime)(?:\s+(asc|desc))?\s*$/i.exec(orderBy);
  if (!m) throw badRequest(`The emulator supports $orderby only on start/dateTime, end/dateTime, subject or createdDateTime: '${orderBy}'.`);
  const column = { 'start/datetime': 'start_utc', 'end/datetime': 'end_utc', subject: 'subject', createddatetime: 'seq' }[m[1].toLowerCase()]!;
  return `${column} ${(m[2] ?? 'asc').toUpperCase()}, seq`;
}

/** GET /me/events: `$top` (default page size 10, as Outlook pages; unverified), `$skip`, `$filter`, `$orderby`, `$select`; paging by @odata.nextLink. */
export function listEvents(ctx: GraphContext, request: GraphRequest): GraphResponse {
  requireRead(ctx);
  const q = request.query;
  const int = (name: string, fallback: number): number => {
    const raw = q.get(name);
    if (raw === null) return fallback;
    if (!/^\d+$/.test(raw)) throw badRequest(`Invalid value '${raw}' for ${name}.`);
    return Number(raw);
  };
  const top = Math.min(int('$top', 10), 1000);
  const skip = int('$skip', 0);
  const { where, params } = compileFilter(q.get('$filter'));
  const rows = ctx.graph.events(ctx.caller.email, where, params, compileOrderBy(q.get('$orderby')), top + 1, skip);
  const zone = preferredZone(request);
  const value = rows.slice(0, top).map((r) => selectProperties(eventJson(ctx, r, zone), q, 'microsoft.graph.event'));
  const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx, ''), value };
  if (rows.length > top) {
    const next = new URLSearchParams(q);
    next.set('$top', String(top));
    next.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${ctx.origin}/v1.0/me/events?${next.toString()}`;
  }
  return json(200, body);
}

/** Delegated access to someone else's calendar (not shared with the caller): 403 as Exchange answers. */
export function otherMailbox(): GraphError {
  return insufficientScope('outlook');
}
