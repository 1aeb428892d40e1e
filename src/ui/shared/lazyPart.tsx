import * as React from 'react';
import * as strings from 'SamenBeterStrings';
import { ErrorMessageBar, LoadingView } from './StatusMessages';

export type LazyPart<P> = ((props: P) => JSX.Element) & {
  /** Starts the download early (e.g. when the page knows the part will be needed). */
  preload: () => void;
};

/**
 * A component that is not in the web part's first download: `load` is a webpack dynamic
 * import (its own chunk, fetched the first time the component renders). Until the chunk is
 * there a Fluent spinner with a Dutch label shows in its place (announced politely); once it
 * is there, this and every later render show the component itself, synchronously. A failed
 * download (offline, a new version deployed meanwhile) shows the error with "Opnieuw proberen".
 * (React.lazy + Suspense would do the first part, but leaves a failed chunk failed for good.)
 *
 *   const ActivityDetail = lazyPart(() =>
 *     import(/* webpackChunkName: 'samenbeter-activities-more' *\/ './ActivityDetail').then((m) => m.ActivityDetail));
 */
export function lazyPart<P extends object>(load: () => Promise<React.ComponentType<P>>, label: string = strings.Loading): LazyPart<P> {
  let loaded: React.ComponentType<P> | undefined;
  let loading: Promise<React.ComponentType<P>> | undefined;
  const fetchOnce = (): Promise<React.ComponentType<P>> => {
    if (!loading) {
      loading = load().then(
        (component) => (loaded = component),
        (error: unknown) => {
          loading = undefined;
          throw error;
        }
      );
    }
    return loading;
  };

  function LazyPartView(props: P): JSX.Element {
    const [, setReady] = React.useState(false);
    const [error, setError] = React.useState<unknown>(undefined);
    const [attempt, setAttempt] = React.useState(0);
    React.useEffect(() => {
      if (loaded) {
        return undefined;
      }
      let live = true;
      fetchOnce().then(
        () => live && setReady(true),
        (e: unknown) => live && setError(e)
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (loaded) {
      const Component = loaded;
      return <Component {...props} />;
    }
    if (error !== undefined) {
      return (
        <ErrorMessageBar
          error={error}
          onRetry={() => {
            setError(undefined);
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    return <LoadingView label={label} />;
  }
  const part = LazyPartView as LazyPart<P>;
  part.preload = () => {
    fetchOnce().catch(() => undefined);
  };
  return part;
}
