// What a route handler gets: the parsed request, who is calling, and the site's services.
import type { Identity } from '../security/identity';
import type { Permissions } from '../security/permissions';
import type { Store } from '../store';
import type { Principal } from '../store/principals';

export const SITE_PATH = '/sites/stella';
export const SITE_TITLE = 'Stella';

export interface ApiRequest {
  /** Effective verb: POST + X-HTTP-Method: MERGE is MERGE. */
  method: string;
  /** Path after `/sites/stella/_api/`, still percent-encoded. */
  apiPath: string;
  query: URLSearchParams;
  /** Header names lower-case. */
  headers: Record<string, string>;
  body: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type MetadataLevel = 'minimal' | 'verbose' | 'nometadata';

export interface RequestContext {
  req: ApiRequest;
  store: Store;
  perms: Permissions;
  identity: Identity;
  user: Principal;
  /** 'http://host:port', from the request's Host header. */
  origin: string;
  /** Absolute site URL, e.g. 'http://127.0.0.1:4323/sites/stella'. */
  siteUrl: string;
  metadata: MetadataLevel;
  /** The emulator clock (Created/Modified). */
  now(): Date;
  /** Tenant properties (storage entities of the tenant app catalog), by key. */
  tenantProperties: TenantProperties;
}

export interface TenantProperty {
  Value: string;
  Description: string;
  Comment: string;
}

export interface TenantProperties {
  [key: string]: TenantProperty;
}

/** 'YYYY-MM-DDTHH:MM:SSZ', SharePoint's REST date form (no milliseconds; facts file). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Accept: application/json gets minimal metadata (facts file); odata=verbose / nometadata as named.
export function metadataLevel(accept: string | undefined): MetadataLevel {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}
