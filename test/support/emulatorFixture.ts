import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator } from '../../emulator/server';
import type { DirectoryGroup } from '../../emulator/store/principals';
import { spForSiteUrl, SPFI } from '../../src/data/sp/spFactory';
import { BearerIdentity } from '../../src/data/sp/behaviors';
import '@pnp/sp/site-users/web';

// A real emulator over a temp-dir SQLite file, reached over real HTTP by real PnPjs.

export const PEOPLE = {
  admin: 'beheer@stella.example',
  coach: 'coach@stella.example',
  ambassador: 'ambassadeur@stella.example',
  ambassador2: 'ambassadeur2@stella.example',
  comms: 'communicatie@stella.example',
  employee: 'medewerker@stella.example',
  employee2: 'collega@stella.example'
};

export interface EmulatorFixture {
  origin: string;
  siteUrl: string;
  as(email: string): SPFI;
  /** The person's site user id (asked once, then remembered). */
  userId(email: string): Promise<number>;
  stats(): Promise<{ requests: number; bytes: number }>;
  faults(settings: Record<string, number>): Promise<void>;
  /** Bulk rows straight into the store (no HTTP), for large or old data. */
  addItemsDirect(listTitle: string, rows: Record<string, string | number | null>[], authorEmail: string): number[];
  resetStats(): Promise<void>;
  /** Sets a tenant property (storage entity) while the emulator runs. */
  setTenantProperty(key: string, value: string): void;
  /** Adds or replaces a tenant group (Entra ID / Microsoft 365) and its members. */
  setDirectoryGroup(group: DirectoryGroup): void;
  /** Sets the emulator's clock (null: real time again). */
  setNow(now: Date | null): Promise<void>;
  close(): Promise<void>;
}

/** `extraEmployees` adds medewerker001@… medewerkerNNN@… for load tests. */
export function employeeEmail(n: number): string {
  return `medewerker${String(n).padStart(3, '0')}@stella.example`;
}

export async function startEmulator(
  options: {
    extraEmployees?: number;
    tenantProperties?: { [key: string]: { Value: string; Description: string; Comment: string } };
    directoryGroups?: DirectoryGroup[];
    /** Owners besides the coach (e-mails or tenant group claims). */
    extraOwners?: string[];
  } = {}
): Promise<EmulatorFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-emu-'));
  const directory = Object.keys(PEOPLE).map((key) => {
    const email = (PEOPLE as { [k: string]: string })[key];
    return { email, displayName: key, department: 'Test', office: 'Stadhuis', jobTitle: key };
  });
  for (let n = 1; n <= (options.extraEmployees || 0); n++) {
    directory.push({ email: employeeEmail(n), displayName: `Medewerker ${n}`, department: 'Test', office: 'Stadhuis', jobTitle: 'Medewerker' });
  }
  // The emulator answers from this very object, so the fixture can change it while running.
  const tenantProperties: { [key: string]: { Value: string; Description: string; Comment: string } } = { ...(options.tenantProperties || {}) };
  const emulator = await createEmulator({
    dbFile: path.join(dir, 'stella.sqlite'),
    directory,
    siteOwners: [PEOPLE.coach, ...(options.extraOwners || [])],
    siteAdmins: [PEOPLE.admin],
    tenantProperties,
    directoryGroups: options.directoryGroups
  });
  const { url } = await emulator.listen(0);
  const siteUrl = `${url}/sites/stella`;
  const userIds: { [email: string]: number } = {};
  const as = (email: string): SPFI => spForSiteUrl(siteUrl, BearerIdentity(email));
  return {
    origin: url,
    siteUrl,
    as,
    userId: async (email: string) => {
      if (!userIds[email]) {
        userIds[email] = (await as(email).web.currentUser.select('Id')<{ Id: number }>()).Id;
      }
      return userIds[email];
    },
    stats: async () => {
      const r = await fetch(`${url}/_emulator/stats`);
      const json = (await r.json()) as { requests: number; bytes: number };
      return { requests: json.requests, bytes: json.bytes };
    },
    addItemsDirect: (listTitle, rows, authorEmail) => emulator.addItemsDirect(listTitle, rows, authorEmail),
    setDirectoryGroup: (group) => emulator.store.principals.upsertDirectoryGroup(group),
    setTenantProperty: (key, value) => {
      tenantProperties[key] = { Value: value, Description: '', Comment: '' };
    },
    faults: async (settings: Record<string, number>) => {
      const r = await fetch(`${url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(settings) });
      if (!r.ok) {
        throw new Error(`faults: ${r.status} ${await r.text()}`);
      }
    },
    setNow: async (now: Date | null) => {
      const r = await fetch(`${url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ now: now ? now.toISOString() : null }) });
      if (!r.ok) {
        throw new Error(`clock: ${r.status} ${await r.text()}`);
      }
    },
    resetStats: async () => {
      await fetch(`${url}/_emulator/stats/reset`, { method: 'POST' });
    },
    close: async () => {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
