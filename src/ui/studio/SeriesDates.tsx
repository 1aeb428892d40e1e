import * as React from 'react';
import { Button, Field, Input, mergeClasses } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { DayOff } from '../../core/calendar/daysOff';
import { IsoDate, parseIsoDate } from '../../core/time/calendarDate';
import { DisplayLocale, formatDateLong } from '../../core/time/dutchFormat';
import { formatString } from '../shared/formatString';
import { dayMonthLabel, skippedLabel } from './studioDraft';
import { useStudioStyles } from './useStudioStyles';

export interface SeriesDatesProps {
  /** Id of the list group. */
  id: string;
  /** Id of the "Extra datum" field (the error summary links here). */
  newDateId: string;
  /** The dates that will be saved, ascending. */
  dates: ReadonlyArray<IsoDate>;
  /** The "Extra datum" input's value. */
  newDate: string;
  /** The list is not "every week": say so next to the list. */
  irregular: boolean;
  locale: DisplayLocale;
  /** A validation message about the list (after a submit). */
  listMessage?: string;
  /** A validation message about the "Extra datum" input (after a submit). */
  newDateMessage?: string;
  onRemove: (date: IsoDate) => void;
  onNewDate: (value: string) => void;
  /** Adds the typed date; returns why it cannot be added (then nothing changed). */
  onAdd: () => string | undefined;
  /** The weeks left out for a public holiday or closing day: "Overgeslagen: …". */
  skipped?: ReadonlyArray<DayOff>;
  /** The day off on a date, if any: a listed or typed date on one gets a warning. */
  dayOffOf?: (date: IsoDate) => DayOff | undefined;
  /** The municipality's closing days could not be read: only public holidays are skipped. */
  closingDaysUnknown?: boolean;
}

/** "Let op: 25 december is Eerste Kerstdag; …": the warning for one date on a day off. */
export function dayOffWarning(off: DayOff, locale: DisplayLocale): string {
  const name = locale === 'nl-NL' ? off.name.nl : off.name.en;
  return formatString(off.kind === 'publicHoliday' ? strings.StudioDateHolidayWarning : strings.StudioDateClosingWarning, dayMonthLabel(off.date, locale), name);
}

/**
 * The dates of a weekly drop-in or a programme, one per row, as they will be saved: each
 * can be removed (a skipped week), and a date can be added. Built for a phone: one column,
 * buttons with the date in their accessible name, focus kept in the list after a removal.
 */
export function SeriesDates(props: SeriesDatesProps): JSX.Element {
  const styles = useStudioStyles();
  const [addMessage, setAddMessage] = React.useState<string | undefined>(undefined);
  const listRef = React.useRef<HTMLDivElement>(null);
  const newDateRef = React.useRef<HTMLInputElement>(null);
  // After a removal, focus goes to the row that took its place (or the add input).
  const focusIndex = React.useRef<number | null>(null);
  const labelId = `${props.id}-label`;
  const hintId = `${props.id}-hint`;
  const messageId = `${props.id}-message`;
  const skippedId = `${props.id}-skipped`;
  const { dates } = props;

  React.useEffect(() => {
    const index = focusIndex.current;
    if (index === null) {
      return;
    }
    focusIndex.current = null;
    const buttons = listRef.current ? listRef.current.querySelectorAll<HTMLElement>('[data-remove-date]') : [];
    const target = buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : newDateRef.current;
    if (target) {
      target.focus();
    }
  }, [dates]);

  const years = dates.map((d) => d.substring(0, 4)).filter((y, i, all) => all.indexOf(y) === i);
  const withYear = years.length > 1;
  const add = (): void => setAddMessage(props.onAdd());
  const newDateMessage = addMessage || props.newDateMessage;
  const dayOffOf = (date: IsoDate): DayOff | undefined => (props.dayOffOf ? props.dayOffOf(date) : undefined);
  // Not an error: the organiser may mean it (a Koningsdag run); they are told, not stopped.
  const newDateOff = !newDateMessage && parseIsoDate(props.newDate.trim()) ? dayOffOf(props.newDate.trim()) : undefined;
  const skipped = props.skipped || [];

  return (
    <div
      ref={listRef}
      id={props.id}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={[hintId, skipped.length > 0 ? skippedId : '', props.listMessage ? messageId : ''].filter((id) => id).join(' ')}
      className={styles.dateList}
      data-date-list
    >
      <span id={labelId} className={styles.subTitle}>
        {formatString(strings.StudioDatesLabel, dates.length)}
      </span>
      <span id={hintId} className={styles.hint}>
        {props.irregular ? `${strings.StudioDatesIrregular} ` : ''}
        {strings.StudioDatesHint}
      </span>
      {skipped.length > 0 && (
        <span id={skippedId} className={styles.hint} data-skipped-dates>
          {formatString(strings.StudioDatesSkipped, skippedLabel(skipped, props.locale))}
        </span>
      )}
      {props.closingDaysUnknown && (
        <span className={styles.hint} data-closing-days-unknown>
          {strings.StudioClosingDaysUnknown}
        </span>
      )}
      {dates.length === 0 ? (
        <span className={styles.hint}>{strings.StudioDatesEmpty}</span>
      ) : (
        <ul className={styles.dateItems}>
          {dates.map((date, i) => {
            const parsed = parseIsoDate(date);
            const off = parsed ? dayOffOf(date) : undefined;
            return (
              <li key={`${i}-${date}`} className={styles.dateItem} data-date={date}>
                <span className={styles.grow}>
                  {parsed ? formatDateLong(parsed, props.locale) : date}
                  {off && (
                    <span className={styles.hint} data-day-off>
                      {' '}
                      {formatString(strings.StudioDatesRowClosed, props.locale === 'nl-NL' ? off.name.nl : off.name.en)}
                    </span>
                  )}
                </span>
                <Button
                  appearance="subtle"
                  aria-label={formatString(strings.StudioDatesRemove, dayMonthLabel(date, props.locale, withYear))}
                  onClick={() => {
                    focusIndex.current = i;
                    props.onRemove(date);
                  }}
                  data-remove-date={date}
                >
                  {strings.StudioDatesRemoveShort}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {props.listMessage && (
        <div id={messageId} role="alert" className={styles.message}>
          {props.listMessage}
        </div>
      )}
      <div className={styles.row}>
        <Field
          id={props.newDateId}
          label={strings.StudioDatesNew}
          className={mergeClasses(styles.grow, styles.field)}
          validationMessage={newDateMessage || (newDateOff ? dayOffWarning(newDateOff, props.locale) : undefined)}
          validationState={newDateMessage ? 'error' : newDateOff ? 'warning' : undefined}
        >
          <Input
            ref={newDateRef}
            type="date"
            value={props.newDate}
            onChange={(_, d) => {
              setAddMessage(undefined);
              props.onNewDate(d.value);
            }}
            onKeyDown={(e) => {
              // Enter adds the date; it must not submit the whole form.
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            data-field="newDate"
          />
        </Field>
        <Button onClick={add} data-add-date>
          {strings.StudioDatesAdd}
        </Button>
      </div>
    </div>
  );
}
