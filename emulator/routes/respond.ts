// JSON answers in SharePoint's shapes: minimal metadata (what `Accept: application/json` gets),
// verbose (`{"d": …}`, what PnPjs's fields.add asks for) or no metadata.
import { selectNeedsExpand, SpError } from '../http/errors';
import type { ApiResponse, MetadataLevel, RequestContext } from './context';

export const MINIMAL_JSON = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
const VERBOSE_JSON = 'application/json;odata=verbose;charset=utf-8';
const NOMETADATA_JSON = 'application/json;odata=nometadata;streaming=true;charset=utf-8';

export type Json = Record<string, unknown>;

function contentType(level: MetadataLevel): string {
  return level === 'verbose' ? VERBOSE_JSON : level === 'nometadata' ? NOMETADATA_JSON : MINIMAL_JSON;
}

/** Minimal-metadata entity -> verbose: odata.* annotations become __metadata, arrays {results}. Shape: learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference (OData representations). */
function toVerbose(value: unknown): unknown {
  if (Array.isArray(value)) return { results: value.map(toVerbose) };
  if (value === null || typeof value !== 'object') return value;
  const source = value as Json;
  const out: Json = {};
  if (typeof source['odata.type'] === 'string') {
    out.__metadata = {
      id: source['odata.id'], uri: source['odata.id'], ...(source['odata.etag'] ? { etag: source['odata.etag'] } : {}),
      type: source['odata.type']
    };
  }
  for (const [key, v] of Object.entries(source)) {
    if (!key.startsWith('odata.')) out[key] = toVerbose(v);
  }
  return out;
}

// odata=nometadata: the same JSON without odata.* annotations (unverified).
function stripAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAnnotations);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value as Json)) if (!key.startsWith('odata.')) out[key] = stripAnnotations(v);
  return out;
}

function send(ctx: RequestContext, status: number, payload: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': contentType(ctx.metadata), ...headers }, body: JSON.stringify(payload) };
}

export function metadataUrl(ctx: RequestContext, fragment: string): string {
  return `${ctx.siteUrl}/_api/$metadata#${fragment}`;
}

/** One entity; `setName` is the metadata fragment, e.g. 'SP.ApiData.Lists' (gets '/@Element'). */
export function entityResponse(ctx: RequestContext, entity: Json, setName: string, status = 200, headers: Record<string, string> = {}): ApiResponse {
  if (ctx.metadata === 'verbose') return send(ctx, status, { d: toVerbose(entity) }, headers);
  if (ctx.metadata === 'nometadata') return send(ctx, status, stripAnnotations(entity), headers);
  return send(ctx, status, { 'odata.metadata': metadataUrl(ctx, `${setName}/@Element`), ...entity }, headers);
}

export function collectionResponse(ctx: RequestContext, entities: Json[], setName: string, nextLink?: string): ApiResponse {
  if (ctx.metadata === 'verbose') {
    return send(ctx, 200, { d: { results: entities.map(toVerbose), ...(nextLink ? { __next: nextLink } : {}) } });
  }
  if (ctx.metadata === 'nometadata') {
    return send(ctx, 200, { value: entities.map(stripAnnotations), ...(nextLink ? { 'odata.nextLink': nextLink } : {}) });
  }
  return send(ctx, 200, {
    'odata.metadata': metadataUrl(ctx, setName), value: entities, ...(nextLink ? { 'odata.nextLink': nextLink } : {})
  });
}

/** A primitive result such as recycle()'s Edm.Guid: `{"odata.metadata": …, "value": …}`. PnPjs recycle() reads a string (packages/sp/items/types.ts); shape unverified. */
export function valueResponse(ctx: RequestContext, value: unknown, edmType: string, verboseName: string): ApiResponse {
  if (ctx.metadata === 'verbose') return send(ctx, 200, { d: { [verboseName]: value } });
  if (ctx.metadata === 'nometadata') return send(ctx, 200, { value });
  return send(ctx, 200, { 'odata.metadata': metadataUrl(ctx, edmType), value });
}

export function noContent(headers: Record<string, string> = {}): ApiResponse {
  return { status: 204, headers, body: '' };
}

/** SharePoint answers a delete with 200 and an empty body (facts file, status codes). */
export function emptyOk(): ApiResponse {
  return { status: 200, headers: {}, body: '' };
}

export function errorResponse(error: SpError, level: MetadataLevel): ApiResponse {
  const body = level === 'verbose' ? error.verboseBody() : error.body();
  return { status: error.status, headers: { 'Content-Type': contentType(level), ...error.headers }, body: JSON.stringify(body) };
}

/**
 * Keeps odata.* annotations and the selected properties; unknown ones are SharePoint's 400.
 * `Nav/Prop` paths project an expanded navigation property (e.g. `Member/LoginName` with
 * `$expand=Member` on role assignments); without the expansion they are an error.
 */
export function projectEntity(entity: Json, select: string[] | undefined, typeName: string, unknown: (p: string, t: string) => SpError): Json {
  if (!select || select.length === 0 || select.includes('*')) return entity;
  const out: Json = {};
  for (const [key, value] of Object.entries(entity)) if (key.startsWith('odata.')) out[key] = value;
  const nested = new Map<string, string[]>();
  for (const property of select) {
    const slash = property.indexOf('/');
    if (slash > 0) {
      const root = property.slice(0, slash);
      if (!(root in entity)) throw selectNeedsExpand(property, root);
      nested.set(root, [...(nested.get(root) ?? []), property.slice(slash + 1)]);
      continue;
    }
    // Property names match without case (`$select=ID` on a list is accepted): pnp/pnpjs's own
    // tests select list properties that way and pass against SharePoint Online. The answer
    // uses the property's own spelling (unverified: SharePoint's spelling of the key).
    const key = property in entity ? property : Object.keys(entity).find((k) => !k.startsWith('odata.') && k.toLowerCase() === property.toLowerCase());
    if (key === undefined) throw unknown(property, typeName);
    out[key] = entity[key];
  }
  for (const [root, paths] of nested) {
    const project = (value: unknown): unknown => {
      if (value === null || typeof value !== 'object') return value;
      const child = value as Json;
      return projectEntity(child, paths, String(child['odata.type'] ?? root), unknown);
    };
    const value = entity[root];
    out[root] = Array.isArray(value) ? value.map(project) : project(value);
  }
  return out;
}
