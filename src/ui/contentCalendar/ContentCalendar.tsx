import * as React from 'react';
import { Button, MessageBar, MessageBarBody, mergeClasses, Spinner, useFocusFinders, useId } from '@fluentui/react-components';
import { TabStrip, TabStripTab } from '../shared/TabStrip';
import * as strings from 'SamenBeterStrings';
import { NationalDayOccurrence, nationalDaysInRange } from '../../core/calendar/nationalDays';
import { calendarEntries, CalendarEntries } from '../../core/contentCalendar/calendarEntries';
import { calendarLoadRange } from '../../core/contentCalendar/loadRange';
import { monthGrid, YearMonth } from '../../core/contentCalendar/monthGrid';
import { ContentWarning, contentWarnings } from '../../core/contentCalendar/warnings';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { addDays, CalendarDate, IsoDate, parseIsoDate, toIsoDate, weekdayOf } from '../../core/time/calendarDate';
import { newsPostInputOfPost } from '../../core/news/newsPostForm';
import { NationalDay, NewsPost, NewsPostInput } from '../../core/types';
import { ContentCalendarData, WeeklyThemePlan } from '../../data/contracts/IContentCalendarApi';
import { formatString } from '../shared/formatString';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { useAsyncData } from '../shared/useAsyncData';
import { CalendarAccessNote } from './CalendarAccessNote';
import { monthTitle, shortDay, weekNumbers } from './calendarFormat';
import { CalendarViewProps } from './CalendarView.types';
import { CalendarViewName, ContentCalendarProps } from './ContentCalendar.types';
import { emptyPostInput } from './editors/postDefaults';
import { postOutcomeMessage } from './editors/postOutcome';
import { MonthGrid } from './MonthGrid';
import { useContentCalendarStyles } from './useContentCalendarStyles';
import { useNarrow } from './useNarrow';
import { WarningsPanel } from './WarningsPanel';
import { WeekList } from './WeekList';
import { lazyPart } from '../shared/lazyPart';

// The editors (dialogs with their forms) load the first time one is opened, in one chunk.
const editors = (): Promise<typeof import('./editors')> => import(/* webpackChunkName: 'samenbeter-calendar-editors' */ './editors');
const PostEditor = lazyPart(() => editors().then((m) => m.PostEditor));
const ThemePlanner = lazyPart(() => editors().then((m) => m.ThemePlanner));
const NationalDaysPanel = lazyPart(() => editors().then((m) => m.NationalDaysPanel));

type EditorState =
  | { kind: 'none' }
  | { kind: 'post'; initial: NewsPostInput; existing?: NewsPost }
  | { kind: 'themes'; month: YearMonth }
  | { kind: 'nationalDays' };

/** The month that plans the week of `date` (the month of its Thursday, as the theme planner counts). */
function planningMonthOf(date: IsoDate): YearMonth {
  const day = parseIsoDate(date) as CalendarDate;
  const isoWeekday = (weekdayOf(day.year, day.month, day.day) + 6) % 7; // 0 = Monday
  const thursday = addDays(day, 3 - isoWeekday);
  return { year: thursday.year, month: thursday.month };
}

/** "Weekthema's opgeslagen voor week 45, 46 en 48 — …" */
function themesSavedMessage(plans: ReadonlyArray<WeeklyThemePlan>): string {
  const weeks = plans.map((p) => p.isoWeek);
  return formatString(strings.CalendarDoneThemes, weekNumbers(weeks));
}

/** "'Dag van de Mantelzorg' opgeslagen — volgende datum: di 10 nov." (or that it is switched off). */
function nationalDaySavedMessage(day: NationalDay, today: IsoDate, locale: ContentCalendarProps['locale']): string {
  if (!day.active) {
    return formatString(strings.CalendarDoneNationalDayOff, day.title);
  }
  const todayDate = parseIsoDate(today) as CalendarDate;
  const next = nationalDaysInRange([day], today, toIsoDate(addDays(todayDate, 400)))[0];
  return next
    ? formatString(strings.CalendarDoneNationalDay, day.title, shortDay(next.start < today ? today : next.start, locale))
    : formatString(strings.CalendarDoneNationalDayNoDate, day.title);
}

