import * as React from 'react';

/**
 * Below this width the month grid does not fit: a week column of 7.5rem and seven day columns
 * need about 100 px each before chip words ("Gepubliceerd", "Internationale") must break. The
 * calendar then shows its agenda (tablets in portrait too).
 */
export const NARROW_CALENDAR_PX: number = 840;

/**
 * Whether the element is narrower than `px`. The calendar's own width counts, not the
 * window's: a web part in a one-third column of a wide page is as narrow as a phone. Until the
 * element is measured (and where ResizeObserver is missing) the window's width is the guess.
 */
export function useNarrow(ref: React.RefObject<HTMLElement>, px: number = NARROW_CALENDAR_PX): boolean {
  const [narrow, setNarrow] = React.useState<boolean>(
    () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(`(max-width: ${px - 1}px)`).matches
  );
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const measure = (): void => {
      const width = element.getBoundingClientRect().width;
      // A width of 0 means "not laid out" (hidden tab, jsdom): keep the guess.
      if (width > 0) {
        setNarrow(width < px);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, px]);
  return narrow;
}
