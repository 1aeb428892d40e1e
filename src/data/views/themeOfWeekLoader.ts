import { SPFI } from '@pnp/sp';
import { loadThemeOfWeekView } from './loadThemeOfWeekView';

/** The `load` the Thema van de week UI needs, bound to a PnPjs instance. */
export function themeOfWeekLoader(sp: SPFI): (weekKey: string) => Promise<{ theme: Awaited<ReturnType<typeof loadThemeOfWeekView>>['theme']; canPlan: boolean }> {
  return async (weekKey: string) => {
    const view = await loadThemeOfWeekView(sp, weekKey);
    return { theme: view.theme, canPlan: view.roles.isOwner || view.roles.isCommunications };
  };
}
