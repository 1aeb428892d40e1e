import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  useId
} from '@fluentui/react-components';
import { useIsMounted } from '../shared/useIsMounted';
import { activityAfterDraft, noticesForChange, peopleTold } from '../../core/notifications/whoIsTold';
import * as strings from 'SamenBeterStrings';
import { ActivityDraft, validateActivityDraft, VenueKind } from '../../core/activities/activityDraft';
import { nextSession } from '../../core/activities/sessions';
import { isDataError } from '../../core/errors';
import { ActivityShape, Pillar } from '../../core/types';
import { firstErrorFor, ValidationError } from '../../core/validation/validationError';
import { errorMessage } from '../shared/errorMessage';
import { formatString } from '../shared/formatString';
import { pillarLabel } from '../shared/labels';
import { TimeInput } from '../shared/TimeInput';
import { ActivityCard } from '../activities/ActivityCard';
import {
  addSeriesDate,
  amsterdamToday,
  draftFromForm,
  formDateErrors,
  formFromActivity,
  isIrregularList,
  skippedDates,
  newDateError,
  previewActivity,
  removeSeriesDate,
  StudioFormState,
  templateForm,
  TemplateName,
  withFirstDate,
  withWeeks
} from './studioDraft';
import { pickableLocations } from '../../core/activities/locations';
import { LocationField } from './LocationField';
import { FIELD_ORDER, validationMessage } from './studioMessages';
import { dayOffWarning, SeriesDates } from './SeriesDates';
import { dayOffLookup } from '../../core/calendar/daysOff';
import { StudioFormProps } from './StudioForm.types';
import { ErrorSummary } from './ErrorSummary';
import { useStudioStyles } from './useStudioStyles';
import { lazyPart } from '../shared/lazyPart';

// The rich text editor (Fluent Popover for links) and the sanitised preview (DOMPurify) come
// in their own chunk, fetched as the form first renders: the rest of the page does not wait.
const RichTextEditor = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-rich-text' */ '../shared/RichTextEditor').then((m) => m.RichTextEditor)
);
const SafeHtml = lazyPart(() => import(/* webpackChunkName: 'samenbeter-rich-text' */ '../shared/SafeHtml').then((m) => m.SafeHtml));

const PILLARS: Pillar[] = ['Kracht', 'Samen', 'Beter'];

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

/**
 * The publish / edit form: every rule of src/core's validateActivityDraft shown in Dutch
 * next to its field and in a summary that takes focus on submit. A failed save keeps the
 * content and offers a retry; a concurrent edit asks to reload instead of overwriting.
 */
