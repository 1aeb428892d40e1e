// Request and response-byte counts on `_api` paths, per kind of path; a $batch counts as one
// HTTP request (that is what SharePoint's page budget counts).
export type PathKind = 'batch' | 'contextinfo' | 'items' | 'fields' | 'lists' | 'users' | 'groups' | 'security' | 'web' | 'other';

interface Counter { requests: number; bytes: number; }

export interface StatsSnapshot extends Counter {
  byKind: Partial<Record<PathKind, Counter>>;
  since: string;
}

export function pathKind(apiPath: string): PathKind {
  const p = apiPath.toLowerCase();
  if (p.startsWith('$batch') || p.startsWith('%24batch')) return 'batch';
  if (p.startsWith('contextinfo')) return 'contextinfo';
  if (/\/items\b|\/getitembyid/.test(p)) return 'items';
  if (/\/fields\b/.test(p)) return 'fields';
  if (/roleassignments|roledefinitions|effectivebasepermissions|roleinheritance/.test(p)) return 'security';
  if (/sitegroups|associated\w*group|\/groups\b/.test(p)) return 'groups';
  if (/siteusers|currentuser|ensureuser|getuserbyid/.test(p)) return 'users';
  if (/\/lists\b/.test(p)) return 'lists';
  if (/^(web|site)\b/.test(p)) return 'web';
  return 'other';
}

export class Stats {
  private total: Counter = { requests: 0, bytes: 0 };
  private byKind: Partial<Record<PathKind, Counter>> = {};
  private since = new Date();

  record(kind: PathKind, bytes: number): void {
    this.total.requests += 1;
    this.total.bytes += bytes;
    const counter = this.byKind[kind] ?? { requests: 0, bytes: 0 };
    counter.requests += 1;
    counter.bytes += bytes;
    this.byKind[kind] = counter;
  }

  snapshot(): StatsSnapshot {
    return { ...this.total, byKind: JSON.parse(JSON.stringify(this.byKind)) as StatsSnapshot['byKind'], since: this.since.toISOString() };
  }

  reset(): void {
    this.total = { requests: 0, bytes: 0 };
    this.byKind = {};
    this.since = new Date();
  }
}
