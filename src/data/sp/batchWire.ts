// The $batch wire format for reads (multipart/mixed, LF line endings), as SharePoint and
// PnPjs's own batching write and read it. Only GET parts: writes keep going through
// PnPjs's explicit batches (views/inBatch), where their order and changesets are visible.

export interface BatchRead {
  url: string;
  /** Headers that travel inside the part (Accept decides the OData metadata level). */
  headers: { [name: string]: string };
}

export interface BatchPartResponse {
  status: number;
  statusText: string;
  headers: { [name: string]: string };
  body: string;
}

/** The request body of a $batch of GETs. */
export function writeReadBatch(boundary: string, reads: ReadonlyArray<BatchRead>): string {
  const lines: string[] = [];
  for (const read of reads) {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`GET ${read.url} HTTP/1.1`);
    for (const name of Object.keys(read.headers)) {
      lines.push(`${name}: ${read.headers[name]}`);
    }
    lines.push('', '');
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\n');
}

const STATUS_LINE = /^HTTP\/[0-9.]+ +([0-9]+) *(.*)$/i;

/** The parts of a $batch response, in request order. Throws on a body that is not one. */
export function readBatchResponse(text: string): BatchPartResponse[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const parts: BatchPartResponse[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!/^--batchresponse_/.test(lines[i]) || /--\s*$/.test(lines[i].replace(/^--/, ''))) {
      i++;
      continue;
    }
    // Part headers (Content-Type: application/http …) up to the blank line.
    i++;
    while (i < lines.length && lines[i].trim() !== '') i++;
    i++;
    const status = STATUS_LINE.exec(lines[i] || '');
    if (!status) {
      throw new Error(`Invalid $batch response near line ${i + 1}`);
    }
    i++;
    const headers: { [name: string]: string } = {};
    while (i < lines.length && lines[i].trim() !== '') {
      const colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers[lines[i].slice(0, colon).trim()] = lines[i].slice(colon + 1).trim();
      }
      i++;
    }
    i++;
    const body: string[] = [];
    while (i < lines.length && !/^--batchresponse_/.test(lines[i])) {
      body.push(lines[i]);
      i++;
    }
    parts.push({ status: Number(status[1]), statusText: status[2].trim(), headers, body: body.join('\n').trim() });
  }
  return parts;
}
