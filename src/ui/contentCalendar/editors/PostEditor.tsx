import * as React from 'react';
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  useId
} from '@fluentui/react-components';
import { useIsMounted } from '../../shared/useIsMounted';
import { EditorDialog } from './EditorDialog';
import * as strings from 'SamenBeterStrings';
import { isDataError } from '../../../core/errors';
import {
  formPublishAt,
  NEWS_POST_FIELD_ORDER,
  NewsPostForm,
  NewsPostFormRules,
  newsPostFormFromInput,
  newsPostInputFromForm,
  validateNewsPostForm
} from '../../../core/news/newsPostForm';
import { DisplayLocale } from '../../../core/time/dutchFormat';
import { Pillar, PILLARS, VITAL_THEMES, VitalTheme } from '../../../core/types';
import { ValidationError } from '../../../core/validation/validationError';
import { errorMessage } from '../../shared/errorMessage';
import { formatString } from '../../shared/formatString';
import { pillarLabel, themeLabel } from '../../shared/labels';
import { RichTextEditor } from '../../shared/RichTextEditor';
import { ErrorSummary } from '../../studio/ErrorSummary';
import { editorValidationMessage, firstPerField, sortByFieldOrder } from './editorMessages';
import { PostEditorProps } from './PostEditor.types';
import { usePostEditorStyles } from './usePostEditorStyles';

type Busy = 'idle' | 'saving' | 'deleting';
interface Failure {
  action: 'save' | 'delete';
  error: unknown;
}

/** The label of a form field as the messages name it. */
function postFieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return strings.EditorFieldTitle;
    case 'body':
      return strings.EditorFieldBody;
    case 'excerpt':
      return strings.EditorFieldExcerpt;
    case 'pillar':
      return strings.EditorFieldPillar;
    case 'theme':
      return strings.EditorFieldTheme;
    case 'imageUrl':
      return strings.EditorFieldImage;
    case 'publishDate':
      return strings.EditorFieldPublishDate;
    case 'publishTime':
      return strings.EditorFieldPublishTime;
    case 'expireDate':
      return strings.EditorFieldExpireDate;
    case 'expireTime':
      return strings.EditorFieldExpireTime;
    default:
      return strings.EditorFieldExpire;
  }
}

/** The input that shows a field's error: the order/past checks of the expiry sit at its date. */
function anchorOf(field: string): string {
  return field === 'expire' ? 'expireDate' : field;
}

/**
 * Writing or editing a news post in a dialog. Every rule of core's validateNewsPostForm is
 * shown in Dutch next to its field and in a summary that takes focus, before anything is
 * saved. A failed save or delete keeps all content for a retry; a conflict asks to reload.
 */
export function PostEditor(props: PostEditorProps): JSX.Element {
  const styles = usePostEditorStyles();
  return (
    <EditorDialog open={props.open} onClose={props.onClose} className={styles.surface} surfaceAttributes={{ 'data-post-editor': '' }}>
      {() => <PostEditorBody {...props} />}
    </EditorDialog>
  );
}

