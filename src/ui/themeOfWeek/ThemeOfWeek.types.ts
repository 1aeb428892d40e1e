import { WeeklyTheme } from '../../core/types';

export interface ThemeOfWeekData {
  /** The theme planned for the week, or undefined when nothing is planned. */
  theme: WeeklyTheme | undefined;
  /** The viewer may plan themes (Communications or site owner): show the planning link. */
  canPlan: boolean;
}

export interface ThemeOfWeekProps {
  /** Loads the theme for an ISO week key ('2026-W48') plus the viewer's rights. */
  load: (weekKey: string) => Promise<ThemeOfWeekData>;
  /** The clock; the preview and tests set it. */
  now: () => Date;
  /** Where Communications plans the themes (content calendar page). */
  planningUrl?: string;
}
