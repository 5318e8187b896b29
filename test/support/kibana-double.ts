// A Kibana double served over loopback HTTP, answering the connector and spaces APIs in
// Kibana's documented shapes, with scripted failures (errors, hangs, truncation, and hostile
// answers: redirects, endless bodies, gzip bombs, echoed credentials) and a request log. Reusable by any test
// (importer, guard, `test` command) and by the benchmark.
import * as http from 'http';
import * as https from 'https';
import { AddressInfo } from 'net';
import * as zlib from 'zlib';
import { ConnectorRecord } from '../../src/connector-record';
import { RuleRecord } from '../../src/rule-record';

/** A connector as `GET /api/actions/connectors` returns it (the library's one definition). */
export type DoubleConnector = ConnectorRecord;

/** A rule as given to the double: the fields a test cares about; the double adds Kibana's read-only ones. */
export type DoubleRule = RuleRecord;

export interface DoubleSpace {
  id: string;
  name?: string;
  connectors: DoubleConnector[];
  /** Rules, served by `GET /api/alerting/rules/_find` (paged by `page` and `per_page`). */
  rules?: DoubleRule[];
  /** This space's `GET /api/alerting/rule_types` answer (default: the double's `ruleTypes`). */
  ruleTypes?: Record<string, unknown>[];
}

/** What the double answers instead of the real thing, for one matching request. */
export interface ScriptedFailure {
  /** HTTP status to answer (with a Kibana error body unless `body` is given). */
  status?: number;
  /** Raw body text to send. */
  body?: string;
  headers?: Record<string, string>;
  /** Wait before answering (ms). */
  delayMs?: number;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  /** Answer 200 with a body that is not JSON. */
  malformed?: boolean;
  /** Answer 200 announcing a longer body than sent, then close the connection. */
  truncate?: boolean;
  /** How many matching requests this applies to (default 1; Infinity for all). */
  times?: number;
  /** Answer `status` (default 302) with this `Location` (absolute, or relative to the request). */
  redirect?: string;
  /**
   * Answer `status` (default 200) with a JSON-looking body that never ends: written as fast as the
   * client reads it, until the client disconnects or `stopAfterBytes` (default 256 MiB) were sent.
   * `headers` may add a `content-length`. The log entry records `bytesSent` and `clientClosed`.
   */
  endless?: boolean | { stopAfterBytes?: number };
  /** Answer 200 with a `content-encoding: gzip` body that inflates to this many bytes (`[`, spaces, `]`: an empty list). */
  gzipBomb?: number;
  /**
   * Answer quoting the request's credentials in every form (the Authorization header, its token,
   * the token base64-decoded, and the decoded text's `:`-separated parts): as Kibana's error
   * `message` with `status` (default 401), or, with `malformed`, as a 200 text body starting with them.
   */
  echoCredentials?: boolean;
}

export interface DoubleCredentials {
  apiKey?: string;
  username?: string;
  password?: string;
  bearerToken?: string;
}

export interface KibanaDoubleOptions {
  spaces?: DoubleSpace[];
  /** Preconfigured connectors (kibana.yml): listed in every space. */
  preconfigured?: DoubleConnector[];
  /** System actions: listed in every space. */
  systemActions?: DoubleConnector[];
  /** `GET /api/actions/connector_types` answer (filtered by `supported_feature_ids` on `?feature_id=`). */
  connectorTypes?: Record<string, unknown>[];
  /** `GET /api/alerting/rule_types` answer of every space that has none of its own. */
  ruleTypes?: Record<string, unknown>[];
  /** `version.number` of the `GET /api/status` answer (default 9.2.0). */
  version?: string;
  /** When set, requests must carry one of these credentials, else 401. */
  credentials?: DoubleCredentials;
  /** Scripted failures by `"<METHOD> <path>"` or `<path>` (path with any /s/<space> prefix, without query). */
  failures?: Record<string, ScriptedFailure[]>;
  /** Delay of every answer (ms). */
  delayMs?: number;
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string };
}

export interface LoggedRequest {
  method: string;
  /** Path with any /s/<space> prefix, without the query. */
  path: string;
  query: Record<string, string>;
  space: string;
  /** `ApiKey`, `Basic`, `Bearer` or `none`: never the credential itself. */
  authScheme: string;
  kbnXsrf: boolean;
  body?: unknown;
  /** Status the double answered (undefined for a hang or truncation). */
  status?: number;
  /** Body bytes written (endless and gzip-bomb answers only). */
  bytesSent?: number;
  /** The client closed the connection before the double finished its answer (endless answers only). */
  clientClosed?: boolean;
}

