import { SPFI } from '@pnp/sp';
import { WeeklyTheme } from '../../core/types';
import { ViewerRoles } from '../contracts/ICurrentUserRepository';
import { SpWeeklyThemeRepository } from '../repositories/SpWeeklyThemeRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';

export interface ThemeOfWeekView {
  theme: WeeklyTheme | undefined;
  roles: ViewerRoles;
}

/**
 * Everything the Thema van de week web part shows, in ONE HTTP request: the week's theme
 * and the viewer's roles are parallel reads that the page-wide read coalescing
 * (sp/coalesceReads) sends as one $batch — with the other web parts' first reads.
 */
export async function loadThemeOfWeekView(sp: SPFI, weekKey: string): Promise<ThemeOfWeekView> {
  const [theme, roles] = await Promise.all([new SpWeeklyThemeRepository(sp).getForWeek(weekKey), new SpCurrentUserRepository(sp).getRoles()]);
  return { theme, roles };
}
