import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { scenarioOptions } from './support/import-scenario';
import { KibanaDouble, SAMPLE_CONNECTOR_TYPES } from './support/kibana-double';
import { OPENSSL, requires } from './support/requirements';
import { scratchDir } from './support/synth';
import { KibanaClient, KibanaClientOptions, KibanaError, parseRetryAfter, spacePath } from '../src/kibana/client';
import { ConnectionError, resolveConnection } from '../src/kibana/connection';

// Distinctive credentials: none of them may ever show up in a message.
const API_KEY = 'QXBpS2V5LXNlY3JldC1kby1ub3QtbGVhay0xMjM0NQ==';
const PASSWORD = 'pa55-w0rd-never-in-output';
const TOKEN = 'bearer-token-never-in-output-987';

let double: KibanaDouble;
afterEach(async () => {
  await double?.stop();
});

function client(options: Partial<KibanaClientOptions> = {}): KibanaClient {
  return new KibanaClient({ endpoint: double.url, auth: { kind: 'apiKey', apiKey: API_KEY }, retryBaseMs: 1, sleep: async () => undefined, ...options });
}

async function failure(p: Promise<unknown>): Promise<KibanaError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(KibanaError);
    const err = e as KibanaError;
    for (const secret of [API_KEY, PASSWORD, TOKEN]) expect(err.message).not.toContain(secret);
    return err;
  }
  throw new Error('expected the call to fail');
}

