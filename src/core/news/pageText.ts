/**
 * The quick editor's text as the HTML of a page's text web part. Only simple markup survives,
 * rebuilt from scratch (no attributes but a link's http(s)/mailto address): p, br, strong, b,
 * em, i, u, ul, ol, li, h2–h4, a. Every other tag is dropped, its text kept as text. Plain text
 * (no tags at all) becomes one paragraph per block. Fuller formatting is done in SharePoint's
 * own page editor ("Verder bewerken in SharePoint").
 */
const ALLOWED = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'a'];

function escapeText(s: string): string {
  return s.replace(/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function safeHref(tag: string): string | null {
  const match = /\shref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
  const raw = match ? (match[2] !== undefined ? match[2] : match[3] !== undefined ? match[3] : match[4]) : '';
  const href = raw.replace(/&amp;/g, '&').trim();
  return /^(https?:\/\/|mailto:)/i.test(href) ? href : null;
}

function rebuildTag(tag: string): string {
  const match = /^<\s*(\/)?\s*([a-zA-Z0-9]+)/.exec(tag);
  if (!match) {
    return '';
  }
  const closing = !!match[1];
  const name = match[2].toLowerCase();
  if (ALLOWED.indexOf(name) < 0) {
    return '';
  }
  if (name === 'br') {
    return closing ? '' : '<br>';
  }
  if (closing) {
    return `</${name}>`;
  }
  if (name === 'a') {
    const href = safeHref(tag);
    return href ? `<a href="${escapeAttribute(href)}">` : '<a>';
  }
  return `<${name}>`;
}

export function pageTextHtml(text: string): string {
  if (!/<[a-zA-Z/!]/.test(text)) {
    return text
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter((block) => block !== '')
      .map((block) => `<p>${block.split('\n').map((line) => escapeText(line.trim())).join('<br>')}</p>`)
      .join('');
  }
  // Comments and the contents of script/style go entirely; tags are rebuilt or dropped.
  const withoutCode = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  let out = '';
  let last = 0;
  const tags = /<[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(withoutCode)) !== null) {
    out += escapeText(withoutCode.slice(last, m.index)) + rebuildTag(m[0]);
    last = m.index + m[0].length;
  }
  return (out + escapeText(withoutCode.slice(last))).trim();
}

/**
 * The page's file name from its title, as SharePoint makes one: letters, digits and dashes
 * (unverified in detail; SharePoint makes a name unique by itself when it is taken).
 */
export function pageFileName(title: string): string {
  const stem = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'Nieuwsbericht'}.aspx`;
}
