import * as React from 'react';
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Textarea, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import {
  CLOSING_DAY_FIELD_ORDER,
  closingDayInputOf,
  ClosingDayForm,
  closingDayWarning,
  ClosingDayWarning,
  validateClosingDayForm
} from '../../core/calendar/closingDayForm';
import { ClosingDay } from '../../core/calendar/daysOff';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { CalendarDate, IsoDate, parseIsoDate, toIsoDate } from '../../core/time/calendarDate';
import { DisplayLocale, formatDateLong } from '../../core/time/dutchFormat';
import { ValidationError } from '../../core/validation/validationError';
import { formatString } from '../shared/formatString';
import { ErrorMessageBar, LoadingView, SuccessStatus } from '../shared/StatusMessages';
import { useAsyncData } from '../shared/useAsyncData';
import { useIsMounted } from '../shared/useIsMounted';
import { ClosingDaysPanelProps } from './ClosingDaysPanel.types';
import { useClosingDaysPanelStyles } from './useClosingDaysPanelStyles';

const EMPTY_FORM: ClosingDayForm = { date: '', name: '', note: '' };

type Pending = { kind: 'idle' } | { kind: 'adding' } | { kind: 'confirming'; id: number } | { kind: 'deleting'; id: number };

/** 'maandag 8 februari 2027' | 'Monday, February 8, 2027'. */
function longDate(date: IsoDate, locale: DisplayLocale): string {
  const day: CalendarDate | null = parseIsoDate(date);
  return day ? formatDateLong(day, locale) : date;
}

function byDate(a: ClosingDay, b: ClosingDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id;
}

/** A validation error of the form as one Dutch (or English) sentence. */
export function closingDayErrorText(error: ValidationError, locale: DisplayLocale): string {
  const label = error.field === 'name' ? strings.StudioClosingDayName : error.field === 'note' ? strings.StudioClosingDayNote : strings.StudioClosingDayDate;
  switch (error.code) {
    case 'required':
      return error.field === 'name' ? strings.StudioClosingDayErrNameRequired : strings.StudioClosingDayErrDateRequired;
    case 'dateInvalid':
      return strings.StudioClosingDayErrDateInvalid;
    case 'dateInPast':
      return strings.StudioClosingDayErrDateInPast;
    case 'notAllowed':
      return formatString(strings.StudioClosingDayErrDuplicate, longDate(String(error.params.date || ''), locale), String(error.params.name));
    case 'maxLength':
      return formatString(strings.StudioErrMaxLength, label, String(error.params.max), String(error.params.length));
    default:
      return formatString(strings.StudioErrOther, label);
  }
}

function warningText(warning: ClosingDayWarning, date: IsoDate, locale: DisplayLocale): string {
  if (warning.kind === 'publicHoliday') {
    const name = locale === 'nl-NL' ? warning.holiday.name.nl : warning.holiday.name.en;
    return formatString(strings.StudioClosingDayWarnHoliday, longDate(date, locale), name);
  }
  return formatString(strings.StudioClosingDayWarnWeekend, longDate(date, locale));
}

/**
 * Beheer → Sluitingsdagen (owners): the municipality's own closing days from today on, by date,
 * with add and delete. Everyone reads the list; SharePoint lets only the owners write it
 * (data/schema/lists.ts), so an error from the server is shown as it is. Weekly series in the
 * studio skip these days and the content calendar shows them.
 */