/** The day that is tabbable when a month is shown: today in its own month, else the 1st. */
function defaultActiveDate(target: YearMonth, today: IsoDate): IsoDate {
  const first = toIsoDate({ year: target.year, month: target.month, day: 1 });
  return today.slice(0, 7) === first.slice(0, 7) ? today : first;
}

/**
 * The content calendar of Communications: #SamenBeter news pages (draft, scheduled, published),
 * the theme of each ISO week, national days, public holidays and closing days per month, as a keyboard grid
 * or a week list (and only the list where the grid does not fit), with the warnings of the
 * month and the coming 14 days, and the editors. It is Communications' and the owners'
 * planning board: everyone else gets a short explanation instead (CalendarAccessNote; why that
 * needs no server-side lock is written in data/views/contentCalendarApi).
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
  const [view, setView] = React.useState<CalendarViewName>('month');
  const [editor, setEditor] = React.useState<EditorState>({ kind: 'none' });
  const [announcement, setAnnouncement] = React.useState('');
  const titleId = useId('sb-calendar-title');
  const helpId = useId('sb-calendar-help');
  const tabIds = { month: useId('sb-calendar-tab-month'), weeks: useId('sb-calendar-tab-weeks') };
  const panelId = useId('sb-calendar-panel');

  const grid = React.useMemo(() => monthGrid(shown.year, shown.month), [shown.year, shown.month]);
  const [state, reload] = useAsyncData(() => api.load(calendarLoadRange(grid, now())), [api, grid]);
  const rootRef = React.useRef<HTMLElement>(null);
  const narrow = useNarrow(rootRef);

  // While the next month loads, the previous data stays on screen (the grid keeps focus).
  const lastData = React.useRef<ContentCalendarData | undefined>(undefined);
  if (state.status === 'ready') {
    lastData.current = state.data;
  }
  const data = state.status === 'ready' ? state.data : lastData.current;

  const entries: CalendarEntries<NewsPost> | undefined = React.useMemo(
    () =>
      data &&
      calendarEntries({
        posts: data.posts,
        themes: data.themes,
        nationalDays: data.nationalDays,
        closingDays: data.closingDays,
        from: grid.first,
        to: grid.last
      }),
    [data, grid]
  );
  const freshWarnings: ContentWarning[] | undefined = React.useMemo(
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
  // The warnings sit above the month: while the next month loads they stay (no jump).
  const lastWarnings = React.useRef<ContentWarning[] | undefined>(undefined);
  if (freshWarnings) {
    lastWarnings.current = freshWarnings;
  }
  const warnings = freshWarnings || lastWarnings.current;

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
  const denied = !!data && !canWrite;
  const saved = (message: string): void => {
    reload();
    setAnnouncement(message);
  };
  // Where focus goes back when an editor closes. Fluent's dialog hands it back to the
  // element that opened it, but a chip in the grid has tabindex -1 (one tabbable cell) and
  // focus would fall to the page; so the calendar puts it back itself.
  const openedFrom = React.useRef<HTMLElement | null>(null);
  // Also keeps Fluent's focus manager (tabster) alive while the calendar is shown (AppShell does
  // so for every web part as well). Without it closing an editor disposed tabster together
  // with the dialog, before the dialog's modalizer gave the page back: the page kept
  // aria-hidden="true" and screen readers lost the whole calendar.
  const { findFirstFocusable } = useFocusFinders();
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
      const root = rootRef.current;
      const fallback = root && (root.querySelector<HTMLElement>('[data-calendar-grid] [role="gridcell"][tabindex="0"]') || findFirstFocusable(root));
      const target = from && from.isConnected ? from : fallback;
      if (target) {
        target.focus();
      }
    }, 0);
  };

  const planThemes = (date?: IsoDate): void => openEditor({ kind: 'themes', month: date ? planningMonthOf(date) : shown });

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
    const empty = isEmpty && state.status === 'ready' && <p className={styles.empty}>{strings.CalendarMonthEmpty}</p>;
    body = (
      <>
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => writePost(activeDate >= today ? activeDate : undefined)}>
            {strings.CalendarNewPost}
          </Button>
          <Button onClick={() => planThemes()} data-calendar-plan-themes>
            {strings.CalendarPlanThemes}
          </Button>
          <Button onClick={() => openEditor({ kind: 'nationalDays' })}>{strings.CalendarManageNationalDays}</Button>
        </div>
        {data.morePosts && (
          <MessageBar intent="warning" data-calendar-more-posts>
            <MessageBarBody>{strings.CalendarMorePosts}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'error' && <ErrorView error={state.error} onRetry={reload} />}
        {state.status === 'loading' && <Spinner size="tiny" label={strings.CalendarRefreshing} labelPosition="after" />}
        {warnings && (
          <WarningsPanel
            warnings={warnings}
            locale={locale}
            today={today}
            onWritePost={(date, dayId) => writePost(date, data.nationalDays.filter((d) => d.id === dayId)[0])}
            onOpenPost={(id) => {
              const post = data.posts.filter((p) => p.id === id)[0];
              if (post) {
                openPost(post);
              }
            }}
            onPlanThemes={planThemes}
          />
        )}
        {narrow ? (
          // The grid needs 640 px: narrower, the month is an agenda (no tabs, nothing to scroll sideways).
          <div className={styles.panel} data-calendar-agenda>
            {empty}
            <WeekList {...viewProps} />
          </div>
        ) : (
          <>
            <TabStrip selectedValue={view} onTabSelect={(value) => setView(value as CalendarViewName)} aria-label={strings.CalendarViewLabel}>
              <TabStripTab id={tabIds.month} value="month" aria-controls={panelId}>
                {strings.CalendarViewMonth}
              </TabStripTab>
              <TabStripTab id={tabIds.weeks} value="weeks" aria-controls={panelId}>
                {strings.CalendarViewWeeks}
              </TabStripTab>
            </TabStrip>
            <div role="tabpanel" id={panelId} aria-labelledby={view === 'month' ? tabIds.month : tabIds.weeks} className={styles.panel}>
              {empty}
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
          </>
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
      {denied ? (
        <CalendarAccessNote />
      ) : (
        <>
          <div className={styles.header}>
            {data ? (
              <h2 id={titleId} className={styles.heading} aria-live="polite" data-calendar-title>
                {monthTitle(shown.year, shown.month, locale)}
              </h2>
            ) : (
              // Until the roles are known, no month and no buttons: most people never plan.
              <h2 id={titleId} className={styles.heading}>
                {strings.CalendarTitle}
              </h2>
            )}
            {data && (
              <div className={styles.buttons}>
                <Button onClick={() => step(-1)}>{strings.CalendarPreviousMonth}</Button>
                <Button onClick={() => showMonth({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }, today)}>
                  {strings.CalendarToday}
                </Button>
                <Button onClick={() => step(1)}>{strings.CalendarNextMonth}</Button>
              </div>
            )}
          </div>
          <div role="status" aria-live="polite" className={styles.status} data-calendar-status>
            {announcement}
          </div>
          {body}
        </>
      )}
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
          year={editor.month.year}
          month={editor.month.month}
          themes={data.themes}
          locale={locale}
          onSave={async (plans) => {
            await api.planThemes(plans);
            saved(themesSavedMessage(plans));
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
            const stored = await api.saveNationalDay(day, id);
            saved(nationalDaySavedMessage(stored, today, locale));
          }}
          onClose={closeEditor}
        />
      )}
    </section>
  );
}
