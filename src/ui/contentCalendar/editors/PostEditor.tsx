import * as React from 'react';
import { Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, Text, Textarea, useId } from '@fluentui/react-components';
import { Pill } from '../../shared/Pill';
import { useIsMounted } from '../../shared/useIsMounted';
import { EditorDialog } from './EditorDialog';
import * as strings from 'SamenBeterStrings';
import {
  NEWS_EXCERPT_MAX_LENGTH,
  NEWS_POST_FIELD_ORDER,
  NewsPostAction,
  NewsPostForm,
  newsPostFormFromInput,
  newsPostInputFromForm,
  validateNewsPostForm
} from '../../../core/news/newsPostForm';
import { hasUnpublishedChanges, postStatus } from '../../../core/news/postStatus';
import { DisplayLocale } from '../../../core/time/dutchFormat';
import { NewsPost, NewsPostInput, Pillar, PILLARS, VITAL_THEMES, VitalTheme } from '../../../core/types';
import { ValidationError } from '../../../core/validation/validationError';
import { formatString } from '../../shared/formatString';
import { pillarLabel, themeLabel } from '../../shared/labels';
import { RichTextEditor } from '../../shared/RichTextEditor';
import { TimeInput } from '../../shared/TimeInput';
import { ErrorSummary } from '../../studio/ErrorSummary';
import { POST_STATUS_COLOR, postStatusLabel, shortDateTime } from '../calendarFormat';
import { editorValidationMessage, firstPerField, sortByFieldOrder } from './editorMessages';
import { PostEditorOutcome, PostEditorProps } from './PostEditor.types';
import { usePostEditorStyles } from './usePostEditorStyles';
import { Busy, busyLabel, editInSharePointUrl, Failure, failureText, postFieldLabel, Step } from './postEditorLabels';

/**
 * The quick editor of a #SamenBeter news page ("Schrijf bericht"): title, first text (new
 * pages only; an existing page's text is edited in SharePoint, behind a link), description,
 * pillar, theme, banner, national day and the planned moment. "Concept opslaan" saves a draft
 * (a minor version only editors see), "Inplannen" saves it and schedules it for the planned
 * moment (which must lie ahead), "Nu publiceren" saves and publishes it. Every rule of core's
 * validateNewsPostForm is shown in Dutch next to its field and in a summary that takes focus,
 * before anything is sent. A failed step keeps all input for a retry; once the page exists
 * (also after a later step failed) the editor continues with that page, so a retry never
 * creates a second one.
 */
export function PostEditor(props: PostEditorProps): JSX.Element {
  const styles = usePostEditorStyles();
  // Set by the body once a step wrote the page, so closing with Escape can tell the calendar.
  const pageSaved = React.useRef(false);
  if (!props.open) {
    pageSaved.current = false;
  }
  const close = (): void => props.onClose(pageSaved.current);
  return (
    <EditorDialog open={props.open} onClose={close} className={styles.surface} surfaceAttributes={{ 'data-post-editor': '' }}>
      {() => (
        <PostEditorBody
          {...props}
          onClose={close}
          onPageSaved={() => {
            pageSaved.current = true;
          }}
        />
      )}
    </EditorDialog>
  );
}

interface PostEditorBodyProps extends Omit<PostEditorProps, 'onClose'> {
  onClose: () => void;
  onPageSaved: () => void;
}

