import * as React from 'react';
import { Button, MessageBar, MessageBarBody, mergeClasses, Spinner, Tab, TabList, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { NationalDayOccurrence } from '../../core/calendar/nationalDays';
import { calendarEntries, CalendarEntries } from '../../core/contentCalendar/calendarEntries';
import { monthGrid, monthLoadRange, YearMonth } from '../../core/contentCalendar/monthGrid';
import { ContentWarning, contentWarnings } from '../../core/contentCalendar/warnings';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { IsoDate, parseIsoDate, toIsoDate } from '../../core/time/calendarDate';
import { newsPostInputOfPost } from '../../core/news/newsPostForm';
import { NationalDay, NewsPost, NewsPostInput } from '../../core/types';
import { ContentCalendarData } from '../../data/contracts/IContentCalendarApi';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { useAsyncData } from '../shared/useAsyncData';
import { monthTitle } from './calendarFormat';
import { CalendarViewProps } from './CalendarView.types';
import { CalendarViewName, ContentCalendarProps } from './ContentCalendar.types';
import { emptyPostInput, NationalDaysPanel, PostEditor, postOutcomeMessage, ThemePlanner } from './editors';
import { MonthGrid } from './MonthGrid';
import { useContentCalendarStyles } from './useContentCalendarStyles';
import { WarningsPanel } from './WarningsPanel';
import { WeekList } from './WeekList';

type EditorState =
  | { kind: 'none' }
  | { kind: 'post'; initial: NewsPostInput; existing?: NewsPost }
  | { kind: 'themes' }
  | { kind: 'nationalDays' };

/** Phones start with the week list; the grid needs about 640 px. */
function initialView(): CalendarViewName {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 640px)').matches
    ? 'weeks'
    : 'month';
}

/** The day that is tabbable when a month is shown: today in its own month, else the 1st. */
function defaultActiveDate(target: YearMonth, today: IsoDate): IsoDate {
  const first = toIsoDate({ year: target.year, month: target.month, day: 1 });
  return today.slice(0, 7) === first.slice(0, 7) ? today : first;
}

/**
 * The content calendar of Communications: #SamenBeter news pages (draft, scheduled, published),
 * the theme of each ISO week and national days per month, as a keyboard grid or a week list,
 * with warnings and the editors. Everyone else may look but not plan.
 */
