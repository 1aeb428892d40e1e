import { AttendanceRecord } from '../../core/participation/attendance';
import { IsoDate } from '../../core/time/calendarDate';

/**
 * The list "SamenBeter Opkomst": how many people came to a date, a number the organiser enters.
 * Every employee may add (WriteSecurity 2) and reads only their own items (ReadSecurity 2);
 * owners read all. Which count holds is decided in core (attendanceByDate: the activity's
 * creator's newest item), never by what an item claims.
 */
export interface IAttendanceRepository {
  /** Adds the organiser's count for a date (a correction is a new item). Counts 0–500. */
  record(activityId: number, sessionDate: IsoDate, count: number): Promise<AttendanceRecord>;
  /**
   * The items of one activity this person may read (an organiser: their own; an owner: all).
   * Filters on the indexed SbActivityId; no silent cap (pages of 2,000, Id windows past 5,000).
   */
  forActivity(activityId: number): Promise<AttendanceRecord[]>;
  /**
   * Owners: every item for dates from `from` to `to` (inclusive), to compute a period's figures.
   * Filters on the indexed SbSessionDate; no silent cap (readAllById).
   */
  between(from: IsoDate, to: IsoDate): Promise<AttendanceRecord[]>;
}
