import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { errorMessage } from '../shared/errorMessage';
import { formatString } from '../shared/formatString';
import { useIsMounted } from '../shared/useIsMounted';
import { ComputeMissingProps } from './ComputeMissing.types';
import { periodLabel } from './participationTables';
import { useComputeMissingStyles } from './useComputeMissingStyles';

interface ComputeState {
  /** How many of `missing` are computed (and stored). */
  done: number;
  running: boolean;
  error?: unknown;
}

/**
 * "N perioden zijn afgelopen maar nog niet berekend" with "Bereken": computes the periods one by
 * one in the given order with visible progress ("3 van 14 berekend", a polite live region). Each
 * computed period is stored at once, so a failure loses nothing: "Opnieuw proberen" continues with
 * the period that failed. When all are done, the dashboard reloads (onDone).
 */
export function ComputeMissing(props: ComputeMissingProps): JSX.Element {
  const styles = useComputeMissingStyles();
  const mounted = useIsMounted();
  const { api, missing, now, onDone } = props;
  const total = missing.length;
  const [state, setState] = React.useState<ComputeState>({ done: 0, running: false });

  const run = React.useCallback(
    async (from: number): Promise<void> => {
      setState({ done: from, running: true });
      for (let i = from; i < total; i++) {
        try {
          await api.compute(missing[i], now());
        } catch (error) {
          if (mounted.current) setState({ done: i, running: false, error });
          return;
        }
        if (!mounted.current) return;
        setState({ done: i + 1, running: true });
      }
      onDone(total);
    },
    [api, missing, now, onDone, total, mounted]
  );

  // run() handles its own failures (the error bar); nothing is left to catch.
  const start = (from: number): void => {
    run(from).catch(() => undefined);
  };
  const progress = formatString(strings.ParticipationComputing, state.done, total);
  const started = state.running || state.error !== undefined;
  return (
    <div className={styles.root} data-compute>
      <p className={styles.text}>{total === 1 ? strings.ParticipationMissingOne : formatString(strings.ParticipationMissing, total)}</p>
      <p className={styles.hint}>{strings.ParticipationComputeHint}</p>
      {!started && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => start(0)}>
            {strings.ParticipationCompute}
          </Button>
        </div>
      )}
      {started && <ProgressBar value={state.done} max={total} aria-hidden="true" thickness="large" />}
      <div role="status" aria-live="polite" data-compute-progress>
        {started ? progress : ''}
      </div>
      {state.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {formatString(strings.ParticipationComputeFailed, periodLabel(missing[state.done], props.locale), state.done, total)} {errorMessage(state.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => start(state.done)}>{strings.Retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
