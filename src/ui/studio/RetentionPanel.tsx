import * as React from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, SpinButton } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { amsterdamDateOf, fromAmsterdamWallTime } from '../../core/time/amsterdam';
import { formatDateLong } from '../../core/time/dutchFormat';
import { ErrorMessageBar } from '../shared/StatusMessages';
import { formatString } from '../shared/formatString';
import { RetentionPanelProps } from './RetentionPanel.types';
import { useRetentionPanelStyles } from './useRetentionPanelStyles';

type Step = { kind: 'idle' } | { kind: 'busy' } | { kind: 'counted'; count: number } | { kind: 'done'; count: number } | { kind: 'failed'; error: unknown };

/** Start of the Amsterdam day `months` months before now: sign-ups of sessions before it go. */
export function retentionCutOff(now: Date, months: number): Date {
  const today = amsterdamDateOf(now);
  const monthIndex = today.year * 12 + (today.month - 1) - months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromAmsterdamWallTime(year, month, Math.min(today.day, lastDay), 0, 0);
}

/**
 * "Aanmeldingen opruimen" for coordinators: sign-ups are personal data with a retention
 * period. First count, then delete; nothing goes without the count shown first.
 */
export function RetentionPanel(props: RetentionPanelProps): JSX.Element {
  const styles = useRetentionPanelStyles();
  const [months, setMonths] = React.useState(12);
  const [step, setStep] = React.useState<Step>({ kind: 'idle' });
  const cutOff = retentionCutOff(props.now(), months);
  const cutOffLabel = formatDateLong(amsterdamDateOf(cutOff), props.locale);

  const run = (dryRun: boolean): void => {
    setStep({ kind: 'busy' });
    props.api.purgeRegistrations(cutOff, dryRun).then(
      (count) => setStep(dryRun ? { kind: 'counted', count } : { kind: 'done', count }),
      (error: unknown) => setStep({ kind: 'failed', error })
    );
  };

  return (
    <section className={styles.root} aria-labelledby="sb-retention-heading" data-retention-panel>
      <h3 id="sb-retention-heading" className={styles.heading}>
        {strings.StudioRetentionTitle}
      </h3>
      <Body1 as="p">{strings.StudioRetentionText}</Body1>
      <Field label={strings.StudioRetentionMonths}>
        <SpinButton
          value={months}
          min={1}
          max={120}
          onChange={(_, data) => {
            const value = data.value !== undefined && data.value !== null ? data.value : Number(data.displayValue);
            if (typeof value === 'number' && !isNaN(value)) {
              setMonths(Math.max(1, Math.min(120, Math.round(value))));
              setStep({ kind: 'idle' });
            }
          }}
        />
      </Field>
      <div aria-live="polite">
        {step.kind === 'counted' && (
          <MessageBar intent={step.count > 0 ? 'warning' : 'info'}>
            <MessageBarBody>{formatString(strings.StudioRetentionCounted, step.count, cutOffLabel)}</MessageBarBody>
          </MessageBar>
        )}
        {step.kind === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>{formatString(strings.StudioRetentionDone, step.count)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {step.kind === 'failed' && <ErrorMessageBar error={step.error} />}
      <div className={styles.actions}>
        <Button onClick={() => run(true)} disabled={step.kind === 'busy'}>
          {strings.StudioRetentionCount}
        </Button>
        {step.kind === 'counted' && step.count > 0 && (
          <Button appearance="primary" onClick={() => run(false)}>
            {formatString(strings.StudioRetentionDelete, step.count)}
          </Button>
        )}
      </div>
    </section>
  );
}
