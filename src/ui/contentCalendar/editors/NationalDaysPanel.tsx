import * as React from 'react';
import { Button, Checkbox, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text, Textarea, useId } from '@fluentui/react-components';
import { Pill } from '../../shared/Pill';
import { useIsMounted } from '../../shared/useIsMounted';
import { EditorDialog } from './EditorDialog';
import * as strings from 'SamenBeterStrings';
import { durationOf, validateNationalDay } from '../../../core/calendar/nationalDays';
import { DisplayLocale, monthName, weekdayName } from '../../../core/time/dutchFormat';
import { NationalDay, Pillar, PILLARS } from '../../../core/types';
import { firstErrorFor, ValidationError } from '../../../core/validation/validationError';
import { errorMessage } from '../../shared/errorMessage';
import { formatString } from '../../shared/formatString';
import { pillarLabel } from '../../shared/labels';
import { editorValidationMessage, sortByFieldOrder } from './editorMessages';
import {
  datesInYearText,
  emptyNationalDayForm,
  NationalDayForm,
  nationalDayFormOf,
  nationalDayInputOf,
  nationalDayInputOfDay,
  RULE_KINDS,
  RuleKind,
  ruleInWords
} from './nationalDayForm';
import { NationalDaysPanelProps } from './NationalDaysPanel.types';
import { useNationalDaysPanelStyles } from './useNationalDaysPanelStyles';

const FIELD_ORDER: ReadonlyArray<string> = ['title', 'rule', 'rule.month', 'rule.day', 'rule.weekday', 'rule.n', 'rule.dates', 'durationDays'];
const MONTHS: number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
// Monday first, as Dutch calendars show the week.
const WEEKDAYS: number[] = [1, 2, 3, 4, 5, 6, 0];

function dayFieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return strings.EditorFieldDayTitle;
    case 'durationDays':
      return strings.EditorFieldDuration;
    case 'rule.month':
      return strings.EditorFieldMonth;
    case 'rule.day':
      return strings.EditorFieldDay;
    case 'rule.weekday':
      return strings.EditorFieldWeekday;
    case 'rule.n':
      return strings.EditorFieldNth;
    case 'rule.dates':
      return strings.EditorFieldDates;
    default:
      return strings.EditorFieldRuleKind;
  }
}

function ruleKindLabel(kind: RuleKind): string {
  switch (kind) {
    case 'fixed':
      return strings.EditorRuleKindFixed;
    case 'nthWeekday':
      return strings.EditorRuleKindNth;
    case 'lastWeekday':
      return strings.EditorRuleKindLast;
    default:
      return strings.EditorRuleKindExplicit;
  }
}

interface Editing {
  /** Undefined for a new day. */
  id?: number;
  form: NationalDayForm;
}

/**
 * Communications' list of national days: each rule in words with the date(s) it gives in
 * `year`, switching days on and off, and a form to add a day or change its rule, duration,
 * pillar and description. validateNationalDay runs before anything is saved.
 */
export function NationalDaysPanel(props: NationalDaysPanelProps): JSX.Element {
  const styles = useNationalDaysPanelStyles();
  return (
    <EditorDialog open={props.open} onClose={props.onClose} className={styles.surface} surfaceAttributes={{ 'data-national-days': '' }}>
      {() => <NationalDaysBody {...props} />}
    </EditorDialog>
  );
}

