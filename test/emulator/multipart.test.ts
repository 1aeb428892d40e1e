import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { ODataSyntaxError } from '../../emulator/odata/filter';
import {
  BatchRequestPart,
  BatchResponsePart,
  BatchSyntaxError,
  batchResponseContentType,
  contentTypeParam,
  effectiveMethod,
  formatBatchResponse,
  newBatchResponseBoundary,
  parseBatchRequest,
  statusText
} from '../../emulator/http/multipart';

const SITE = 'https://contoso.sharepoint.com/sites/stella';
const JSON_HEADERS = { accept: 'application/json', 'content-type': 'application/json;charset=utf-8' };

// Byte-for-byte the shape PnPjs v4 writes: a GET, then a changeset with a POST and a MERGE.
const PNP_BODY = [
  '--batch_b1',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  `GET ${SITE}/_api/web/lists/getByTitle('A')/items?$select=Id,Title&$filter=Title%20eq%20'x' HTTP/1.1`,
  'accept: application/json',
  'content-type: application/json;charset=utf-8',
  '',
  '--batch_b1',
  'Content-Type: multipart/mixed; boundary="changeset_c1"',
  '',
  '--changeset_c1',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  `POST ${SITE}/_api/web/lists/getByTitle('A')/items HTTP/1.1`,
  'accept: application/json',
  'content-type: application/json;charset=utf-8',
  '',
  '{"Title":"x"}',
  '',
  '--changeset_c1',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  `MERGE ${SITE}/_api/web/lists/getByTitle('A')/items(5) HTTP/1.1`,
  'accept: application/json',
  'content-type: application/json;charset=utf-8',
  'if-match: *',
  '',
  '{"Title":"y"}',
  '',
  '--changeset_c1--',
  '',
  '--batch_b1--',
  ''
].join('\n');

