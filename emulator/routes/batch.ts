// POST /_api/$batch: every part goes through the same router with the batch's identity, in
// order. Parts are independent: a failing part does not undo the others (SharePoint's
// changesets are not transactional either).
import { invalidQuery } from '../http/errors';
import {
  batchResponseContentType, effectiveMethod, formatBatchResponse, newBatchResponseBoundary, parseBatchRequest, statusText
} from '../http/multipart';
import { SITE_PATH, type ApiRequest, type ApiResponse } from './context';

const API_PREFIX = `${SITE_PATH}/_api/`.toLowerCase();

/** The inner request of a part: its URL must address this site's `_api`. */
// Parts addressed outside this site's _api: unverified, refused (stricter).
export function partRequest(part: { method: string; url: string; headers: Record<string, string>; body: string }, origin: string): ApiRequest {
  const url = new URL(part.url, origin);
  const rawPath = url.pathname;
  if (!rawPath.toLowerCase().startsWith(API_PREFIX)) throw invalidQuery(`The batch part URL '${part.url}' is not under ${SITE_PATH}/_api/.`);
  return {
    method: effectiveMethod(part.method, part.headers),
    apiPath: rawPath.slice(API_PREFIX.length),
    query: new URLSearchParams(url.search),
    headers: part.headers,
    body: part.body
  };
}

export function handleBatch(req: ApiRequest, origin: string, dispatch: (inner: ApiRequest) => ApiResponse): ApiResponse {
  const parts = parseBatchRequest(req.body, req.headers['content-type'] ?? '');
  const answers = parts.map((part) => {
    let inner: ApiRequest;
    try {
      inner = partRequest(part, origin);
    } catch (error) {
      return { status: 400, headers: {}, body: JSON.stringify({ 'odata.error': { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: { lang: 'en-US', value: (error as Error).message } } }) };
    }
    if (inner.apiPath.toLowerCase() === '$batch') {
      return { status: 400, headers: {}, body: JSON.stringify({ 'odata.error': { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: { lang: 'en-US', value: 'A batch cannot contain another batch.' } } }) };
    }
    return dispatch(inner);
  });
  const boundary = newBatchResponseBoundary();
  const body = formatBatchResponse(answers.map((a) => ({
    status: a.status,
    statusText: statusText(a.status),
    // Location holds a URL (colons); PnPjs's part parser only keeps single-colon header lines
    // (pnp/pnpjs packages/sp/batching.ts parseResponse). Unverified: which headers SharePoint puts in parts.
    headers: Object.fromEntries(Object.entries(a.headers).filter(([name]) => name.toLowerCase() !== 'location')),
    body: a.body
  })), boundary);
  return { status: 200, headers: { 'Content-Type': batchResponseContentType(boundary) }, body };
}
