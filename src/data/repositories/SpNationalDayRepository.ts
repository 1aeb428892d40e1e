import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { NationalDay } from '../../core/types';
import { NationalDayInput } from '../contracts/IContentCalendarApi';
import { toDataError } from '../errors/toDataError';
import { listTitle } from '../schema/listTitles';
import { NATIONAL_DAY_SELECT, NationalDayItem, toNationalDay, toNationalDayItem } from './nationalDayMapping';

const LIST_TITLE = listTitle('nationalDays');

/** "SamenBeter Nationale dagen": a few dozen rules; the calendar computes their dates. */
export class SpNationalDayRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async all(): Promise<NationalDay[]> {
    try {
      const items = await this.items().select(...NATIONAL_DAY_SELECT).orderBy('Title', true).top(500)<NationalDayItem[]>();
      return items.map(toNationalDay);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async save(day: NationalDayInput, id?: number): Promise<NationalDay> {
    try {
      if (id === undefined) {
        const added = (await this.items().add(toNationalDayItem(day))) as NationalDayItem;
        return toNationalDay(added);
      }
      await this.items().getById(id).update(toNationalDayItem(day));
      return { ...day, id };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}
