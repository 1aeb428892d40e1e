// Who is calling: `Authorization: Bearer <e-mail>` (stands in for an access token) or the
// preview's persona cookie `sb-persona=<e-mail>`. Anything else is 401, as in SharePoint Online.
import { unauthorized } from '../http/errors';
import type { Store } from '../store';
import type { Principal } from '../store/principals';

export type IdentitySource = 'bearer' | 'cookie';

export interface Identity {
  user: Principal;
  source: IdentitySource;
}

export const PERSONA_COOKIE = 'sb-persona';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Resolves the caller. A directory person becomes a site user on first request, like the
 * User Information List entry SharePoint creates on first visit (unverified). Throws the 401 otherwise.
 */
export function resolveIdentity(headers: Record<string, string | undefined>, store: Store): Identity {
  const authorization = headers['authorization'];
  let email: string | undefined;
  let source: IdentitySource = 'bearer';
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    email = match?.[1].trim();
  } else {
    email = readCookie(headers['cookie'], PERSONA_COOKIE)?.trim();
    source = 'cookie';
  }
  const user = email ? store.principals.ensureUser(email) : undefined;
  if (!user) throw unauthorized(store.ids.tenantId);
  return { user, source };
}
