import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { WeeklyTheme } from '../../core/types';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SpWeeklyThemeRepository } from '../repositories/SpWeeklyThemeRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { toDataError } from '../errors/toDataError';

export interface ThemeOfWeekView {
  theme: WeeklyTheme | undefined;
  roles: ViewerRoles;
}

/**
 * Everything the Thema van de week web part shows, in ONE HTTP request: the week's
 * theme and the viewer's roles travel in a single $batch.
 */
export async function loadThemeOfWeekView(sp: SPFI, weekKey: string): Promise<ThemeOfWeekView> {
  const [batched, execute] = sp.batched();
  const themeP = new SpWeeklyThemeRepository(batched).getForWeek(weekKey);
  const rolesP = new SpCurrentUserRepository(batched).getRoles();
  // Swallow here so an early rejection is not "unhandled" before we await it below.
  themeP.catch(() => undefined);
  rolesP.catch(() => undefined);
  try {
    await execute();
  } catch (e) {
    throw toDataError(e);
  }
  return { theme: await themeP, roles: await rolesP };
}
