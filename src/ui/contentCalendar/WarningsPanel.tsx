import * as React from 'react';
import { Button, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { ContentWarning, NationalDayWithoutPostWarning } from '../../core/contentCalendar/warnings';
import { IsoDate } from '../../core/time/calendarDate';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { formatString } from '../shared/formatString';
import { themeLabel } from '../shared/labels';
import { shortDay } from './calendarFormat';
import { WarningsPanelProps } from './WarningsPanel.types';
import { useWarningsPanelStyles } from './useWarningsPanelStyles';

/** 'over 5 dagen' | 'morgen' | 'vandaag' | 'nu bezig' */
function whenText(warning: NationalDayWithoutPostWarning, today: IsoDate): string {
  if (warning.daysUntil === 0) {
    return warning.start < today ? strings.CalendarRunning : strings.CalendarTodayLower;
  }
  return warning.daysUntil === 1 ? strings.CalendarTomorrowLower : formatString(strings.CalendarInDays, warning.daysUntil);
}

/** The sentence (and an optional second line) for a warning. */
export function warningText(warning: ContentWarning, locale: DisplayLocale, today: IsoDate): { text: string; detail?: string } {
  switch (warning.kind) {
    case 'emptyWeek':
      return { text: formatString(strings.CalendarWarningEmptyWeek, warning.isoWeek) };
    case 'twoPostsOneDay':
      return {
        text:
          warning.postIds.length === 2
            ? formatString(strings.CalendarWarningTwoPosts, shortDay(warning.date, locale))
            : formatString(strings.CalendarWarningManyPosts, warning.postIds.length, shortDay(warning.date, locale))
      };
    case 'themeNotUsed': {
      const lastUsed = warning.lastUsedWeekKey ? Number(warning.lastUsedWeekKey.slice(6)) : null;
      return {
        text: formatString(strings.CalendarWarningThemeNotUsed, themeLabel(warning.theme)),
        detail:
          lastUsed === null
            ? formatString(strings.CalendarWarningThemeNever, warning.isoWeek)
            : formatString(strings.CalendarWarningThemeLastUsed, warning.isoWeek, lastUsed)
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

function warningKey(warning: ContentWarning): string {
  switch (warning.kind) {
    case 'emptyWeek':
      return 'w-' + warning.weekKey;
    case 'twoPostsOneDay':
      return 'd-' + warning.date;
    case 'themeNotUsed':
      return 't-' + warning.theme;
    default:
      return 'n-' + warning.dayId + '-' + warning.start;
  }
}

/** "Aandachtspunten": empty weeks, crowded days, resting themes and national days without a post. */
export function WarningsPanel(props: WarningsPanelProps): JSX.Element {
  const styles = useWarningsPanelStyles();
  const headingId = useId('sb-calendar-warnings');

  const action = (warning: ContentWarning): JSX.Element | null => {
    if (!props.canWrite) {
      return null;
    }
    switch (warning.kind) {
      case 'emptyWeek':
        return (
          <Button size="small" onClick={() => props.onWritePost(warning.monday > props.today ? warning.monday : props.today)}>
            {strings.CalendarWriteForWeek}
          </Button>
        );
      case 'themeNotUsed':
        return (
          <Button size="small" onClick={props.onPlanThemes}>
            {strings.CalendarPlanThemes}
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
        <ul className={styles.list}>
          {props.warnings.map((warning) => {
            const words = warningText(warning, props.locale, props.today);
            return (
              <li key={warningKey(warning)} className={styles.item} data-warning={warning.kind}>
                <span className={styles.text}>
                  <span>{words.text}</span>
                  {words.detail && <span className={styles.detail}>{words.detail}</span>}
                </span>
                {action(warning)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
