// Domain errors. The data layer maps SharePoint's HTTP failures onto these, so the UI
// can show a clear Dutch message without knowing anything about REST or PnPjs.

export type DataErrorKind =
  | 'accessDenied' // 401/403: no rights (or no valid sign-in)
  | 'notFound' // 404: list or item missing (or hidden by item-level security)
  | 'conflict' // 412: someone else changed the item (ETag mismatch)
  | 'throttled' // 429/503 after PnPjs's own retries
  | 'threshold' // list view threshold: the query needs an index
  | 'invalid' // 400: bad request (field, length, value)
  | 'network' // no answer at all
  | 'notProvisioned' // our lists are missing: the site was not set up
  | 'privacyLocked' // private or public can no longer change: people signed up
  | 'checkedOut' // 423: a colleague has the page checked out in SharePoint's editor
  | 'unknown';

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  public readonly status: number | undefined;
  /** SharePoint's own message, for logs; never shown raw to employees. */
  public readonly detail: string;

  public constructor(kind: DataErrorKind, detail: string, status?: number) {
    super(`${kind}: ${detail}`);
    // Keeps instanceof working when compiled to ES5.
    Object.setPrototypeOf(this, DataError.prototype);
    this.name = 'DataError';
    this.kind = kind;
    this.status = status;
    this.detail = detail;
  }
}

export function isDataError(e: unknown): e is DataError {
  return e instanceof DataError;
}
