// A small Kibana REST client for the connector APIs. It knows nothing of cdktf or Terraform.
// Credentials are only ever written into the Authorization header, and only sent to the Kibana
// URL's origin: a redirect to another origin, or to a URL holding a user name or password, is
// refused; a same-origin one is followed (at most MAX_REDIRECTS hops; 301/302/303 only for GET
// and HEAD, 307/308 for any method, body kept).
// Errors name the method and path, never Kibana's host, the headers or the credentials (a refused
// redirect names the other origin, never its path or query). Text quoted from the server (Kibana's
// error message, the start of a non-JSON answer) has every form of the credentials masked, is made
// terminal-safe and is bounded. Answers are read up to maxResponseBytes (decompressed).
// May import: ../space-id, ../comment, ../object, ../connector-record (types), ../flavour (the user agent), ./transport.
import { terminalText } from '../comment';
import { ConnectorRecord } from '../connector-record';
import { PACKAGE_NAME } from '../flavour';
import { isPlainObject, jsonKind } from '../object';
import { RuleRecord } from '../rule-record';
import { DEFAULT_SPACE_ID, SPACE_ID_PATTERN } from '../space-id';
import { createTransport, HttpResponse, Transport, TransportError } from './transport';

/** Default of KibanaClientOptions.maxResponseBytes: 64 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Same-origin redirects followed within one attempt. */
export const MAX_REDIRECTS = 5;
/** Most characters of server text quoted in one error message. */
const QUOTE_LIMIT = 300;

/** How to authenticate to Kibana. */
export type KibanaAuth =
  | { readonly kind: 'apiKey'; readonly apiKey: string }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly kind: 'bearer'; readonly token: string }
  | { readonly kind: 'none' };

