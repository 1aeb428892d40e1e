import { DisplayLocale } from '../../core/time/dutchFormat';
import { ContentCalendarApi } from '../../data/contracts/IContentCalendarApi';
import { HostKind } from '../host/hostTypes';

export interface ContentCalendarProps {
  api: ContentCalendarApi;
  /** The clock; the preview and tests set it. */
  now: () => Date;
  locale: DisplayLocale;
  hostKind: HostKind;
}

export type CalendarViewName = 'month' | 'weeks';
