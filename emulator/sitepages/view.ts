// A page as the preview shows `/sites/stella/SitePages/<name>.aspx`: title, banner and the
// text of its text web parts (controlType 4, `innerHTML`; PnPjs ClientsideText). Plain text
// only: markup from the canvas is not trusted here.
import type { Row } from '../store/database';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Paragraphs of text from the canvas's text web parts. */
export function canvasParagraphs(canvas: unknown): string[] {
  let controls: unknown;
  try {
    controls = JSON.parse(typeof canvas === 'string' ? canvas : '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(controls)) return [];
  const out: string[] = [];
  for (const control of controls as { controlType?: number; innerHTML?: unknown }[]) {
    if (control?.controlType !== 4 || typeof control.innerHTML !== 'string') continue;
    const blocks = control.innerHTML.split(/<\/(?:p|h[1-6]|li|div)>|<br\s*\/?>/i);
    for (const block of blocks) {
      const text = block.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
      if (text) out.push(text);
    }
  }
  return out;
}

function bannerUrl(stored: unknown): string | undefined {
  if (typeof stored !== 'string' || !stored) return undefined;
  try {
    const url = String((JSON.parse(stored) as { Url?: string }).Url ?? '');
    return /^(https?:\/\/|\/)/i.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

export function renderPageHtml(row: Row): string {
  const title = escapeHtml(String(row.Title ?? ''));
  const banner = bannerUrl(row.BannerImageUrl);
  const body = canvasParagraphs(row.CanvasContent1).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Stella</title>
<style>body{font-family:'Segoe UI',system-ui,sans-serif;margin:0;color:#242424}main{max-width:760px;margin:0 auto;padding:16px}
img{max-width:100%;height:auto;display:block;margin:0 0 16px}h1{font-size:28px;line-height:36px;margin:8px 0 16px}p{font-size:16px;line-height:24px}</style>
</head><body><main><article>
${banner ? `<img src="${escapeHtml(banner)}" alt="">` : ''}
<h1>${title}</h1>
${body}
</article></main></body></html>`;
}
