import { StudioApi } from '../../data/contracts/IStudioApi';
import { UiLocale } from '../host/hostTypes';

export interface ClosingDaysPanelProps {
  api: Pick<StudioApi, 'loadClosingDays' | 'addClosingDay' | 'deleteClosingDay'>;
  now: () => Date;
  locale: UiLocale;
}
