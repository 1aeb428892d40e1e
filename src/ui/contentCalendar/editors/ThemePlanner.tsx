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
import { changedThemePlans, fillWithRotation, ThemePlanRow, themePlanRows, validateThemePlanRows } from '../../../core/news/themePlanForm';
import { parseIsoDate } from '../../../core/time/calendarDate';
import { DisplayLocale, monthName } from '../../../core/time/dutchFormat';
import { VITAL_THEMES, VitalTheme } from '../../../core/types';
import { firstErrorFor, ValidationError } from '../../../core/validation/validationError';
import { errorMessage } from '../../shared/errorMessage';
import { formatString } from '../../shared/formatString';
import { themeLabel } from '../../shared/labels';
import { editorValidationMessage } from './editorMessages';
import { ThemePlannerProps } from './ThemePlanner.types';
import { useThemePlannerStyles } from './useThemePlannerStyles';

function dayAndMonth(isoDate: string, locale: DisplayLocale): string {
  const date = parseIsoDate(isoDate);
  if (!date) {
    return isoDate;
  }
  const month = monthName(date.month, locale, 'short');
  return locale === 'nl-NL' ? `${date.day} ${month}` : `${month} ${date.day}`;
}

/**
 * Plans the weekly 365 Vitaal theme for a whole month: one row per ISO week whose Thursday
 * is in the month with its theme, title, short text, "Tip van de week", link and image,
 * prefilled from what is planned, a rotation button for the empty weeks, and one save that
 * sends only new and changed weeks (existing ones with their id).
 */
export function ThemePlanner(props: ThemePlannerProps): JSX.Element {
  const styles = useThemePlannerStyles();
  return (
    <EditorDialog open={props.open} onClose={props.onClose} className={styles.surface} surfaceAttributes={{ 'data-theme-planner': '' }}>
      {() => <ThemePlannerBody {...props} />}
    </EditorDialog>
  );
}

