import { SPFI } from '@pnp/sp';
import { WeeklyTheme } from '../../core/types';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SpWeeklyThemeRepository } from '../repositories/SpWeeklyThemeRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { inBatch } from './inBatch';

export interface ThemeOfWeekView {
  theme: WeeklyTheme | undefined;
  roles: ViewerRoles;
}

/**
 * Everything the Thema van de week web part shows, in ONE HTTP request: the week's
 * theme and the viewer's roles travel in a single $batch.
 */
export async function loadThemeOfWeekView(sp: SPFI, weekKey: string): Promise<ThemeOfWeekView> {
  const [theme, roles] = await inBatch(sp, (b) =>
    Promise.all([new SpWeeklyThemeRepository(b).getForWeek(weekKey), new SpCurrentUserRepository(b).getRoles()])
  );
  return { theme, roles };
}
