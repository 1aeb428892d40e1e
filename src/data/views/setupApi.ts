import { SPFI } from '@pnp/sp';
import { SCHEMA, listDef } from '../schema/lists';
import { provisionSchema, ProvisionStep } from '../provisioning/provision';
import { addItems } from '../provisioning/addItems';
import { nationalDayDefaults } from '../defaults/nationalDayDefaults';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { toDataError } from '../errors/toDataError';
import { ISetupApi, SetupCheck } from '../contracts/ISetupApi';

export function setupApi(sp: SPFI): ISetupApi {
  return {
    async check(): Promise<SetupCheck> {
      const roles = await new SpCurrentUserRepository(sp).getRoles();
      if (!roles.isOwner) {
        return { mayRunSetup: false, steps: [], findings: [] };
      }
      try {
        const plan = await provisionSchema(sp, SCHEMA, { dryRun: true });
        return { mayRunSetup: true, steps: plan.steps, findings: plan.findings };
      } catch (e) {
        throw toDataError(e);
      }
    },
    async run(onStep: (step: ProvisionStep) => void): Promise<ProvisionStep[]> {
      try {
        const result = await provisionSchema(sp, SCHEMA, { onStep });
        // Default national days only into an empty list: never duplicates, never overwrites.
        const existing = await sp.web.lists.getByTitle(listDef('nationalDays').title).items.select('Id').top(1)();
        if (existing.length === 0) {
          const defaults = nationalDayDefaults();
          await addItems(sp, 'nationalDays', defaults);
          const step = { kind: 'content', target: listDef('nationalDays').title, detail: `${defaults.length} national days` };
          onStep(step);
          result.steps.push(step);
        }
        return result.steps;
      } catch (e) {
        throw toDataError(e);
      }
    }
  };
}
