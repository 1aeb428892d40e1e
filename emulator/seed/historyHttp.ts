// The preview history's writes (history.ts): plain SharePoint REST as a client sends it, each as
// the person who did it (Bearer e-mail), in `$batch`es at the emulator clock's moment — so
// SharePoint's own values come from the emulator's store exactly as for any other write: Created,
// Modified (the clock), Author and Editor (the caller), owshiddenversion (1, +1 per update).
// The clock is set through the emulator's admin endpoint, as seedNews.ts does for news pages.
// Raw multipart instead of PnPjs: the same $batch dialect PnPjs v4 writes (pnp/pnpjs
// packages/sp/batching.ts; emulator/http/multipart.ts parses it), without PnPjs's per-request
// client cost — a year of history is a few thousand writes and the preview must start fast.

export interface BatchPart {
  method: 'POST' | 'MERGE' | 'GET';
  /** Path under the site's _api/, e.g. "web/lists/getByTitle('X')/items". */
  path: string;
  body?: Record<string, unknown>;
}

export interface HistoryClient {
  setClock(at: string | null): Promise<void>;
  /** The parts' answers (parsed JSON or null), in order; any failing part throws. */
  batch(as: string, parts: BatchPart[]): Promise<Array<Record<string, unknown> | null>>;
  get(as: string, path: string): Promise<Record<string, unknown>>;
  /** HTTP requests sent. */
  requests(): number;
}

export function historyClient(siteUrl: string): HistoryClient {
  const origin = new URL(siteUrl).origin;
  let requests = 0;
  let boundaryCount = 0;
  const auth = (as: string): Record<string, string> => ({ Authorization: `Bearer ${as}`, Accept: 'application/json;odata=nometadata' });

  return {
    requests: () => requests,
    async setClock(at) {
      requests++;
      const answer = await fetch(`${origin}/_emulator/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: at }) });
      if (!answer.ok) {
        throw new Error(`history: setting the emulator clock failed: ${answer.status}`);
      }
    },
    async get(as, path) {
      requests++;
      const answer = await fetch(`${siteUrl}/_api/${path}`, { headers: auth(as) });
      if (!answer.ok) {
        throw new Error(`history: GET ${path} as ${as}: ${answer.status} ${await answer.text()}`);
      }
      return (await answer.json()) as Record<string, unknown>;
    },
    async batch(as, parts) {
      requests++;
      const boundary = `batch_history${++boundaryCount}`;
      const lines: string[] = [];
      for (const part of parts) {
        lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
        lines.push(`${part.method} ${siteUrl}/_api/${part.path} HTTP/1.1`, 'Accept: application/json;odata=nometadata');
        if (part.method === 'MERGE') {
          lines.push('IF-MATCH: *');
        }
        if (part.body) {
          lines.push('Content-Type: application/json;odata=nometadata', '', JSON.stringify(part.body));
        } else {
          lines.push('');
        }
        lines.push('');
      }
      lines.push(`--${boundary}--`, '');
      const answer = await fetch(`${siteUrl}/_api/$batch`, {
        method: 'POST',
        headers: { ...auth(as), 'Content-Type': `multipart/mixed; boundary=${boundary}` },
        body: lines.join('\n')
      });
      const text = await answer.text();
      if (!answer.ok) {
        throw new Error(`history: $batch as ${as}: ${answer.status} ${text.slice(0, 300)}`);
      }
      const results: Array<Record<string, unknown> | null> = [];
      for (const chunk of text.split(/^--batchresponse_[^\n]*$/m).slice(1)) {
        const status = /^HTTP\/1\.1 (\d{3})/m.exec(chunk);
        if (!status) {
          continue;
        }
        const code = Number(status[1]);
        const afterStatus = chunk.slice(status.index);
        const blank = afterStatus.search(/\n\s*\n/);
        const body = blank < 0 ? '' : afterStatus.slice(blank).trim();
        if (code >= 400) {
          throw new Error(`history: a $batch part as ${as} failed: ${code} ${body.slice(0, 300)}`);
        }
        results.push(body === '' ? null : (JSON.parse(body) as Record<string, unknown>));
      }
      if (results.length !== parts.length) {
        throw new Error(`history: $batch answered ${results.length} parts for ${parts.length}`);
      }
      return results;
    }
  };
}
