import * as React from 'react';
import { Body1, Button, Field, Input, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { Activity, ActivityVenue } from '../../core/types';
import { matchesSearch } from '../../core/activities/catalogue';
import { ActivityPageToken } from '../../data/contracts/IActivityRepository';
import { CatalogueData } from '../../data/contracts/IActivitiesApi';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { formatString } from '../shared/formatString';
import { useActivitiesContext } from './ActivitiesContext';
import { ActivityCard } from './ActivityCard';
import { ActivityCatalogueProps } from './ActivityCatalogue.types';
import { foundCountText, loadedCountText } from './activityLabels';
import {
  activeFilterCount,
  activityInLocation,
  buildActivityFilter,
  CatalogueFilterValues,
  EMPTY_FILTER_VALUES,
  filterKey,
  locationOptions
} from './catalogueFilter';
import { cardSession, mayHavePlace, slotKeyOf, slotView } from './slotView';
import { useActivityCatalogueStyles } from './useActivityCatalogueStyles';
import { useDebouncedValue } from './useDebouncedValue';
import { lazyPart } from '../shared/lazyPart';

// The filter panel opens on request: its selects, checkbox and date fields load then.
const ActivityFilters = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-activity-filters' */ './ActivityFilters').then((m) => m.ActivityFilters)
);

interface ListState {
  status: 'loading' | 'ready' | 'error';
  error?: unknown;
  ids: number[];
  next: ActivityPageToken | undefined;
  more: 'idle' | 'loading' | 'error';
  moreError?: unknown;
}

const SEARCH_DELAY_MS = 350;

function cardKeys(activities: Activity[], now: Date): string[] {
  const keys: string[] = [];
  activities.forEach((a) => {
    const session = cardSession(a, now);
    if (session) {
      keys.push(slotKeyOf(a, session));
    }
  });
  return keys;
}

/** The venues seen so far (each kind and typed text once), for the location filter's groups. */
function mergeVenues(known: ActivityVenue[], activities: Activity[]): ActivityVenue[] {
  const id = (v: ActivityVenue): string => (v.kind === 'online' ? 'online' : `${v.kind}|${v.location}`);
  const seen = known.map(id);
  const added = activities.map((a) => a.venue).filter((v) => {
    const key = id(v);
    if (seen.indexOf(key) >= 0) {
      return false;
    }
    seen.push(key);
    return true;
  });
  return added.length === 0 ? known : known.concat(added);
}

/**
 * The catalogue: search and filters go to the server (indexed, escaped by the repository),
 * a page at a time with keyset paging; "Alleen met plek" and instant narrowing while
 * typing work on the loaded cards.
 */