export function ClosingDaysPanel(props: ClosingDaysPanelProps): JSX.Element {
  const styles = useClosingDaysPanelStyles();
  const { api, locale } = props;
  const isMounted = useIsMounted();
  const [state, reload] = useAsyncData(() => api.loadClosingDays(props.now()), [api]);
  const [days, setDays] = React.useState<ClosingDay[]>([]);
  const [form, setForm] = React.useState<ClosingDayForm>(EMPTY_FORM);
  const [showErrors, setShowErrors] = React.useState(false);
  const [pending, setPending] = React.useState<Pending>({ kind: 'idle' });
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const headingId = useId('sb-closing-days-heading');
  const listHeadingId = useId('sb-closing-days-list');
  const addHeadingId = useId('sb-closing-days-add');
  const fieldIds: { [field: string]: string } = {
    date: useId('sb-closing-day-date'),
    name: useId('sb-closing-day-name'),
    note: useId('sb-closing-day-note')
  };
  const listHeadingRef = React.useRef<HTMLHeadingElement>(null);
  const deleteButtons = React.useRef<{ [id: number]: HTMLButtonElement | null }>({});
  const confirmRef = React.useRef<HTMLButtonElement>(null);

  React.useEffect(() => {
    if (state.status === 'ready') {
      setDays(state.data.slice().sort(byDate));
    }
  }, [state]);

  // Tell the studio after the owner's own changes (not after loading), so the form uses them.
  const changedHere = React.useRef(false);
  const onChanged = props.onChanged;
  React.useEffect(() => {
    if (changedHere.current && onChanged) {
      changedHere.current = false;
      onChanged(days);
    }
  }, [days]);

  // The confirmation takes focus, so a keyboard user answers it at once; "Annuleren" gives it
  // back to the row's button once that is rendered again.
  const focusDeleteOf = React.useRef<number | undefined>(undefined);
  React.useEffect(() => {
    if (pending.kind === 'confirming' && confirmRef.current) {
      confirmRef.current.focus();
    } else if (pending.kind === 'idle' && focusDeleteOf.current !== undefined) {
      const button = deleteButtons.current[focusDeleteOf.current];
      focusDeleteOf.current = undefined;
      if (button) {
        button.focus();
      }
    }
  }, [pending]);

  const today = toIsoDate(amsterdamDateOf(props.now()));
  const errors = validateClosingDayForm(form, days, today);
  const errorOf = (field: string): ValidationError | undefined => (showErrors ? errors.filter((e) => e.field === field)[0] : undefined);
  const warning = closingDayWarning(form.date);
  const dateError = errorOf('date');
  const busy = pending.kind === 'adding' || pending.kind === 'deleting';

  const set = (patch: Partial<ClosingDayForm>): void => {
    setForm((f) => ({ ...f, ...patch }));
    setAnnouncement('');
  };

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    setShowErrors(true);
    setFailure(undefined);
    if (errors.length > 0) {
      const first = CLOSING_DAY_FIELD_ORDER.filter((f) => errors.some((e) => e.field === f))[0];
      const control = document.getElementById(fieldIds[first]);
      if (control) {
        control.focus();
      }
      return;
    }
    const input = closingDayInputOf(form);
    setPending({ kind: 'adding' });
    api.addClosingDay(input).then(
      (added) => {
        if (!isMounted.current) {
          return;
        }
        changedHere.current = true;
        setDays((list) => list.concat([added]).sort(byDate));
        setForm(EMPTY_FORM);
        setShowErrors(false);
        setPending({ kind: 'idle' });
        setAnnouncement(formatString(strings.StudioClosingDayAdded, added.name, longDate(added.date, locale)));
        const control = document.getElementById(fieldIds.date);
        if (control) {
          control.focus();
        }
      },
      (error: unknown) => {
        if (isMounted.current) {
          setFailure(error);
          setPending({ kind: 'idle' });
        }
      }
    );
  };

  const remove = (day: ClosingDay): void => {
    setPending({ kind: 'deleting', id: day.id });
    setFailure(undefined);
    api.deleteClosingDay(day.id).then(
      () => {
        if (!isMounted.current) {
          return;
        }
        changedHere.current = true;
        setDays((list) => list.filter((d) => d.id !== day.id));
        setPending({ kind: 'idle' });
        setAnnouncement(formatString(strings.StudioClosingDayDeleted, day.name, longDate(day.date, locale)));
        // The row is gone: focus goes to the list's heading, not to the page's top.
        if (listHeadingRef.current) {
          listHeadingRef.current.focus();
        }
      },
      (error: unknown) => {
        if (isMounted.current) {
          setFailure(error);
          setPending({ kind: 'idle' });
        }
      }
    );
  };

  const cancelDelete = (id: number): void => {
    focusDeleteOf.current = id;
    setPending({ kind: 'idle' });
  };

  let list: JSX.Element;
  if (state.status === 'loading') {
    list = <LoadingView label={strings.StudioClosingDaysLoading} />;
  } else if (state.status === 'error') {
    list = <ErrorMessageBar error={state.error} onRetry={reload} />;
  } else if (days.length === 0) {
    list = (
      <Body1 as="p" data-closing-days-empty>
        {strings.StudioClosingDaysEmpty}
      </Body1>
    );
  } else {
    list = (
      <ul className={styles.list} aria-labelledby={listHeadingId}>
        {days.map((day) => {
          const dateText = longDate(day.date, locale);
          const confirming = (pending.kind === 'confirming' || pending.kind === 'deleting') && pending.id === day.id;
          return (
            <li key={day.id} className={styles.item} data-closing-day={day.date}>
              <span className={styles.itemText}>
                <time className={styles.date} dateTime={day.date}>
                  {dateText}
                </time>
                <span>{day.name}</span>
                {day.note && <span className={styles.note}>{day.note}</span>}
              </span>
              {confirming ? (
                <MessageBar intent="warning" data-delete-confirm>
                  <MessageBarBody>
                    <div className={styles.confirm}>
                      <span>{formatString(strings.StudioClosingDayDeleteConfirm, day.name, dateText)}</span>
                      <Button ref={confirmRef} appearance="primary" disabled={busy} onClick={() => remove(day)}>
                        {strings.StudioClosingDayDeleteYes}
                      </Button>
                      <Button disabled={busy} onClick={() => cancelDelete(day.id)}>
                        {strings.StudioClosingDayDeleteNo}
                      </Button>
                    </div>
                  </MessageBarBody>
                </MessageBar>
              ) : (
                <Button
                  ref={(el: HTMLButtonElement | null) => {
                    deleteButtons.current[day.id] = el;
                  }}
                  disabled={busy}
                  aria-label={formatString(strings.StudioClosingDayDeleteFor, day.name, dateText)}
                  onClick={() => {
                    setAnnouncement('');
                    setPending({ kind: 'confirming', id: day.id });
                  }}
                >
                  {strings.StudioClosingDayDelete}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId} data-closing-days-panel>
      <h3 id={headingId} className={styles.heading}>
        {strings.StudioClosingDaysTitle}
      </h3>
      <Body1 as="p">{strings.StudioClosingDaysText}</Body1>
      <SuccessStatus text={announcement} data-closing-days-status />
      {failure !== undefined && <ErrorMessageBar error={failure} />}
      <h4 id={listHeadingId} ref={listHeadingRef} tabIndex={-1} className={styles.subHeading}>
        {strings.StudioClosingDaysUpcoming}
      </h4>
      {list}
      {state.status === 'ready' && (
        <form className={styles.form} aria-labelledby={addHeadingId} onSubmit={submit} noValidate data-closing-day-form>
          <h4 id={addHeadingId} className={styles.subHeading}>
            {strings.StudioClosingDaysAdd}
          </h4>
          <Field
            label={strings.StudioClosingDayDate}
            required
            validationState={dateError ? 'error' : warning ? 'warning' : 'none'}
            validationMessage={dateError ? closingDayErrorText(dateError, locale) : warning ? warningText(warning, form.date.trim(), locale) : undefined}
          >
            <Input id={fieldIds.date} type="date" value={form.date} onChange={(_, d) => set({ date: d.value })} data-field="date" />
          </Field>
          <Field
            label={strings.StudioClosingDayName}
            hint={strings.StudioClosingDayNameHint}
            required
            validationState={errorOf('name') ? 'error' : 'none'}
            validationMessage={errorOf('name') ? closingDayErrorText(errorOf('name') as ValidationError, locale) : undefined}
          >
            <Input id={fieldIds.name} value={form.name} onChange={(_, d) => set({ name: d.value })} data-field="name" />
          </Field>
          <Field
            label={strings.StudioClosingDayNote}
            hint={strings.StudioClosingDayNoteHint}
            validationState={errorOf('note') ? 'error' : 'none'}
            validationMessage={errorOf('note') ? closingDayErrorText(errorOf('note') as ValidationError, locale) : undefined}
          >
            <Textarea id={fieldIds.note} value={form.note} onChange={(_, d) => set({ note: d.value })} resize="vertical" data-field="note" />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {pending.kind === 'adding' ? strings.StudioClosingDayAdding : strings.StudioClosingDayAddButton}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
