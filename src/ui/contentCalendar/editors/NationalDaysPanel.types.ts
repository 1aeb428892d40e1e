import { DisplayLocale } from '../../../core/time/dutchFormat';
import { NationalDay } from '../../../core/types';
import { NationalDayInput } from '../../../data/contracts/IContentCalendarApi';

export interface NationalDaysPanelProps {
  open: boolean;
  /** All national days, inactive ones too. */
  days: NationalDay[];
  /** The year whose dates are shown next to each rule. */
  year: number;
  /** Adds (no id) or updates a day; a rejection keeps the form. */
  onSave: (day: NationalDayInput, id?: number) => Promise<void>;
  onClose: () => void;
  /** Month and weekday names; default 'nl-NL'. */
  locale?: DisplayLocale;
}