export interface ExecuteCall {
  space: string;
  id: string;
  params: unknown;
}

/** A running double. */
export class KibanaDouble {
  /** Starts a double on 127.0.0.1 with a free port. */
  public static async start(options: KibanaDoubleOptions = {}): Promise<KibanaDouble> {
    const double = new KibanaDouble(options);
    await new Promise<void>((resolve) => double.server.listen(0, '127.0.0.1', resolve));
    return double;
  }

  public readonly requests: LoggedRequest[] = [];
  public readonly executions: ExecuteCall[] = [];
  /** Requests being answered right now, and the most at any one time. */
  public inFlight = 0;
  public maxInFlight = 0;
  private readonly server: http.Server;
  private readonly failures = new Map<string, ScriptedFailure[]>();
  private readonly sockets = new Set<import('net').Socket>();
  private readonly listCache = new Map<string, string>();
  private readonly idleWaiters: (() => void)[] = [];

  private constructor(public readonly options: KibanaDoubleOptions) {
    for (const [k, v] of Object.entries(options.failures ?? {})) this.failures.set(k, v.map((f) => ({ ...f })));
    const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => { void this.handle(req, res); };
    this.server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
    this.server.on('connection', (s: import('net').Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Answer of `_execute` (default `{status: "ok"}`); may depend on the call. */
  public executeResult: (call: ExecuteCall) => Record<string, unknown> = () => ({ status: 'ok' });

  /** Base URL, e.g. `http://127.0.0.1:43123`. */
  public get url(): string {
    const a = this.server.address() as AddressInfo;
    return `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${a.port}`;
  }

  /** Adds scripted failures for `"<METHOD> <path>"` or `<path>`, after any already queued. */
  public fail(key: string, ...failures: ScriptedFailure[]): void {
    this.failures.set(key, [...(this.failures.get(key) ?? []), ...failures.map((f) => ({ ...f }))]);
  }

  /** Resolves once no answer is in flight (every connection answered or closed by the client). */
  public async whenIdle(): Promise<void> {
    while (this.inFlight > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Requests to a path (any method), in order. */
  public requestsTo(path: string): LoggedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  public async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFailure(method: string, path: string): ScriptedFailure | undefined {
    for (const key of [`${method} ${path}`, path]) {
      const queue = this.failures.get(key);
      if (!queue || !queue.length) continue;
      const f = queue[0];
      const times = f.times ?? 1;
      if (times !== Number.POSITIVE_INFINITY) {
        if (times <= 1) queue.shift();
        else f.times = times - 1;
      }
      return f;
    }
    return undefined;
  }

  private authorized(header: string | undefined): boolean {
    const c = this.options.credentials;
    if (!c) return true;
    if (!header) return false;
    const [scheme, ...restParts] = header.split(' ');
    const rest = restParts.join(' ');
    if (scheme === 'ApiKey') return c.apiKey !== undefined && rest === c.apiKey;
    if (scheme === 'Bearer') return c.bearerToken !== undefined && rest === c.bearerToken;
    if (scheme === 'Basic') return c.username !== undefined && Buffer.from(rest, 'base64').toString('utf8') === `${c.username}:${c.password}`;
    return false;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => {
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    });
    const url = new URL(req.url ?? '/', 'http://double');
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const m = /^\/s\/([a-z0-9_-]+)(\/.*)$/.exec(url.pathname);
    const space = m ? m[1] : 'default';
    const apiPath = m ? m[2] : url.pathname;
    const authHeader = req.headers.authorization;
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      space,
      authScheme: authHeader ? authHeader.split(' ')[0] : 'none',
      kbnXsrf: req.headers['kbn-xsrf'] !== undefined,
      body,
    };
    this.requests.push(entry);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      entry.status = status;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
      res.end(text);
    };
    const error = (status: number, title: string, message: string): void => send(status, { statusCode: status, error: title, message });

    if (this.options.delayMs) await sleep(this.options.delayMs);
    const failure = this.takeFailure(method, url.pathname);
    if (failure) {
      if (failure.delayMs) await sleep(failure.delayMs);
      if (failure.hang) return; // the socket stays open until the client gives up or stop()
      if (failure.truncate) {
        const text = '[{"id": "cut-off", "name": "half';
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length + 100) });
        res.write(text);
        setTimeout(() => res.destroy(), 10);
        return;
      }
      if (failure.redirect !== undefined) {
        send(failure.status ?? 302, { statusCode: failure.status ?? 302, message: 'moved' }, { location: failure.redirect, ...failure.headers });
        return;
      }
      if (failure.endless) {
        this.sendEndless(res, entry, failure);
        return;
      }
      if (failure.gzipBomb !== undefined) {
        const gz = gzipBomb(failure.gzipBomb);
        entry.status = 200;
        entry.bytesSent = gz.length;
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(gz.length), ...failure.headers });
        res.end(gz);
        return;
      }
      if (failure.echoCredentials) {
        const echo = echoOf(authHeader);
        if (failure.malformed) send(200, `${echo} is what you sent`, { 'content-type': 'text/plain', ...failure.headers });
        else error(failure.status ?? 401, STATUS_TEXT[failure.status ?? 401] ?? 'Error', `rejected credentials: ${echo}`);
        return;
      }
      if (failure.malformed) {
        send(200, failure.body ?? '<html><body>Kibana server is not ready yet</body></html>', { 'content-type': 'text/html', ...failure.headers });
        return;
      }
      const status = failure.status ?? 500;
      if (failure.body !== undefined) send(status, failure.body, failure.headers);
      else send(status, { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message: STATUS_TEXT[status] ?? 'scripted failure' }, failure.headers);
      return;
    }

    if (!this.authorized(authHeader)) return error(401, 'Unauthorized', '[security_exception]: unable to authenticate user');
    if (method !== 'GET' && !entry.kbnXsrf) return error(400, 'Bad Request', 'Request must contain a kbn-xsrf header.');

    if (url.pathname === '/api/status' && method === 'GET') {
      const number = this.options.version ?? '9.2.0';
      return send(200, { name: 'kibana-double', version: { number, build_snapshot: false }, status: { overall: { level: 'available' } } });
    }
    const spaces = this.options.spaces ?? [{ id: 'default', connectors: [] }];
    if (apiPath === '/api/spaces/space' && method === 'GET') {
      return send(200, spaces.map((s) => ({ id: s.id, name: s.name ?? s.id, disabledFeatures: [], ...(s.id === 'default' ? { _reserved: true } : {}) })));
    }
    const spaceData = spaces.find((s) => s.id === space);
    if (!spaceData) return error(404, 'Not Found', `Saved object [space/${space}] not found`);

    if (apiPath === '/api/actions/connectors' && method === 'GET') {
      let text = this.listCache.get(space);
      if (text === undefined) {
        const list = [...(this.options.preconfigured ?? []), ...(this.options.systemActions ?? []), ...spaceData.connectors];
        text = JSON.stringify(list.map((c) => ({
          is_preconfigured: false,
          is_deprecated: false,
          is_system_action: false,
          ...(c.is_preconfigured ? {} : { is_missing_secrets: false, referenced_by_count: 0 }),
          ...c,
        })));
        this.listCache.set(space, text);
      }
      return send(200, text);
    }
    if (apiPath === '/api/alerting/rules/_find' && method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '10');
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 10000) {
        return error(400, 'Bad Request', '[request query]: page and per_page must be whole numbers');
      }
      const rules = spaceData.rules ?? [];
      const data = rules.slice((page - 1) * perPage, page * perPage).map(withReadOnlyFields);
      return send(200, { page, per_page: perPage, total: rules.length, data });
    }
    if (apiPath === '/api/alerting/rule_types' && method === 'GET') {
      return send(200, spaceData.ruleTypes ?? this.options.ruleTypes ?? []);
    }
    if (apiPath === '/api/actions/connector_types' && method === 'GET') {
      const feature = url.searchParams.get('feature_id');
      const features = (t: Record<string, unknown>): string[] => (t.supported_feature_ids as string[] | undefined) ?? [];
      const types = (this.options.connectorTypes ?? []).filter((t) => !feature || features(t).includes(feature));
      return send(200, types);
    }
    const exec = /^\/api\/actions\/connector\/([^/]+)\/_execute$/.exec(apiPath);
    if (exec && method === 'POST') {
      const id = decodeURIComponent(exec[1]);
      const found = this.findConnector(spaceData, id);
      if (!found) return error(404, 'Not Found', `Saved object [action/${id}] not found`);
      const call = { space, id, params: (body as { params?: unknown } | undefined)?.params };
      this.executions.push(call);
      return send(200, { connector_id: id, ...this.executeResult(call) });
    }
    const one = /^\/api\/actions\/connector\/([^/]+)$/.exec(apiPath);
    if (one && method === 'GET') {
      const id = decodeURIComponent(one[1]);
      const found = this.findConnector(spaceData, id);
      if (!found) return error(404, 'Not Found', `Saved object [action/${id}] not found`);
      const { referenced_by_count: _ignored, ...rest } = found;
      return send(200, rest);
    }
    return error(404, 'Not Found', 'Not Found');
  }

  private sendEndless(res: http.ServerResponse, entry: LoggedRequest, failure: ScriptedFailure): void {
    const stopAfter = (typeof failure.endless === 'object' ? failure.endless.stopAfterBytes : undefined) ?? 256 * 1024 * 1024;
    const chunk = Buffer.from('[' + '{"id":"endless","name":"endless","connector_type_id":".slack"},'.repeat(1024));
    entry.status = failure.status ?? 200;
    entry.bytesSent = 0;
    entry.clientClosed = false;
    let finished = false;
    res.on('close', () => {
      if (!finished) entry.clientClosed = true;
    });
    res.writeHead(entry.status, { 'content-type': 'application/json', ...failure.headers });
    const pump = (): void => {
      while (!res.destroyed && entry.bytesSent! < stopAfter) {
        entry.bytesSent! += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) {
        finished = true;
        res.end();
      }
    };
    pump();
  }

  private findConnector(space: DoubleSpace, id: string): DoubleConnector | undefined {
    return [...(this.options.preconfigured ?? []), ...(this.options.systemActions ?? []), ...space.connectors].find((c) => c.id === id);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const gzipBombs = new Map<number, Buffer>();

/** gzip of `[`, spaces and `]`, `inflated` bytes in all (cached: the same bomb is reused). */
function gzipBomb(inflated: number): Buffer {
  let gz = gzipBombs.get(inflated);
  if (!gz) {
    const plain = Buffer.alloc(inflated, ' ');
    plain[0] = '['.charCodeAt(0);
    plain[inflated - 1] = ']'.charCodeAt(0);
    gz = zlib.gzipSync(plain, { level: 9 });
    gzipBombs.set(inflated, gz);
  }
  return gz;
}

/** Every form of the credentials in an Authorization header: header, token, decoded token, its parts. */
function echoOf(header: string | undefined): string {
  if (!header) return 'no credentials';
  const token = header.split(' ').slice(1).join(' ');
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  return [decoded, ...decoded.split(':'), token, header].join(' | ');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A sample connector_types answer (shape of Kibana 8.x/9.x; a few types). */
export const SAMPLE_CONNECTOR_TYPES: Record<string, unknown>[] = [
  { id: '.slack', name: 'Slack', enabled: true, enabled_in_config: true, enabled_in_license: true, minimum_license_required: 'gold', supported_feature_ids: ['alerting', 'uptime', 'siem'], is_system_action_type: false, is_deprecated: false },
  { id: '.index', name: 'Index', enabled: true, enabled_in_config: true, enabled_in_license: true, minimum_license_required: 'basic', supported_feature_ids: ['alerting', 'uptime', 'siem'], is_system_action_type: false, is_deprecated: false },
  { id: '.cases', name: 'Cases', enabled: true, enabled_in_config: true, enabled_in_license: true, minimum_license_required: 'platinum', supported_feature_ids: ['alerting'], is_system_action_type: true, is_deprecated: false },
  { id: '.jira', name: 'Jira', enabled: true, enabled_in_config: true, enabled_in_license: true, minimum_license_required: 'gold', supported_feature_ids: ['alerting', 'cases', 'uptime', 'siem'], is_system_action_type: false, is_deprecated: false, sub_feature: undefined, source: 'stack', is_testable: true },
];

/** The preconfigured alert-history index connector and the Cases system action, as Kibana lists them. */
export const PRECONFIGURED_ALERT_HISTORY: DoubleConnector = {
  id: 'preconfigured-alert-history-es-index', name: 'Alert history Elasticsearch index', connector_type_id: '.index', is_preconfigured: true, is_deprecated: false, is_system_action: false,
};
export const SYSTEM_CASES: DoubleConnector = {
  id: 'system-connector-.cases', name: 'Cases', connector_type_id: '.cases', is_preconfigured: false, is_deprecated: false, is_system_action: true,
};

/** `spaceCount` spaces (`default`, `space-1`, ...) with `perSpace` connectors each, of a few types; names collide across spaces. */
export function generatedSpaces(spaceCount: number, perSpace: number, rulesPerSpace = 0): DoubleSpace[] {
  const spaces: DoubleSpace[] = [];
  for (let s = 0; s < spaceCount; s++) {
    const id = s === 0 ? 'default' : `space-${s}`;
    const connectors: DoubleConnector[] = [];
    for (let i = 0; i < perSpace; i++) {
      const hex = (s * 1_000_000 + i).toString(16).padStart(12, '0');
      const cid = `00000000-0000-4000-8000-${hex}`;
      switch (i % 4) {
        case 0: connectors.push({ id: cid, name: `Slack ${i}`, connector_type_id: '.slack', config: {}, referenced_by_count: i % 3 }); break;
        case 1: connectors.push({ id: cid, name: `Index ${i}`, connector_type_id: '.index', config: { index: `alerts-${i}`, refresh: false, executionTimeField: null } }); break;
        case 2: connectors.push({ id: cid, name: `Hook ${i}`, connector_type_id: '.webhook', config: { url: `https://hooks.example.com/${i}`, method: 'post', hasAuth: false, headers: null, authType: null } }); break;
        default: connectors.push({ id: cid, name: `Server log ${i}`, connector_type_id: '.server-log', config: {} }); break;
      }
    }
    const rules: DoubleRule[] = [];
    const slack = connectors.find((c) => c.connector_type_id === '.slack');
    const index = connectors.find((c) => c.connector_type_id === '.index');
    for (let i = 0; i < rulesPerSpace; i++) {
      rules.push({
        id: `00000000-0000-4000-9000-${(s * 1_000_000 + i).toString(16).padStart(12, '0')}`,
        name: `CPU ${i} on ${id}`,
        rule_type_id: '.index-threshold',
        consumer: 'alerts',
        tags: ['generated', `batch-${i % 10}`],
        schedule: { interval: '1m' },
        params: {
          index: [`metrics-${i % 7}-*`],
          timeField: '@timestamp',
          aggType: 'avg',
          aggField: 'system.cpu.total.pct',
          groupBy: 'top',
          termField: 'host.name',
          termSize: 10,
          timeWindowSize: 5,
          timeWindowUnit: 'm',
          thresholdComparator: '>',
          threshold: [0.5 + (i % 50) / 100],
        },
        actions: [
          ...(slack ? [{
            id: slack.id,
            connector_type_id: '.slack',
            group: 'threshold met',
            params: { message: `CPU {{context.value}} on {{context.group}} (rule ${i})` },
            frequency: { summary: false, notify_when: 'onActionGroupChange', throttle: null },
          }] : []),
          ...(index ? [{
            id: index.id,
            connector_type_id: '.index',
            group: 'recovered',
            params: { documents: [{ rule: '{{rule.name}}', value: '{{context.value}}' }] },
            frequency: { summary: false, notify_when: 'onActionGroupChange', throttle: null },
          }] : []),
        ],
      });
    }
    spaces.push({ id, name: id, connectors, ...(rulesPerSpace ? { rules } : {}) });
  }
  return spaces;
}

/** A rule as Kibana answers it: the given fields over Kibana's read-only ones (which the importer must not carry). */
function withReadOnlyFields(r: DoubleRule): Record<string, unknown> {
  return {
    enabled: true,
    tags: [],
    schedule: { interval: '1m' },
    params: {},
    actions: [],
    notify_when: null,
    throttle: null,
    created_by: 'elastic',
    updated_by: 'elastic',
    created_at: '2026-01-02T03:04:05.000Z',
    updated_at: '2026-01-02T03:04:05.000Z',
    api_key_owner: 'elastic',
    api_key_created_by_user: false,
    mute_all: false,
    muted_alert_ids: [],
    scheduled_task_id: r.id,
    execution_status: { status: 'ok', last_execution_date: '2026-01-02T03:04:05.000Z', last_duration: 12 },
    last_run: { outcome: 'succeeded', outcome_msg: null, warning: null, alerts_count: { active: 0, new: 0, recovered: 0, ignored: 0 } },
    next_run: '2026-01-02T03:05:05.000Z',
    revision: 3,
    running: false,
    ...r,
  };
}
