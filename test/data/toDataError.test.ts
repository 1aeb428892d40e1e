import { toDataError } from '../../src/data/errors/toDataError';
import { DataError } from '../../src/core/errors';

// The bodies are SharePoint's own (sharepoint-facts.md), wrapped the way PnPjs's
// HttpRequestError wraps them in its message.
function httpError(status: number, code: string, message: string): unknown {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return { isHttpRequestError: true, status, message: `Error making HttpClient request in queryable [${status}] ::> ${body}` };
}

describe('toDataError', () => {
  const cases: Array<[string, unknown, string]> = [
    ['403 access denied', httpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'), 'accessDenied'],
    ['403 digest', httpError(403, '-2130575251, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid'), 'accessDenied'],
    ['401', httpError(401, '', ''), 'accessDenied'],
    ['404 item', httpError(404, '-2147024809, System.ArgumentException', 'Item does not exist.'), 'notFound'],
    ['412 etag', httpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', "The request ETag value '\"8\"' does not match"), 'conflict'],
    ['429', httpError(429, '', 'throttled'), 'throttled'],
    ['503', httpError(503, '', 'busy'), 'throttled'],
    ['400', httpError(400, '-1, Microsoft.SharePoint.SPException', "The field or property 'X' does not exist."), 'invalid'],
    [
      'threshold',
      httpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'),
      'threshold'
    ],
    [
      'lookup threshold',
      httpError(500, '-2147024749, Microsoft.SharePoint.SPQueryThrottledException', 'The query cannot be completed because the number of lookup columns'),
      'threshold'
    ],
    ['other 500', httpError(500, '-1, System.Exception', 'boom'), 'unknown'],
    ['network', new TypeError('fetch failed'), 'network']
  ];

  it.each(cases)('maps %s', (_name, error, kind) => {
    const mapped = toDataError(error);
    expect(mapped).toBeInstanceOf(DataError);
    expect(mapped.kind).toBe(kind);
  });

  it('tells a missing list (site not set up) from a missing item', () => {
    const missingList = httpError(404, '-1, System.ArgumentException', "List 'SamenBeter Weekthemas' does not exist at site with URL 'x'.");
    expect(toDataError(missingList, { listTitle: 'SamenBeter Weekthemas' }).kind).toBe('notProvisioned');
    expect(toDataError(missingList).kind).toBe('notFound');
  });

  it('treats a missing field of ours as an out-of-date site that needs set-up', () => {
    const missingField = httpError(400, '-1, Microsoft.SharePoint.SPException', "The field or property 'SbUntil' does not exist.");
    expect(toDataError(missingField).kind).toBe('notProvisioned');
    // Schema 3's scheduling and approval fields on a site still at version 2.
    for (const message of [
      "The field or property 'PublishingStartDate' does not exist.",
      "Column 'OData__ModerationStatus' does not exist. It may have been deleted by another user."
    ]) {
      expect(toDataError(httpError(400, '-1, Microsoft.SharePoint.SPException', message)).kind).toBe('notProvisioned');
    }
    // Someone else's field is just a bad request.
    expect(toDataError(httpError(400, '-1, Microsoft.SharePoint.SPException', "The field or property 'Foo' does not exist.")).kind).toBe('invalid');
  });

  it("keeps SharePoint's message for the logs and the status", () => {
    const mapped = toDataError(httpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission.'));
    expect(mapped.detail).toBe('Access denied. You do not have permission.');
    expect(mapped.status).toBe(403);
  });
});
