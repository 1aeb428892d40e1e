// Starts the emulator in-process over a temp-dir SQLite file and builds real PnPjs v4 clients.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server';
import type { DirectoryPerson } from '../../emulator/store/principals';

export const PEOPLE: DirectoryPerson[] = [
  { email: 'admin@stella.example', displayName: 'Sanne Beheer', department: 'ICT', office: 'Stadhuis', jobTitle: 'Beheerder' },
  { email: 'coach@stella.example', displayName: 'Joris de Vries', department: 'HR', office: 'Stadhuis', jobTitle: 'Vitaliteitscoach' },
  { email: 'comms@stella.example', displayName: 'Fatima El Amrani', department: 'Communicatie', office: 'Stadhuis', jobTitle: 'Adviseur' },
  { email: 'ambassador@stella.example', displayName: 'Pieter Jansen', department: 'Stadsbeheer', office: 'Werf Noord', jobTitle: 'Ambassadeur' },
  { email: 'employee@stella.example', displayName: 'Eva Bakker', department: 'Burgerzaken', office: 'Stadswinkel', jobTitle: 'Medewerker' },
  { email: 'colleague@stella.example', displayName: 'Daan Visser', department: 'Burgerzaken', office: 'Stadswinkel', jobTitle: 'Medewerker' }
];

export const ADMIN = 'admin@stella.example';
export const COACH = 'coach@stella.example';
export const COMMS = 'comms@stella.example';
export const AMBASSADOR = 'ambassador@stella.example';
export const EMPLOYEE = 'employee@stella.example';
export const COLLEAGUE = 'colleague@stella.example';

export interface Harness {
  emulator: Emulator;
  url: string;
  siteUrl: string;
  dir: string;
  dbFile: string;
  /** A PnPjs client signed in as `email` (Bearer). */
  sp(email: string): SPFI;
  /** Raw fetch against `_api/<path>` with Bearer identity unless `headers.Authorization` is given. */
  api(path: string, init?: RequestInit & { as?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

export function pnp(siteUrl: string, email: string): SPFI {
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    InjectHeaders({ Authorization: `Bearer ${email}` })
  );
}

export async function startHarness(options: Partial<EmulatorOptions> = {}, existingDir?: string): Promise<Harness> {
  const dir = existingDir ?? mkdtempSync(join(tmpdir(), 'sb-emulator-'));
  const dbFile = join(dir, 'stella.sqlite');
  const emulator = await createEmulator({
    dbFile,
    directory: PEOPLE,
    siteOwners: [COACH],
    siteAdmins: [ADMIN],
    ...options
  });
  const { url } = await emulator.listen(0);
  const siteUrl = emulator.siteUrl(url);
  return {
    emulator, url, siteUrl, dir, dbFile,
    sp: (email) => pnp(siteUrl, email),
    api: (path, init = {}) => {
      const { as, headers, ...rest } = init;
      const h = new Headers(headers);
      if (!h.has('Accept')) h.set('Accept', 'application/json');
      if (as !== null && !h.has('Authorization')) h.set('Authorization', `Bearer ${as ?? ADMIN}`);
      if (rest.body !== undefined && !h.has('Content-Type')) h.set('Content-Type', 'application/json;charset=utf-8');
      return fetch(`${siteUrl}/_api/${path}`, { ...rest, headers: h });
    },
    close: async () => {
      await emulator.close();
      if (!existingDir) rmSync(dir, { recursive: true, force: true });
    }
  };
}

type ErrorBody = { 'odata.error'?: { code: string; message: { value: string } }; error?: { code: string; message: { value: string } } };

/** code and message from a minimal (`odata.error`) or verbose (`error`) SharePoint error body. */
function parseErrorBody(text: string): { code: string; message: string } {
  const body = JSON.parse(text) as ErrorBody;
  const error = body['odata.error'] ?? body.error;
  if (!error) throw new Error(`Not a SharePoint error body: ${text}`);
  return { code: error.code, message: error.message.value };
}

/** The SharePoint error body of a failed raw request. */
export async function spError(response: Response): Promise<{ status: number; code: string; message: string }> {
  return { status: response.status, ...parseErrorBody(await response.text()) };
}

/** Status and SharePoint error of a rejected PnPjs call (HttpRequestError). */
export async function pnpError(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; response?: Response; message: string };
    if (!e.response) throw error;
    return { status: e.status ?? e.response.status, ...parseErrorBody(await e.response.clone().text()) };
  }
  throw new Error('Expected the call to fail');
}
