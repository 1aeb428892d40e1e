// Shared types of the Graph subset and the switchable tenant settings (consent, Teams app).
import type { GraphStore } from './store';
import type { Store } from '../store';

export interface GraphRequest {
  method: string;
  /** Path after `/v1.0`, e.g. `/me/events/AAMk…` (still percent-encoded). */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Caller {
  email: string;
  displayName: string;
  objectId: string;
}

/**
 * Delegated scopes known to the emulator. Which scope each endpoint accepts comes from the
 * "Permissions" table of its Graph v1.0 API page (see the routes).
 */
export const KNOWN_SCOPES = [
  'User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All',
  'Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite', 'TeamsActivity.Send'
] as const;

export interface GraphSettingsInput {
  /** Delegated scopes the tenant admin approved for the SPFx app (default: none, as in a fresh tenant). */
  consent?: string[];
  /** E-mails of the people who have the Teams app installed, or 'all' (default 'all'). */
  teamsAppInstalledFor?: 'all' | string[];
  /** activityTypes declared in the Teams app manifest (default: none — the product's manifest declares none). */
  activityTypes?: string[];
}

export class GraphSettings {
  private granted = new Set<string>();
  private installedFor: 'all' | Set<string> = 'all';
  private declaredTypes = new Set<string>();

  constructor(input: GraphSettingsInput = {}) {
    const error = this.configure({ ...input });
    if (error) throw new Error(error);
  }

  /** Applies settings; returns an error message for invalid input. */
  configure(input: Record<string, unknown>): string | undefined {
    for (const key of Object.keys(input)) {
      if (!['consent', 'teamsAppInstalledFor', 'activityTypes'].includes(key)) return `Unknown Graph setting '${key}'.`;
    }
    const strings = (value: unknown): string[] | undefined =>
      Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
    if (input.consent !== undefined) {
      const scopes = strings(input.consent);
      if (!scopes) return 'consent must be an array of scope names.';
      const unknown = scopes.find((s) => !KNOWN_SCOPES.some((k) => k.toLowerCase() === s.toLowerCase()));
      if (unknown) return `Unknown scope '${unknown}'. Known: ${KNOWN_SCOPES.join(', ')}.`;
      this.granted = new Set(scopes.map((s) => KNOWN_SCOPES.find((k) => k.toLowerCase() === s.toLowerCase())!));
    }
    if (input.teamsAppInstalledFor !== undefined) {
      if (input.teamsAppInstalledFor === 'all') this.installedFor = 'all';
      else {
        const people = strings(input.teamsAppInstalledFor);
        if (!people) return "teamsAppInstalledFor must be 'all' or an array of e-mails.";
        this.installedFor = new Set(people.map((p) => p.toLowerCase()));
      }
    }
    if (input.activityTypes !== undefined) {
      const types = strings(input.activityTypes);
      if (!types) return 'activityTypes must be an array of strings.';
      this.declaredTypes = new Set(types);
    }
    return undefined;
  }

  /** Grants or withdraws one scope. */
  setScope(scope: string, granted: boolean): string | undefined {
    const known = KNOWN_SCOPES.find((k) => k.toLowerCase() === scope.toLowerCase());
    if (!known) return `Unknown scope '${scope}'.`;
    if (granted) this.granted.add(known);
    else this.granted.delete(known);
    return undefined;
  }

  hasAny(scopes: readonly string[]): boolean {
    return scopes.some((s) => this.granted.has(s));
  }

  appInstalledFor(email: string): boolean {
    return this.installedFor === 'all' || this.installedFor.has(email.toLowerCase());
  }

  activityTypeDeclared(type: string): boolean {
    return this.declaredTypes.has(type);
  }

  snapshot(): { consent: string[]; teamsAppInstalledFor: 'all' | string[]; activityTypes: string[] } {
    return {
      consent: [...this.granted].sort(),
      teamsAppInstalledFor: this.installedFor === 'all' ? 'all' : [...this.installedFor].sort(),
      activityTypes: [...this.declaredTypes].sort()
    };
  }
}

export interface GraphContext {
  graph: GraphStore;
  site: Store;
  settings: GraphSettings;
  caller: Caller;
  now: () => Date;
  /** e.g. http://127.0.0.1:4323 — Graph's own answers name https://graph.microsoft.com; ours the emulator. */
  origin: string;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8', ...headers }, body };
}

export const noContent = (): GraphResponse => ({ status: 204, headers: {} });
