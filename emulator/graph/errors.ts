// Microsoft Graph's error body: {"error":{"code","message","innerError":{date,request-id,client-request-id}}}.
// Source: Graph docs "Microsoft Graph error responses and resource types" (concepts/errors.md) for
// the shape and the basic codes; the JSON batching page (concepts/json-batching.md) for the
// innerError members. Workload codes (ErrorItemNotFound, Request_ResourceNotFound, …) are what
// public issue threads quote from real tenants; each factory says where it comes from.
import { randomUUID } from 'node:crypto';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** The JSON body of `error`, with `innerError` as Graph fills it. */
export function errorBody(error: GraphError, now: Date, clientRequestId: string | undefined): object {
  const requestId = randomUUID();
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        date: now.toISOString().slice(0, 19),
        'request-id': requestId,
        'client-request-id': clientRequestId ?? requestId
      }
    }
  };
}

// --- authentication (401) ---
/** No token. Code and message as public threads quote Graph (e.g. "Access token is empty."). */
export const tokenMissing = (): GraphError => new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
/** A token for nobody in the directory. Message: unverified (Graph's token-validation failures vary). */
export const tokenInvalid = (): GraphError => new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');

// --- permissions (403) ---
/**
 * The token lacks every scope the endpoint accepts (the admin has not approved it). Graph answers
 * with the workload's own code: directory (users) `Authorization_RequestDenied` "Insufficient
 * privileges to complete the operation." (concepts/json-batching.md example); Outlook
 * `ErrorAccessDenied` "Access is denied. Check credentials and try again." (public threads);
 * Teams: unverified, `Forbidden`.
 */
export function insufficientScope(workload: 'directory' | 'outlook' | 'teams'): GraphError {
  if (workload === 'directory') return new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  if (workload === 'outlook') return new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  return new GraphError(403, 'Forbidden', 'Missing scope permissions on the request. API requires one of \'TeamsActivity.Send\'.');
}

// --- not found ---
/** Directory object missing. Code/message as public threads quote it. */
export const userNotFound = (id: string): GraphError =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
/** Outlook item missing in this mailbox. Code/message as public threads quote it. */
export const itemNotFound = (): GraphError => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
/**
 * An id of another person's mailbox used on /me. Exchange ids are mailbox-scoped; public repos
 * quote `404 ErrorInvalidMailboxItemId`. Message: unverified.
 */
export const foreignItem = (): GraphError => new GraphError(404, 'ErrorInvalidMailboxItemId', 'Item Id doesn\'t belong to the current mailbox.');
/** A path the emulator does not serve. Graph answers 400 BadRequest "Resource not found for the segment …" (public threads); unverified here. */
export const noSuchSegment = (segment: string): GraphError =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
export const methodNotAllowed = (): GraphError =>
  new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');

// --- bad requests (codes below are unverified unless stated) ---
export const badRequest = (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message);

/** Throttled / unavailable: codes from concepts/errors.md (`activityLimitReached`, `serviceNotAvailable`). */
export function injected(status: number, retryAfterSeconds: number): GraphError {
  const headers = { 'Retry-After': String(retryAfterSeconds) };
  return status === 429
    ? new GraphError(429, 'activityLimitReached', 'The app or user has been throttled.', headers)
    : new GraphError(503, 'serviceNotAvailable', 'The service is not available. Try the request again after a delay.', headers);
}
