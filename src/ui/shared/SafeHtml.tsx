import * as React from 'react';
import * as purifyModule from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';

// Rich text from SharePoint is user input. Only a small set of text elements survives;
// links must be absolute http(s) (http is upgraded to https) and open in a new tab with
// rel="noopener noreferrer", or mailto: (the editor offers both). Scripts, styles, iframes, SVG/MathML, forms,
// images, event handlers, inline styles, classes and javascript:/data: URLs are dropped.

// dompurify ships an ES module with only a default export and a CommonJS build: the
// default where there is one (webpack, esbuild), else the module itself (CommonJS).
const DOMPurify: Purifier = ((purifyModule as unknown as { default?: Purifier }).default || purifyModule) as Purifier;

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote', 'span', 'div'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(https?:\/\/|mailto:)/i,
  FORBID_TAGS: ['style', 'script', 'iframe', 'svg', 'math', 'form', 'object', 'embed', 'template', 'noscript'],
  KEEP_CONTENT: true
};

function secureLinks(node: Element): void {
  if (node.nodeName !== 'A') {
    return;
  }
  const href = (node.getAttribute('href') || '').trim();
  if (/^https:\/\//i.test(href)) {
    node.setAttribute('href', href);
  } else if (/^http:\/\//i.test(href)) {
    node.setAttribute('href', 'https://' + href.substring('http://'.length));
  } else if (/^mailto:[^\s<>"]+$/i.test(href)) {
    // Opens the mail program, not a page: no new tab needed.
    node.setAttribute('href', href);
    return;
  } else {
    // No (acceptable) target: the text stays, the link goes.
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer');
}

function withLinkHook<T>(run: () => T): T {
  // The hook is added and removed around one synchronous call, so other users of
  // DOMPurify in the same bundle never see it.
  DOMPurify.addHook('afterSanitizeAttributes', secureLinks);
  try {
    return run();
  } finally {
    DOMPurify.removeHook('afterSanitizeAttributes', secureLinks);
  }
}

/** Sanitised HTML, safe for innerHTML. Empty when no DOM is available. */
export function sanitizeHtml(html: string | null | undefined): string {
  if (!html || !DOMPurify.isSupported) {
    return '';
  }
  return withLinkHook(() => DOMPurify.sanitize(html, CONFIG) as unknown as string);
}

const BLOCKS = /^(P|DIV|LI|BR|H3|H4|BLOCKQUOTE|UL|OL)$/;

/** Plain text of rich text (for .ics and Outlook): block elements become line breaks. */
export function htmlToText(html: string | null | undefined): string {
  const clean = sanitizeHtml(html);
  if (!clean || typeof document === 'undefined') {
    return '';
  }
  const container = document.createElement('div');
  container.innerHTML = clean;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent || '').replace(/\s+/g, ' '));
      return;
    }
    const block = BLOCKS.test(node.nodeName);
    if (node.nodeName === 'LI') {
      parts.push('\n- ');
    } else if (block) {
      parts.push('\n');
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      walk(child);
    }
    if (block && node.nodeName !== 'LI') {
      parts.push('\n');
    }
  };
  walk(container);
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+(?!\S)/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface SafeHtmlProps {
  html: string | null | undefined;
  className?: string;
}

/** Renders sanitised rich text. */
export function SafeHtml(props: SafeHtmlProps): JSX.Element | null {
  const clean = React.useMemo(() => sanitizeHtml(props.html), [props.html]);
  if (!clean) {
    return null;
  }
  // eslint-disable-next-line react/no-danger -- sanitised above with a strict allow-list
  return <div className={props.className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
