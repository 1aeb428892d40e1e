import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AttendanceRecord, isValidAttendance } from '../../core/participation/attendance';
import { odataDateTime } from '../../core/odata/escape';
import { IsoDate, parseIsoDate } from '../../core/time/calendarDate';
import { IAttendanceRepository } from '../contracts/IAttendanceRepository';
import { toDataError } from '../errors/toDataError';
import { listTitle } from '../schema/listTitles';
import { NoMetadata } from '../sp/behaviors';
import { highestId, ItemsQuery, readAllById } from './readAllById';
import { dateOnlyDay, dayEnd, dayStart } from './dateOnly';
import { readDate, writeDate } from './fieldValues';

const LIST_TITLE = listTitle('attendance');
const SELECT = ['Id', 'AuthorId', 'SbActivityId', 'SbSessionDate', 'SbCount'];

interface AttendanceItem {
  Id: number;
  AuthorId: number;
  SbActivityId: number | null;
  SbSessionDate: string | null;
  SbCount: number | null;
}

function toRecord(item: AttendanceItem): AttendanceRecord | undefined {
  const instant = readDate(item.SbSessionDate);
  if (typeof item.SbActivityId !== 'number' || typeof item.SbCount !== 'number' || !instant || isNaN(instant.getTime())) {
    return undefined;
  }
  return { id: item.Id, authorId: item.AuthorId, activityId: item.SbActivityId, sessionDate: dateOnlyDay(instant), count: item.SbCount };
}

/** "SamenBeter Opkomst": a handful of items per activity date. */
export class SpAttendanceRepository implements IAttendanceRepository {
  private readonly more: SPFI;

  /** `sp` may be batched: the first page goes into its `$batch`; `more` (not batched) carries further pages. */
  public constructor(private readonly sp: SPFI, more?: SPFI) {
    this.more = more || sp;
  }

  public async record(activityId: number, sessionDate: IsoDate, count: number): Promise<AttendanceRecord> {
    if (!parseIsoDate(sessionDate) || !isValidAttendance(count)) {
      // The form validates first (in Dutch); this guards the data layer's own callers.
      throw new RangeError(`Attendance is a whole number 0–500 for a real date, got ${count} on ${sessionDate}`);
    }
    // As SharePoint's own form stores a date-only value: the start of the day in Amsterdam.
    const body = { Title: `${activityId}|${sessionDate}`, SbActivityId: activityId, SbSessionDate: writeDate(dayStart(sessionDate)), SbCount: count };
    try {
      const added = (await this.items().add(body)) as AttendanceItem;
      return { id: added.Id, authorId: added.AuthorId, activityId, sessionDate, count };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public forActivity(activityId: number): Promise<AttendanceRecord[]> {
    // The indexed SbActivityId leads: one activity's dates, far below the threshold.
    return this.read(`SbActivityId eq ${activityId}`);
  }

  public async between(from: IsoDate, to: IsoDate): Promise<AttendanceRecord[]> {
    // The indexed SbSessionDate leads: a period's items, a few hundred a month.
    const records = await this.read(`SbSessionDate ge ${odataDateTime(dayStart(from))} and SbSessionDate lt ${odataDateTime(dayEnd(to))}`);
    return records.filter((r) => r.sessionDate >= from && r.sessionDate <= to);
  }

  private async read(filter: string): Promise<AttendanceRecord[]> {
    const query = (sp: SPFI): ItemsQuery<AttendanceItem> => (f, top) =>
      this.items(sp).using(NoMetadata()).select(...SELECT).filter(f).orderBy('Id', true).top(top)<AttendanceItem[]>();
    try {
      // No cap: pages of 2,000 rows, Id windows past 5,000 (readAllById).
      const { rows } = await readAllById({ first: query(this.sp), more: query(this.more) }, filter, () => highestId(this.items(this.more)));
      return rows.map(toRecord).filter((r): r is AttendanceRecord => r !== undefined);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private items(sp: SPFI = this.sp): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}
