import * as React from 'react';
import { Body1, Button, Field, Input, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { attendanceDates, parseAttendance } from '../../core/participation/attendance';
import { IsoDate, parseIsoDate } from '../../core/time/calendarDate';
import { formatDateShort } from '../../core/time/dutchFormat';
import { formatString } from '../shared/formatString';
import { ErrorMessageBar, LoadingView, SuccessStatus } from '../shared/StatusMessages';
import { useAsyncData } from '../shared/useAsyncData';
import { useIsMounted } from '../shared/useIsMounted';
import { AttendanceEntryProps } from './AttendanceEntry.types';
import { useAttendanceEntryStyles } from './useAttendanceEntryStyles';

/**
 * "Opkomst": after a date, the organiser enters how many people came — a number, never who —
 * so HR can show "signed up vs. came". One row per date that has started; Enter saves a row.
 */
export function AttendanceEntry(props: AttendanceEntryProps): JSX.Element {
  const styles = useAttendanceEntryStyles();
  const { api, activity, locale } = props;
  const isMounted = useIsMounted();
  const headingId = useId('sb-attendance-heading');
  const idPrefix = useId('sb-attendance');
  const [state, reload] = useAsyncData(() => api.loadAttendance(activity), [api, activity]);
  const [typed, setTyped] = React.useState<{ [date: string]: string }>({});
  const [invalid, setInvalid] = React.useState<{ [date: string]: boolean }>({});
  const [saving, setSaving] = React.useState<IsoDate | undefined>(undefined);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const dates = attendanceDates(activity, props.now());

  const dateText = (date: IsoDate): string => {
    const parsed = parseIsoDate(date);
    return parsed ? formatDateShort(parsed, locale) : date;
  };
  const signedUp = (date: IsoDate): number | undefined => {
    const slot = props.slots.filter((s) => s.sessionDate === date)[0] || props.slots.filter((s) => s.sessionDate === null)[0];
    return slot ? slot.confirmed.length : undefined;
  };

  const save = (date: IsoDate): void => {
    const count = parseAttendance(typed[date] || '');
    if (count === undefined) {
      setInvalid((m) => ({ ...m, [date]: true }));
      const input = document.getElementById(`${idPrefix}-${date}`);
      if (input) {
        input.focus();
      }
      return;
    }
    setInvalid((m) => ({ ...m, [date]: false }));
    setSaving(date);
    setFailure(undefined);
    setAnnouncement('');
    api.recordAttendance(activity, date, count).then(
      () => {
        if (isMounted.current) {
          setSaving(undefined);
          setAnnouncement(formatString(strings.StudioAttendanceSaved, dateText(date), String(count)));
        }
      },
      (error: unknown) => {
        if (isMounted.current) {
          // What was typed stays in the field, to try again.
          setSaving(undefined);
          setFailure(error);
        }
      }
    );
  };

  let body: JSX.Element;
  if (dates.length === 0) {
    body = <Body1 as="p">{strings.StudioAttendanceNone}</Body1>;
  } else if (state.status === 'loading') {
    body = <LoadingView label={strings.StudioAttendanceLoading} />;
  } else if (state.status === 'error') {
    body = <ErrorMessageBar error={state.error} onRetry={reload} />;
  } else {
    const stored = state.data;
    body = (
      <ul className={styles.list}>
        {dates.map((date) => {
          const text = dateText(date);
          const value = typed[date] !== undefined ? typed[date] : stored[date] !== undefined ? String(stored[date]) : '';
          const count = signedUp(date);
          return (
            <li key={date} data-attendance={date}>
              <form
                className={styles.row}
                onSubmit={(e) => {
                  e.preventDefault();
                  save(date);
                }}
              >
                <Field
                  className={styles.field}
                  label={formatString(strings.StudioAttendanceLabel, text)}
                  validationState={invalid[date] ? 'error' : 'none'}
                  validationMessage={invalid[date] ? strings.StudioAttendanceInvalid : undefined}
                >
                  <Input
                    id={`${idPrefix}-${date}`}
                    inputMode="numeric"
                    value={value}
                    onChange={(_, d) => setTyped((m) => ({ ...m, [date]: d.value }))}
                  />
                </Field>
                {count !== undefined && <span className={styles.signedUp}>{formatString(strings.StudioAttendanceSignedUp, String(count))}</span>}
                <Button type="submit" disabled={saving !== undefined} aria-label={formatString(strings.StudioAttendanceSaveFor, text)}>
                  {strings.StudioAttendanceSave}
                </Button>
              </form>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId} data-attendance-entry>
      <h4 id={headingId} className={styles.heading}>
        {strings.StudioAttendanceTitle}
      </h4>
      <Body1 as="p">{strings.StudioAttendanceText}</Body1>
      <SuccessStatus text={announcement} data-attendance-status />
      {failure !== undefined && <ErrorMessageBar error={failure} />}
      {body}
    </section>
  );
}
