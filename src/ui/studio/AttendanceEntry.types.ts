import { Activity } from '../../core/types';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { SlotParticipants, StudioApi } from '../../data/contracts/IStudioApi';

export interface AttendanceEntryProps {
  api: Pick<StudioApi, 'loadAttendance' | 'recordAttendance'>;
  activity: Activity;
  /** The participants per slot, for "12 aangemeld" next to each date. */
  slots: ReadonlyArray<SlotParticipants>;
  locale: DisplayLocale;
  now: () => Date;
}
