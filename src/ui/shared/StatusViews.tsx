import * as React from 'react';
import { isDataError } from '../../core/errors';
import { useSetupApi } from '../setup/SetupContext';
import { lazyPart } from './lazyPart';
import { ErrorMessageBar, LoadingView } from './StatusMessages';

// Only when the lists are missing: the panel comes with the set-up code's chunk.
const SetupPanel = lazyPart(() => import(/* webpackChunkName: 'samenbeter-setup' */ '../setup/SetupPanel').then((m) => m.SetupPanel));

export { ErrorMessageBar, LoadingView };

/**
 * A web part's error state. When our lists are missing or out of date, the set-up panel
 * takes its place (owners can fix it right there; others are told whom to ask).
 */
export function ErrorView(props: { error: unknown; onRetry?: () => void }): JSX.Element {
  const setup = useSetupApi();
  if (setup && isDataError(props.error) && props.error.kind === 'notProvisioned') {
    return <SetupPanel api={setup} onDone={props.onRetry || (() => undefined)} />;
  }
  return <ErrorMessageBar error={props.error} onRetry={props.onRetry} />;
}
