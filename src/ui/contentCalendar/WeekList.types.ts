import { CalendarViewProps } from './CalendarView.types';

/** The week list shows exactly what the month grid shows, as a plain list. */
export type WeekListProps = CalendarViewProps;
