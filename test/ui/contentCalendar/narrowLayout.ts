/**
 * jsdom has no layout: inside the calling `describe`, every element measures `width` px wide
 * and ResizeObserver reports at once, so the calendar renders as it does on a phone (below
 * 840 px: the agenda). Restores both after each test.
 */
export function measureAsNarrow(width = 360): void {
  const realObserver = (global as { ResizeObserver?: unknown }).ResizeObserver;
  const realRect = Element.prototype.getBoundingClientRect;

  beforeEach(() => {
    (global as { ResizeObserver?: unknown }).ResizeObserver = class {
      public constructor(private readonly callback: () => void) {}
      public observe(): void {
        this.callback();
      }
      public disconnect(): void {
        // nothing to stop
      }
    };
    Element.prototype.getBoundingClientRect = function (this: Element): DOMRect {
      return { width, height: 800, top: 0, left: 0, right: width, bottom: 800, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
    };
  });

  afterEach(() => {
    (global as { ResizeObserver?: unknown }).ResizeObserver = realObserver;
    Element.prototype.getBoundingClientRect = realRect;
  });
}