export function StudioForm(props: StudioFormProps): JSX.Element {
  const styles = useStudioStyles();
  const [form, setForm] = React.useState<StudioFormState>(props.initial);
  const [showErrors, setShowErrors] = React.useState(false);
  const [save, setSave] = React.useState<SaveState>({ kind: 'idle' });
  const [editorKey, setEditorKey] = React.useState(0);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const baseId = useId('sb-studio-form');
  const fieldId = (field: string): string => `${baseId}-${field}`;
  const { roles, now } = props;
  // A successful publish starts a new form (new key): no state updates after that.
  const mounted = useIsMounted();

  const draft: ActivityDraft = draftFromForm(form);
  // Public holidays and the municipality's closing days: series skip them, one date on one is flagged.
  const closingDays = props.closingDays || [];
  const dayOffOf = React.useMemo(() => dayOffLookup(props.closingDays), [props.closingDays]);
  const oneOffDayOff = form.draft.shape === 'oneOff' && form.firstDate ? dayOffOf(form.firstDate) : undefined;
  // "12 deelnemers krijgen bericht": the people this edit reaches, by the same rule that tells them.
  const today = amsterdamToday(now());
  const affected =
    props.editing && props.affectedSlots
      ? peopleTold(noticesForChange(props.editing.activity, activityAfterDraft(props.editing.activity, draft), props.affectedSlots, undefined, today))
      : 0;
  // The owners' list (SamenBeter Locaties) or a one-off place as free text: any location text is valid.
  const offered = React.useMemo(() => pickableLocations(props.locations || []), [props.locations]);
  const errors: ValidationError[] = validateActivityDraft(draft, {
    now: now(),
    locations: [],
    mayPublishPrivate: roles.isOwner,
    allowPastDates: !!props.editing
  })
    .concat(formDateErrors(form, today))
    .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));

  const setDraft = (patch: Partial<ActivityDraft>): void => setForm((f) => ({ ...f, draft: { ...f.draft, ...patch } }));
  const restart = (next: StudioFormState): void => {
    setForm(next);
    setShowErrors(false);
    setSave({ kind: 'idle' });
    setEditorKey((k) => k + 1);
  };

  const messageOf = (error: ValidationError): string => validationMessage(error, props.locale);
  const message = (field: string): string | undefined => {
    const error = showErrors ? firstErrorFor(errors, field) : undefined;
    return error ? messageOf(error) : undefined;
  };
  const fieldProps = (field: string): { id: string; validationMessage?: string; validationState?: 'error' } => {
    const text = message(field);
    return text ? { id: fieldId(field), validationMessage: text, validationState: 'error' } : { id: fieldId(field) };
  };

  const submit = async (): Promise<void> => {
    if (save.kind === 'saving') {
      return;
    }
    if (errors.length > 0) {
      setShowErrors(true);
      // After React shows the summary.
      window.setTimeout(() => summaryRef.current && summaryRef.current.focus(), 0);
      return;
    }
    setSave({ kind: 'saving' });
    try {
      await props.onSubmit(draft);
      if (mounted.current) {
        setSave({ kind: 'idle' });
      }
    } catch (error) {
      if (mounted.current) {
        setSave({ kind: 'failed', error });
      }
    }
  };

  const conflict = save.kind === 'failed' && isDataError(save.error) && save.error.kind === 'conflict';
  const preview = previewActivity(draft, { id: roles.userId, name: roles.email, email: roles.email });
  const previewSession = nextSession(preview, now());
  const uniqueErrors = errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);

  return (
    <form
      className={styles.form}
      noValidate
      aria-busy={save.kind === 'saving'}
      onSubmit={(e) => {
        e.preventDefault();
        submit().catch(() => undefined);
      }}
      data-studio-form
    >
      {showErrors && uniqueErrors.length > 0 && (
        <ErrorSummary ref={summaryRef} errors={uniqueErrors} baseId={baseId} fieldId={fieldId} message={messageOf} />
      )}

      {!props.editing && (
        <div className={styles.row} role="group" aria-label={strings.StudioStartFrom}>
          {(['lunchWalk', 'startToRun', 'workshop'] as TemplateName[]).map((name) => (
            <Button key={name} size="small" onClick={() => restart(templateForm(name, now(), closingDays, props.locations))} data-template={name}>
              {name === 'lunchWalk' ? strings.StudioTemplateLunchWalk : name === 'startToRun' ? strings.StudioTemplateStartToRun : strings.StudioTemplateWorkshop}
            </Button>
          ))}
          {props.activities.length > 0 && (
            <Field label={strings.StudioDuplicateLabel} className={mergeClasses(styles.grow, styles.field)}>
              <Select
                value=""
                onChange={(_, d) => {
                  const found = props.activities.filter((a) => String(a.activity.id) === d.value)[0];
                  if (found) {
                    restart(formFromActivity(found.activity, true, now(), closingDays));
                  }
                }}
                data-duplicate
              >
                <option value="">{strings.StudioDuplicateNone}</option>
                {props.activities.map((a) => (
                  <option key={a.activity.id} value={String(a.activity.id)}>
                    {a.activity.title}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      )}

      <Field label={strings.StudioFieldTitle} required {...fieldProps('title')}>
        <Input value={form.draft.title} onChange={(_, d) => setDraft({ title: d.value })} data-field="title" />
      </Field>

      <RichTextEditor
        id={fieldId('description')}
        label={strings.StudioFieldDescription}
        initialHtml={form.draft.descriptionHtml}
        onChange={(html) => setDraft({ descriptionHtml: html })}
        resetKey={editorKey}
        validationMessage={message('description')}
        dataField="description"
      />

      <div className={styles.row}>
        <Field label={strings.StudioFieldPillar} required className={mergeClasses(styles.grow, styles.field)} {...fieldProps('pillar')}>
          <Select className={styles.select} value={form.draft.pillar} onChange={(_, d) => setDraft({ pillar: d.value as Pillar | '' })} data-field="pillar">
            <option value="">{strings.StudioChoose}</option>
            {PILLARS.map((p) => (
              <option key={p} value={p}>
                {pillarLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.StudioFieldShape} className={mergeClasses(styles.grow, styles.field)}>
          <Select className={styles.select} value={form.draft.shape} onChange={(_, d) => setDraft({ shape: d.value as ActivityShape })} data-field="shape">
            <option value="oneOff">{strings.StudioShapeOneOff}</option>
            <option value="weeklyDropIn">{strings.StudioShapeWeekly}</option>
            <option value="programme">{strings.StudioShapeProgramme}</option>
          </Select>
        </Field>
      </div>

      {form.draft.shape === 'oneOff' ? (
        <div className={styles.row}>
          <Field
            label={strings.StudioFieldDate}
            required
            className={styles.grow}
            {...(oneOffDayOff && !message('dates') ? { validationMessage: dayOffWarning(oneOffDayOff, props.locale), validationState: 'warning' as const } : {})}
            {...fieldProps('dates')}
          >
            <Input type="date" value={form.firstDate} onChange={(_, d) => setForm((f) => withFirstDate(f, d.value, closingDays))} data-field="dates" />
          </Field>
        </div>
      ) : (
        <div id={fieldId('dates')} className={styles.dates}>
          <div className={styles.row}>
            <Field label={strings.StudioFieldFirstDate} required className={styles.grow}>
              <Input type="date" value={form.firstDate} onChange={(_, d) => setForm((f) => withFirstDate(f, d.value, closingDays))} data-field="dates" />
            </Field>
            <Field label={strings.StudioFieldWeeks} className={styles.grow}>
              <Input type="number" min={2} max={52} value={form.weeks} onChange={(_, d) => setForm((f) => withWeeks(f, d.value, closingDays))} data-field="weeks" />
            </Field>
          </div>
          <SeriesDates
            id={fieldId('dateList')}
            newDateId={fieldId('newDate')}
            dates={form.seriesDates}
            newDate={form.newDate}
            irregular={isIrregularList(form, closingDays)}
            skipped={skippedDates(form, closingDays)}
            dayOffOf={dayOffOf}
            closingDaysUnknown={!props.closingDays}
            locale={props.locale}
            listMessage={message('dates')}
            newDateMessage={message('newDate')}
            onRemove={(date) => setForm((f) => removeSeriesDate(f, date))}
            onNewDate={(value) => setForm((f) => ({ ...f, newDate: value }))}
            onAdd={() => {
              const problem = newDateError(form, today);
              if (problem) {
                return messageOf(problem);
              }
              setForm((f) => addSeriesDate(f, today));
              return undefined;
            }}
          />
        </div>
      )}

      <div className={styles.row}>
        <Field label={strings.StudioFieldStartTime} required className={styles.grow} {...fieldProps('startTime')}>
          <TimeInput value={form.draft.startTime} onChange={(value) => setDraft({ startTime: value })} data-field="startTime" />
        </Field>
        <Field label={strings.StudioFieldEndTime} required className={styles.grow} {...fieldProps('endTime')}>
          <TimeInput value={form.draft.endTime} onChange={(value) => setDraft({ endTime: value })} data-field="endTime" />
        </Field>
      </div>

      <Field label={strings.StudioFieldVenue}>
        <RadioGroup layout="horizontal" value={form.draft.venueKind} onChange={(_, d) => setDraft({ venueKind: d.value as VenueKind })}>
          <Radio value="onSite" label={strings.StudioVenueOnSite} />
          <Radio value="online" label={strings.StudioVenueOnline} />
          <Radio value="hybrid" label={strings.StudioVenueHybrid} />
        </RadioGroup>
      </Field>
      {form.draft.venueKind !== 'online' && <LocationField form={form} setForm={setForm} offered={offered} fieldProps={fieldProps} fieldId={fieldId} />}
      {form.draft.venueKind !== 'onSite' && (
        <Field label={strings.StudioFieldMeetingUrl} required={!form.draft.isPrivate} {...fieldProps('meetingUrl')}>
          <Input type="url" value={form.draft.meetingUrl} onChange={(_, d) => setDraft({ meetingUrl: d.value })} data-field="meetingUrl" />
        </Field>
      )}

      <div className={styles.row}>
        {!form.draft.unlimited && (
          <Field label={strings.StudioFieldCapacity} required className={styles.grow} {...fieldProps('capacity')}>
            <Input inputMode="numeric" value={form.draft.capacity} onChange={(_, d) => setDraft({ capacity: d.value })} data-field="capacity" />
          </Field>
        )}
        <Checkbox checked={form.draft.unlimited} onChange={(_, d) => setDraft({ unlimited: d.checked === true })} label={strings.StudioFieldUnlimited} />
      </div>

      {/* Two fields, two ids: one Field around both inputs gave them the same id. */}
      <div role="group" aria-labelledby={fieldId('deadline-label')} className={styles.dates}>
        <span id={fieldId('deadline-label')} className={styles.subTitle}>
          {strings.StudioFieldDeadline}
        </span>
        <div className={styles.row}>
          <Field label={strings.StudioFieldDeadlineDate} className={styles.grow} {...fieldProps('deadline')}>
            <Input type="date" value={form.draft.deadlineDate} onChange={(_, d) => setDraft({ deadlineDate: d.value })} data-field="deadlineDate" />
          </Field>
          <Field label={strings.StudioFieldDeadlineTime} className={styles.grow} id={fieldId('deadlineTime')}>
            <TimeInput value={form.draft.deadlineTime} onChange={(value) => setDraft({ deadlineTime: value })} data-field="deadlineTime" />
          </Field>
        </div>
      </div>

      {/* Private activities are organised by the coordinators (site owners), who alone may read their sign-ups. */}
      {(roles.isOwner || form.draft.isPrivate) && (
        <Field {...fieldProps('isPrivate')}>
          <Checkbox checked={form.draft.isPrivate} onChange={(_, d) => setDraft({ isPrivate: d.checked === true })} label={strings.StudioFieldPrivate} />
        </Field>
      )}

      <Field label={strings.StudioFieldImage} {...fieldProps('imageUrl')}>
        <Input type="url" value={form.draft.imageUrl} onChange={(_, d) => setDraft({ imageUrl: d.value })} data-field="imageUrl" />
      </Field>

      <section className={styles.preview} aria-labelledby={`${baseId}-preview`} data-studio-preview>
        <h3 id={`${baseId}-preview`} className={styles.subTitle}>
          {strings.StudioPreview}
        </h3>
        <span>{strings.StudioPreviewHint}</span>
        <ActivityCard activity={preview} session={previewSession} view={undefined} locale={props.locale} now={now()} onOpen={() => undefined} />
        <SafeHtml html={draft.descriptionHtml} />
      </section>

      {save.kind === 'failed' && (
        <MessageBar intent={conflict ? 'warning' : 'error'} data-save-error>
          <MessageBarBody>{conflict ? strings.StudioConflict : `${strings.StudioSaveFailed} ${errorMessage(save.error)}`}</MessageBarBody>
          <MessageBarActions>
            {conflict ? (
              <Button onClick={props.onReload}>{strings.StudioReload}</Button>
            ) : (
              <Button onClick={() => submit().catch(() => undefined)}>{strings.StudioRetry}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}

      {affected > 0 && (
        <p id={fieldId('affected')} data-affected>
          {affected === 1 ? strings.StudioAffectedOne : formatString(strings.StudioAffected, affected)}
        </p>
      )}
      {/* Stays in view at the bottom of a long form: "Publiceren" is never 4,000 px away on a phone. */}
      <div className={mergeClasses(styles.actions, styles.publishBar)} data-publish-bar>
        <Button
          appearance="primary"
          type="submit"
          disabled={save.kind === 'saving'}
          aria-describedby={affected > 0 ? fieldId('affected') : undefined}
          data-studio-submit
        >
          {props.editing ? strings.StudioSave : strings.StudioPublish}
        </Button>
        {props.editing && props.onStopEditing && <Button onClick={props.onStopEditing}>{strings.StudioCancelEdit}</Button>}
        {save.kind === 'saving' && <Spinner size="tiny" label={strings.StudioSaving} />}
      </div>
    </form>
  );
}
