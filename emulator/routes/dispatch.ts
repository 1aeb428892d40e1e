// One `_api` request from identity to answer: contextinfo, $batch, the form digest rule, the
// router, and the mapping of every failure to SharePoint's error body.
import { invalidDigest, invalidQuery, methodNotAllowed, SpError } from '../http/errors';
import { ODataSyntaxError } from '../odata/errors';
import { DIGEST_TIMEOUT_SECONDS, isValidDigest, issueDigest } from '../security/digest';
import type { Identity } from '../security/identity';
import type { Permissions } from '../security/permissions';
import type { Store } from '../store';
import { routeApi } from './api';
import { handleBatch } from './batch';
import { metadataLevel, SITE_PATH, type ApiRequest, type ApiResponse, type MetadataLevel, type RequestContext, type TenantProperties } from './context';
import { contextInfoJson } from './entities';
import { errorResponse, metadataUrl, MINIMAL_JSON } from './respond';

export interface ApiServices {
  store: Store;
  perms: Permissions;
  now: () => Date;
  tenantProperties: TenantProperties;
}

function firstSegment(apiPath: string): string {
  let first = apiPath.split(/[/?(]/)[0];
  try {
    first = decodeURIComponent(first);
  } catch {
    // keep the raw text; the router reports it
  }
  return first.toLowerCase();
}

/** POST /_api/contextinfo: the form digest and site URLs (top level in minimal metadata). Source: facts file; other verbs refused: unverified. */
function contextInfo(ctx: RequestContext, services: ApiServices): ApiResponse {
  if (ctx.req.method !== 'POST') throw methodNotAllowed(ctx.req.method);
  const digest = issueDigest(services.store.ids.digestSecret, ctx.user.id);
  const info = contextInfoJson(ctx, digest, DIGEST_TIMEOUT_SECONDS);
  if (ctx.metadata === 'verbose') {
    const verbose = {
      __metadata: { type: 'SP.ContextWebInformation' },
      ...info,
      SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: info.SupportedSchemaVersions }
    };
    return { status: 200, headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' }, body: JSON.stringify({ d: { GetContextWebInformation: verbose } }) };
  }
  return {
    status: 200,
    headers: { 'Content-Type': MINIMAL_JSON },
    body: JSON.stringify({ 'odata.metadata': metadataUrl(ctx, 'SP.ContextWebInformation'), ...info })
  };
}

export function toErrorResponse(error: unknown, level: MetadataLevel): ApiResponse {
  if (error instanceof SpError) return errorResponse(error, level);
  if (error instanceof ODataSyntaxError) return errorResponse(invalidQuery(error.message), level);
  // A bug in the emulator: answer like SharePoint's unexpected server error, but say what broke.
  console.error('[emulator] unexpected error', error);
  return errorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', `Unexpected emulator error: ${(error as Error)?.message ?? String(error)}`), level);
}

/**
 * Handles one `_api` request for an identified caller. `inBatch` marks a $batch part: its
 * digest was checked once for the whole batch.
 */
export function dispatchApi(services: ApiServices, req: ApiRequest, identity: Identity, origin: string, inBatch = false): ApiResponse {
  const level = metadataLevel(req.headers['accept']);
  const ctx: RequestContext = {
    req, store: services.store, perms: services.perms, identity, user: identity.user, origin,
    siteUrl: `${origin}${SITE_PATH}`, metadata: level, now: services.now, tenantProperties: services.tenantProperties
  };
  try {
    const first = firstSegment(req.apiPath);
    if (first === 'contextinfo') return contextInfo(ctx, services);
    // Digest on non-GET requests without a bearer token: facts file (X-RequestDigest skipped with
    // Authorization). One check for the whole $batch: unverified.
    const needsDigest = req.method !== 'GET' && identity.source === 'cookie' && !inBatch;
    if (needsDigest && !isValidDigest(services.store.ids.digestSecret, identity.user.id, req.headers['x-requestdigest'])) throw invalidDigest();
    if (first === '$batch') {
      // Nested $batch / GET $batch refused: unverified.
      if (inBatch || req.method !== 'POST') throw methodNotAllowed(req.method);
      return handleBatch(req, origin, (inner) => dispatchApi(services, inner, identity, origin, true));
    }
    return routeApi(ctx);
  } catch (error) {
    return toErrorResponse(error, level);
  }
}
