import { DisplayLocale } from '../../../core/time/dutchFormat';
import { WeeklyTheme } from '../../../core/types';
import { WeeklyThemePlan } from '../../../data/contracts/IContentCalendarApi';

export interface ThemePlannerProps {
  open: boolean;
  year: number;
  /** 1..12 */
  month: number;
  /** Planned themes; those of the month's weeks prefill the rows, an earlier one seeds the rotation. */
  themes: WeeklyTheme[];
  /** Receives only new and changed weeks, all in one call; a rejection keeps the rows. */
  onSave: (plans: WeeklyThemePlan[]) => Promise<void>;
  onClose: () => void;
  /** Month and day names; default 'nl-NL'. */
  locale?: DisplayLocale;
}