export function ActivityCatalogue(props: ActivityCatalogueProps): JSX.Element {
  const styles = useActivityCatalogueStyles();
  const ctx = useActivitiesContext();
  const { api, dispatch, state } = ctx;
  const [values, setValues] = React.useState<CatalogueFilterValues>(EMPTY_FILTER_VALUES);
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  const search = useDebouncedValue(values.search, SEARCH_DELAY_MS);
  const filter = React.useMemo(
    () => buildActivityFilter(values, search),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [values.pillar, values.venue, values.from, values.to, search]
  );
  const key = filterKey(filter);
  const [list, setList] = React.useState<ListState>({ status: 'loading', ids: [], next: undefined, more: 'idle' });
  const [attempt, setAttempt] = React.useState(0);
  const [announcement, setAnnouncement] = React.useState('');
  const [venues, setVenues] = React.useState<ActivityVenue[]>([]);
  const locations = React.useMemo(() => locationOptions(venues, strings.ActivitiesOnline), [venues]);
  const sequence = React.useRef(0);
  const announceFound = React.useRef(false);
  const loads = React.useRef(0);
  const rolesRef = React.useRef(state.roles);
  rolesRef.current = state.roles;
  const rootRef = React.useRef<HTMLDivElement>(null);
  const panelId = useId('sb-filters');
  const searchId = useId('sb-search');

  const receive = React.useCallback(
    (data: CatalogueData, now: Date) => {
      dispatch({
        type: 'loaded',
        roles: data.roles,
        activities: data.activities,
        slotKeys: cardKeys(data.activities, now),
        registrations: data.slotRegistrations,
        mine: data.mine
      });
      setVenues((known) => mergeVenues(known, data.activities));
    },
    [dispatch]
  );

  React.useEffect(() => {
    const current = ++sequence.current;
    const now = ctx.now();
    setList({ status: 'loading', ids: [], next: undefined, more: 'idle' });
    api.loadCatalogue(filter, now, props.pageSize, undefined, rolesRef.current).then(
      (data) => {
        if (sequence.current !== current) {
          return;
        }
        receive(data, now);
        // The first load is announced by the page itself; later ones answer a filter change
        // (said once the cards are on screen, as many as the location and "Alleen met plek" leave).
        if (loads.current++ > 0) {
          announceFound.current = true;
        }
        setList({ status: 'ready', ids: data.activities.map((a) => a.id), next: data.next, more: 'idle' });
      },
      (error: unknown) => sequence.current === current && setList({ status: 'error', error, ids: [], next: undefined, more: 'idle' })
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, props.pageSize]);

  const loadMore = (): void => {
    if (!list.next || list.more === 'loading') {
      return;
    }
    const current = sequence.current;
    const now = ctx.now();
    const before = list.ids.length;
    setList((l) => ({ ...l, more: 'loading', moreError: undefined }));
    api.loadCatalogue(filter, now, props.pageSize, list.next, rolesRef.current).then(
      (data) => {
        if (sequence.current !== current) {
          return;
        }
        receive(data, now);
        const added = data.activities.map((a) => a.id);
        setList((l) => ({
          status: 'ready',
          ids: l.ids.concat(added.filter((id) => l.ids.indexOf(id) < 0)),
          next: data.next,
          more: 'idle'
        }));
        setAnnouncement(loadedCountText(before + added.length));
        if (!data.next && added.length > 0) {
          // "Meer laden" is gone: keyboard focus moves to the first new card, not the page top.
          window.setTimeout(() => {
            const target = rootRef.current && rootRef.current.querySelector<HTMLElement>(`[data-activity-open="${added[0]}"]`);
            if (target) {
              target.focus();
            }
          }, 0);
        }
      },
      (error: unknown) => sequence.current === current && setList((l) => ({ ...l, more: 'error', moreError: error }))
    );
  };

  const change = (update: Partial<CatalogueFilterValues>): void => setValues((v) => ({ ...v, ...update }));
  const reset = (): void => setValues(EMPTY_FILTER_VALUES);
  const filterCount = activeFilterCount(values);
  const anyFilter = filterCount > 0 || !!values.search.trim();

  const now = ctx.now();
  const shown = list.ids
    .map((id) => state.activities[id])
    .filter((a): a is Activity => !!a && matchesSearch(a, values.search))
    .map((activity) => {
      const session = cardSession(activity, now);
      const view = session ? slotView(activity, session, state.slots[slotKeyOf(activity, session)], state.roles, now) : undefined;
      return { activity, session, view };
    })
    .filter((c) => activityInLocation(c.activity, values.location))
    .filter((c) => !values.onlyWithPlaces || (c.view && mayHavePlace(c.view)));

  // The location and "Alleen met plek" narrow the loaded cards without a reload: say how many
  // are left. Not when a reload started in the same commit (first load, "Filters wissen"):
  // that one is announced when it is done.
  const renderedSequence = sequence.current;
  React.useEffect(() => {
    if (sequence.current === renderedSequence) {
      announceFound.current = true;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values.location, values.onlyWithPlaces]);
  React.useEffect(() => {
    if (announceFound.current && list.status === 'ready') {
      announceFound.current = false;
      setAnnouncement(foundCountText(shown.length) + (list.next ? ` ${strings.ActivitiesMoreAvailable}` : ''));
    }
  });

  let content: JSX.Element;
  if (list.status === 'loading') {
    content = <LoadingView label={strings.ActivitiesLoading} />;
  } else if (list.status === 'error') {
    content = <ErrorView error={list.error} onRetry={() => setAttempt((n) => n + 1)} />;
  } else if (shown.length === 0 && !list.next) {
    content = (
      <div className={styles.empty}>
        <h3 className={styles.emptyTitle}>{strings.ActivitiesEmptyTitle}</h3>
        <Body1>{anyFilter ? strings.ActivitiesEmptyText : strings.ActivitiesEmptyNothingPlanned}</Body1>
        {anyFilter && <Button onClick={reset}>{strings.ActivitiesFilterReset}</Button>}
      </div>
    );
  } else {
    content = (
      <ul className={styles.grid} aria-label={strings.ActivitiesListLabel}>
        {shown.map((c) => (
          <li key={c.activity.id} className={styles.item}>
            <ActivityCard activity={c.activity} session={c.session} view={c.view} locale={ctx.locale} now={now} onOpen={ctx.openDetail} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className={styles.root} ref={rootRef}>
      {props.showFilters && (
        <>
          <div className={styles.toolbar}>
            <Field className={styles.search} label={strings.ActivitiesSearchLabel}>
              <Input
                id={searchId}
                className={styles.searchInput}
                type="search"
                value={values.search}
                placeholder={strings.ActivitiesSearchPlaceholder}
                onChange={(_e, d) => change({ search: d.value })}
                data-filter="search"
              />
            </Field>
            <Button aria-expanded={filtersOpen} aria-controls={panelId} onClick={() => setFiltersOpen((o) => !o)}>
              {filterCount > 0 ? formatString(strings.ActivitiesFiltersButtonCount, filterCount) : strings.ActivitiesFiltersButton}
            </Button>
          </div>
          <div id={panelId} hidden={!filtersOpen}>
            {filtersOpen && <ActivityFilters values={values} onChange={change} onReset={reset} locations={locations} />}
          </div>
        </>
      )}
      {content}
      {list.status === 'ready' && (list.next || list.more === 'error') && (
        <div className={styles.more}>
          <Button onClick={loadMore} disabledFocusable={list.more === 'loading'} data-load-more>
            {list.more === 'loading' ? strings.ActivitiesLoadingMore : strings.ActivitiesLoadMore}
          </Button>
        </div>
      )}
      {list.more === 'error' && <ErrorView error={list.moreError} onRetry={loadMore} />}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
    </div>
  );
}