describe('KibanaClient', () => {
  test('lists spaces, connectors per space (with the /s/ prefix) and connector types with a feature filter', async () => {
    double = await KibanaDouble.start(scenarioOptions({ credentials: { apiKey: API_KEY } }));
    const c = client();
    expect((await c.listSpaces()).map((s) => s.id)).toEqual(['default', 'marketing', 'empty']);
    const marketing = await c.listConnectors('marketing');
    expect(marketing.map((x) => x.id)).toContain('ops-slack');
    expect(marketing.find((x) => x.is_preconfigured)?.id).toBe('preconfigured-alert-history-es-index');
    await c.listConnectors('default');
    expect(double.requests.map((r) => r.path)).toEqual(['/api/spaces/space', '/s/marketing/api/actions/connectors', '/api/actions/connectors']);
    expect(double.requests.every((r) => r.authScheme === 'ApiKey' && !r.kbnXsrf)).toBe(true);

    const cases = await c.listConnectorTypes('cases');
    expect(cases.map((t) => t.id)).toEqual(['.jira']);
    expect(double.requests[3].query).toEqual({ feature_id: 'cases' });
    expect((await c.listConnectorTypes()).length).toBe(SAMPLE_CONNECTOR_TYPES.length);
  });

  test('basic and bearer auth; kbn-xsrf on execute', async () => {
    double = await KibanaDouble.start(scenarioOptions({ credentials: { username: 'elastic', password: PASSWORD, bearerToken: TOKEN } }));
    await client({ auth: { kind: 'basic', username: 'elastic', password: PASSWORD } }).listConnectors();
    const bearer = client({ auth: { kind: 'bearer', token: TOKEN } });
    const result = await bearer.execute('ops-slack', { message: 'hi' }, 'marketing');
    expect(result).toEqual({ connector_id: 'ops-slack', status: 'ok' });
    expect(double.executions).toEqual([{ space: 'marketing', id: 'ops-slack', params: { message: 'hi' } }]);
    const exec = double.requests[1];
    expect(exec).toMatchObject({ method: 'POST', path: '/s/marketing/api/actions/connector/ops-slack/_execute', authScheme: 'Bearer', kbnXsrf: true });
    expect(double.requests[0].authScheme).toBe('Basic');
  });

  test('401 names method and path, never the credentials, and is not retried', async () => {
    double = await KibanaDouble.start(scenarioOptions({ credentials: { apiKey: 'another-key' } }));
    const err = await failure(client().listConnectors('marketing'));
    expect(err.code).toBe('unauthorized');
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/^GET \/s\/marketing\/api\/actions\/connectors: 401 Unauthorized/);
    expect(err.message).not.toContain(double.url);
    expect(double.requests).toHaveLength(1);
  });

  test('403 and 404 are explained', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ status: 403 }] } }));
    expect((await failure(client().listConnectors())).message).toMatch(/403 Forbidden .*privilege/);
    expect((await failure(client().listConnectors('nowhere'))).message).toMatch(/^GET \/s\/nowhere\/api\/actions\/connectors: 404 Not Found.*space\/nowhere/);
  });

  test('429 then success: retried, honouring a small Retry-After', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { 'GET /api/actions/connectors': [{ status: 429, headers: { 'retry-after': '0' } }, { status: 429 }] } }));
    const retries: string[] = [];
    const list = await new KibanaClient({ endpoint: double.url, auth: { kind: 'apiKey', apiKey: API_KEY }, retryBaseMs: 1, onRetry: (r) => retries.push(`${r.attempt}:${r.reason}`) }).listConnectors();
    expect(list.length).toBeGreaterThan(3);
    expect(double.requestsTo('/api/actions/connectors')).toHaveLength(3);
    expect(retries).toEqual([expect.stringMatching(/^1:GET \/api\/actions\/connectors: 429 Too Many Requests/), expect.stringMatching(/^2:/)]);
  });

  test('a long Retry-After is not waited for', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ status: 429, headers: { 'retry-after': '3600' } }] } }));
    const err = await failure(client({ maxRetryAfterMs: 5000 }).listConnectors());
    expect(err.code).toBe('rate_limited');
    expect(err.message).toMatch(/retry after 3600s, longer than the 5s limit/);
  });

  test('5xx: bounded retries with backoff, then a clear error; POST execute is not retried on 5xx', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ status: 500, times: Infinity }] } }));
    const delays: number[] = [];
    const err = await failure(client({ maxRetries: 3, retryBaseMs: 10, sleep: async (ms) => { delays.push(ms); } }).listConnectors());
    expect(err.code).toBe('server_error');
    expect(err.message).toMatch(/^GET \/api\/actions\/connectors: 500 server error: Internal Server Error/);
    expect(double.requestsTo('/api/actions/connectors')).toHaveLength(4);
    expect(delays).toEqual([10, 20, 40]);

    double.fail('/api/actions/connector/ops-slack/_execute', { status: 502 });
    const exec = await failure(client().execute('ops-slack', {}));
    expect(exec.status).toBe(502);
    expect(double.requestsTo('/api/actions/connector/ops-slack/_execute')).toHaveLength(1);
  });

  test('500 then success', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/spaces/space': [{ status: 503 }] } }));
    expect((await client().listSpaces()).length).toBe(3);
  });

  test('timeout: the attempt is aborted and reported', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ hang: true, times: Infinity }] } }));
    const started = Date.now();
    const err = await failure(client({ timeoutMs: 150, maxRetries: 1 }).listConnectors());
    expect(err.code).toBe('timeout');
    expect(err.message).toBe('GET /api/actions/connectors: no complete answer within 150 ms (timeout)');
    expect(double.requestsTo('/api/actions/connectors')).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a slow answer within the timeout is fine', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ delayMs: 50, status: 200, body: '[]' }] } }));
    expect(await client({ timeoutMs: 2000 }).listConnectors()).toEqual([]);
  });

  test('malformed JSON is not retried; a truncated body is reported as truncated', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ malformed: true }], '/s/marketing/api/actions/connectors': [{ truncate: true, times: Infinity }] } }));
    const bad = await failure(client().listConnectors());
    expect(bad.code).toBe('non_json');
    expect(bad.message).toMatch(/^GET \/api\/actions\/connectors: the answer is not JSON \(text\/html/);
    expect(double.requestsTo('/api/actions/connectors')).toHaveLength(1);
    const cut = await failure(client({ maxRetries: 1 }).listConnectors('marketing'));
    expect(cut.code).toBe('truncated');
    expect(cut.message).toMatch(/^GET \/s\/marketing\/api\/actions\/connectors: .*truncated/);
  });

  test('JSON of the wrong shape is rejected', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ status: 200, body: '{"data": []}' }] } }));
    expect((await failure(client().listConnectors())).message).toMatch(/expected a JSON array, got object/);
  });

  test('network errors name the path and the cause, never the credentials', async () => {
    double = await KibanaDouble.start();
    const url = double.url;
    await double.stop();
    const err = await failure(new KibanaClient({ endpoint: url, auth: { kind: 'basic', username: 'elastic', password: PASSWORD }, maxRetries: 1, retryBaseMs: 1 }).listSpaces());
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/^GET \/api\/spaces\/space: cannot reach Kibana \(ECONNREFUSED\)/);
    double = await KibanaDouble.start();
  });

  test('the URL is checked without echoing it', () => {
    expect(() => new KibanaClient({ endpoint: `https://elastic:${PASSWORD}@kibana.example.com`, auth: { kind: 'none' } })).toThrow(/must not contain credentials/);
    try {
      new KibanaClient({ endpoint: `https://elastic:${PASSWORD}@kibana.example.com`, auth: { kind: 'none' } });
    } catch (e) {
      expect(String(e)).not.toContain(PASSWORD);
    }
    expect(() => new KibanaClient({ endpoint: 'kibana:5601', auth: { kind: 'none' } })).toThrow(/http or https|not a valid/);
  });

  test('a base path is kept', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    await new KibanaClient({ endpoint: `${double.url}/kibana/`, auth: { kind: 'none' }, maxRetries: 0 }).listConnectors().catch(() => undefined);
    expect(double.requests[0].path).toBe('/kibana/api/actions/connectors');
  });

  test('helpers', () => {
    expect(spacePath(undefined, '/api/x')).toBe('/api/x');
    expect(spacePath('default', '/api/x')).toBe('/api/x');
    expect(spacePath('team-a', '/api/x')).toBe('/s/team-a/api/x');
    expect(() => spacePath('../admin', '/api/x')).toThrow(/invalid Kibana space id/);
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('resolveConnection', () => {
  test('flags win over the environment; bearer, then API key, then basic', () => {
    const env = { KIBANA_ENDPOINT: 'https://env:5601', KIBANA_API_KEY: API_KEY, KIBANA_USERNAME: 'u', KIBANA_PASSWORD: PASSWORD };
    const fromEnv = resolveConnection({}, env);
    expect(fromEnv).toMatchObject({ endpoint: 'https://env:5601', auth: { kind: 'apiKey', apiKey: API_KEY }, insecure: false, caCerts: [] });
    expect(JSON.stringify(fromEnv.sources)).not.toContain(API_KEY);
    expect(resolveConnection({ kibanaUrl: 'https://flag', bearerToken: TOKEN }, env)).toMatchObject({ endpoint: 'https://flag', auth: { kind: 'bearer', token: TOKEN } });
    expect(resolveConnection({}, { KIBANA_ENDPOINT: 'https://x', KIBANA_USERNAME: 'u', KIBANA_PASSWORD: PASSWORD }).auth).toEqual({ kind: 'basic', username: 'u', password: PASSWORD });
    expect(resolveConnection({}, { KIBANA_ENDPOINT: 'https://x' }).auth).toEqual({ kind: 'none' });
  });

  test('usage errors: no URL, half of basic auth, bad KIBANA_INSECURE, unreadable CA file', () => {
    expect(() => resolveConnection({}, {})).toThrow(ConnectionError);
    expect(() => resolveConnection({}, { KIBANA_ENDPOINT: 'https://x', KIBANA_USERNAME: 'u' })).toThrow(/needs both/);
    expect(() => resolveConnection({}, { KIBANA_ENDPOINT: 'https://x', KIBANA_INSECURE: 'maybe' })).toThrow(/KIBANA_INSECURE must be true or false/);
    expect(() => resolveConnection({}, { KIBANA_ENDPOINT: 'https://x', KIBANA_CA_CERTS: '/nonexistent/ca.pem' })).toThrow(/cannot read the CA certificate file \/nonexistent\/ca.pem: ENOENT/);
  });

  test('CA certificates (comma list) and insecure from the environment', () => {
    const dir = path.join(__dirname, 'fixtures', 'ca');
    const c = resolveConnection({}, { KIBANA_ENDPOINT: 'https://x', KIBANA_CA_CERTS: `${dir}/a.pem, ${dir}/b.pem`, KIBANA_INSECURE: 'true' });
    expect(c.caCerts).toEqual([fs.readFileSync(path.join(dir, 'a.pem'), 'utf8'), fs.readFileSync(path.join(dir, 'b.pem'), 'utf8')]);
    expect(c.insecure).toBe(true);
  });

  test('a CA file that is not PEM certificates is refused naming the file (node:https would ignore it silently)', () => {
    const dir = scratchDir('kc-ca-');
    const good = fs.readFileSync(path.join(__dirname, 'fixtures', 'ca', 'a.pem'), 'utf8');
    const files: Record<string, string> = {
      'der.crt': '0\u0082\u0001\u00a3 binary',
      'key.pem': '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n',
      'broken.pem': `${good}-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`,
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text, 'latin1');
    const ca = (file: string) => () => resolveConnection({ caCerts: [path.join(dir, file)] }, { KIBANA_ENDPOINT: 'https://x' });
    expect(ca('der.crt')).toThrow(new ConnectionError(`the CA certificate file ${path.join(dir, 'der.crt')} holds no PEM certificate (-----BEGIN CERTIFICATE-----): give CA certificates in PEM form`));
    expect(ca('key.pem')).toThrow(/^the CA certificate file .*key\.pem holds no PEM certificate/);
    expect(ca('broken.pem')).toThrow(new ConnectionError(`the CA certificate file ${path.join(dir, 'broken.pem')}: its PEM certificate 2 is not a valid certificate`));
  });

  test('the node:https transport (used with CA certificates or insecure) talks to the double too', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    const list = await new KibanaClient({ endpoint: double.url, auth: { kind: 'none' }, insecure: true }).listConnectors('marketing');
    expect(list.map((c) => c.id)).toContain('ops-slack');
    double.fail('/api/actions/connectors', { truncate: true });
    const err = await failure(new KibanaClient({ endpoint: double.url, auth: { kind: 'none' }, insecure: true, maxRetries: 0 }).listConnectors());
    expect(err.code).toBe('truncated');
  });
});

requires(OPENSSL)('TLS', () => {
  let tls: { key: string; cert: string; certFile: string };
  beforeAll(() => {
    const tlsDir = scratchDir('kc-tls-');
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { cwd: tlsDir, stdio: 'ignore' });
    if (r.status !== 0) throw new Error('openssl could not make a self-signed test certificate');
    const certFile = path.join(tlsDir, 'cert.pem');
    tls = { key: fs.readFileSync(path.join(tlsDir, 'key.pem'), 'utf8'), cert: fs.readFileSync(certFile, 'utf8'), certFile };
  });

  test('a self-signed Kibana: refused by default, accepted with its CA certificate (KIBANA_CA_CERTS) or with insecure', async () => {
    double = await KibanaDouble.start(scenarioOptions({ tls: { key: tls.key, cert: tls.cert } }));
    const plain = await failure(client({ maxRetries: 0 }).listSpaces());
    expect(plain.code).toBe('network');
    expect(plain.message).toMatch(/^GET \/api\/spaces\/space: cannot reach Kibana \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/);

    const withCa = resolveConnection({}, { KIBANA_ENDPOINT: double.url, KIBANA_API_KEY: API_KEY, KIBANA_CA_CERTS: tls.certFile });
    expect((await client({ caCerts: withCa.caCerts }).listSpaces()).length).toBe(3);
    const insecure = resolveConnection({}, { KIBANA_ENDPOINT: double.url, KIBANA_INSECURE: 'true' });
    expect((await client({ insecure: insecure.insecure }).listConnectors('marketing')).length).toBeGreaterThan(0);
  });
});

