import * as React from 'react';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Runs `load` on mount and whenever `deps` change; `reload` runs it again (the retry
 * button). Results of a superseded or unmounted load are dropped.
 */
export function useAsyncData<T>(load: () => Promise<T>, deps: React.DependencyList): [AsyncState<T>, () => void] {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps.concat([attempt]));
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