function NationalDaysBody(props: NationalDaysPanelProps): JSX.Element {
  const styles = useNationalDaysPanelStyles();
  const locale: DisplayLocale = props.locale || 'nl-NL';
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [showErrors, setShowErrors] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const baseId = useId('sb-national-days');
  const fieldId = (field: string): string => `${baseId}-${field.replace(/\./g, '-')}`;
  const mounted = useIsMounted();

  const run = async (input: Parameters<NationalDaysPanelProps['onSave']>[0], id: number | undefined, done: () => void): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await props.onSave(input, id);
      if (mounted.current) {
        setBusy(false);
        done();
      }
    } catch (error) {
      if (mounted.current) {
        setBusy(false);
        setFailure(error);
      }
    }
  };

  // Back in the list, focus goes where the user came from: the day's "Wijzigen" button, or
  // "Dag toevoegen" for a new day. Without this it would fall to the page (and Escape would
  // no longer reach the dialog).
  const returnFocusTo = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    const selector = returnFocusTo.current;
    if (editing || !selector) {
      return;
    }
    returnFocusTo.current = undefined;
    const target = document.querySelector<HTMLElement>(`[data-national-days] ${selector}`);
    if (target) {
      target.focus();
    }
  }, [editing]);

  const startEditing = (next: Editing | undefined): void => {
    if (next === undefined && editing) {
      returnFocusTo.current = editing.id === undefined ? '[data-national-day-add]' : `[data-national-day="${editing.id}"] [data-edit-day]`;
    }
    setEditing(next);
    setShowErrors(false);
    setFailure(undefined);
  };

  const failureBar = failure !== undefined && (
    <MessageBar intent="error" role="alert" data-save-error>
      <MessageBarBody>{`${strings.EditorSaveFailed} ${errorMessage(failure)}`}</MessageBarBody>
    </MessageBar>
  );

  if (editing) {
    const form = editing.form;
    const input = nationalDayInputOf(form);
    const errors: ValidationError[] = sortByFieldOrder(validateNationalDay({ ...input, id: editing.id || 0 }), FIELD_ORDER);
    const set = (patch: Partial<NationalDayForm>): void => setEditing({ ...editing, form: { ...form, ...patch } });
    const fieldProps = (field: string): { id: string; validationMessage?: string; validationState?: 'error' } => {
      const error = showErrors ? firstErrorFor(errors, field) : undefined;
      return error
        ? { id: fieldId(field), validationMessage: editorValidationMessage(error, dayFieldLabel(field), locale), validationState: 'error' }
        : { id: fieldId(field) };
    };
    const preview = datesInYearText(input, props.year, locale);
    const save = (): void => {
      if (busy) {
        return;
      }
      if (errors.length > 0) {
        setShowErrors(true);
        // After React shows the messages: focus the first field in error.
        window.setTimeout(() => {
          const root = document.getElementById(fieldId(errors[0].field));
          const control = root && root.querySelector<HTMLElement>('input, select, textarea');
          if (control) {
            control.focus();
          }
        }, 0);
        return;
      }
      run(input, editing.id, () => startEditing(undefined)).catch(() => undefined);
    };
    const usesMonth = form.kind !== 'explicit';
    const usesWeekday = form.kind === 'nthWeekday' || form.kind === 'lastWeekday';

    return (
      <DialogBody>
        <DialogTitle>{editing.id === undefined ? strings.EditorDayNewTitle : strings.EditorDayEditTitle}</DialogTitle>
        <DialogContent>
          <div className={styles.form} aria-busy={busy} data-national-day-form>
            <Field label={strings.EditorFieldDayTitle} required {...fieldProps('title')}>
              <Input value={form.title} onChange={(_, d) => set({ title: d.value })} data-field="title" />
            </Field>
            <Field label={strings.EditorFieldRuleKind} {...fieldProps('rule')}>
              <Select value={form.kind} onChange={(_, d) => set({ kind: d.value as RuleKind })} data-field="kind">
                {RULE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ruleKindLabel(k)}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.row}>
              {form.kind === 'nthWeekday' && (
                <Field label={strings.EditorFieldNth} className={styles.grow} {...fieldProps('rule.n')}>
                  <Select value={form.n} onChange={(_, d) => set({ n: d.value })} data-field="n">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={String(n)}>
                        {[strings.EditorOrdinal1, strings.EditorOrdinal2, strings.EditorOrdinal3, strings.EditorOrdinal4, strings.EditorOrdinal5][n - 1]}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              {form.kind === 'fixed' && (
                <Field label={strings.EditorFieldDay} className={styles.grow} {...fieldProps('rule.day')}>
                  <Input inputMode="numeric" value={form.day} onChange={(_, d) => set({ day: d.value })} data-field="day" />
                </Field>
              )}
              {usesWeekday && (
                <Field label={strings.EditorFieldWeekday} className={styles.grow} {...fieldProps('rule.weekday')}>
                  <Select value={form.weekday} onChange={(_, d) => set({ weekday: d.value })} data-field="weekday">
                    {WEEKDAYS.map((w) => (
                      <option key={w} value={String(w)}>
                        {weekdayName(w, locale, 'long')}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              {usesMonth && (
                <Field label={strings.EditorFieldMonth} className={styles.grow} {...fieldProps('rule.month')}>
                  <Select value={form.month} onChange={(_, d) => set({ month: d.value })} data-field="month">
                    {MONTHS.map((m) => (
                      <option key={m} value={String(m)}>
                        {monthName(m, locale, 'long')}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            </div>
            {form.kind === 'explicit' && (
              <Field label={strings.EditorFieldDates} hint={strings.EditorDatesHint} required {...fieldProps('rule.dates')}>
                <Textarea value={form.dates} onChange={(_, d) => set({ dates: d.value })} data-field="dates" />
              </Field>
            )}
            <Text aria-live="polite" data-rule-preview>
              {formatString(strings.EditorDayPreview, props.year, preview || '—')}
            </Text>
            <div className={styles.row}>
              <Field label={strings.EditorFieldDuration} className={styles.grow} {...fieldProps('durationDays')}>
                <Input inputMode="numeric" value={form.durationDays} onChange={(_, d) => set({ durationDays: d.value })} data-field="durationDays" />
              </Field>
              <Field label={strings.EditorFieldDayPillar} className={styles.grow}>
                <Select value={form.pillar} onChange={(_, d) => set({ pillar: d.value as Pillar | '' })} data-field="pillar">
                  <option value="">{strings.EditorPillarNone}</option>
                  {PILLARS.map((p) => (
                    <option key={p} value={p}>
                      {pillarLabel(p)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Field label={strings.EditorFieldDescription}>
              <Textarea value={form.description} resize="vertical" onChange={(_, d) => set({ description: d.value })} data-field="description" />
            </Field>
            <Checkbox checked={form.active} onChange={(_, d) => set({ active: d.checked === true })} label={strings.EditorFieldActive} />
            {failureBar}
            {busy && <Spinner size="tiny" label={strings.EditorSaving} aria-live="polite" />}
          </div>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => startEditing(undefined)} disabled={busy}>
            {strings.EditorCancel}
          </Button>
          <Button appearance="primary" onClick={save} disabled={busy} data-national-day-save>
            {strings.EditorSave}
          </Button>
        </DialogActions>
      </DialogBody>
    );
  }

  return (
    <DialogBody>
      <DialogTitle>{strings.EditorNationalDaysTitle}</DialogTitle>
      <DialogContent>
        <div className={styles.content} aria-busy={busy}>
          <Text>{strings.EditorNationalDaysIntro}</Text>
          <div className={styles.actions}>
            <Button onClick={() => startEditing({ form: emptyNationalDayForm() })} disabled={busy} data-national-day-add>
              {strings.EditorDayAdd}
            </Button>
          </div>
          {failureBar}
          {busy && <Spinner size="tiny" label={strings.EditorSaving} aria-live="polite" />}
          {props.days.length === 0 ? (
            <Text>{strings.EditorDaysEmpty}</Text>
          ) : (
            <ul className={styles.list}>
              {props.days.map((day: NationalDay) => {
                const headingId = `${baseId}-day-${day.id}`;
                const dates = datesInYearText(day, props.year, locale);
                const duration = durationOf(day);
                return (
                  <li key={day.id} className={styles.day} aria-labelledby={headingId} data-national-day={day.id}>
                    <h3 id={headingId} className={styles.dayTitle}>
                      {day.title}
                    </h3>
                    <div className={styles.actions}>
                      <Pill appearance="tint" color={day.active ? 'success' : 'informative'}>
                        {day.active ? strings.EditorDayActive : strings.EditorDayInactive}
                      </Pill>
                      <Text>{ruleInWords(day.rule, locale)}</Text>
                      {duration > 1 && <Text className={styles.muted}>{formatString(strings.EditorDayDuration, duration)}</Text>}
                    </div>
                    <Text className={day.active ? undefined : styles.muted} data-dates-in-year>
                      {dates ? formatString(strings.EditorDayDatesInYear, props.year, dates) : formatString(strings.EditorDayNoDateInYear, props.year)}
                    </Text>
                    <div className={styles.actions}>
                      <Button
                        size="small"
                        onClick={() => startEditing({ id: day.id, form: nationalDayFormOf(day) })}
                        data-edit-day
                        disabled={busy}
                        aria-label={formatString(strings.EditorDayEditLabel, day.title)}
                      >
                        {strings.EditorDayEdit}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => run({ ...nationalDayInputOfDay(day), active: !day.active }, day.id, () => undefined).catch(() => undefined)}
                        disabled={busy}
                        aria-describedby={headingId}
                        data-toggle-active
                      >
                        {day.active ? strings.EditorDayDeactivate : strings.EditorDayActivate}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {strings.EditorClose}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
