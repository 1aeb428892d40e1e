import { SPFI } from '@pnp/sp';
import { ISetupApi } from '../contracts/ISetupApi';

/**
 * The set-up API without its weight: provisioning code and the default national days
 * load (as a separate chunk) only when an owner actually needs the set-up panel.
 */
export function lazySetupApi(sp: SPFI): ISetupApi {
  const load = (): Promise<ISetupApi> =>
    import(/* webpackChunkName: 'samenbeter-setup' */ './setupApi').then((m) => m.setupApi(sp));
  return {
    check: async () => (await load()).check(),
    run: async (onStep) => (await load()).run(onStep)
  };
}