/** Options of a KibanaClient. */
export interface KibanaClientOptions {
  /** Kibana base URL, for example `https://kibana.example.com:5601` (a base path is kept). */
  readonly endpoint: string;
  readonly auth: KibanaAuth;
  /** Timeout of one attempt (connect, headers and body), in ms. Default 30000. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx (idempotent methods), timeouts and network errors. Default 3. */
  readonly maxRetries?: number;
  /** First backoff delay in ms; doubles per retry. Default 250. */
  readonly retryBaseMs?: number;
  /** A Retry-After longer than this (ms) is not waited for: the call fails instead. Default 30000. */
  readonly maxRetryAfterMs?: number;
  /** PEM texts of extra CA certificates to trust (uses node:https instead of fetch). */
  readonly caCerts?: string[];
  /** Skip TLS certificate verification (uses node:https instead of fetch). */
  readonly insecure?: boolean;
  /**
   * Most bytes of one answer's body, counted after decompression. A larger answer fails with
   * code `too_large` and is not retried. Default DEFAULT_MAX_RESPONSE_BYTES (64 MiB).
   */
  readonly maxResponseBytes?: number;
  /** Replaces the HTTP transport (tests). */
  readonly transport?: Transport;
  /** Called before each retry, for progress output. */
  readonly onRetry?: (info: RetryInfo) => void;
  /** Sleeps between retries (tests may replace it). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** What is about to be retried. */
export interface RetryInfo {
  readonly method: string;
  readonly path: string;
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: string;
}

/** Why a Kibana call failed. */
export type KibanaErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'bad_request'
  | 'rate_limited'
  | 'server_error'
  | 'http_error'
  | 'non_json'
  | 'truncated'
  | 'too_large'
  | 'redirect'
  | 'timeout'
  | 'network';

/** A failed Kibana call. The message names the method and path, never Kibana's host or the credentials. */
export class KibanaError extends Error {
  constructor(
    message: string,
    public readonly code: KibanaErrorCode,
    public readonly method: string,
    public readonly path: string,
    public readonly status?: number,
    /** Kibana's own `message` from an error body, when there is one. */
    public readonly kibanaMessage?: string,
  ) {
    super(message);
    this.name = 'KibanaError';
  }
}

/** One element of `GET /api/spaces/space`. */
export interface KibanaSpace {
  readonly id: string;
  readonly name: string;
  readonly [key: string]: unknown;
}

/** One element of `GET /api/actions/connector_types`. */
export interface KibanaConnectorType {
  readonly id: string;
  readonly name: string;
  readonly [key: string]: unknown;
}

/** One element of `GET /api/alerting/rule_types` (Kibana's snake_case fields; the ones read here are checked). */
export interface KibanaRuleType {
  readonly id: string;
  readonly name: string;
  readonly [key: string]: unknown;
}

/** The answer of `POST /api/actions/connector/{id}/_execute`. */
/** Longest message of an _execute answer that is shown; the rest is cut. */
export const MAX_EXECUTE_MESSAGE = 2000;

export interface KibanaExecuteResult {
  readonly connector_id: string;
  readonly status: 'ok' | 'error';
  readonly message?: string;
  readonly service_message?: string;
  readonly data?: unknown;
  readonly [key: string]: unknown;
}

/** Options of one request. */
export interface KibanaRequestOptions {
  /** Kibana space; `default` (or none) uses the unprefixed path. */
  readonly space?: string;
  /** Query parameters (undefined values are left out). */
  readonly query?: Record<string, string | undefined>;
  /** JSON body. */
  readonly body?: unknown;
}

const MUTATING = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The API path of `path` in `space` (`/s/<space>` prefix for spaces other than `default`). */
export function spacePath(space: string | undefined, path: string): string {
  if (space === undefined || space === DEFAULT_SPACE_ID) return path;
  if (!SPACE_ID_PATTERN.test(space)) throw new Error(`invalid Kibana space id ${JSON.stringify(space)} (lowercase letters, digits, "_" and "-")`);
  return `/s/${space}${path}`;
}

/** The Authorization header value for `auth`, or undefined. */
export function authorizationHeader(auth: KibanaAuth): string | undefined {
  switch (auth.kind) {
    case 'apiKey': return `ApiKey ${auth.apiKey}`;
    case 'basic': return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
    case 'bearer': return `Bearer ${auth.token}`;
    default: return undefined;
  }
}

/** A Kibana REST client: version, spaces, connectors, connector types, execute. */
export class KibanaClient {
  private readonly base: string;
  private readonly origin: string;
  private readonly maxResponseBytes: number;
  private readonly authHeader?: string;
  private readonly transport: Transport;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly secretTexts: string[];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: KibanaClientOptions) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch {
      throw new Error('the Kibana URL is not a valid absolute URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the Kibana URL must use http or https, not ${url.protocol}`);
    if (url.username || url.password) throw new Error('the Kibana URL must not contain credentials: use an API key, a user name and password, or a bearer token');
    url.search = '';
    url.hash = '';
    this.base = url.toString().replace(/\/+$/, '');
    this.origin = url.origin;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (!Number.isSafeInteger(this.maxResponseBytes) || this.maxResponseBytes < 1) throw new Error('maxResponseBytes must be a positive whole number');
    this.authHeader = authorizationHeader(options.auth);
    this.transport = options.transport ?? createTransport({ caCerts: options.caCerts, insecure: options.insecure });
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 3;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.secretTexts = credentialForms(options.auth);
  }

  /** Lists the spaces the credentials can see (`GET /api/spaces/space`). */
  public async listSpaces(): Promise<KibanaSpace[]> {
    const spaces = await this.get<unknown>('/api/spaces/space');
    return expectArray<KibanaSpace>(spaces, 'GET /api/spaces/space', (s) => typeof s.id === 'string');
  }

  /** Kibana's version as it reports it: `version.number` of `GET /api/status`, for example `8.15.0`. */
  public async getVersion(): Promise<string> {
    const status = await this.get<unknown>('/api/status');
    const version = (status as { version?: { number?: unknown } } | null)?.version?.number;
    if (typeof version !== 'string') throw new KibanaError('GET /api/status: the answer has no version.number', 'non_json', 'GET', '/api/status');
    return version;
  }

  /** Lists every connector of a space, preconfigured and system ones included (`GET /api/actions/connectors`). */
  public async listConnectors(space?: string): Promise<ConnectorRecord[]> {
    const path = spacePath(space, '/api/actions/connectors');
    const list = await this.get<unknown>('/api/actions/connectors', { space });
    return expectArray<ConnectorRecord>(list, `GET ${path}`, (c) => typeof c.id === 'string' && typeof c.name === 'string' && typeof c.connector_type_id === 'string');
  }

  /**
   * Every rule of a space (`GET /api/alerting/rules/_find`, `page` by `page`, `perPage` rules a page),
   * each page checked and given to `onPage` as it arrives, then dropped: only the rules are kept, and
   * of each only the fields a rule is written from (RULE_FIELDS; not Kibana's read-only ones).
   * Rules can move between pages while paging (Kibana's docs say so): a rule seen twice is kept once.
   * Paging stops at the first empty page, or once the total Kibana reported has been read.
   */
  public async listRules(space: string | undefined, perPage: number, onPage?: (rules: number, total: number) => void): Promise<RuleRecord[]> {
    const path = spacePath(space, '/api/alerting/rules/_find');
    const seen = new Set<string>();
    const rules: RuleRecord[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.get<unknown>('/api/alerting/rules/_find', { space, query: { page: String(page), per_page: String(perPage) } });
      const label = `GET ${path}?page=${page}`;
      if (!isPlainObject(answer) || !Array.isArray(answer.data) || typeof answer.total !== 'number') {
        throw new KibanaError(`${label}: expected {"page", "per_page", "total", "data": [...]}, got ${jsonKind(answer)}`, 'non_json', 'GET', path);
      }
      const data = expectArray<RuleRecord>(answer.data, label, isRuleRecord);
      for (const rule of data) {
        if (seen.has(rule.id)) continue;
        seen.add(rule.id);
        rules.push(ruleFields(rule));
      }
      onPage?.(rules.length, answer.total);
      if (data.length === 0 || page * perPage >= answer.total) return rules;
    }
  }

  /** Reads one connector (`GET /api/actions/connector/{id}`). */
  public async getConnector(id: string, space?: string): Promise<ConnectorRecord> {
    return this.get<ConnectorRecord>(`/api/actions/connector/${encodeURIComponent(id)}`, { space });
  }

  /** Lists connector types, optionally only those of a feature (`GET /api/actions/connector_types?feature_id=`). */
  public async listConnectorTypes(featureId?: string, space?: string): Promise<KibanaConnectorType[]> {
    const path = spacePath(space, '/api/actions/connector_types');
    const list = await this.get<unknown>('/api/actions/connector_types', { space, query: { feature_id: featureId } });
    return expectArray<KibanaConnectorType>(list, `GET ${path}`, (t) => typeof t.id === 'string');
  }

  /**
   * Lists the rule types a space offers (`GET /api/alerting/rule_types`); each element has at least a
   * string `id` and `name`, the rest is Kibana's answer as it is.
   */
  public async listRuleTypes(space?: string): Promise<KibanaRuleType[]> {
    const path = spacePath(space, '/api/alerting/rule_types');
    const list = await this.get<unknown>('/api/alerting/rule_types', { space });
    return expectArray<KibanaRuleType>(list, `GET ${path}`, (t) => typeof t.id === 'string' && typeof t.name === 'string');
  }

  /**
   * Runs a connector once (`POST /api/actions/connector/{id}/_execute` with `{"params": ...}`;
   * never retried on 5xx). The answer is checked: `status` must be "ok" or "error", and `message`
   * and `service_message`, when present, strings. Those two are server text (an upstream may echo
   * what it was sent): every form of the credentials is masked in them, as in error messages,
   * before they are cut to MAX_EXECUTE_MESSAGE characters.
   */
  public async execute(id: string, params: Record<string, unknown>, space?: string): Promise<KibanaExecuteResult> {
    const path = `/api/actions/connector/${encodeURIComponent(id)}/_execute`;
    const answer = await this.post<unknown>(path, { params }, { space });
    const fail = (what: string): never => { throw new KibanaError(`POST ${path}: ${what}`, 'non_json', 'POST', path); };
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return fail('expected a JSON object');
    const result = answer as Record<string, unknown>;
    if (result.status !== 'ok' && result.status !== 'error') return fail('the answer has no status "ok" or "error"');
    const text = (key: string): string | undefined => {
      const value = result[key];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'string') return fail(`${key} is not a string`);
      const masked = this.scrub(value);
      return masked.length > MAX_EXECUTE_MESSAGE ? `${masked.slice(0, MAX_EXECUTE_MESSAGE)}... (${masked.length} characters)` : masked;
    };
    const message = text('message');
    const serviceMessage = text('service_message');
    return {
      ...result,
      connector_id: typeof result.connector_id === 'string' ? result.connector_id : id,
      status: result.status,
      ...(message === undefined ? {} : { message }),
      ...(serviceMessage === undefined ? {} : { service_message: serviceMessage }),
    };
  }