export function ContentCalendar(props: ContentCalendarProps): JSX.Element {
  const styles = useContentCalendarStyles();
  const { api, now, locale } = props;
  const today = toIsoDate(amsterdamDateOf(now()));
  const [shown, setShown] = React.useState<YearMonth>(() => {
    const date = amsterdamDateOf(now());
    return { year: date.year, month: date.month };
  });
  const [activeDate, setActiveDate] = React.useState<IsoDate>(today);
  const [view, setView] = React.useState<CalendarViewName>(initialView);
  const [editor, setEditor] = React.useState<EditorState>({ kind: 'none' });
  const [announcement, setAnnouncement] = React.useState('');
  const titleId = useId('sb-calendar-title');
  const helpId = useId('sb-calendar-help');
  const tabIds = { month: useId('sb-calendar-tab-month'), weeks: useId('sb-calendar-tab-weeks') };
  const panelId = useId('sb-calendar-panel');

  const grid = React.useMemo(() => monthGrid(shown.year, shown.month), [shown.year, shown.month]);
  const [state, reload] = useAsyncData(() => api.load(monthLoadRange(grid)), [api, grid]);

  // While the next month loads, the previous data stays on screen (the grid keeps focus).
  const lastData = React.useRef<ContentCalendarData | undefined>(undefined);
  if (state.status === 'ready') {
    lastData.current = state.data;
  }
  const data = state.status === 'ready' ? state.data : lastData.current;

  const entries: CalendarEntries<NewsPost> | undefined = React.useMemo(
    () =>
      data &&
      calendarEntries({ posts: data.posts, themes: data.themes, nationalDays: data.nationalDays, from: grid.first, to: grid.last }),
    [data, grid]
  );
  const warnings: ContentWarning[] | undefined = React.useMemo(
    () =>
      state.status === 'ready'
        ? contentWarnings({
            posts: state.data.posts,
            themes: state.data.themes,
            nationalDays: state.data.nationalDays,
            from: grid.first,
            to: grid.last,
            now: now()
          })
        : undefined,
    // now() is read once per load; a warning does not need to tick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, grid]
  );

  const showMonth = (target: YearMonth, focusDate?: IsoDate): void => {
    setShown(target);
    setActiveDate(focusDate || defaultActiveDate(target, today));
  };
  const step = (delta: number): void => {
    const index = shown.year * 12 + shown.month - 1 + delta;
    showMonth({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  };
  const onNavigate = (date: IsoDate, monthJump: boolean): void => {
    setActiveDate(date);
    if (monthJump || date < grid.first || date > grid.last) {
      const target = parseIsoDate(date);
      if (target) {
        setShown({ year: target.year, month: target.month });
      }
    }
  };

  const canWrite = !!data && (data.roles.isCommunications || data.roles.isOwner);
  const saved = (message: string): void => {
    reload();
    setAnnouncement(message);
  };
  // Where focus goes back when an editor closes. Fluent's dialog hands it back to the
  // element that opened it, but a chip in the grid has tabindex -1 (one tabbable cell) and
  // focus would fall to the page; so the calendar puts it back itself.
  const openedFrom = React.useRef<HTMLElement | null>(null);
  const rootRef = React.useRef<HTMLElement>(null);
  const openEditor = (next: EditorState): void => {
    const active = document.activeElement;
    openedFrom.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setEditor(next);
  };
  const writePost = (date?: IsoDate, nationalDay?: NationalDay): void => {
    setAnnouncement('');
    openEditor({ kind: 'post', initial: emptyPostInput(now(), { date, nationalDay }) });
  };
  const openPost = (post: NewsPost): void => {
    setAnnouncement('');
    openEditor({ kind: 'post', initial: newsPostInputOfPost(post), existing: post });
  };
  const closeEditor = (): void => {
    setEditor({ kind: 'none' });
    window.setTimeout(() => {
      if (document.activeElement && document.activeElement !== document.body) {
        return;
      }
      const from = openedFrom.current;
      const fallback = rootRef.current && rootRef.current.querySelector<HTMLElement>('[data-calendar-grid] [role="gridcell"][tabindex="0"]');
      const target = from && from.isConnected ? from : fallback;
      if (target) {
        target.focus();
      }
    }, 0);
  };

  let body: JSX.Element;
  if (!data || !entries) {
    body =
      state.status === 'error' ? (
        <ErrorView error={state.error} onRetry={reload} />
      ) : (
        <LoadingView label={strings.CalendarLoading} />
      );
  } else {
    const viewProps: CalendarViewProps = {
      grid,
      entries,
      today,
      locale,
      canWrite,
      onOpenPost: openPost,
      onWriteForDay: (date: IsoDate, occurrence?: NationalDayOccurrence) => writePost(date, occurrence && occurrence.day)
    };
    const isEmpty =
      Object.keys(entries.postsByDate).length === 0 &&
      Object.keys(entries.nationalDaysByDate).length === 0 &&
      grid.weeks.every((w) => !entries.themesByWeek[w.key]);
    body = (
      <>
        {!canWrite && (
          <MessageBar intent="info" data-calendar-readonly>
            <MessageBarBody>{strings.CalendarReadOnly}</MessageBarBody>
          </MessageBar>
        )}
        {canWrite && (
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => writePost(activeDate >= today ? activeDate : undefined)}>
              {strings.CalendarNewPost}
            </Button>
            <Button onClick={() => openEditor({ kind: 'themes' })} data-calendar-plan-themes>{strings.CalendarPlanThemes}</Button>
            <Button onClick={() => openEditor({ kind: 'nationalDays' })}>{strings.CalendarManageNationalDays}</Button>
          </div>
        )}
        {data.morePosts && (
          <MessageBar intent="warning" data-calendar-more-posts>
            <MessageBarBody>{strings.CalendarMorePosts}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'error' && <ErrorView error={state.error} onRetry={reload} />}
        {state.status === 'loading' && <Spinner size="tiny" label={strings.CalendarRefreshing} labelPosition="after" />}
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as CalendarViewName)} aria-label={strings.CalendarViewLabel}>
          <Tab id={tabIds.month} value="month" aria-controls={panelId}>
            {strings.CalendarViewMonth}
          </Tab>
          <Tab id={tabIds.weeks} value="weeks" aria-controls={panelId}>
            {strings.CalendarViewWeeks}
          </Tab>
        </TabList>
        <div role="tabpanel" id={panelId} aria-labelledby={view === 'month' ? tabIds.month : tabIds.weeks} className={styles.panel}>
          {isEmpty && state.status === 'ready' && <p className={styles.empty}>{strings.CalendarMonthEmpty}</p>}
          {view === 'month' ? (
            <>
              <p id={helpId} className={styles.help}>
                {strings.CalendarGridHelp}
              </p>
              <MonthGrid
                {...viewProps}
                labelledBy={titleId}
                activeDate={activeDate}
                onNavigate={onNavigate}
                onActivate={setActiveDate}
              />
            </>
          ) : (
            <WeekList {...viewProps} />
          )}
        </div>
        {warnings && (
          <WarningsPanel
            warnings={warnings}
            locale={locale}
            today={today}
            canWrite={canWrite}
            onWritePost={(date, dayId) => writePost(date, data.nationalDays.filter((d) => d.id === dayId)[0])}
            onOpenPost={(id) => {
              const post = data.posts.filter((p) => p.id === id)[0];
              if (post) {
                openPost(post);
              }
            }}
            onPlanThemes={() => openEditor({ kind: 'themes' })}
          />
        )}
      </>
    );
  }

  const editing = editor.kind === 'post' ? editor.existing : undefined;
  return (
    <section
      ref={rootRef}
      className={mergeClasses(styles.root, props.hostKind === 'teams' && styles.teams)}
      aria-label={strings.CalendarTitle}
      data-content-calendar
    >
      <div className={styles.header}>
        <h2 id={titleId} className={styles.heading} aria-live="polite" data-calendar-title>
          {monthTitle(shown.year, shown.month, locale)}
        </h2>
        <div className={styles.buttons}>
          <Button onClick={() => step(-1)}>{strings.CalendarPreviousMonth}</Button>
          <Button onClick={() => showMonth({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }, today)}>
            {strings.CalendarToday}
          </Button>
          <Button onClick={() => step(1)}>{strings.CalendarNextMonth}</Button>
        </div>
      </div>
      <div role="status" aria-live="polite" className={styles.status} data-calendar-status>
        {announcement}
      </div>
      {body}
      {canWrite && editor.kind === 'post' && (
        <PostEditor
          open={true}
          initial={editor.initial}
          existing={editing}
          nationalDays={data ? data.nationalDays : undefined}
          now={now}
          locale={locale}
          api={api}
          onDone={(outcome) => {
            saved(postOutcomeMessage(outcome, locale));
            closeEditor();
          }}
          onClose={(pageSaved) => {
            if (pageSaved) {
              reload();
            }
            closeEditor();
          }}
        />
      )}
      {canWrite && data && editor.kind === 'themes' && (
        <ThemePlanner
          open={true}
          year={shown.year}
          month={shown.month}
          themes={data.themes}
          locale={locale}
          onSave={async (plans) => {
            await api.planThemes(plans);
            saved(strings.CalendarSaved);
          }}
          onClose={closeEditor}
        />
      )}
      {canWrite && data && editor.kind === 'nationalDays' && (
        <NationalDaysPanel
          open={true}
          days={data.nationalDays}
          year={shown.year}
          locale={locale}
          onSave={async (day, id) => {
            await api.saveNationalDay(day, id);
            saved(strings.CalendarSaved);
          }}
          onClose={closeEditor}
        />
      )}
    </section>
  );
}