function PostEditorBody(props: PostEditorBodyProps): JSX.Element {
  const styles = usePostEditorStyles();
  const locale: DisplayLocale = props.locale || 'nl-NL';
  const [form, setForm] = React.useState<NewsPostForm>(() => newsPostFormFromInput(props.initial));
  // The page being edited: the existing one, or the one this editor created.
  const [page, setPage] = React.useState<NewsPost | undefined>(props.existing);
  const [action, setAction] = React.useState<NewsPostAction>('draft');
  const [showErrors, setShowErrors] = React.useState(false);
  const [busy, setBusy] = React.useState<Busy>('idle');
  const [failure, setFailure] = React.useState<Failure | undefined>(undefined);
  const [confirmingDelete, setConfirmingDelete] = React.useState(false);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const baseId = useId('sb-post-editor');
  const fieldId = (field: string): string => `${baseId}-${field}`;
  const mounted = useIsMounted();

  const validate = (f: NewsPostForm, a: NewsPostAction): ValidationError[] =>
    sortByFieldOrder(validateNewsPostForm(f, props.now(), { existingPage: !!page, action: a }), NEWS_POST_FIELD_ORDER);
  const errors = validate(form, action);
  const summaryErrors = firstPerField(errors);

  const messageOf = (error: ValidationError): string => editorValidationMessage(error, postFieldLabel(error.field), locale);
  const message = (field: string): string | undefined => {
    if (!showErrors) {
      return undefined;
    }
    const error = errors.filter((e) => e.field === field)[0];
    return error ? messageOf(error) : undefined;
  };
  const fieldProps = (field: string): { id: string; validationMessage?: string; validationState?: 'error' } => {
    const text = message(field);
    return text ? { id: fieldId(field), validationMessage: text, validationState: 'error' } : { id: fieldId(field) };
  };
  const set = (patch: Partial<NewsPostForm>): void => setForm((f) => ({ ...f, ...patch }));

  const submit = async (next: NewsPostAction): Promise<void> => {
    if (busy !== 'idle') {
      return;
    }
    setAction(next);
    setConfirmingDelete(false);
    if (validate(form, next).length > 0) {
      setShowErrors(true);
      // After React shows the summary.
      window.setTimeout(() => summaryRef.current && summaryRef.current.focus(), 0);
      return;
    }
    const filled: NewsPostInput = newsPostInputFromForm(form);
    // An existing page keeps its text: that is edited in SharePoint, never overwritten here.
    const input: NewsPostInput = page ? { ...filled, bodyHtml: '' } : filled;
    setBusy(next);
    setFailure(undefined);
    let step: Step = 'save';
    try {
      const draft: NewsPost = await props.api.saveDraft(input, page ? page.id : undefined);
      props.onPageSaved();
      if (mounted.current) {
        setPage(draft);
      }
      let outcome: PostEditorOutcome;
      if (next === 'schedule') {
        step = 'schedule';
        const scheduled: NewsPost = await props.api.schedule(draft.id, input.publishAt);
        outcome = { kind: 'scheduled', post: scheduled, at: scheduled.scheduledAt || input.publishAt };
      } else if (next === 'publishNow') {
        step = 'publish';
        outcome = { kind: 'published', post: await props.api.publishNow(draft.id) };
      } else {
        outcome = { kind: 'draft', post: draft };
      }
      if (mounted.current) {
        setBusy('idle');
        props.onDone(outcome);
      }
    } catch (error) {
      if (mounted.current) {
        setBusy('idle');
        setFailure({ step, error });
      }
    }
  };

  const remove = async (): Promise<void> => {
    if (busy !== 'idle' || !page) {
      return;
    }
    setBusy('delete');
    setFailure(undefined);
    try {
      await props.api.deletePost(page.id);
      if (mounted.current) {
        setBusy('idle');
        setConfirmingDelete(false);
        props.onDone({ kind: 'deleted', id: page.id });
      }
    } catch (error) {
      if (mounted.current) {
        setBusy('idle');
        setConfirmingDelete(false);
        setFailure({ step: 'delete', error });
      }
    }
  };

  // National days to choose from; the post's own stays available even when switched off.
  const dayTitles: string[] = (props.nationalDays || []).filter((d) => d.active).map((d) => d.title);
  if (form.nationalDay && dayTitles.indexOf(form.nationalDay) < 0) {
    dayTitles.unshift(form.nationalDay);
  }

  const status = page ? postStatus(page) : undefined;
  const isBusy = busy !== 'idle';

  return (
    <DialogBody>
      <DialogTitle>{page ? strings.EditorPostEditTitle : strings.EditorPostNewTitle}</DialogTitle>
      <DialogContent>
        <div className={styles.form} aria-busy={isBusy} data-post-form>
          {showErrors && summaryErrors.length > 0 && (
            <ErrorSummary ref={summaryRef} errors={summaryErrors} baseId={baseId} fieldId={fieldId} message={messageOf} />
          )}

          {page && status && (
            <div className={styles.status} data-page-status={status}>
              <Text className={styles.label}>{strings.EditorPageStatus}</Text>
              <Pill appearance="tint" color={POST_STATUS_COLOR[status]}>
                {postStatusLabel(status)}
              </Pill>
              {status === 'scheduled' && page.scheduledAt && (
                <Text>{formatString(strings.EditorScheduledFor, shortDateTime(page.scheduledAt, locale))}</Text>
              )}
              {status === 'published' && hasUnpublishedChanges(page) && (
                <Pill appearance="outline" color="warning">
                  {strings.CalendarStatusUnpublishedChanges}
                </Pill>
              )}
            </div>
          )}

          <Field label={strings.EditorFieldTitle} required {...fieldProps('title')}>
            <Input value={form.title} onChange={(_, d) => set({ title: d.value })} data-field="title" />
          </Field>

          {page ? (
            <div id={fieldId('body')} className={styles.pageText} data-body-in-sharepoint>
              <Text className={styles.label}>{strings.EditorFieldBody}</Text>
              <Text>{strings.EditorBodyInSharePoint}</Text>
              {editInSharePointUrl(page.url) && (
                <Link href={editInSharePointUrl(page.url)} target="_blank" rel="noopener noreferrer" data-edit-in-sharepoint>
                  {strings.EditorEditInSharePoint}
                  <span className={styles.visuallyHidden}> {strings.EditorOpensInNewTab}</span>
                </Link>
              )}
            </div>
          ) : (
            <div>
              <RichTextEditor
                id={fieldId('body')}
                label={strings.EditorFieldBody}
                initialHtml={form.bodyHtml}
                onChange={(html) => set({ bodyHtml: html })}
                validationMessage={message('body')}
                required
                dataField="body"
              />
              <Text className={styles.hint}>{strings.EditorBodyHint}</Text>
            </div>
          )}

          <Field
            label={strings.EditorFieldExcerpt}
            hint={formatString(strings.EditorExcerptHint, NEWS_EXCERPT_MAX_LENGTH)}
            {...fieldProps('excerpt')}
          >
            <Textarea value={form.excerpt} resize="vertical" onChange={(_, d) => set({ excerpt: d.value })} data-field="excerpt" />
          </Field>

          <div className={styles.row}>
            <Field label={strings.EditorFieldPillar} required className={styles.grow} {...fieldProps('pillar')}>
              <Select value={form.pillar} onChange={(_, d) => set({ pillar: d.value as Pillar | '' })} data-field="pillar">
                <option value="">{strings.EditorChoose}</option>
                {PILLARS.map((p) => (
                  <option key={p} value={p}>
                    {pillarLabel(p)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={strings.EditorFieldTheme} className={styles.grow} {...fieldProps('theme')}>
              <Select
                value={form.theme || ''}
                onChange={(_, d) => set({ theme: d.value === '' ? null : (d.value as VitalTheme) })}
                data-field="theme"
              >
                <option value="">{strings.EditorThemeNone}</option>
                {VITAL_THEMES.map((t) => (
                  <option key={t} value={t}>
                    {themeLabel(t)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>

          <Field label={strings.EditorFieldImage} hint={strings.EditorImageHint} {...fieldProps('imageUrl')}>
            <Input type="url" value={form.imageUrl} onChange={(_, d) => set({ imageUrl: d.value })} data-field="imageUrl" />
          </Field>

          <Field label={strings.EditorFieldNationalDay} {...fieldProps('nationalDay')}>
            <Select
              value={form.nationalDay || ''}
              onChange={(_, d) => set({ nationalDay: d.value === '' ? null : d.value })}
              data-field="nationalDay"
            >
              <option value="">{strings.EditorNationalDayNone}</option>
              {dayTitles.map((title) => (
                <option key={title} value={title}>
                  {title}
                </option>
              ))}
            </Select>
          </Field>

          <div className={styles.row}>
            <Field label={strings.EditorFieldPublishDate} required className={styles.grow} {...fieldProps('publishDate')}>
              <Input type="date" value={form.publishDate} onChange={(_, d) => set({ publishDate: d.value })} data-field="publishDate" />
            </Field>
            <Field label={strings.EditorFieldPublishTime} required className={styles.grow} {...fieldProps('publishTime')}>
              <TimeInput value={form.publishTime} onChange={(value) => set({ publishTime: value })} data-field="publishTime" />
            </Field>
          </div>
          <Text className={styles.hint}>{strings.EditorPublishHint}</Text>

          {failure && (
            <MessageBar intent="error" role="alert" data-save-error>
              <MessageBarBody>{failureText(failure)}</MessageBarBody>
            </MessageBar>
          )}

          {confirmingDelete && (
            <MessageBar intent="warning" data-delete-confirm>
              <MessageBarBody>
                <div className={styles.confirm}>
                  <span>{strings.EditorDeleteConfirm}</span>
                  <Button appearance="primary" onClick={() => remove().catch(() => undefined)} disabled={isBusy}>
                    {strings.EditorDeleteYes}
                  </Button>
                  <Button onClick={() => setConfirmingDelete(false)} disabled={isBusy}>
                    {strings.EditorDeleteNo}
                  </Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          )}

          {isBusy && <Spinner size="tiny" label={busyLabel(busy)} aria-live="polite" />}
        </div>
      </DialogContent>
      <DialogActions fluid className={styles.actions}>
        {page && (
          <Button onClick={() => setConfirmingDelete(true)} disabled={isBusy} data-post-delete>
            {strings.EditorDelete}
          </Button>
        )}
        <Button onClick={props.onClose} disabled={isBusy}>
          {strings.EditorCancel}
        </Button>
        <Button onClick={() => submit('draft').catch(() => undefined)} disabled={isBusy} data-post-draft>
          {strings.EditorSaveDraft}
        </Button>
        {/* A published page is already live: its changes are published again, not scheduled. */}
        <Button
          appearance={status === 'published' ? 'primary' : 'secondary'}
          onClick={() => submit('publishNow').catch(() => undefined)}
          disabled={isBusy}
          data-post-publish
        >
          {strings.EditorPublishNow}
        </Button>
        {status !== 'published' && (
          <Button appearance="primary" onClick={() => submit('schedule').catch(() => undefined)} disabled={isBusy} data-post-schedule>
            {strings.EditorSchedule}
          </Button>
        )}
      </DialogActions>
    </DialogBody>
  );
}