  public get<T>(path: string, options: Omit<KibanaRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  public post<T>(path: string, body: unknown, options: Omit<KibanaRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  public put<T>(path: string, body: unknown, options: Omit<KibanaRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  public delete<T>(path: string, options: Omit<KibanaRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  /**
   * Sends one request with retries and returns the parsed JSON answer (undefined for an empty
   * 2xx body). `path` is the API path without the space prefix.
   */
  public async request<T>(method: string, path: string, options: KibanaRequestOptions = {}): Promise<T> {
    method = method.toUpperCase();
    const fullPath = spacePath(options.space, path);
    const query = Object.entries(options.query ?? {}).filter(([, v]) => v !== undefined) as [string, string][];
    const search = query.length ? '?' + new URLSearchParams(query).toString() : '';
    const url = this.base + fullPath + search;
    const headers: Record<string, string> = { 'accept': 'application/json', 'user-agent': PACKAGE_NAME };
    if (this.authHeader) headers.authorization = this.authHeader;
    if (MUTATING.has(method)) headers['kbn-xsrf'] = 'true';
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const label = `${method} ${fullPath}`;

    for (let attempt = 0; ; attempt++) {
      let outcome: { retryable: boolean; error: KibanaError; retryAfterMs?: number };
      try {
        const result = await this.attempt(method, url, headers, body, label, fullPath);
        if (result.ok) return result.value as T;
        outcome = result;
      } catch (e) {
        throw e instanceof KibanaError ? e : this.error(`${label}: ${e instanceof Error ? e.message : String(e)}`, 'network', method, fullPath);
      }
      const canRetry = outcome.retryable && attempt < this.maxRetries;
      if (!canRetry) throw outcome.error;
      let delay = this.retryBaseMs * 2 ** attempt;
      if (outcome.retryAfterMs !== undefined) {
        if (outcome.retryAfterMs > this.maxRetryAfterMs) {
          throw this.error(
            `${outcome.error.message} (Kibana asked to retry after ${Math.ceil(outcome.retryAfterMs / 1000)}s, longer than the ${Math.ceil(this.maxRetryAfterMs / 1000)}s limit)`,
            outcome.error.code, method, fullPath, outcome.error.status, outcome.error.kibanaMessage);
        }
        delay = Math.max(delay, outcome.retryAfterMs);
      }
      this.options.onRetry?.({ method, path: fullPath, attempt: attempt + 1, delayMs: delay, reason: outcome.error.message });
      await this.sleep(delay);
    }
  }

  private async attempt(
    method: string, url: string, headers: Record<string, string>, body: string | undefined, label: string, path: string,
  ): Promise<{ ok: true; value: unknown } | { ok: false; retryable: boolean; error: KibanaError; retryAfterMs?: number }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const idempotent = IDEMPOTENT.has(method);
    const fail = (code: KibanaErrorCode, message: string, retryable: boolean, status?: number) =>
      ({ ok: false as const, retryable, error: this.error(`${label}: ${message}`, code, method, path, status) });
    let response: HttpResponse;
    let text: string;
    let read = false;
    try {
      let current = url;
      for (let hop = 0; ; hop++) {
        response = await this.transport({ method, url: current, headers, body, signal: controller.signal, maxResponseBytes: this.maxResponseBytes });
        const status = response.status;
        const location = response.header('location');
        if (!REDIRECTS.has(status) || location === undefined) break;
        response.discard();
        let target: URL;
        try {
          target = new URL(location, current);
        } catch {
          return fail('redirect', `${status} redirect to a location that is not a URL; not followed`, false, status);
        }
        if (target.origin !== this.origin) {
          const where = target.protocol === 'http:' || target.protocol === 'https:' ? target.origin : target.protocol;
          return fail('redirect', `${status} redirect to another host (${this.quote(where, 200)}) refused: the credentials are only sent to the Kibana URL; if that host is your Kibana, use its URL`, false, status);
        }
        if (target.username || target.password) {
          // fetch refuses such a URL (a network error, retried, quoting it whole); never follow or show it.
          return fail('redirect', `${status} redirect to a URL with a user name or password in it refused: credentials go only in the Authorization header; not followed`, false, status);
        }
        if (status !== 307 && status !== 308 && method !== 'GET' && method !== 'HEAD') {
          return fail('redirect', `${status} redirect not followed: it would turn ${method} into GET (only 307 and 308 keep the method)`, false, status);
        }
        if (hop === MAX_REDIRECTS) return fail('redirect', `more than ${MAX_REDIRECTS} redirects (the last one ${status}); not followed`, false, status);
        target.hash = '';
        current = target.toString();
      }
      text = await response.text();
      read = true;
    } catch (e) {
      if (timedOut) return fail('timeout', `no complete answer within ${this.timeoutMs} ms (timeout)`, idempotent);
      if (e instanceof TransportError && e.kind === 'too_large') {
        const limit = `the ${formatBytes(this.maxResponseBytes)} response size limit (raise it with --max-response-bytes)`;
        if (e.announced !== undefined) return fail('too_large', `the answer announces ${e.announced} bytes, more than ${limit}; not read`, false);
        const what = e.encoding ? `the answer, decompressed (content-encoding ${this.quote(e.encoding, 50)}),` : 'the answer';
        return fail('too_large', `${what} is larger than ${limit}; not read further`, false);
      }
      if (e instanceof TransportError && e.kind === 'truncated') return fail('truncated', 'the answer was cut off before its end (truncated body)', idempotent);
      return fail('network', `cannot reach Kibana (${describeNetworkError(e)})`, idempotent);
    } finally {
      clearTimeout(timer);
      // An answer left unread (a refused redirect, an error) is not wanted: close its connection.
      if (!read) controller.abort();
    }

    const status = response.status;
    if (status >= 200 && status < 300) {
      if (text.trim() === '') return { ok: true, value: undefined };
      const parsed = parseJson(text);
      if (parsed.ok) return { ok: true, value: parsed.value };
      const declared = Number(response.header('content-length'));
      const truncated = (Number.isFinite(declared) && declared > Buffer.byteLength(text)) || /end of (json )?input|unterminated/i.test(parsed.error);
      const contentType = this.quote(response.header('content-type') ?? 'no content type', 100);
      // The parser's message quotes a piece of the body that masking cannot see whole: not shown.
      return truncated
        ? fail('truncated', `the answer ends before its JSON is complete (truncated body, ${text.length} characters)`, idempotent, status)
        : fail('non_json', `the answer is not JSON (${contentType}; it starts with "${this.quote(text)}")`, false, status);
    }

    const rawMessage = errorMessageOf(text);
    const kibanaMessage = rawMessage === undefined ? undefined : this.quote(rawMessage);
    const said = kibanaMessage ? `: ${kibanaMessage}` : '';
    const make = (code: KibanaErrorCode, what: string): KibanaError =>
      this.error(`${label}: ${status} ${what}${said}`, code, method, path, status, kibanaMessage);
    switch (status) {
      case 400: return { ok: false, retryable: false, error: make('bad_request', 'Bad Request') };
      case 401: return { ok: false, retryable: false, error: make('unauthorized', 'Unauthorized (the credentials are missing, wrong or expired)') };
      case 403: return { ok: false, retryable: false, error: make('forbidden', 'Forbidden (the credentials lack the "Actions and Connectors" privilege, or the space)') };
      case 404: return { ok: false, retryable: false, error: make('not_found', 'Not Found (unknown space or connector, or not a Kibana URL)') };
      case 409: return { ok: false, retryable: false, error: make('conflict', 'Conflict') };
      case 429: return { ok: false, retryable: true, retryAfterMs: parseRetryAfter(response.header('retry-after')), error: make('rate_limited', 'Too Many Requests') };
      default:
        if (status >= 500) {
          return { ok: false, retryable: idempotent, retryAfterMs: parseRetryAfter(response.header('retry-after')), error: make('server_error', 'server error') };
        }
        return { ok: false, retryable: false, error: make('http_error', 'unexpected status') };
    }
  }

  /**
   * A KibanaError whose message and Kibana message have every credential form masked and are
   * terminal-safe (server text is quoted through quote(); this also covers network error texts).
   */
  private error(message: string, code: KibanaErrorCode, method: string, path: string, status?: number, kibanaMessage?: string): KibanaError {
    const safe = (text: string): string => terminalText(this.scrub(text));
    return new KibanaError(safe(message), code, method, path, status, kibanaMessage === undefined ? undefined : safe(kibanaMessage));
  }

  /**
   * Server text fit to quote in a message: credentials masked (before shortening, so no piece of
   * one survives a cut), at most `max` characters, terminal-safe.
   */
  private quote(text: string, max: number = QUOTE_LIMIT): string {
    const masked = this.scrub(text);
    return terminalText(masked.length > max ? masked.slice(0, max) + '…' : masked);
  }

  /** Removes any credential text from a message (belt and braces: messages are built without them). */
  private scrub(message: string): string {
    let out = message;
    for (const s of this.secretTexts) out = out.split(s).join('***');
    return out;
  }
}

/**
 * Every form a credential may take in text a server sends back: the header and its value; for
 * an API key the key as given, its base64 form or decoded `id:key` form, and both parts; for basic
 * auth the password, `user:password` and its base64; the bearer token. Base64 forms are also
 * matched without padding and in the URL-safe alphabet, and every form also percent-encoded.
 */
export function credentialForms(auth: KibanaAuth): string[] {
  const header = authorizationHeader(auth);
  const forms: string[] = [];
  const base64 = (text: string): void => {
    const b = Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '');
    forms.push(b, b.replace(/\+/g, '-').replace(/\//g, '_'));
  };
  if (header) forms.push(header, header.replace(/^\S+ /, ''));
  if (auth.kind === 'apiKey') {
    const key = auth.apiKey;
    forms.push(key);
    // Given encoded (the usual "base64 of id:key"), or given as the raw "id:key".
    const decoded = /^[A-Za-z0-9+/_-]+={0,2}$/.test(key) ? Buffer.from(key, 'base64').toString('utf8') : undefined;
    const raw = decoded !== undefined && /^[\x21-\x7e]+:[\x21-\x7e]+$/.test(decoded) ? decoded : key;
    if (raw !== key) forms.push(raw);
    else base64(key);
    const colon = raw.indexOf(':');
    if (colon > 0) forms.push(raw.slice(0, colon), raw.slice(colon + 1));
  }
  if (auth.kind === 'basic') {
    forms.push(auth.password, `${auth.username}:${auth.password}`);
    base64(`${auth.username}:${auth.password}`);
  }
  if (auth.kind === 'bearer') forms.push(auth.token);
  for (const f of [...forms]) forms.push(encodeURIComponent(f), JSON.stringify(f).slice(1, -1));
  // Longest first, so a secret containing another is removed whole; very short texts would
  // mangle ordinary words, and are not worth hiding from a message that never held them.
  return [...new Set(forms)].filter((t) => t.length >= 4).sort((a, b) => b.length - a.length);
}

function formatBytes(n: number): string {
  const MiB = 1024 * 1024;
  if (n % MiB === 0) return `${n / MiB} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n}-byte`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function errorMessageOf(text: string): string | undefined {
  const parsed = parseJson(text);
  if (parsed.ok && parsed.value && typeof parsed.value === 'object') {
    const m = (parsed.value as Record<string, unknown>).message;
    if (typeof m === 'string' && m.trim()) return m;
  }
  return undefined;
}

/** Retry-After in ms (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(e: unknown): string {
  // Duck-typed: errors from fetch may come from another realm (instanceof Error fails there).
  const field = (o: unknown, k: string): unknown => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined);
  const cause = field(e, 'cause');
  const inner = field(cause, 'errors');
  const code = field(cause, 'code') ?? (Array.isArray(inner) ? field(inner[0], 'code') : undefined) ?? field(e, 'code');
  const message = field(cause, 'message') ?? field(e, 'message');
  if (typeof code === 'string') return typeof message === 'string' && message && !message.includes(code) ? `${code}: ${message}` : code;
  return typeof message === 'string' ? message : String(e);
}

function expectArray<T>(value: unknown, label: string, check: (item: Record<string, unknown>) => boolean): T[] {
  if (!Array.isArray(value)) throw new KibanaError(`${label}: expected a JSON array, got ${jsonKind(value)}`, 'non_json', label.split(' ')[0], label.split(' ')[1]);
  value.forEach((item, i) => {
    if (!item || typeof item !== 'object' || !check(item as Record<string, unknown>)) {
      throw new KibanaError(`${label}: element ${i} does not have Kibana's shape`, 'non_json', label.split(' ')[0], label.split(' ')[1]);
    }
  });
  return value as T[];
}

/** Whether a `_find` element has the fields every rule has, with their JSON types. */
function isRuleRecord(r: Record<string, unknown>): boolean {
  return typeof r.id === 'string' && typeof r.name === 'string' && typeof r.rule_type_id === 'string' && typeof r.consumer === 'string'
    && (r.params === undefined || r.params === null || isPlainObject(r.params))
    && (r.actions === undefined || (Array.isArray(r.actions) && r.actions.every((a) => isPlainObject(a) && typeof a.id === 'string')));
}

/** The fields of a rule that say what it is (src/rule-record.ts); Kibana's read-only ones are dropped as pages arrive. */
const RULE_FIELDS: readonly string[] = [
  'id', 'name', 'rule_type_id', 'consumer', 'enabled', 'tags', 'schedule', 'params', 'actions', 'system_actions',
  'notify_when', 'throttle', 'alert_delay', 'flapping', 'artifacts',
];

function ruleFields(rule: RuleRecord): RuleRecord {
  const kept = RULE_FIELDS.filter((k) => Object.prototype.hasOwnProperty.call(rule, k));
  return Object.fromEntries(kept.map((k) => [k, rule[k]])) as unknown as RuleRecord;
}
