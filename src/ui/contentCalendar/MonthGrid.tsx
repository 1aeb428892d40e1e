import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { shiftMonthKeepingDay } from '../../core/contentCalendar/monthGrid';
import { addDays, CalendarDate, IsoDate, parseIsoDate, toIsoDate, weekdayOf } from '../../core/time/calendarDate';
import { weekdayName } from '../../core/time/dutchFormat';
import { formatString } from '../shared/formatString';
import { themeLabel } from '../shared/labels';
import { CHIP_ATTRIBUTE, DayChips } from './CalendarChips';
import { dayOfMonth, longDay } from './calendarFormat';
import { MonthGridProps } from './MonthGrid.types';
import { useMonthGridStyles } from './useMonthGridStyles';

/** Monday first; weekdayName numbers Sunday 0. */
const WEEKDAYS: number[] = [1, 2, 3, 4, 5, 6, 0];

/** The date a navigation key leads to from `from`, or null for other keys. */
export function dateForKey(key: string, from: IsoDate): { date: IsoDate; monthJump: boolean } | null {
  const date = parseIsoDate(from) as CalendarDate;
  const isoWeekday = (weekdayOf(date.year, date.month, date.day) + 6) % 7; // 0 = Monday
  const move = (days: number): { date: IsoDate; monthJump: boolean } => ({ date: toIsoDate(addDays(date, days)), monthJump: false });
  switch (key) {
    case 'ArrowLeft':
      return move(-1);
    case 'ArrowRight':
      return move(1);
    case 'ArrowUp':
      return move(-7);
    case 'ArrowDown':
      return move(7);
    case 'Home':
      return move(-isoWeekday);
    case 'End':
      return move(6 - isoWeekday);
    case 'PageUp':
      return { date: toIsoDate(shiftMonthKeepingDay(date, -1)), monthJump: true };
    case 'PageDown':
      return { date: toIsoDate(shiftMonthKeepingDay(date, 1)), monthJump: true };
    default:
      return null;
  }
}

function chipsOf(cell: HTMLElement): HTMLElement[] {
  return Array.prototype.slice.call(cell.querySelectorAll(`[${CHIP_ATTRIBUTE}]`));
}

/**
 * The month as an ARIA grid: a week-number column (with the week's theme) and ma..zo.
 * One day is tabbable (roving tabindex); arrows move a day or a week, Home/End to the
 * start/end of the week, Page Up/Down a month. Enter moves into the day's chips
 * (arrows between them, Escape back to the day).
 */
export function MonthGrid(props: MonthGridProps): JSX.Element {
  const styles = useMonthGridStyles();
  const gridRef = React.useRef<HTMLDivElement>(null);
  const pendingFocus = React.useRef(false);
  const { grid, entries, locale, activeDate } = props;
  const allDates = grid.weeks.reduce((list, w) => list.concat(w.days.map((d) => d.date)), [] as IsoDate[]);
  const tabbableDate = allDates.indexOf(activeDate) >= 0 ? activeDate : grid.weeks[0].days.filter((d) => d.inMonth)[0].date;

  // After a keyboard move (also into another month) focus follows the active day.
  React.useEffect(() => {
    if (!pendingFocus.current || !gridRef.current) {
      return;
    }
    const cell = gridRef.current.querySelector<HTMLElement>(`[data-date="${activeDate}"]`);
    if (cell) {
      pendingFocus.current = false;
      cell.focus();
    }
  });

  const onCellKeyDown = (event: React.KeyboardEvent<HTMLElement>, date: IsoDate): void => {
    const cell = event.currentTarget;
    if (event.target !== cell) {
      // Inside the day's chips.
      const chips = chipsOf(cell);
      const index = chips.indexOf(event.target as HTMLElement);
      if (event.key === 'Escape') {
        event.preventDefault();
        cell.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
        event.preventDefault();
        if (index + 1 < chips.length) {
          chips[index + 1].focus();
        }
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
        event.preventDefault();
        if (index > 0) {
          chips[index - 1].focus();
        }
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const chips = chipsOf(cell);
      if (chips.length > 0) {
        event.preventDefault();
        chips[0].focus();
      }
      return;
    }
    const target = dateForKey(event.key, date);
    if (target) {
      event.preventDefault();
      pendingFocus.current = true;
      props.onNavigate(target.date, target.monthJump);
    }
  };

  return (
    <div className={styles.scroller}>
      <div ref={gridRef} role="grid" aria-labelledby={props.labelledBy} className={styles.grid} data-calendar-grid>
        <div role="row" className={styles.headerRow}>
          <div role="columnheader" className={styles.columnHeader}>
            {strings.CalendarWeekColumn}
          </div>
          {WEEKDAYS.map((weekday) => (
            <div role="columnheader" key={weekday} className={styles.columnHeader}>
              <span className={styles.visuallyHidden}>{weekdayName(weekday, locale, 'long')}</span>
              <span aria-hidden="true">{weekdayName(weekday, locale, 'short')}</span>
            </div>
          ))}
        </div>
        {grid.weeks.map((week) => {
          const theme = entries.themesByWeek[week.key];
          return (
            <div role="row" key={week.key} className={styles.row} data-week={week.key}>
              <div role="rowheader" className={styles.rowHeader}>
                <span className={styles.weekNumber}>
                  <span className={styles.visuallyHidden}>{formatString(strings.CalendarWeekHeading, week.isoWeek)}</span>
                  <span aria-hidden="true">{formatString(strings.CalendarWeekShort, week.isoWeek)}</span>
                </span>
                {theme ? (
                  <span className={styles.theme} data-week-theme={theme.theme}>
                    <span className={styles.visuallyHidden}>{formatString(strings.CalendarThemeLabel, '')}</span>
                    {themeLabel(theme.theme)}
                  </span>
                ) : (
                  <span className={styles.noTheme}>{strings.CalendarNoTheme}</span>
                )}
              </div>
              {week.days.map((day) => {
                const isToday = day.date === props.today;
                return (
                  <div
                    role="gridcell"
                    key={day.date}
                    data-date={day.date}
                    tabIndex={day.date === tabbableDate ? 0 : -1}
                    aria-current={isToday ? 'date' : undefined}
                    className={mergeClasses(styles.cell, !day.inMonth && styles.outside)}
                    onKeyDown={(event) => onCellKeyDown(event, day.date)}
                    onFocus={() => {
                      if (day.date !== activeDate) {
                        props.onActivate(day.date);
                      }
                    }}
                  >
                    <span className={styles.visuallyHidden}>{longDay(day.date, locale)}</span>
                    <span aria-hidden="true" className={mergeClasses(styles.dayNumber, isToday && styles.today)}>
                      {dayOfMonth(day.date)}
                    </span>
                    <DayChips
                      date={day.date}
                      posts={entries.postsByDate[day.date] || []}
                      nationalDays={entries.nationalDaysByDate[day.date] || []}
                      holiday={entries.holidaysByDate[day.date]}
                      closingDay={entries.closingDaysByDate[day.date]}
                      locale={locale}
                      canWrite={props.canWrite}
                      tabbable={false}
                      showWriteButtons={false}
                      onOpenPost={props.onOpenPost}
                      onWriteForDay={props.onWriteForDay}
                    />
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
