import { readBatchResponse, writeReadBatch } from '../../../src/data/sp/batchWire';

describe('the $batch wire format for reads', () => {
  it('writes one GET part per read with its Accept header, LF endings and a closing boundary', () => {
    const body = writeReadBatch('batch_x', [
      { url: "https://t/sites/stella/_api/web/lists/getByTitle('A')/items", headers: { Accept: 'application/json;odata=nometadata' } },
      { url: 'https://t/sites/stella/_api/web/currentuser', headers: { Accept: 'application/json' } }
    ]);
    expect(body).not.toContain('\r');
    expect(body.split('--batch_x\n')).toHaveLength(3);
    expect(body).toContain("GET https://t/sites/stella/_api/web/lists/getByTitle('A')/items HTTP/1.1\nAccept: application/json;odata=nometadata\n");
    expect(body.trimEnd().endsWith('--batch_x--')).toBe(true);
  });

  it('reads parts in order with status, headers and body, CRLF or LF, errors included', () => {
    const text = [
      '--batchresponse_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      'HTTP/1.1 200 OK',
      'CONTENT-TYPE: application/json;odata=minimalmetadata',
      'ETag: "3"',
      '',
      '{"value":[{"Id":1}]}',
      '--batchresponse_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      'HTTP/1.1 404 Not Found',
      'CONTENT-TYPE: application/json',
      '',
      '{"odata.error":{"code":"-1","message":{"lang":"en-US","value":"List does not exist."}}}',
      '--batchresponse_1--',
      ''
    ].join('\r\n');
    const parts = readBatchResponse(text);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toEqual({
      status: 200,
      statusText: 'OK',
      headers: { 'CONTENT-TYPE': 'application/json;odata=minimalmetadata', ETag: '"3"' },
      body: '{"value":[{"Id":1}]}'
    });
    expect(parts[1].status).toBe(404);
    expect(JSON.parse(parts[1].body)['odata.error'].message.value).toBe('List does not exist.');
  });

  it('refuses a body that is not a batch response', () => {
    expect(() => readBatchResponse('--batchresponse_1\nContent-Type: application/http\n\nnot a status line\n')).toThrow(/Invalid \$batch/);
  });
});