// A hostile or broken server: redirects, endless and compressed bodies, echoed credentials. Every
// case runs over both transports (fetch, and node:https which extra CA certificates or insecure select).
const TRANSPORTS: [string, Partial<KibanaClientOptions>][] = [['fetch', {}], ['node:https', { insecure: true }]];
const MiB = 1024 * 1024;
// A realistic API key: base64 of "<id>:<key>".
const KEY_ID = 'VuaCfGcBCdbkQm-e5aOx';
const KEY_SECRET = 'ui2lp2axTNmsyakw9tvNnw';
const ENCODED_KEY = Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64');

/** No 8-character piece of any form of a credential shows in `text`. */
function expectNoCredentialIn(text: string, forms: string[]): void {
  for (const form of forms) {
    for (let i = 0; i + 8 <= form.length; i++) expect(text).not.toContain(form.slice(i, i + 8));
  }
}

describe.each(TRANSPORTS)('a hostile or broken server (%s transport)', (_name, transportOptions) => {
  let other: KibanaDouble | undefined;
  afterEach(async () => {
    await other?.stop();
    other = undefined;
  });
  const hostile = (options: Partial<KibanaClientOptions> = {}): KibanaClient => client({ ...transportOptions, ...options });

  test('a redirect to another origin is refused, naming the status and the host, never the query; the other host is not asked', async () => {
    other = await KibanaDouble.start(scenarioOptions());
    const target = new URL(other.url);
    double = await KibanaDouble.start(scenarioOptions({ credentials: { apiKey: API_KEY }, failures: { '/api/actions/connectors': [{ status: 302, redirect: `${other.url}/api/actions/connectors?sso_token=QUERY-SECRET-42` }] } }));
    const err = await failure(hostile().listConnectors());
    expect(err.code).toBe('redirect');
    expect(err.status).toBe(302);
    expect(err.message).toMatch(/^GET \/api\/actions\/connectors: 302 redirect to another host \(http:\/\/127\.0\.0\.1:\d+\) refused/);
    expect(err.message).toContain(target.host);
    expect(err.message).not.toContain('QUERY-SECRET-42');
    expect(err.message).not.toContain('sso_token');
    expect(other.requests).toHaveLength(0);
    expect(double.requests).toHaveLength(1);
  });

  test('a same-origin redirect whose URL holds credentials is refused at once, without printing them', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    const target = new URL('/api/actions/connectors?x=1', double.url);
    target.username = 'admin';
    target.password = 'REDIRECT-PASSWORD-42';
    double.fail('/api/actions/connectors', { status: 302, redirect: target.toString(), times: Infinity });
    const err = await failure(hostile({ retryBaseMs: 1 }).listConnectors());
    expect(err.code).toBe('redirect');
    expect(err.status).toBe(302);
    expect(err.message).toBe('GET /api/actions/connectors: 302 redirect to a URL with a user name or password in it refused: '
      + 'credentials go only in the Authorization header; not followed');
    expect(err.message).not.toMatch(/admin|REDIRECT-PASSWORD|127\.0\.0\.1/);
    expect(double.requestsTo('/api/actions/connectors')).toHaveLength(1);
  });

  test('a same-origin redirect is followed with the credentials; the method and body are kept on 307', async () => {
    double = await KibanaDouble.start(scenarioOptions({
      credentials: { apiKey: API_KEY },
      failures: {
        '/old/api/actions/connectors': [{ status: 301, redirect: '/api/actions/connectors' }],
        '/old/s/marketing/api/actions/connector/ops-slack/_execute': [{ status: 307, redirect: '/s/marketing/api/actions/connector/ops-slack/_execute' }],
      },
    }));
    const c = hostile({ endpoint: `${double.url}/old` });
    expect((await c.listConnectors()).length).toBeGreaterThan(0);
    expect(await c.execute('ops-slack', { message: 'hi' }, 'marketing')).toEqual({ connector_id: 'ops-slack', status: 'ok' });
    expect(double.requests.map((r) => `${r.method} ${r.path} ${r.authScheme} ${r.status}`)).toEqual([
      'GET /old/api/actions/connectors ApiKey 301',
      'GET /api/actions/connectors ApiKey 200',
      'POST /old/s/marketing/api/actions/connector/ops-slack/_execute ApiKey 307',
      'POST /s/marketing/api/actions/connector/ops-slack/_execute ApiKey 200',
    ]);
    expect(double.executions).toEqual([{ space: 'marketing', id: 'ops-slack', params: { message: 'hi' } }]);
  });

  test('a 302 that would turn a POST into a GET is refused; a redirect loop stops after 5 hops', async () => {
    double = await KibanaDouble.start(scenarioOptions({
      failures: {
        '/api/actions/connector/ops-slack/_execute': [{ status: 302, redirect: '/elsewhere' }],
        '/api/spaces/space': [{ status: 307, redirect: '/api/spaces/space', times: Infinity }],
      },
    }));
    const post = await failure(hostile().execute('ops-slack', {}));
    expect(post.code).toBe('redirect');
    expect(post.message).toMatch(/^POST \/api\/actions\/connector\/ops-slack\/_execute: 302 redirect .*not followed/);
    expect(double.requestsTo('/elsewhere')).toHaveLength(0);
    const loop = await failure(hostile().listSpaces());
    expect(loop.code).toBe('redirect');
    expect(loop.message).toMatch(/more than 5 redirects/);
    expect(double.requestsTo('/api/spaces/space')).toHaveLength(6);
  });

  test('an endless body is cut off at the size limit, reported clearly and not retried', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ endless: { stopAfterBytes: 64 * MiB }, times: Infinity }] } }));
    const err = await failure(hostile({ maxResponseBytes: MiB }).listConnectors());
    expect(err.code).toBe('too_large');
    expect(err.message).toBe('GET /api/actions/connectors: the answer is larger than the 1 MiB response size limit (raise it with --max-response-bytes); not read further');
    expect(double.requests).toHaveLength(1);
    await double.whenIdle();
    expect(double.requests[0].clientClosed).toBe(true);
  });

  test('the default size limit is 64 MiB; an announced length over the limit is refused before reading', async () => {
    double = await KibanaDouble.start(scenarioOptions({
      failures: {
        '/api/actions/connectors': [{ endless: { stopAfterBytes: 128 * MiB } }],
        '/api/spaces/space': [{ endless: { stopAfterBytes: 64 * MiB }, headers: { 'content-length': String(8 * MiB) } }],
      },
    }));
    const big = await failure(hostile().listConnectors());
    expect(big.code).toBe('too_large');
    expect(big.message).toMatch(/larger than the 64 MiB response size limit/);
    await double.whenIdle();
    expect(double.requests[0].clientClosed).toBe(true);
    const announced = await failure(hostile({ maxResponseBytes: MiB }).listSpaces());
    expect(announced.code).toBe('too_large');
    expect(announced.message).toBe('GET /api/spaces/space: the answer announces 8388608 bytes, more than the 1 MiB response size limit (raise it with --max-response-bytes); not read');
    expect(double.requestsTo('/api/spaces/space')).toHaveLength(1);
  });

  test('a gzip answer is inflated up to the size limit, a gzip bomb is refused and not retried', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ gzipBomb: 1000 }, { gzipBomb: 16 * MiB, times: Infinity }] } }));
    expect(await hostile().listConnectors()).toEqual([]);
    const err = await failure(hostile({ maxResponseBytes: MiB }).listConnectors());
    expect(err.code).toBe('too_large');
    expect(err.message).toBe('GET /api/actions/connectors: the answer, decompressed (content-encoding gzip), is larger than the 1 MiB response size limit (raise it with --max-response-bytes); not read further');
    expect(double.requestsTo('/api/actions/connectors')).toHaveLength(2);
  });

  test.each<[string, KibanaClientOptions['auth'], string[]]>([
    ['API key', { kind: 'apiKey', apiKey: ENCODED_KEY }, [ENCODED_KEY, `${KEY_ID}:${KEY_SECRET}`, KEY_ID, KEY_SECRET]],
    ['user name and password', { kind: 'basic', username: 'elastic', password: PASSWORD }, [PASSWORD, `elastic:${PASSWORD}`, Buffer.from(`elastic:${PASSWORD}`).toString('base64')]],
    ['bearer token', { kind: 'bearer', token: TOKEN }, [TOKEN]],
  ])('every form of the %s is masked in quoted Kibana messages and non-JSON bodies', async (_kind, auth, forms) => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ echoCredentials: true }, { echoCredentials: true, malformed: true }] } }));
    const json = await failure(hostile({ auth }).listConnectors());
    expect(json.code).toBe('unauthorized');
    expect(json.message).toMatch(/401 Unauthorized .*: rejected credentials: .*\*\*\*/);
    expectNoCredentialIn(json.message, forms);
    expectNoCredentialIn(json.kibanaMessage ?? '', forms);
    const text = await failure(hostile({ auth }).listConnectors());
    expect(text.code).toBe('non_json');
    expect(text.message).toMatch(/^GET \/api\/actions\/connectors: the answer is not JSON \(text\/plain; it starts with ".*\*\*\*/);
    expectNoCredentialIn(text.message, forms);
  });

  test('quoted server text is terminal-safe and bounded', async () => {
    const nasty = '\u001b[2J\u001b]8;;http://evil\u0007click\u202e\r\nFAKE: done';
    double = await KibanaDouble.start(scenarioOptions({
      failures: {
        '/api/actions/connectors': [
          { status: 400, body: JSON.stringify({ statusCode: 400, error: 'Bad Request', message: nasty + 'x'.repeat(100_000) }) },
          { malformed: true, body: nasty + 'y'.repeat(100_000) },
        ],
      },
    }));
    for (const code of ['bad_request', 'non_json']) {
      const err = await failure(hostile().listConnectors());
      expect(err.code).toBe(code);
      // eslint-disable-next-line no-control-regex
      expect(err.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
      expect(err.message).toContain('\\u001b[2J');
      expect(err.message.length).toBeLessThan(1000);
      expect((err.kibanaMessage ?? '').length).toBeLessThan(1000);
    }
  });
});
