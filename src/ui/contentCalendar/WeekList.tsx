import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { formatString } from '../shared/formatString';
import { themeLabel } from '../shared/labels';
import { DayChips } from './CalendarChips';
import { longDay, shortDay } from './calendarFormat';
import { WeekListProps } from './WeekList.types';
import { useWeekListStyles } from './useWeekListStyles';

/**
 * The month as a list of weeks (week number, theme, the days that have posts, national days,
 * a public holiday or a closing day): the phone-friendly, screen-reader-friendly alternative to the grid,
 * and the agenda a narrow calendar shows instead of it. Everything in it is reached with Tab.
 */
export function WeekList(props: WeekListProps): JSX.Element {
  const styles = useWeekListStyles();
  const { grid, entries, locale } = props;
  return (
    <ol className={styles.list} data-calendar-weeks>
      {grid.weeks.map((week) => {
        const theme = entries.themesByWeek[week.key];
        const first = week.days[0].date;
        const last = week.days[6].date;
        const isCurrent = props.today >= first && props.today <= last;
        const days = week.days.filter(
          (d) =>
            (entries.postsByDate[d.date] || []).length > 0 ||
            (entries.nationalDaysByDate[d.date] || []).length > 0 ||
            !!entries.holidaysByDate[d.date] ||
            !!entries.closingDaysByDate[d.date]
        );
        return (
          <li key={week.key} className={mergeClasses(styles.week, isCurrent && styles.currentWeek)} data-week={week.key}>
            <h3 className={styles.heading}>{formatString(strings.CalendarWeekRange, week.isoWeek, shortDay(first, locale), shortDay(last, locale))}</h3>
            {theme ? (
              <p className={styles.theme}>{formatString(strings.CalendarThemeLabel, themeLabel(theme.theme))}</p>
            ) : (
              <p className={styles.noTheme}>{strings.CalendarNoTheme}</p>
            )}
            {days.length === 0 ? (
              <p className={styles.empty}>{strings.CalendarWeekEmpty}</p>
            ) : (
              <ul className={styles.days}>
                {days.map((day) => (
                  <li key={day.date} className={styles.day} data-date={day.date}>
                    <span className={styles.dayLabel}>
                      <time dateTime={day.date} title={longDay(day.date, locale)}>
                        {shortDay(day.date, locale)}
                      </time>
                    </span>
                    <DayChips
                      date={day.date}
                      posts={entries.postsByDate[day.date] || []}
                      nationalDays={entries.nationalDaysByDate[day.date] || []}
                      holiday={entries.holidaysByDate[day.date]}
                      closingDay={entries.closingDaysByDate[day.date]}
                      locale={locale}
                      canWrite={props.canWrite}
                      tabbable={true}
                      showWriteButtons={true}
                      onOpenPost={props.onOpenPost}
                      onWriteForDay={props.onWriteForDay}
                    />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
