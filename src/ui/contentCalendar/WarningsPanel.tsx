import * as React from 'react';
import { Button, mergeClasses, useId } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import type { PillColor } from '../shared/Pill.types';
import * as strings from 'SamenBeterStrings';
import { ContentWarning, NationalDayWithoutPostWarning, WarningUrgency } from '../../core/contentCalendar/warnings';
import { addDays, IsoDate, toIsoDate } from '../../core/time/calendarDate';
import { mondayOfIsoWeek } from '../../core/time/isoWeek';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { formatString } from '../shared/formatString';
import { themeLabel } from '../shared/labels';
import { shortDay, weekNumbers } from './calendarFormat';
import { WarningsPanelProps } from './WarningsPanel.types';
import { useWarningsPanelStyles } from './useWarningsPanelStyles';

/** 'over 5 dagen' | 'morgen' | 'vandaag' | 'nu bezig' */
function whenText(warning: NationalDayWithoutPostWarning, today: IsoDate): string {
  if (warning.daysUntil === 0) {
    return warning.start < today ? strings.CalendarRunning : strings.CalendarTodayLower;
  }
  return warning.daysUntil === 1 ? strings.CalendarTomorrowLower : formatString(strings.CalendarInDays, warning.daysUntil);
}

function weekNumberOf(weekKey: string): number {
  return Number(weekKey.slice(6));
}

/** The sentence (and an optional second line) for a warning. */
export function warningText(warning: ContentWarning, locale: DisplayLocale, today: IsoDate): { text: string; detail?: string } {
  switch (warning.kind) {
    case 'emptyWeek':
      return { text: formatString(strings.CalendarWarningEmptyWeek, warning.isoWeek) };
    case 'noTheme':
      return { text: formatString(strings.CalendarWarningNoTheme, weekNumbers(warning.isoWeeks)) };
    case 'twoPostsOneDay':
      return {
        text:
          warning.postIds.length === 2
            ? formatString(strings.CalendarWarningTwoPosts, shortDay(warning.date, locale))
            : formatString(strings.CalendarWarningManyPosts, warning.postIds.length, shortDay(warning.date, locale))
      };
    case 'themeNotUsed': {
      const since =
        warning.lastUsedWeekKey === null
          ? formatString(strings.CalendarWarningThemeNotSince, warning.isoWeek, weekNumberOf(warning.checkedFromWeekKey))
          : formatString(strings.CalendarWarningThemeLastUsed, warning.isoWeek, weekNumberOf(warning.lastUsedWeekKey));
      const next =
        warning.nextPlannedWeekKey === null
          ? strings.CalendarWarningThemeNotAgain
          : formatString(strings.CalendarWarningThemeAgain, weekNumberOf(warning.nextPlannedWeekKey));
      return {
        text: formatString(strings.CalendarWarningThemeNotUsed, themeLabel(warning.theme)),
        detail: `${since} ${next}`
      };
    }
    default:
      return {
        text: formatString(
          warning.draftPostId === null ? strings.CalendarWarningNationalDay : strings.CalendarWarningNationalDayDraft,
          warning.title,
          shortDay(warning.start, locale),
          whenText(warning, today)
        )
      };
  }
}

/** When it bites, as a short label: 'Vandaag', 'Morgen', 'Over 5 dagen', 'Deze week', 'Over 2 weken'. */
export function dueLabel(warning: ContentWarning): string {
  const days = warning.daysUntil;
  const byWeek = warning.kind === 'emptyWeek' || warning.kind === 'noTheme' || warning.kind === 'themeNotUsed';
  if (days === 0) {
    return byWeek ? strings.CalendarDueThisWeek : strings.CalendarDueToday;
  }
  if (byWeek) {
    // Counted in Mondays: from Friday, the Monday in 3 days is next week, the one in 10 days in 2 weeks.
    const weeks = Math.ceil(days / 7);
    return weeks <= 1 ? strings.CalendarDueNextWeek : formatString(strings.CalendarDueInWeeks, weeks);
  }
  return days === 1 ? strings.CalendarDueTomorrow : formatString(strings.CalendarDueInDays, days);
}

