// CLI: runs the emulator alone. EMULATOR_PORT (default 4323), DATA_DIR (default .local/),
// EMULATOR_FAULT_RATE, EMULATOR_FAULT_STATUS, EMULATOR_RETRY_AFTER, EMULATOR_LATENCY_MS.
import { join } from 'node:path';
import { createEmulator } from './server';
import type { DirectoryPerson } from './store/principals';

/** A small default tenant; the seed supplies the real cast of people and content. */
const DEFAULT_DIRECTORY: DirectoryPerson[] = [
  { email: 'admin@stella.example', displayName: 'Sanne Beheer', department: 'ICT', office: 'Stadhuis', jobTitle: 'Beheerder intranet' },
  { email: 'coach@stella.example', displayName: 'Joris de Vries', department: 'HR', office: 'Stadhuis', jobTitle: 'Vitaliteitscoach' },
  { email: 'comms@stella.example', displayName: 'Fatima El Amrani', department: 'Communicatie', office: 'Stadhuis', jobTitle: 'Communicatieadviseur' },
  { email: 'ambassador@stella.example', displayName: 'Pieter Jansen', department: 'Stadsbeheer', office: 'Werf Noord', jobTitle: 'Vitaliteitsambassadeur' },
  { email: 'employee@stella.example', displayName: 'Eva Bakker', department: 'Burgerzaken', office: 'Stadswinkel', jobTitle: 'Medewerker burgerzaken' }
];

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got '${value}'`);
  return n;
}

async function main(): Promise<void> {
  const port = numberFromEnv('EMULATOR_PORT') ?? 4323;
  const dataDir = process.env.DATA_DIR ?? '.local/';
  const dbFile = join(dataDir, 'stella.sqlite');
  const emulator = await createEmulator({
    dbFile,
    directory: DEFAULT_DIRECTORY,
    siteOwners: ['coach@stella.example'],
    siteAdmins: ['admin@stella.example'],
    faults: {
      rate: numberFromEnv('EMULATOR_FAULT_RATE'),
      status: numberFromEnv('EMULATOR_FAULT_STATUS'),
      retryAfterSeconds: numberFromEnv('EMULATOR_RETRY_AFTER'),
      latencyMs: numberFromEnv('EMULATOR_LATENCY_MS')
    }
  });
  const { url } = await emulator.listen(port);
  console.log(`SharePoint emulator: ${emulator.siteUrl(url)} (database ${dbFile})`);
  const stop = (): void => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
