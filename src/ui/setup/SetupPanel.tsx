import * as React from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { SetupCheck } from '../../data/contracts/ISetupApi';
import { useAsyncData } from '../shared/useAsyncData';
import { ErrorMessageBar, LoadingView } from '../shared/StatusMessages';
import { formatString } from '../shared/formatString';
import { SetupPanelProps } from './SetupPanel.types';
import { useSetupPanelStyles } from './useSetupPanelStyles';

type RunState = { status: 'idle' } | { status: 'running'; done: number } | { status: 'failed'; error: unknown } | { status: 'done'; done: number };

/**
 * "Stel #SamenBeter in": what a site owner sees when our lists are missing or older than
 * this release. Runs the product's own provisioning with the owner's rights; a failed run
 * can simply be started again and continues where it stopped. Others get a clear
 * "ask your administrator" message.
 */
export function SetupPanel(props: SetupPanelProps): JSX.Element {
  const styles = useSetupPanelStyles();
  const [check, recheck] = useAsyncData<SetupCheck>(() => props.api.check(), [props.api]);
  const [run, setRun] = React.useState<RunState>({ status: 'idle' });
  const headingId = React.useRef(`sb-setup-${Math.random().toString(36).slice(2)}`).current;

  const start = (): void => {
    let done = 0;
    setRun({ status: 'running', done });
    props.api
      .run(() => {
        done++;
        setRun({ status: 'running', done });
      })
      .then(
        () => setRun({ status: 'done', done }),
        (error: unknown) => setRun({ status: 'failed', error })
      );
  };

  if (check.status === 'loading') {
    return <LoadingView label={strings.SetupChecking} />;
  }
  if (check.status === 'error') {
    return <ErrorMessageBar error={check.error} onRetry={recheck} />;
  }
  if (!check.data.mayRunSetup) {
    return (
      <section className={styles.root} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {strings.SetupNotReadyTitle}
        </h2>
        <Body1 as="p" className={styles.text}>
          {strings.ErrorNotProvisioned}
        </Body1>
      </section>
    );
  }
  const total = check.data.steps.length;
  // A list this release no longer uses (set-up leaves it alone) apart from unexpected access.
  const retired = check.data.findings.filter((f) => f.kind === 'retired');
  const access = check.data.findings.filter((f) => f.kind !== 'retired');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {strings.SetupTitle}
      </h2>
      <Body1 as="p" className={styles.text}>
        {total > 0 ? formatString(strings.SetupIntro, total) : strings.SetupNothingToDo}
      </Body1>
      {retired.map((f) => (
        <MessageBar key={f.target} intent="warning" data-setup-retired>
          <MessageBarBody>{formatString(strings.SetupRetiredNews, f.target, f.detail)}</MessageBarBody>
        </MessageBar>
      ))}
      {access.length > 0 && (
        <MessageBar intent="warning" data-setup-findings>
          <MessageBarBody>
            {strings.SetupFindings}
            <ul>
              {access.map((f) => (
                <li key={`${f.target}|${f.detail}`}>{formatString(strings.SetupFinding, f.detail, f.target)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {run.status === 'running' && (
        <Field validationMessage={formatString(strings.SetupProgress, run.done, total)} validationState="none">
          <ProgressBar value={total > 0 ? Math.min(1, run.done / total) : undefined} aria-label={strings.SetupTitle} />
        </Field>
      )}
      <div aria-live="polite">
        {run.status === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>{formatString(strings.SetupDone, run.done)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {run.status === 'failed' && <ErrorMessageBar error={run.error} />}
      <div className={styles.actions}>
        {run.status === 'done' || total === 0 ? (
          <Button appearance="primary" onClick={props.onDone}>
            {strings.SetupContinue}
          </Button>
        ) : (
          <Button appearance="primary" onClick={start} disabled={run.status === 'running'}>
            {run.status === 'failed' ? strings.SetupResume : strings.SetupRun}
          </Button>
        )}
      </div>
    </section>
  );
}
