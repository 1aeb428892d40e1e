import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { WeeklyTheme, isVitalTheme, isPillar, DEFAULT_PILLAR_OF_THEME } from '../../core/types';
import { compareIsoWeeks, isoWeekKey, nextIsoWeek, parseIsoWeekKey } from '../../core/time/isoWeek';
import { queryInChunks } from './queryInChunks';
import { odataString } from '../../core/odata/escape';
import { IWeeklyThemeRepository, WeeklyThemeInput } from '../contracts/IWeeklyThemeRepository';
import { listTitle } from '../schema/listTitles';
import { DataError } from '../../core/errors';
import { toDataError } from '../errors/toDataError';
import { readText, readUrl, writeUrl } from './fieldValues';

const LIST_TITLE = listTitle('weeklyThemes');
const SELECT = ['Id', 'Title', 'SbWeek', 'SbTheme', 'SbPillar', 'SbSummary', 'SbTip', 'SbImageUrl', 'SbLinkUrl'];

const WEEKS_PER_QUERY = 26;
/** Rows read per query of 26 weeks: far above one theme a week; reaching it is reported. */
const THEMES_PER_QUERY = 500;
/** A planner never looks further than this; a longer range is refused, not cut. */
const MAX_WEEKS = 160;

/** 'YYYY-Www' keys from..to inclusive (ISO weeks, across years). */
export function weekKeysBetween(fromWeekKey: string, toWeekKey: string): string[] {
  const from = parseIsoWeekKey(fromWeekKey);
  const to = parseIsoWeekKey(toWeekKey);
  if (!from || !to) {
    throw new RangeError(`Not ISO week keys: ${fromWeekKey}, ${toWeekKey}`);
  }
  const keys: string[] = [];
  for (let week = from; compareIsoWeeks(week, to) <= 0; week = nextIsoWeek(week)) {
    if (keys.length >= MAX_WEEKS) {
      throw new RangeError(`More than ${MAX_WEEKS} weeks asked: ${fromWeekKey}..${toWeekKey}`);
    }
    keys.push(isoWeekKey(week.isoYear, week.isoWeek));
  }
  return keys;
}

interface WeeklyThemeItem {
  Id: number;
  Title: string | null;
  SbWeek: string;
  SbTheme: string;
  SbPillar: string | null;
  SbSummary: string | null;
  SbTip: string | null;
  SbImageUrl: unknown;
  SbLinkUrl: unknown;
}

export class SpWeeklyThemeRepository implements IWeeklyThemeRepository {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async getForWeek(weekKey: string): Promise<WeeklyTheme | undefined> {
    try {
      // SbWeek is indexed: this stays under the list view threshold at any size.
      const items = await this.items()
        .select(...SELECT)
        .filter(`SbWeek eq ${odataString(weekKey)}`)
        .top(1)<WeeklyThemeItem[]>();
      return items.length > 0 ? toTheme(items[0]) : undefined;
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  /**
   * The themes of ISO weeks fromWeekKey..toWeekKey. Asked as equality on the indexed SbWeek
   * (`SbWeek eq 'a' or SbWeek eq 'b' …`): SharePoint's REST filter lists only eq/ne (and
   * startswith/substringof) for text, not ranges (Learn: "Use OData query operations in
   * SharePoint REST requests"), so a text range is not relied on. WEEKS_PER_QUERY weeks per
   * query keep the URL short; the queries travel together (one $batch in a view).
   */
  public async listRange(fromWeekKey: string, toWeekKey: string): Promise<WeeklyTheme[]> {
    try {
      const weeks = weekKeysBetween(fromWeekKey, toWeekKey);
      const items = await queryInChunks(weeks, WEEKS_PER_QUERY, (chunk) =>
        this.items()
          .select(...SELECT)
          .filter(chunk.map((week) => `SbWeek eq ${odataString(week)}`).join(' or '))
          // A week has one theme; duplicates typed in the raw list are read too, up to a limit
          // that is said, never silently cut.
          .top(THEMES_PER_QUERY)<WeeklyThemeItem[]>()
          .then((found) => {
            if (found.length >= THEMES_PER_QUERY) {
              throw new DataError('invalid', `More than ${THEMES_PER_QUERY - 1} themes for ${chunk[0]}..${chunk[chunk.length - 1]}: clean up the list`);
            }
            return found;
          })
      );
      return items.map(toTheme).sort((a, b) => a.isoYear - b.isoYear || a.isoWeek - b.isoWeek || a.id - b.id);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  public async add(theme: WeeklyThemeInput): Promise<WeeklyTheme> {
    try {
      const added = await this.items().add(toItem(theme));
      return toTheme(added as WeeklyThemeItem);
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  /** Replaces the plan of a week that already has a theme. */
  public async update(id: number, theme: WeeklyThemeInput): Promise<WeeklyTheme> {
    try {
      await this.items().getById(id).update(toItem(theme));
      return { ...theme, id };
    } catch (e) {
      throw toDataError(e, { listTitle: LIST_TITLE });
    }
  }

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(LIST_TITLE).items;
  }
}

function toItem(theme: WeeklyThemeInput): Record<string, unknown> {
  return {
    Title: theme.title,
    SbWeek: isoWeekKey(theme.isoYear, theme.isoWeek),
    SbTheme: theme.theme,
    SbPillar: theme.pillar,
    SbSummary: theme.summary,
    SbTip: theme.tip,
    SbImageUrl: writeUrl(theme.imageUrl),
    SbLinkUrl: writeUrl(theme.linkUrl)
  };
}

function toTheme(item: WeeklyThemeItem): WeeklyTheme {
  const week = parseIsoWeekKey(item.SbWeek);
  const theme = isVitalTheme(item.SbTheme) ? item.SbTheme : 'motivatie';
  return {
    id: item.Id,
    isoYear: week ? week.isoYear : 0,
    isoWeek: week ? week.isoWeek : 0,
    theme,
    pillar: isPillar(item.SbPillar) ? item.SbPillar : DEFAULT_PILLAR_OF_THEME[theme],
    title: readText(item.Title),
    summary: readText(item.SbSummary),
    tip: readText(item.SbTip),
    imageUrl: readUrl(item.SbImageUrl),
    linkUrl: readUrl(item.SbLinkUrl)
  };
}
