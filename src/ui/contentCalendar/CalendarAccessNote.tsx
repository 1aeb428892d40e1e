import * as React from 'react';
import * as strings from 'SamenBeterStrings';
import { useCalendarAccessNoteStyles } from './useCalendarAccessNoteStyles';

/**
 * What someone who is neither Communications nor an owner sees instead of the calendar: what
 * it is, why it is not theirs, and where the news and the theme of the week are. No planning
 * warnings, no month: those are Communications' to-do list.
 */
export function CalendarAccessNote(): JSX.Element {
  const styles = useCalendarAccessNoteStyles();
  return (
    <div className={styles.root} data-calendar-for-employees>
      <h2 className={styles.heading}>{strings.CalendarTitle}</h2>
      <p className={styles.text}>{strings.CalendarForEmployeesText}</p>
      <p className={styles.text}>{strings.CalendarForEmployeesWhere}</p>
    </div>
  );
}