function ThemePlannerBody(props: ThemePlannerProps): JSX.Element {
  const styles = useThemePlannerStyles();
  const locale: DisplayLocale = props.locale || 'nl-NL';
  const [rows, setRows] = React.useState<ThemePlanRow[]>(() => themePlanRows(props.year, props.month, props.themes));
  const [showErrors, setShowErrors] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [nothingChanged, setNothingChanged] = React.useState(false);
  const baseId = useId('sb-theme-planner');
  const mounted = useIsMounted();

  const errors: ValidationError[] = validateThemePlanRows(rows);
  const labelOf = (field: string): string =>
    field.indexOf('linkUrl') === 0 ? strings.EditorFieldWeekLink : field.indexOf('imageUrl') === 0 ? strings.EditorFieldWeekImage : strings.EditorFieldTitle;
  const message = (field: string): string | undefined => {
    const error = showErrors ? firstErrorFor(errors, field) : undefined;
    return error ? editorValidationMessage(error, labelOf(field), locale) : undefined;
  };
  const update = (index: number, patch: Partial<ThemePlanRow>): void => {
    setNothingChanged(false);
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };

  const save = async (): Promise<void> => {
    if (saving) {
      return;
    }
    if (errors.length > 0) {
      setShowErrors(true);
      const first = document.getElementById(`${baseId}-${errors[0].field}`);
      if (first) {
        first.focus();
      }
      return;
    }
    const plans = changedThemePlans(rows, themeLabel);
    if (plans.length === 0) {
      setNothingChanged(true);
      return;
    }
    setSaving(true);
    setFailure(undefined);
    try {
      await props.onSave(plans);
      if (mounted.current) {
        setSaving(false);
        props.onClose();
      }
    } catch (error) {
      if (mounted.current) {
        setSaving(false);
        setFailure(error);
      }
    }
  };

  return (
    <DialogBody>
      <DialogTitle>{formatString(strings.EditorThemePlannerTitle, `${monthName(props.month, locale, 'long')} ${props.year}`)}</DialogTitle>
      <DialogContent>
        <div className={styles.content} aria-busy={saving}>
          <Text>{strings.EditorThemePlannerIntro}</Text>
          <div className={styles.toolbar}>
            <Button
              onClick={() => {
                setNothingChanged(false);
                setRows((current) => fillWithRotation(current, props.themes));
              }}
              disabled={saving}
              data-fill-rotation
            >
              {strings.EditorFillRotation}
            </Button>
          </div>
          <ul className={styles.list}>
            {rows.map((row, index) => {
              const headingId = `${baseId}-week-${index}`;
              const titleMessage = message(`title-${index}`);
              const linkMessage = message(`linkUrl-${index}`);
              const imageMessage = message(`imageUrl-${index}`);
              return (
                <li key={`${row.isoYear}-${row.isoWeek}`} className={styles.week} aria-labelledby={headingId} data-week={row.isoWeek}>
                  <h3 id={headingId} className={styles.weekTitle}>
                    {formatString(strings.EditorWeekLabel, row.isoWeek, dayAndMonth(row.monday, locale), dayAndMonth(row.sunday, locale))}
                  </h3>
                  <div className={styles.row}>
                    <Field label={strings.EditorFieldWeekTheme} className={styles.grow}>
                      <Select
                        value={row.theme}
                        onChange={(_, d) => update(index, { theme: d.value as VitalTheme | '' })}
                        disabled={saving}
                        data-field="theme"
                      >
                        {!row.existing && <option value="">{strings.EditorThemeNotPlanned}</option>}
                        {VITAL_THEMES.map((t) => (
                          <option key={t} value={t}>
                            {themeLabel(t)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field
                      label={strings.EditorFieldWeekTitle}
                      className={styles.grow}
                      validationMessage={titleMessage}
                      validationState={titleMessage ? 'error' : undefined}
                    >
                      <Input
                        id={`${baseId}-title-${index}`}
                        value={row.title}
                        onChange={(_, d) => update(index, { title: d.value })}
                        disabled={saving}
                        data-field="title"
                      />
                    </Field>
                  </div>
                  <Field label={strings.EditorFieldWeekSummary}>
                    <Textarea
                      value={row.summary}
                      resize="vertical"
                      onChange={(_, d) => update(index, { summary: d.value })}
                      disabled={saving}
                      data-field="summary"
                    />
                  </Field>
                  <Field label={strings.EditorFieldWeekTip} hint={strings.EditorWeekTipHint}>
                    <Textarea
                      value={row.tip}
                      resize="vertical"
                      onChange={(_, d) => update(index, { tip: d.value })}
                      disabled={saving}
                      data-field="tip"
                    />
                  </Field>
                  <div className={styles.row}>
                    <Field
                      label={strings.EditorFieldWeekLink}
                      hint={strings.EditorWeekLinkHint}
                      className={styles.grow}
                      validationMessage={linkMessage}
                      validationState={linkMessage ? 'error' : undefined}
                    >
                      <Input
                        id={`${baseId}-linkUrl-${index}`}
                        type="url"
                        value={row.linkUrl}
                        onChange={(_, d) => update(index, { linkUrl: d.value })}
                        disabled={saving}
                        data-field="linkUrl"
                      />
                    </Field>
                    <Field
                      label={strings.EditorFieldWeekImage}
                      hint={strings.EditorWeekImageHint}
                      className={styles.grow}
                      validationMessage={imageMessage}
                      validationState={imageMessage ? 'error' : undefined}
                    >
                      <Input
                        id={`${baseId}-imageUrl-${index}`}
                        type="url"
                        value={row.imageUrl}
                        onChange={(_, d) => update(index, { imageUrl: d.value })}
                        disabled={saving}
                        data-field="imageUrl"
                      />
                    </Field>
                  </div>
                </li>
              );
            })}
          </ul>
          {nothingChanged && (
            <MessageBar intent="info" data-nothing-changed>
              <MessageBarBody>{strings.EditorNothingChanged}</MessageBarBody>
            </MessageBar>
          )}
          {failure !== undefined && (
            <MessageBar intent="error" role="alert" data-save-error>
              <MessageBarBody>{`${strings.EditorSaveFailed} ${errorMessage(failure)}`}</MessageBarBody>
            </MessageBar>
          )}
          {saving && <Spinner size="tiny" label={strings.EditorSaving} aria-live="polite" />}
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={saving}>
          {strings.EditorCancel}
        </Button>
        <Button appearance="primary" onClick={() => save().catch(() => undefined)} disabled={saving} data-theme-save>
          {strings.EditorSave}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
