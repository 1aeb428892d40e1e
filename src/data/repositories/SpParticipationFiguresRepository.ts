import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { odataString } from '../../core/odata/escape';
import { IParticipationFiguresRepository, StoredFigures } from '../contracts/IParticipationFiguresRepository';
import { toDataError } from '../errors/toDataError';
import { listTitle } from '../schema/listTitles';
import { NoMetadata } from '../sp/behaviors';
import { readDate, writeDate } from './fieldValues';

const LIST_TITLE = listTitle('participationFigures');
const SELECT = ['Id', 'SbPeriod', 'SbFigures', 'SbComputedAt'];
/** Periods per request: a year's 12 months + 4 quarters + the year, twice, fits. */
export const MAX_PERIODS_PER_READ = 40;

interface FiguresItem {
  Id: number;
  SbPeriod: string | null;
  SbFigures: string | null;
  SbComputedAt: string | null;
}

function toStored<T>(item: FiguresItem): StoredFigures<T> | undefined {
  if (!item.SbPeriod || !item.SbFigures) {
    return undefined;
  }
  try {
    return { id: item.Id, period: item.SbPeriod, figures: JSON.parse(item.SbFigures) as T, computedAt: readDate(item.SbComputedAt) || undefined };
  } catch {
    // A row edited by hand into broken JSON: treated as not computed, so it is computed again.
    return undefined;
  }
}

/** "SamenBeter Deelnamecijfers": a few dozen rows a year, owners only. */
export class SpParticipationFiguresRepository implements IParticipationFiguresRepository {
  public constructor(private readonly sp: SPFI) {}

  public async read<T>(periods: ReadonlyArray<string>): Promise<Array<StoredFigures<T>>> {
    if (periods.length === 0) {
      return [];
    }
    if (periods.length > MAX_PERIODS_PER_READ) {
      throw new RangeError(`At most ${MAX_PERIODS_PER_READ} periods per read, got ${periods.length}`);
    }
    // The indexed SbPeriod only, a few dozen rows a year: the answer holds at most one row per
    // period asked (top = twice that, so a duplicate row shows instead of hiding another period).
    const filter = periods.map((p) => `SbPeriod eq ${odataString(p)}`).join(' or ');
    try {
      const items = await this.items().using(NoMetadata()).select(...SELECT).filter(filter).orderBy('Id', true).top(periods.length * 2)<FiguresItem[]>();
      // A period stored twice (two owners computing at once): the newest row holds.
      const newest: { [period: string]: StoredFigures<T> } = {};
      items.forEach((item) => {
        const stored = toStored<T>(item);
        if (stored) {
          newest[stored.period] = stored;
        }
      });
      return periods.filter((p) => newest[p]).map((p) => newest[p]);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async write<T>(period: string, figures: T, computedAt: Date): Promise<StoredFigures<T>> {
    const body = { Title: period, SbPeriod: period, SbFigures: JSON.stringify(figures), SbComputedAt: writeDate(computedAt) };
    try {
      const existing = await this.read<T>([period]);
      if (existing.length > 0) {
        await this.items().getById(existing[0].id).update(body);
        return { id: existing[0].id, period, figures, computedAt };
      }
      const added = (await this.items().add(body)) as FiguresItem;
      return { id: added.Id, period, figures, computedAt };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}
