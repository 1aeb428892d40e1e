import { WeeklyTheme } from '../../core/types';

/** A theme as planned by Communications, before SharePoint assigns it an id. */
export type WeeklyThemeInput = Omit<WeeklyTheme, 'id'>;

/** The "SamenBeter Weekthemas" list: one 365 Vitaal theme per ISO week. */
export interface IWeeklyThemeRepository {
  /** The theme planned for an ISO week ('2026-W48'), or undefined when nothing is planned. */
  getForWeek(weekKey: string): Promise<WeeklyTheme | undefined>;
  /** Themes from..to (inclusive week keys), ordered by week. */
  listRange(fromWeekKey: string, toWeekKey: string): Promise<WeeklyTheme[]>;
  /** Adds a theme for a week that has none yet. */
  add(theme: WeeklyThemeInput): Promise<WeeklyTheme>;
}