const URGENCY_COLOR: { readonly [urgency in WarningUrgency]: PillColor } = {
  high: 'danger',
  medium: 'warning',
  low: 'informative'
};

function urgencyWord(urgency: WarningUrgency): string {
  return urgency === 'high' ? strings.CalendarUrgencyHigh : urgency === 'medium' ? strings.CalendarUrgencyMedium : strings.CalendarUrgencyLow;
}

function warningKey(warning: ContentWarning): string {
  switch (warning.kind) {
    case 'emptyWeek':
      return 'w-' + warning.weekKey;
    case 'noTheme':
      return 'nt-' + warning.weekKeys.join(',');
    case 'twoPostsOneDay':
      return 'd-' + warning.date;
    case 'themeNotUsed':
      return 't-' + warning.theme;
    default:
      return 'n-' + warning.dayId + '-' + warning.start;
  }
}

/** The Thursday of an ISO week: the day that decides which month plans it. */
function thursdayOf(weekKey: string): IsoDate {
  return toIsoDate(addDays(mondayOfIsoWeek(Number(weekKey.slice(0, 4)), weekNumberOf(weekKey)), 3));
}

/**
 * "Aandachtspunten": what needs doing, most urgent first (core/contentCalendar/warnings ranks
 * them): national days without a post in the coming 14 days, weeks without a post or without a
 * theme, crowded days and resting themes. Each says when it bites ("Over 5 dagen") with its
 * urgency in words, not only in colour.
 */
export function WarningsPanel(props: WarningsPanelProps): JSX.Element {
  const styles = useWarningsPanelStyles();
  const headingId = useId('sb-calendar-warnings');

  const action = (warning: ContentWarning): JSX.Element | null => {
    switch (warning.kind) {
      case 'emptyWeek':
        return (
          <Button size="small" onClick={() => props.onWritePost(warning.monday > props.today ? warning.monday : props.today)}>
            {strings.CalendarWriteForWeek}
          </Button>
        );
      case 'noTheme':
        return (
          <Button size="small" onClick={() => props.onPlanThemes(thursdayOf(warning.weekKeys[0]))}>
            {strings.CalendarPlanTheme}
          </Button>
        );
      case 'themeNotUsed':
        return (
          <Button size="small" onClick={() => props.onPlanThemes(thursdayOf(warning.weekKey))}>
            {strings.CalendarPlanTheme}
          </Button>
        );
      case 'nationalDayWithoutPost': {
        const draftId = warning.draftPostId;
        return draftId !== null ? (
          <Button size="small" onClick={() => props.onOpenPost(draftId)}>
            {strings.CalendarOpenDraft}
          </Button>
        ) : (
          <Button size="small" onClick={() => props.onWritePost(warning.start, warning.dayId)}>
            {strings.CalendarWriteForDay}
          </Button>
        );
      }
      default:
        return null;
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-calendar-warnings>
      <h3 id={headingId} className={styles.heading}>
        {strings.CalendarWarningsTitle}
      </h3>
      {props.warnings.length === 0 ? (
        <p className={styles.none}>{strings.CalendarWarningsNone}</p>
      ) : (
        <>
          <p className={styles.intro}>{strings.CalendarWarningsIntro}</p>
          <ol className={styles.list}>
            {props.warnings.map((warning) => {
              const words = warningText(warning, props.locale, props.today);
              return (
                <li
                  key={warningKey(warning)}
                  className={mergeClasses(styles.item, styles[warning.urgency])}
                  data-warning={warning.kind}
                  data-urgency={warning.urgency}
                  data-days-until={warning.daysUntil}
                >
                  <span className={styles.due}>
                    <Pill appearance="tint" color={URGENCY_COLOR[warning.urgency]} className={styles.badge}>
                      {dueLabel(warning)}
                    </Pill>
                    <span className={styles.urgencyWord}>{urgencyWord(warning.urgency)}</span>
                  </span>
                  <span className={styles.text}>
                    <span>{words.text}</span>
                    {words.detail && <span className={styles.detail}>{words.detail}</span>}
                  </span>
                  {action(warning)}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
