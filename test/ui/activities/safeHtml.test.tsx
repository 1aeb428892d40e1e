/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { SafeHtml, htmlToText, sanitizeHtml } from '../../../src/ui/shared/SafeHtml';

// Rich text from SharePoint lists is user input: an ambassador (or anyone who can edit an
// item over REST) could store anything. This corpus covers the classic XSS vectors.

const CORPUS: Array<[string, string]> = [
  ['script element', '<p>a</p><script>window.__xss = 1</script>'],
  ['img onerror', '<img src=x onerror="window.__xss = 1">'],
  ['event handler on an allowed tag', '<p onclick="window.__xss = 1" onmouseover="window.__xss = 1">tekst</p>'],
  ['javascript: link', '<a href="javascript:window.__xss=1">klik</a>'],
  ['javascript: with entities and whitespace', '<a href="&#106;ava&#x09;script:alert(1)">klik</a>'],
  ['upper-case JAVASCRIPT:', '<a href=" JAVASCRIPT:alert(1)">klik</a>'],
  ['data: URL link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">klik</a>'],
  ['svg with onload', '<svg onload="window.__xss = 1"><circle r="5"/></svg>'],
  ['svg with script', '<svg><script>window.__xss = 1</script></svg>'],
  ['math with xlink', '<math><a xlink:href="javascript:alert(1)">x</a></math>'],
  ['style element', '<style>body{background:url("javascript:alert(1)")}</style><p>x</p>'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>'],
  ['object/embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['form with formaction', '<form><button formaction="javascript:alert(1)">x</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['broken HTML that re-forms a script', '<scr<script>ipt>window.__xss=1</scr</script>ipt>'],
  ['unclosed attribute', '<p title="x><img src=x onerror=window.__xss=1>">y</p>'],
  ['mutation XSS via noscript', '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">'],
  ['template', '<template><img src=x onerror="window.__xss=1"></template>'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['link to stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['srcset', '<img srcset="javascript:alert(1) 1x">'],
  ['data attributes and aria', '<p data-x="1" aria-label="y" class="ExternalClass" id="z">x</p>']
];

describe('SafeHtml', () => {
  afterEach(() => {
    delete (window as unknown as { __xss?: number }).__xss;
  });

  it.each(CORPUS)('neutralises %s', (_name, html) => {
    const clean = sanitizeHtml(html);
    expect(clean).not.toMatch(/<(script|style|iframe|svg|math|object|embed|form|meta|base|link|img|template|noscript)\b/i);
    expect(clean).not.toMatch(/\son\w+\s*=/i);
    expect(clean).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(clean).not.toMatch(/\s(style|class|id|data-[\w-]+|aria-[\w-]+|srcset|formaction|xlink:href)\s*=/i);
    const { container } = render(<SafeHtml html={html} />);
    expect(container.querySelector('script, style, iframe, svg, img, object, embed, form')).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it('keeps the text elements SharePoint rich text uses', () => {
    const html = '<div class="ExternalClassA1"><p>Elke <strong>dinsdag</strong> <em>samen</em>.</p><ul><li>Een</li><li>Twee</li></ul><h3>Kop</h3><br></div>';
    expect(sanitizeHtml(html)).toBe('<div><p>Elke <strong>dinsdag</strong> <em>samen</em>.</p><ul><li>Een</li><li>Twee</li></ul><h3>Kop</h3><br></div>');
  });

  it('drops page-level headings but keeps their text', () => {
    expect(sanitizeHtml('<h1>Groot</h1><h2>Kop</h2>')).toBe('GrootKop');
  });

  it('forces links to https, a new tab and rel=noopener', () => {
    const clean = sanitizeHtml('<a href="http://www.365vitaal.nl/x" target="_self" rel="opener">a</a><a href="https://teams.microsoft.com/l/x">b</a>');
    const div = document.createElement('div');
    div.innerHTML = clean;
    const links = Array.from(div.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.365vitaal.nl/x', 'https://teams.microsoft.com/l/x']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('keeps the text of a link it cannot keep (relative, javascript, a mailto with markup in it)', () => {
    expect(sanitizeHtml('<a href="/sites/stella">intern</a> <a href="javascript:alert(1)">js</a> <a href="mailto:x@y.nl%22onclick">m</a>')).toBe(
      '<a>intern</a> <a>js</a> <a href="mailto:x@y.nl%22onclick">m</a>'
    );
    expect(sanitizeHtml('<a href=\'mailto:"x"@y.nl\'>q</a>')).toBe('<a>q</a>');
  });

  it('keeps mailto: links (the editor offers them), without a new tab', () => {
    const div = document.createElement('div');
    div.innerHTML = sanitizeHtml('<a href="mailto:samenbeter@maastricht.example">mail ons</a>');
    const a = div.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('mailto:samenbeter@maastricht.example');
    expect(a.getAttribute('target')).toBeNull();
  });

  it('does not leak its link rule to other DOMPurify users', async () => {
    sanitizeHtml('<a href="https://x.example">x</a>');
    const purify = (await import('dompurify')).default;
    // Without our hook: no https upgrade, no rel/target added.
    expect(purify.sanitize('<a href="http://x.example">x</a>')).toBe('<a href="http://x.example">x</a>');
  });

  it('renders nothing for empty input', () => {
    const { container } = render(<SafeHtml html={null} />);
    expect(container.innerHTML).toBe('');
  });

  it('makes plain text for calendars: lists and paragraphs on their own lines', () => {
    expect(htmlToText('<p>Elke dinsdag.</p><ul><li>Stadhuis</li><li>Markt</li></ul><script>x</script><p>Tot dan &amp; groet</p>')).toBe(
      'Elke dinsdag.\n\n- Stadhuis\n- Markt\n\nTot dan & groet'
    );
  });
});