describe('parseBatchRequest', () => {
  const expected: BatchRequestPart[] = [
    { method: 'GET', url: `${SITE}/_api/web/lists/getByTitle('A')/items?$select=Id,Title&$filter=Title%20eq%20'x'`, headers: JSON_HEADERS, body: '' },
    { method: 'POST', url: `${SITE}/_api/web/lists/getByTitle('A')/items`, headers: JSON_HEADERS, body: '{"Title":"x"}' },
    { method: 'MERGE', url: `${SITE}/_api/web/lists/getByTitle('A')/items(5)`, headers: { ...JSON_HEADERS, 'if-match': '*' }, body: '{"Title":"y"}' }
  ];

  test('PnPjs layout: GET part, changeset flattened in order', () => {
    expect(parseBatchRequest(PNP_BODY, 'multipart/mixed; boundary=batch_b1')).toEqual(expected);
  });

  test('CRLF line endings and a quoted outer boundary give the same result', () => {
    expect(parseBatchRequest(PNP_BODY.replace(/\n/g, '\r\n'), 'Multipart/Mixed; boundary="batch_b1"')).toEqual(expected);
  });

  test('preamble, epilogue and trailing whitespace after delimiters are ignored', () => {
    const body = `This is a preamble\n${PNP_BODY.replace('--batch_b1\n', '--batch_b1  \n')}epilogue\n`;
    expect(parseBatchRequest(body, 'multipart/mixed; boundary=batch_b1')).toEqual(expected);
  });

  test('POST with X-HTTP-Method is kept as sent; effectiveMethod gives the verb', () => {
    const body = [
      '--batch_x', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${SITE}/_api/web/lists/getByTitle('A')/items(5) HTTP/1.1`,
      'X-HTTP-Method: DELETE', 'IF-Match: "3"', 'If-Match: "4"', '', '',
      '--batch_x--'
    ].join('\n');
    const [part] = parseBatchRequest(body, 'multipart/mixed; boundary=batch_x');
    expect(part).toEqual({
      method: 'POST', url: `${SITE}/_api/web/lists/getByTitle('A')/items(5)`,
      headers: { 'x-http-method': 'DELETE', 'if-match': '"3", "4"' }, body: ''
    });
    expect(effectiveMethod(part.method, part.headers)).toBe('DELETE');
    expect(effectiveMethod('get', {})).toBe('GET');
    expect(effectiveMethod('MERGE', {})).toBe('MERGE');
    expect(effectiveMethod('PATCH', { 'x-http-method': 'MERGE' })).toBe('PATCH');
  });

  test('multi-line bodies keep their inner line breaks; header values keep their colons', () => {
    const body = [
      '--b', 'Content-Type: application/http', '',
      'POST http://h/_api/x HTTP/1.1', 'Content-Type: application/json', 'X-Url: http://h:80/a', '',
      '{', '  "a": "--b-not-a-delimiter"', '}', '',
      '--b--'
    ].join('\n');
    const [part] = parseBatchRequest(body, 'multipart/mixed; boundary=b');
    expect(part.body).toBe('{\n  "a": "--b-not-a-delimiter"\n}');
    expect(part.headers['x-url']).toBe('http://h:80/a');
  });

  test('an empty batch has no parts', () => {
    expect(parseBatchRequest('--batch_e--\n', 'multipart/mixed; boundary=batch_e')).toEqual([]);
  });

  const bad: Array<[string, string, string, RegExp]> = [
    ['not multipart', PNP_BODY, 'application/json', /Content-Type must be multipart\/mixed/],
    ['no boundary', PNP_BODY, 'multipart/mixed', /has no boundary/],
    ['wrong boundary', PNP_BODY, 'multipart/mixed; boundary=batch_zz', /missing closing delimiter '--batch_zz--'/],
    ['unclosed batch', PNP_BODY.replace('--batch_b1--', ''), 'multipart/mixed; boundary=batch_b1', /missing closing delimiter/],
    ['unclosed changeset', PNP_BODY.replace('--changeset_c1--', ''), 'multipart/mixed; boundary=batch_b1', /missing closing delimiter '--changeset_c1--'/],
    ['bad request line', PNP_BODY.replace('GET https', 'GET\thttps'), 'multipart/mixed; boundary=batch_b1', /expected 'METHOD URL HTTP\/1.1'/],
    ['missing request line', '--b\nContent-Type: application/http\n\n--b--', 'multipart/mixed; boundary=b', /expected 'METHOD URL HTTP\/1.1', found ''/],
    ['malformed header', PNP_BODY.replace('accept: application/json', 'accept application/json'), 'multipart/mixed; boundary=batch_b1', /malformed header line/],
    ['unknown part type', '--b\nContent-Type: text/plain\n\nhi\n--b--', 'multipart/mixed; boundary=b', /must be application\/http or multipart\/mixed/],
    ['changeset without boundary', '--b\nContent-Type: multipart/mixed\n\n--b--', 'multipart/mixed; boundary=b', /changeset without a boundary/],
    ['nested changesets', '--b\nContent-Type: multipart/mixed; boundary=c\n\n--c\nContent-Type: multipart/mixed; boundary=d\n\n--d--\n--c--\n--b--', 'multipart/mixed; boundary=b', /cannot be nested/]
  ];
  test.each(bad)('rejects %s', (_name, body, contentType, message) => {
    expect(() => parseBatchRequest(body, contentType)).toThrow(BatchSyntaxError);
    expect(() => parseBatchRequest(body, contentType)).toThrow(ODataSyntaxError);
    expect(() => parseBatchRequest(body, contentType)).toThrow(message);
  });
});

describe('formatBatchResponse and helpers', () => {
  test('exact layout: flat parts, status lines, one newline after the closing delimiter', () => {
    const parts: BatchResponsePart[] = [
      { status: 201, statusText: '', headers: { 'Content-Type': 'application/json', ETag: '"1"' }, body: '{"Id":1}' },
      { status: 204, statusText: 'No Content', headers: { ETag: '"2"' }, body: '' }
    ];
    expect(formatBatchResponse(parts, 'batchresponse_r1')).toBe([
      '--batchresponse_r1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'HTTP/1.1 201 Created', 'Content-Type: application/json', 'ETag: "1"', '', '{"Id":1}',
      '--batchresponse_r1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'HTTP/1.1 204 No Content', 'ETag: "2"', '',
      '--batchresponse_r1--', ''
    ].join('\n'));
  });

  test('a bare guid gets the batchresponse_ prefix PnPjs looks for; zero parts is just the closing delimiter', () => {
    expect(formatBatchResponse([], 'abc')).toBe('--batchresponse_abc--\n');
    expect(batchResponseContentType('abc')).toBe('multipart/mixed; boundary=batchresponse_abc');
  });

  test('line breaks in bodies and header values cannot break the framing', () => {
    const text = formatBatchResponse([{ status: 200, statusText: 'OK', headers: { X: 'a\r\nb' }, body: '{\n"a": 1\n}' }], 'r');
    expect(text).toContain('\nX: a b\n');
    expect(text).toContain('\n{"a": 1}\n--batchresponse_r--\n');
  });

  test('statusText', () => {
    expect([200, 201, 204, 400, 401, 403, 404, 412, 429, 500, 503].map(statusText)).toEqual([
      'OK', 'Created', 'No Content', 'Bad Request', 'Unauthorized', 'Forbidden', 'Not Found',
      'Precondition Failed', 'Too Many Requests', 'Internal Server Error', 'Service Unavailable'
    ]);
  });

  test('contentTypeParam and newBatchResponseBoundary', () => {
    expect(contentTypeParam('multipart/mixed; boundary="changeset_1"', 'boundary')).toBe('changeset_1');
    expect(contentTypeParam('multipart/mixed;charset=x; Boundary=batch_2 ', 'boundary')).toBe('batch_2');
    expect(contentTypeParam('multipart/mixed', 'boundary')).toBeUndefined();
    expect(newBatchResponseBoundary()).toMatch(/^batchresponse_[0-9a-f-]{36}$/);
    expect(newBatchResponseBoundary()).not.toBe(newBatchResponseBoundary());
  });
});

describe('round trip with real PnPjs v4', () => {
  interface Captured { method: string; path: string; headers: IncomingMessage['headers']; body: string; }
  const captured: Captured[] = [];
  let parsed: BatchRequestPart[] = [];
  let server: Server;
  let base = '';

  /** Answers each inner request by method and path, like the emulator's routes will. */
  function answer(part: BatchRequestPart): BatchResponsePart {
    const json = { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' };
    const ok = (status: number, body: unknown, headers: Record<string, string> = {}): BatchResponsePart =>
      ({ status, statusText: statusText(status), headers: { ...json, ...headers }, body: JSON.stringify(body) });
    const path = decodeURIComponent(new URL(part.url).pathname);
    const method = effectiveMethod(part.method, part.headers);
    if (path.endsWith("getByTitle('Missing')/items")) {
      return ok(404, { 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: "List 'Missing' does not exist at site with URL 'x'." } } });
    }
    if (method === 'GET' && path.endsWith("getByTitle('A')/items")) {
      return ok(200, { 'odata.metadata': 'm', value: [{ Id: 1, Title: 'één 🚴' }] });
    }
    if (method === 'POST' && path.endsWith("getByTitle('A')/items")) {
      return ok(201, { Id: 2, Title: JSON.parse(part.body).Title }, { ETag: '"1"' });
    }
    if (method === 'MERGE') return { status: 204, statusText: '', headers: { ETag: '"2"' }, body: '' };
    if (method === 'DELETE') return { status: 200, statusText: '', headers: {}, body: '' };
    return ok(500, { unexpected: `${method} ${path}` });
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '';
      captured.push({ method: req.method ?? '', path, headers: req.headers, body });
      if (req.method !== 'POST' || path !== '/sites/stella/_api/$batch') {
        res.writeHead(500).end('unexpected request');
        return;
      }
      parsed = parseBatchRequest(body, req.headers['content-type'] ?? '');
      const boundary = newBatchResponseBoundary();
      res.writeHead(200, { 'Content-Type': batchResponseContentType(boundary) });
      res.end(formatBatchResponse(parsed.map(answer), boundary));
    });
  }

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('PnPjs batch body parses, and PnPjs reads our response back', async () => {
    const sp = spfi(`${base}/sites/stella`).using(
      DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(),
      // A bearer token makes PnPjs skip the contextinfo digest call, as against the emulator.
      InjectHeaders({ Authorization: 'Bearer x@y' })
    );
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('A');
    const reading = list.items.select('Id', 'Title').filter("Title eq 'O''Brien'")();
    const adding = list.items.add({ Title: 'x' });
    const updating = list.items.getById(5).update({ Title: 'y' }, '"1"');
    const deleting = list.items.getById(6).delete();
    const missing = batched.web.lists.getByTitle('Missing').items();
    await execute();

    await expect(reading).resolves.toEqual([{ Id: 1, Title: 'één 🚴' }]);
    await expect(adding).resolves.toEqual({ Id: 2, Title: 'x' });
    await expect(updating).resolves.toEqual({ etag: '"2"' });
    await expect(deleting).resolves.toEqual({});
    await expect(missing).rejects.toMatchObject({ status: 404, message: expect.stringContaining("List 'Missing' does not exist") });

    // Exactly one HTTP request, the $batch, with the bearer header and PnPjs's content type.
    expect(captured.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /sites/stella/_api/$batch']);
    expect(captured[0].headers.authorization).toBe('Bearer x@y');
    expect(captured[0].headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_[0-9a-f-]{36}$/);

    const itemsUrl = `${base}/sites/stella/_api/web/lists/getByTitle('A')/items`;
    expect(parsed.map((p) => [p.method, p.url.replace(/\?.*/, ''), p.body])).toEqual([
      ['GET', itemsUrl, ''],
      ['POST', itemsUrl, '{"Title":"x"}'],
      ['MERGE', `${itemsUrl}(5)`, '{"Title":"y"}'],
      ['DELETE', `${itemsUrl}(6)`, ''],
      ['GET', `${base}/sites/stella/_api/web/lists/getByTitle('Missing')/items`, '']
    ]);
    const query = new URL(parsed[0].url).searchParams;
    expect(query.get('$select')).toBe('Id,Title');
    expect(query.get('$filter')).toBe("Title eq 'O''Brien'");
    expect(parsed[0].headers.accept).toBe('application/json');
    expect(parsed[2].headers['if-match']).toBe('"1"');
    expect(parsed[3].headers['if-match']).toBe('*');
    // PnPjs turns X-HTTP-Method into the verb and does not copy the header.
    expect(parsed[2].headers['x-http-method']).toBeUndefined();
  });
});
