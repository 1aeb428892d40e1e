import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LocationKind, normalisedLocation, StudioLocation, StudioLocationInput } from '../../core/activities/locations';
import { ILocationRepository } from '../contracts/ILocationRepository';
import { toDataError } from '../errors/toDataError';
import { listTitle } from '../schema/listTitles';
import { NoMetadata } from '../sp/behaviors';
import { readText } from './fieldValues';
import { highestId, ItemsQuery, readAllById } from './readAllById';

const LIST_TITLE = listTitle('locations');
const SELECT = ['Id', 'Title', 'SbAddress', 'SbMapUrl', 'SbKind', 'SbActive'];

interface LocationItem {
  Id: number;
  Title: string | null;
  SbAddress: string | null;
  SbMapUrl: string | null;
  SbKind: string | null;
  SbActive: boolean | null;
}

function toLocation(item: LocationItem): StudioLocation {
  const kind: LocationKind = item.SbKind === 'online' ? 'online' : 'onSite';
  return {
    id: item.Id,
    name: readText(item.Title).trim(),
    address: readText(item.SbAddress).trim(),
    mapUrl: readText(item.SbMapUrl).trim(),
    kind,
    // The column defaults to yes; an item without a value (added before the default) counts as active.
    active: item.SbActive !== false
  };
}

function bodyOf(input: StudioLocationInput): Record<string, unknown> {
  const l = normalisedLocation(input);
  return { Title: l.name, SbAddress: l.address || null, SbMapUrl: l.mapUrl || null, SbKind: l.kind, SbActive: l.active };
}

function byName(a: StudioLocation, b: StudioLocation): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.id - b.id;
}

/** "SamenBeter Locaties": a few dozen rows, read whole (no filter beyond the always-indexed Id). */
export class SpLocationRepository implements ILocationRepository {
  private readonly sp: SPFI;
  private readonly more: SPFI;

  /**
   * `sp` may be a batched instance: the read's first request goes into its `$batch`; `more`
   * (not batched; `sp` by default) carries further pages, which a list of places never needs.
   */
  public constructor(sp: SPFI, more?: SPFI) {
    this.sp = sp;
    this.more = more || sp;
  }

  public async all(): Promise<StudioLocation[]> {
    const read = (sp: SPFI): ItemsQuery<LocationItem> => (f: string, top: number): Promise<LocationItem[]> =>
      this.itemsOf(sp).using(NoMetadata()).select(...SELECT).filter(f).orderBy('Id', true).top(top)<LocationItem[]>();
    try {
      // No cap: pages of 2,000 rows, Id windows past 5,000 (readAllById).
      const { rows } = await readAllById({ first: read(this.sp), more: read(this.more) }, 'Id gt 0', () => highestId(this.itemsOf(this.more)));
      return rows.map(toLocation).sort(byName);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async add(location: StudioLocationInput): Promise<StudioLocation> {
    try {
      const added = (await this.itemsOf(this.sp).add(bodyOf(location))) as LocationItem;
      return { ...normalisedLocation(location), id: added.Id };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async update(id: number, location: StudioLocationInput): Promise<StudioLocation> {
    try {
      // Owners only, a handful of rows: the last save wins ('*'), as in SharePoint's own list form.
      await this.itemsOf(this.sp).getById(id).update(bodyOf(location), '*');
      return { ...normalisedLocation(location), id };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async setActive(id: number, active: boolean): Promise<void> {
    try {
      await this.itemsOf(this.sp).getById(id).update({ SbActive: active }, '*');
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private itemsOf(sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}