function PostEditorBody(props: PostEditorProps): JSX.Element {
  const styles = usePostEditorStyles();
  const locale: DisplayLocale = props.locale || 'nl-NL';
  const [form, setForm] = React.useState<NewsPostForm>(() => newsPostFormFromInput(props.initial));
  const [showErrors, setShowErrors] = React.useState(false);
  const [busy, setBusy] = React.useState<Busy>('idle');
  const [failure, setFailure] = React.useState<Failure | undefined>(undefined);
  const [confirmingDelete, setConfirmingDelete] = React.useState(false);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const baseId = useId('sb-post-editor');
  const fieldId = (field: string): string => `${baseId}-${anchorOf(field)}`;
  const mounted = useIsMounted();

  const rules: NewsPostFormRules = { allowPastExpiry: !!props.existing };
  const validate = (f: NewsPostForm): ValidationError[] =>
    sortByFieldOrder(validateNewsPostForm(f, props.now, rules), NEWS_POST_FIELD_ORDER);
  const errors = validate(form);
  const summaryErrors = firstPerField(errors);

  const messageOf = (error: ValidationError): string => editorValidationMessage(error, postFieldLabel(error.field), locale);
  const message = (field: string): string | undefined => {
    if (!showErrors) {
      return undefined;
    }
    const error = errors.filter((e) => anchorOf(e.field) === field)[0];
    return error ? messageOf(error) : undefined;
  };
  const fieldProps = (field: string): { id: string; validationMessage?: string; validationState?: 'error' } => {
    const text = message(field);
    return text ? { id: fieldId(field), validationMessage: text, validationState: 'error' } : { id: fieldId(field) };
  };
  const set = (patch: Partial<NewsPostForm>): void => setForm((f) => ({ ...f, ...patch }));

  const publishAt = formPublishAt(form);
  const publishesNow = publishAt !== null && publishAt.getTime() <= props.now.getTime();

  const save = async (approved: boolean): Promise<void> => {
    if (busy !== 'idle') {
      return;
    }
    const next: NewsPostForm = { ...form, approved };
    setForm(next);
    if (validate(next).length > 0) {
      setShowErrors(true);
      // After React shows the summary.
      window.setTimeout(() => summaryRef.current && summaryRef.current.focus(), 0);
      return;
    }
    setBusy('saving');
    setFailure(undefined);
    try {
      await props.onSave(newsPostInputFromForm(next));
      if (mounted.current) {
        setBusy('idle');
        props.onClose();
      }
    } catch (error) {
      if (mounted.current) {
        setBusy('idle');
        setFailure({ action: 'save', error });
      }
    }
  };

  const remove = async (): Promise<void> => {
    if (busy !== 'idle' || !props.onDelete) {
      return;
    }
    setBusy('deleting');
    setFailure(undefined);
    try {
      await props.onDelete();
      if (mounted.current) {
        setBusy('idle');
        setConfirmingDelete(false);
        props.onClose();
      }
    } catch (error) {
      if (mounted.current) {
        setBusy('idle');
        setConfirmingDelete(false);
        setFailure({ action: 'delete', error });
      }
    }
  };

  const conflict = failure !== undefined && isDataError(failure.error) && failure.error.kind === 'conflict';
  const failureText = !failure
    ? ''
    : conflict
      ? strings.EditorConflict
      : `${failure.action === 'save' ? strings.EditorSaveFailed : strings.EditorDeleteFailed} ${errorMessage(failure.error)}`;

  return (
    <DialogBody>
      <DialogTitle>{props.existing ? strings.EditorPostEditTitle : strings.EditorPostNewTitle}</DialogTitle>
      <DialogContent>
        <div className={styles.form} aria-busy={busy !== 'idle'} data-post-form>
          {showErrors && summaryErrors.length > 0 && (
            <ErrorSummary ref={summaryRef} errors={summaryErrors} baseId={baseId} fieldId={fieldId} message={messageOf} />
          )}
          {form.nationalDay && <Text className={styles.hint}>{formatString(strings.EditorNationalDayNote, form.nationalDay)}</Text>}

          <Field label={strings.EditorFieldTitle} required {...fieldProps('title')}>
            <Input value={form.title} onChange={(_, d) => set({ title: d.value })} data-field="title" />
          </Field>

          <RichTextEditor
            id={fieldId('body')}
            label={strings.EditorFieldBody}
            initialHtml={form.bodyHtml}
            onChange={(html) => set({ bodyHtml: html })}
            validationMessage={message('body')}
            required
            dataField="body"
          />

          <Field label={strings.EditorFieldExcerpt} hint={strings.EditorExcerptHint} {...fieldProps('excerpt')}>
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

          <div className={styles.row}>
            <Field label={strings.EditorFieldPublishDate} required className={styles.grow} {...fieldProps('publishDate')}>
              <Input type="date" value={form.publishDate} onChange={(_, d) => set({ publishDate: d.value })} data-field="publishDate" />
            </Field>
            <Field
              label={strings.EditorFieldPublishTime}
              required
              hint={strings.EditorPublishHint}
              className={styles.grow}
              {...fieldProps('publishTime')}
            >
              <Input type="time" value={form.publishTime} onChange={(_, d) => set({ publishTime: d.value })} data-field="publishTime" />
            </Field>
          </div>

          <div className={styles.row}>
            <Field label={strings.EditorFieldExpireDate} className={styles.grow} {...fieldProps('expireDate')}>
              <Input type="date" value={form.expireDate} onChange={(_, d) => set({ expireDate: d.value })} data-field="expireDate" />
            </Field>
            <Field label={strings.EditorFieldExpireTime} hint={strings.EditorExpireHint} className={styles.grow} {...fieldProps('expireTime')}>
              <Input type="time" value={form.expireTime} onChange={(_, d) => set({ expireTime: d.value })} data-field="expireTime" />
            </Field>
          </div>

          {failure && (
            <MessageBar intent={conflict ? 'warning' : 'error'} role="alert" data-save-error>
              <MessageBarBody>{failureText}</MessageBarBody>
            </MessageBar>
          )}

          {confirmingDelete && (
            <MessageBar intent="warning" data-delete-confirm>
              <MessageBarBody>
                <div className={styles.confirm}>
                  <span>{strings.EditorDeleteConfirm}</span>
                  <Button appearance="primary" onClick={() => remove().catch(() => undefined)} disabled={busy !== 'idle'}>
                    {strings.EditorDeleteYes}
                  </Button>
                  <Button onClick={() => setConfirmingDelete(false)} disabled={busy !== 'idle'}>
                    {strings.EditorDeleteNo}
                  </Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          )}

          {busy !== 'idle' && (
            <Spinner size="tiny" label={busy === 'saving' ? strings.EditorSaving : strings.EditorDeleting} aria-live="polite" />
          )}
        </div>
      </DialogContent>
      <DialogActions fluid className={styles.actions}>
        {props.onDelete && (
          <Button onClick={() => setConfirmingDelete(true)} disabled={busy !== 'idle'} data-post-delete>
            {strings.EditorDelete}
          </Button>
        )}
        <Button onClick={props.onClose} disabled={busy !== 'idle'}>
          {strings.EditorCancel}
        </Button>
        <Button onClick={() => save(false).catch(() => undefined)} disabled={busy !== 'idle'} data-post-draft>
          {strings.EditorSaveDraft}
        </Button>
        <Button appearance="primary" onClick={() => save(true).catch(() => undefined)} disabled={busy !== 'idle'} data-post-approve>
          {publishesNow ? strings.EditorPublishNow : strings.EditorSchedule}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
