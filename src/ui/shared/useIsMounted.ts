import * as React from 'react';

/**
 * A ref that turns false when the component unmounts: an async save that finishes after
 * its form was closed (or replaced) must not set state any more.
 */
export function useIsMounted(): React.MutableRefObject<boolean> {
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  return mounted;
}
