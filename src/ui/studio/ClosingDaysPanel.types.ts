import { StudioApi } from '../../data/contracts/IStudioApi';
import { UiLocale } from '../host/hostTypes';
import { ClosingDay } from '../../core/calendar/daysOff';

export interface ClosingDaysPanelProps {
  api: Pick<StudioApi, 'loadClosingDays' | 'addClosingDay' | 'deleteClosingDay'>;
  now: () => Date;
  locale: UiLocale;
  /** The upcoming closing days after an add or a delete: the form's series skip them at once. */
  onChanged?: (days: ClosingDay[]) => void;
}
