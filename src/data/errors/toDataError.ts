import { DataError, DataErrorKind } from '../../core/errors';

interface HttpLikeError {
  isHttpRequestError?: boolean;
  status?: number;
  message?: string;
}

/** A field of this release missing from a list: ours (Sb…), or one our schema adds (scheduling, approval). */
const OUR_FIELD_MISSING = /(field or property|Column) '(Sb[A-Za-z0-9]+|PublishingStartDate|PublishingExpirationDate|OData__ModerationStatus)' does not exist/;

// SharePoint's error codes (odata.error.code) that matter for the user's next step.
const THRESHOLD_CODES = ['-2147024860', '-2147024749'];

function spCode(message: string): string {
  const m = /"code"\s*:\s*"([^"]*)"/.exec(message);
  return m ? m[1] : '';
}

function spMessage(message: string): string {
  const m = /"value"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(message);
  return m ? m[1] : message;
}

/** Maps PnPjs's HttpRequestError (or a fetch failure) onto a domain DataError. */
export function toDataError(error: unknown, context?: { listTitle?: string }): DataError {
  if (error instanceof DataError) {
    return error;
  }
  const e = (error || {}) as HttpLikeError;
  const message = String(e.message || error);
  if (!e.isHttpRequestError || typeof e.status !== 'number') {
    // fetch throws TypeError on network failure; PnPjs passes it through after retries.
    return new DataError(error instanceof TypeError ? 'network' : 'unknown', message);
  }
  const status = e.status;
  const code = spCode(message);
  const detail = spMessage(message);
  let kind: DataErrorKind = 'unknown';
  if (status === 401 || status === 403) {
    kind = 'accessDenied';
  } else if (status === 404) {
    // A missing list means the site was not provisioned; a missing item is just gone.
    kind = context && context.listTitle && /^List '/.test(detail) ? 'notProvisioned' : 'notFound';
  } else if (status === 412) {
    kind = 'conflict';
  } else if (status === 423) {
    // SPFileLockException: the page is checked out to someone else.
    kind = 'checkedOut';
  } else if (status === 429 || status === 503) {
    kind = 'throttled';
  } else if (status === 400) {
    // One of OUR fields missing means the site runs an older schema than this release:
    // set-up (upgrade) fixes it, so it is reported like a site that was never set up.
    // ($select names the field; $filter/$orderby say "Column '…' does not exist".)
    kind = OUR_FIELD_MISSING.test(detail) ? 'notProvisioned' : 'invalid';
  } else if (THRESHOLD_CODES.some((c) => code.indexOf(c) === 0)) {
    kind = 'threshold';
  }
  return new DataError(kind, detail, status);
}
