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
