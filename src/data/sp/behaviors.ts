import { TimelinePipe } from '@pnp/core';
import { Queryable, InjectHeaders } from '@pnp/queryable';

/**
 * Signs requests as a given person, the way an access token would. Used by scripts,
 * seeders and tests against the emulator; PnPjs skips the form digest when
 * Authorization is present, exactly as against SharePoint Online with a token.
 */
export function BearerIdentity(loginEmail: string): TimelinePipe<Queryable> {
  return InjectHeaders({ Authorization: `Bearer ${loginEmail}` });
}

/**
 * Asks SharePoint for JSON without OData annotations (odata.type, odata.id, odata.etag,
 * odata.editLink): for read-only lists of many items this roughly halves the bytes.
 * Not for items that will be updated with their ETag.
 */
export function NoMetadata(): TimelinePipe<Queryable> {
  return InjectHeaders({ Accept: 'application/json;odata=nometadata' });
}
