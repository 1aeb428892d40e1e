import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import * as strings from 'SamenBeterStrings';
import { hasUnpublishedChanges, postStatus } from '../../core/news/postStatus';
import { holidayName, POST_STATUS_COLOR, postStatusLabel } from './calendarFormat';
import { DayChipsProps } from './CalendarChips.types';
import { useCalendarChipsStyles } from './useCalendarChipsStyles';

/** Marks the chips inside a grid cell, so the grid's keyboard handling can find them. */
export const CHIP_ATTRIBUTE: string = 'data-calendar-chip';

/**
 * A day's public holiday (a quiet marker: "Tweede Kerstdag"; read out as "Feestdag, vrije
 * dag: …"), the municipality's closing day (the same kind of marker, read out as
 * "Sluitingsdag: Carnavalsmaandag"), national days and posts (with their status as a word: concept, gepland,
 * gepubliceerd — and "wijzigingen niet gepubliceerd" for a published page with a newer
 * draft), as compact chips.
 */
export function DayChips(props: DayChipsProps): JSX.Element | null {
  const styles = useCalendarChipsStyles();
  const holiday = props.holiday;
  const closingDay = props.closingDay;
  if (props.posts.length === 0 && props.nationalDays.length === 0 && !holiday && !closingDay) {
    return null;
  }
  const tabIndex = props.tabbable ? undefined : -1;
  const chipProps = { [CHIP_ATTRIBUTE]: '' };
  return (
    <ul className={styles.list}>
      {holiday && (
        <li className={styles.item} data-holiday={holiday.key}>
          <span className={mergeClasses(styles.chip, styles.holiday)}>
            <span className={styles.visuallyHidden}>{holiday.dayOff ? strings.CalendarHolidayDayOff : strings.CalendarHoliday}: </span>
            <span className={styles.title}>{holidayName(holiday, props.locale)}</span>
          </span>
        </li>
      )}
      {closingDay && (
        <li className={styles.item} data-closing-day={closingDay.name}>
          <span className={mergeClasses(styles.chip, styles.holiday)}>
            <span className={styles.visuallyHidden}>{strings.CalendarClosingDay}: </span>
            <span className={styles.title}>{closingDay.name}</span>
          </span>
        </li>
      )}
      {props.nationalDays.map((occurrence) => {
        const content = (
          <>
            <span className={styles.visuallyHidden}>{strings.CalendarNationalDay}: </span>
            <span className={styles.title}>{occurrence.day.title}</span>
          </>
        );
        return (
          <li key={`nd-${occurrence.day.id}-${occurrence.start}`} className={styles.item} data-national-day={occurrence.day.title}>
            {props.canWrite && !props.showWriteButtons ? (
              <button
                type="button"
                className={mergeClasses(styles.chip, styles.nationalDay, styles.button)}
                tabIndex={tabIndex}
                title={strings.CalendarWriteForDay}
                onClick={() => props.onWriteForDay(props.date, occurrence)}
                data-national-day-button={occurrence.day.title}
                {...chipProps}
              >
                {content}
              </button>
            ) : (
              <span className={mergeClasses(styles.chip, styles.nationalDay)}>{content}</span>
            )}
            {props.canWrite && props.showWriteButtons && (
              <Button size="small" appearance="secondary" onClick={() => props.onWriteForDay(props.date, occurrence)}>
                {strings.CalendarWriteForDay}
              </Button>
            )}
          </li>
        );
      })}
      {props.posts.map((post) => {
        const status = postStatus(post);
        const changes = status === 'published' && hasUnpublishedChanges(post);
        const content = (
          <>
            <span className={styles.badges}>
              <Pill className={styles.badge} size="small" appearance="tint" color={POST_STATUS_COLOR[status]}>
                {postStatusLabel(status)}
              </Pill>
              {changes && (
                <Pill className={styles.badge} size="small" appearance="outline" color="warning" data-unpublished-changes>
                  {strings.CalendarStatusUnpublishedChanges}
                </Pill>
              )}
            </span>
            <span className={styles.title}>{post.title}</span>
          </>
        );
        return (
          <li key={`post-${post.id}`} className={styles.item} data-post-status={status}>
            {props.canWrite ? (
              <button
                type="button"
                className={mergeClasses(styles.chip, styles.button)}
                tabIndex={tabIndex}
                onClick={() => props.onOpenPost(post)}
                {...chipProps}
              >
                {content}
              </button>
            ) : (
              <span className={styles.chip}>{content}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
