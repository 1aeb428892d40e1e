'use strict';
// jsdom lacks ResizeObserver, which Fluent v9's MessageBar uses to reflow its actions.
// A no-op observer is honest here: jsdom does no layout, so nothing would ever resize.
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
