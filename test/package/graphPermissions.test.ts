// The Microsoft Graph permissions config/package-solution.json requests (what the tenant admin
// approves in the SharePoint admin center under Advanced > API access) must be exactly what the
// product's Graph calls need: every Graph path in src/data/graph is looked up in the table
// below (least-privileged delegated permission, from each API's Graph reference page) and the
// requested scopes must be the union. A new Graph call fails this test until the table and
// package-solution.json say what it needs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixture';

interface PermissionRequest {
  resource: string;
  scope: string;
  appId?: string;
  replyUrl?: string;
}

/** Graph path (parameters as {x}, no query) → the delegated scopes it needs, and the source. */
const GRAPH_PERMISSIONS: Record<string, { scopes: string[]; source: string }> = {
  '/users/{x}/teamwork/sendActivityNotification': {
    // Delegated (work or school account): TeamsActivity.Send, no higher one; the recipient may be
    // addressed by user principal name, which needs no User.Read* scope of its own.
    scopes: ['TeamsActivity.Send'],
    source: 'https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification'
  },
  '/me/events': {
    // Create event: Calendars.ReadWrite (least privileged); list events: Calendars.ReadBasic, covered.
    scopes: ['Calendars.ReadWrite'],
    source: 'https://learn.microsoft.com/graph/api/user-post-events'
  },
  '/me/events/{x}': {
    scopes: ['Calendars.ReadWrite'],
    source: 'https://learn.microsoft.com/graph/api/event-update, https://learn.microsoft.com/graph/api/event-delete'
  },
  '/users': {
    // List users with department and officeLocation: User.Read.All. User.ReadBasic.All returns only
    // displayName, givenName, mail, photo, surname and userPrincipalName (the others come back null).
    scopes: ['User.Read.All'],
    source: 'https://learn.microsoft.com/graph/api/user-list, https://learn.microsoft.com/graph/permissions-reference#userreadbasicall'
  },
  '/$batch': {
    // JSON batching answers each inner request with its own status; no permission is listed for $batch itself.
    scopes: [],
    source: 'https://learn.microsoft.com/graph/json-batching'
  }
};

const GRAPH_DIR = path.join(ROOT, 'src/data/graph');

/**
 * The Graph paths the product's Graph code names in string and template literals, comments
 * ignored: a literal that starts with "/" and a path, `${…}` read as {x}, up to its closing
 * quote or its query string ("/me/events?$filter=…" is "/me/events").
 */
function graphPathsIn(code: string): string[] {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
  const paths: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const quote = text[i];
    if ((quote !== "'" && quote !== '"' && quote !== '`') || text[i + 1] !== '/') continue;
    let j = i + 1;
    let out = '';
    while (j < text.length) {
      if (quote === '`' && text.startsWith('${', j)) {
        let depth = 0;
        let k = j + 1;
        for (; k < text.length; k++) {
          if (text[k] === '{') depth++;
          else if (text[k] === '}' && --depth === 0) break;
        }
        out += '{x}';
        j = k + 1;
      } else if (/[A-Za-z0-9_.$/-]/.test(text[j])) {
        out += text[j++];
      } else break;
    }
    if ((text[j] === quote || text[j] === '?') && /^\/(\$batch|[A-Za-z])/.test(out)) paths.push(out);
  }
  return paths;
}

function graphPathsInSource(): Array<{ file: string; path: string }> {
  return readdirSync(GRAPH_DIR)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .flatMap((file) => graphPathsIn(readFileSync(path.join(GRAPH_DIR, file), 'utf8')).map((p) => ({ file, path: p })));
}

describe('Microsoft Graph permissions requested by the solution', () => {
  const solution = JSON.parse(readFileSync(path.join(ROOT, 'config/package-solution.json'), 'utf8')).solution as {
    webApiPermissionRequests?: PermissionRequest[];
    isDomainIsolated?: boolean;
  };
  const requests = solution.webApiPermissionRequests ?? [];

  it('requests exactly TeamsActivity.Send, Calendars.ReadWrite and User.Read.All on Microsoft Graph', () => {
    expect(requests.map((r) => ({ ...r })).sort((a, b) => a.scope.localeCompare(b.scope))).toEqual([
      { resource: 'Microsoft Graph', scope: 'Calendars.ReadWrite' },
      { resource: 'Microsoft Graph', scope: 'TeamsActivity.Send' },
      { resource: 'Microsoft Graph', scope: 'User.Read.All' }
    ]);
    // Organisation-wide (not domain-isolated): the grant goes to SharePoint's own client app.
    expect(solution.isDomainIsolated).toBe(false);
  });

  it('requests what the Graph calls in src/data/graph need, no more and no less', () => {
    const used = graphPathsInSource();
    expect(used.length).toBeGreaterThan(0);
    for (const use of used) expect([use.file, use.path, use.path in GRAPH_PERMISSIONS]).toEqual([use.file, use.path, true]);
    const needed = [...new Set(used.flatMap((u) => GRAPH_PERMISSIONS[u.path].scopes))].sort();
    const requested = requests.filter((r) => r.resource === 'Microsoft Graph').map((r) => r.scope).sort();
    expect(requested).toEqual(needed);
    // Only Microsoft Graph: no other API is called.
    expect(requests.every((r) => r.resource === 'Microsoft Graph')).toBe(true);
  });

  it('reads Graph paths the way the product writes them', () => {
    const code = [
      "await graph.call('POST', '/me/events', body); // '/not/this'",
      'url: `/users/${encodeURIComponent(item.recipientUpn)}/teamwork/sendActivityNotification`,',
      "const s = event.subject.replace(/'/g, \"''\");",
      "graph.call('GET', `/me/events?$filter=${encodeURIComponent(`subject eq '${s}'`)}&$top=5`);",
      "/** like '/me/nothing' */ graph.call('POST', '/$batch', {});",
      "const url = 'https://graph.microsoft.com/v1.0/me';"
    ].join('\n');
    expect(graphPathsIn(code)).toEqual(['/me/events', '/users/{x}/teamwork/sendActivityNotification', '/me/events', '/$batch']);
  });
});
