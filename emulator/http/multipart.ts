// $batch: the multipart/mixed dialect PnPjs v4 writes (packages/sp/batching.ts) and parses.
import { randomUUID } from 'node:crypto';
import { ODataSyntaxError } from '../odata/errors';

export interface BatchRequestPart { method: string; url: string; headers: Record<string, string>; body: string; }
export interface BatchResponsePart { status: number; statusText: string; headers: Record<string, string>; body: string; }

/** Malformed $batch body; extends ODataSyntaxError so routes answer 400 for both. */
export class BatchSyntaxError extends ODataSyntaxError {
  constructor(message: string) {
    super(message);
    this.name = 'BatchSyntaxError';
  }
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Payload Too Large', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable', 504: 'Gateway Timeout'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

/** Reads a parameter such as boundary from a Content-Type value; quotes are optional. */
export function contentTypeParam(contentType: string, name: string): string | undefined {
  for (const piece of contentType.split(';').slice(1)) {
    const eq = piece.indexOf('=');
    if (eq < 0 || piece.slice(0, eq).trim().toLowerCase() !== name) continue;
    const value = piece.slice(eq + 1).trim();
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  }
  return undefined;
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

interface Entity { headers: Record<string, string>; lines: string[]; }

/** Header lines up to the first blank line; names lower-cased, repeated headers joined with ', '. */
function readHeaders(lines: string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon <= 0) throw new BatchSyntaxError(`Invalid $batch: malformed header line '${lines[i]}'`);
    const name = lines[i].slice(0, colon).trim().toLowerCase();
    const value = lines[i].slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { headers, next: i + 1 };
}

/** Splits (already line-split) multipart content on `--boundary` delimiter lines; preamble and epilogue are dropped. */
function splitMultipart(lines: string[], boundary: string): Entity[] {
  const delimiter = `--${boundary}`;
  const parts: string[][] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const raw of lines) {
    const line = raw.trimEnd(); // RFC 2046 allows trailing whitespace after a delimiter
    if (line === `${delimiter}--`) {
      if (current) parts.push(current);
      closed = true;
      break;
    }
    if (line === delimiter) {
      if (current) parts.push(current);
      current = [];
    } else if (current) {
      current.push(raw);
    }
  }
  if (!closed) throw new BatchSyntaxError(`Invalid $batch: missing closing delimiter '${delimiter}--'`);
  return parts.map((partLines) => {
    const { headers, next } = readHeaders(partLines, 0);
    return { headers, lines: partLines.slice(next) };
  });
}

/** Body text of an inner request: the MIME line break before the next delimiter (and PnPjs's extra blank line) is not content. */
function bodyText(lines: string[]): string {
  return lines.join('\n').replace(/\n+$/, '');
}

function parseHttpRequest(lines: string[]): BatchRequestPart {
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const requestLine = (lines[i] ?? '').trim();
  const match = /^([A-Za-z]+) +(\S+)(?: +HTTP\/\d(?:\.\d)?)?$/.exec(requestLine);
  if (!match) throw new BatchSyntaxError(`Invalid $batch: expected 'METHOD URL HTTP/1.1', found '${requestLine}'`);
  const { headers, next } = readHeaders(lines, i + 1);
  return { method: match[1].toUpperCase(), url: match[2], headers, body: bodyText(lines.slice(next)) };
}

function collectRequests(entities: Entity[], depth: number, out: BatchRequestPart[]): void {
  for (const entity of entities) {
    const type = entity.headers['content-type'] ?? '';
    if (mediaType(type) === 'multipart/mixed') {
      const boundary = contentTypeParam(type, 'boundary');
      if (!boundary) throw new BatchSyntaxError('Invalid $batch: changeset without a boundary');
      if (depth > 0) throw new BatchSyntaxError('Invalid $batch: changesets cannot be nested');
      collectRequests(splitMultipart(entity.lines, boundary), depth + 1, out);
    } else if (mediaType(type) === 'application/http') {
      out.push(parseHttpRequest(entity.lines));
    } else {
      throw new BatchSyntaxError(`Invalid $batch: part Content-Type must be application/http or multipart/mixed, found '${type}'`);
    }
  }
}

/**
 * Parses a $batch request body into its inner requests, changesets flattened in order.
 * Methods are kept as sent (PnPjs writes MERGE/DELETE as verbs; other clients send POST with
 * X-HTTP-Method, kept in headers): use effectiveMethod() to get the verb to route on.
 */
export function parseBatchRequest(body: string, contentType: string): BatchRequestPart[] {
  if (mediaType(contentType) !== 'multipart/mixed') {
    throw new BatchSyntaxError(`Invalid $batch: Content-Type must be multipart/mixed, found '${contentType}'`);
  }
  const boundary = contentTypeParam(contentType, 'boundary');
  if (!boundary) throw new BatchSyntaxError('Invalid $batch: the Content-Type has no boundary');
  const out: BatchRequestPart[] = [];
  collectRequests(splitMultipart(body.split(/\r?\n/), boundary), 0, out);
  return out;
}

/** The verb a request means: POST + X-HTTP-Method: MERGE is a MERGE (header names lower-case). */
export function effectiveMethod(method: string, headers: Record<string, string>): string {
  const override = headers['x-http-method']?.trim();
  return method.toUpperCase() === 'POST' && override ? override.toUpperCase() : method.toUpperCase();
}

/** A fresh response boundary, 'batchresponse_<guid>' like SharePoint's. */
export function newBatchResponseBoundary(): string {
  return `batchresponse_${randomUUID()}`;
}

/** Content-Type of the $batch response for a given boundary. */
export function batchResponseContentType(boundary: string): string {
  return `multipart/mixed; boundary=${fullResponseBoundary(boundary)}`;
}

// PnPjs only recognises part delimiters that start with '--batchresponse_'.
function fullResponseBoundary(boundary: string): string {
  return boundary.startsWith('batchresponse_') ? boundary : `batchresponse_${boundary}`;
}

/**
 * Writes the $batch response: one flat part per request, in request order, LF line endings,
 * closing delimiter followed by exactly one newline (PnPjs's parser fails on anything after it).
 * PnPjs joins a part's body lines without separators, so bodies must be single-line JSON;
 * `boundary` may be 'batchresponse_<guid>' or just the guid.
 */
export function formatBatchResponse(parts: BatchResponsePart[], boundary: string): string {
  const delimiter = `--${fullResponseBoundary(boundary)}`;
  const out: string[] = [];
  for (const part of parts) {
    out.push(delimiter, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${part.status} ${part.statusText || statusText(part.status)}`);
    // A line break in a header value would end the header block early.
    for (const [name, value] of Object.entries(part.headers)) out.push(`${name}: ${value.replace(/[\r\n]+/g, ' ')}`);
    out.push('');
    if (part.body !== '') out.push(part.body.replace(/\r?\n/g, ''));
  }
  out.push(`${delimiter}--`, '');
  return out.join('\n');
}
