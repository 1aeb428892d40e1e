import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ClosingDay } from '../../core/calendar/daysOff';
import { odataDateTime } from '../../core/odata/escape';
import { IsoDate } from '../../core/time/calendarDate';
import { ClosingDayInput, IClosingDayRepository } from '../contracts/IClosingDayRepository';
import { toDataError } from '../errors/toDataError';
import { listTitle } from '../schema/listTitles';
import { NoMetadata } from '../sp/behaviors';
import { readDate, readNote, readText, writeDate } from './fieldValues';
import { highestId, ItemsQuery, readAllById } from './readAllById';
import { dateOnlyDay, dayEnd, dayStart } from './dateOnly';

const LIST_TITLE = listTitle('closingDays');
const SELECT = ['Id', 'Title', 'SbDate', 'SbNote'];

interface ClosingDayItem {
  Id: number;
  Title: string | null;
  SbDate: string | null;
  SbNote: string | null;
}

/**
 * SbDate is a date-only column: SharePoint keeps the instant at which the day starts in the
 * site's time zone (2026-12-24T23:00:00Z for 25 December in Amsterdam). Its Amsterdam date is
 * the day, also for a value written as UTC midnight or noon.
 */
function toClosingDay(item: ClosingDayItem): ClosingDay | undefined {
  const instant = readDate(item.SbDate);
  if (!instant || isNaN(instant.getTime())) {
    return undefined;
  }
  return { id: item.Id, date: dateOnlyDay(instant), name: readText(item.Title).trim(), note: readNote(item.SbNote).trim() };
}

/** "SamenBeter Sluitingsdagen": a few days a year, read per period on the indexed SbDate. */
export class SpClosingDayRepository implements IClosingDayRepository {
  private readonly sp: SPFI;
  private readonly more: SPFI;

  /**
   * `sp` may be a batched instance: the read's first request goes into its `$batch`; `more`
   * (not batched; `sp` by default) carries further pages, which a list of closing days never needs.
   */
  public constructor(sp: SPFI, more?: SPFI) {
    this.sp = sp;
    this.more = more || sp;
  }

  public async between(from: IsoDate, to: IsoDate): Promise<ClosingDay[]> {
    // The indexed SbDate leads the filter: a period's rows, far below the 5,000-item threshold.
    const days = await this.read(`SbDate ge ${odataDateTime(dayStart(from))} and SbDate lt ${odataDateTime(dayEnd(to))}`);
    return days.filter((d) => d.date >= from && d.date <= to);
  }

  public async onOrAfter(from: IsoDate): Promise<ClosingDay[]> {
    // The indexed SbDate alone (safe past the 5,000-item threshold): the days still to come, a
    // few a year; read() pages, so a list grown over decades is still read whole.
    const days = await this.read(`SbDate ge ${odataDateTime(dayStart(from))}`);
    return days.filter((d) => d.date >= from);
  }

  private async read(filter: string): Promise<ClosingDay[]> {
    const read = (sp: SPFI): ItemsQuery<ClosingDayItem> => (f: string, top: number): Promise<ClosingDayItem[]> =>
      this.itemsOf(sp).using(NoMetadata()).select(...SELECT).filter(f).orderBy('Id', true).top(top)<ClosingDayItem[]>();
    try {
      // No cap: pages of 2,000 rows, Id windows past 5,000 (readAllById).
      const { rows } = await readAllById({ first: read(this.sp), more: read(this.more) }, filter, () => highestId(this.itemsOf(this.more)));
      return rows
        .map(toClosingDay)
        .filter((d): d is ClosingDay => d !== undefined)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async add(day: ClosingDayInput): Promise<ClosingDay> {
    // As SharePoint's own form stores a date-only value: the start of the day in Amsterdam.
    const body = { Title: day.name, SbDate: writeDate(dayStart(day.date)), SbNote: day.note || null };
    try {
      const added = (await this.itemsOf(this.sp).add(body)) as ClosingDayItem;
      return { id: added.Id, date: day.date, name: day.name, note: day.note || '' };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async delete(id: number): Promise<void> {
    try {
      await this.itemsOf(this.sp).getById(id).delete();
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private itemsOf(sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}
