// A small Kibana REST client for the connector APIs. It knows nothing of cdktf or Terraform.
// Credentials are only ever written into the Authorization header: no message, error or log
// line built here contains them (errors name the method and path, never the host or headers).
import { SPACE_ID_PATTERN } from '../space-id';
import { createTransport, HttpResponse, Transport, TransportError } from './transport';

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
  | 'timeout'
  | 'network';

/** A failed Kibana call. The message names the method and path, never the host or credentials. */
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

/** One element of `GET /api/actions/connectors`. */
export interface KibanaConnectorRecord {
  readonly id: string;
  readonly name: string;
  readonly connector_type_id: string;
  readonly config?: Record<string, unknown> | null;
  readonly is_preconfigured?: boolean;
  readonly is_deprecated?: boolean;
  readonly is_missing_secrets?: boolean;
  readonly is_system_action?: boolean;
  readonly referenced_by_count?: number;
  readonly [key: string]: unknown;
}

/** One element of `GET /api/actions/connector_types`. */
export interface KibanaConnectorType {
  readonly id: string;
  readonly name: string;
  readonly [key: string]: unknown;
}

/** The answer of `POST /api/actions/connector/{id}/_execute`. */
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

/** The API path of `path` in `space` (`/s/<space>` prefix for spaces other than `default`). */
export function spacePath(space: string | undefined, path: string): string {
  if (space === undefined || space === 'default') return path;
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

/** A Kibana REST client: spaces, connectors, connector types, execute. */
export class KibanaClient {
  private readonly base: string;
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
    this.authHeader = authorizationHeader(options.auth);
    this.transport = options.transport ?? createTransport({ caCerts: options.caCerts, insecure: options.insecure });
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 3;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.secretTexts = secretsOf(options.auth, this.authHeader);
  }

  /** Lists the spaces the credentials can see (`GET /api/spaces/space`). */
  public async listSpaces(): Promise<KibanaSpace[]> {
    const spaces = await this.get<unknown>('/api/spaces/space');
    return expectArray<KibanaSpace>(spaces, 'GET /api/spaces/space', (s) => typeof s.id === 'string');
  }

  /** Lists every connector of a space, preconfigured and system ones included (`GET /api/actions/connectors`). */
  public async listConnectors(space?: string): Promise<KibanaConnectorRecord[]> {
    const path = spacePath(space, '/api/actions/connectors');
    const list = await this.get<unknown>('/api/actions/connectors', { space });
    return expectArray<KibanaConnectorRecord>(list, `GET ${path}`, (c) => typeof c.id === 'string' && typeof c.name === 'string' && typeof c.connector_type_id === 'string');
  }

  /** Reads one connector (`GET /api/actions/connector/{id}`). */
  public async getConnector(id: string, space?: string): Promise<KibanaConnectorRecord> {
    return this.get<KibanaConnectorRecord>(`/api/actions/connector/${encodeURIComponent(id)}`, { space });
  }

  /** Lists connector types, optionally only those of a feature (`GET /api/actions/connector_types?feature_id=`). */
  public async listConnectorTypes(featureId?: string, space?: string): Promise<KibanaConnectorType[]> {
    const path = spacePath(space, '/api/actions/connector_types');
    const list = await this.get<unknown>('/api/actions/connector_types', { space, query: { feature_id: featureId } });
    return expectArray<KibanaConnectorType>(list, `GET ${path}`, (t) => typeof t.id === 'string');
  }

  /** Runs a connector (`POST /api/actions/connector/{id}/_execute` with `{"params": ...}`). Never retried on 5xx. */
  public async execute(id: string, params: Record<string, unknown>, space?: string): Promise<KibanaExecuteResult> {
    return this.post<KibanaExecuteResult>(`/api/actions/connector/${encodeURIComponent(id)}/_execute`, { params }, { space });
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
    const headers: Record<string, string> = { 'accept': 'application/json', 'user-agent': 'cdktf-kibana-connectors' };
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
        throw e instanceof KibanaError ? e : new KibanaError(this.scrub(`${label}: ${e instanceof Error ? e.message : String(e)}`), 'network', method, fullPath);
      }
      const canRetry = outcome.retryable && attempt < this.maxRetries;
      if (!canRetry) throw outcome.error;
      let delay = this.retryBaseMs * 2 ** attempt;
      if (outcome.retryAfterMs !== undefined) {
        if (outcome.retryAfterMs > this.maxRetryAfterMs) {
          throw new KibanaError(
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
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const idempotent = IDEMPOTENT.has(method);
    let response: HttpResponse;
    let text: string;
    try {
      response = await this.transport({ method, url, headers, body, signal: controller.signal });
      text = await response.text();
    } catch (e) {
      if (controller.signal.aborted) {
        return { ok: false, retryable: idempotent, error: new KibanaError(`${label}: no complete answer within ${this.timeoutMs} ms (timeout)`, 'timeout', method, path) };
      }
      if (e instanceof TransportError && e.kind === 'truncated') {
        return { ok: false, retryable: idempotent, error: new KibanaError(`${label}: the answer was cut off before its end (truncated body)`, 'truncated', method, path) };
      }
      const detail = describeNetworkError(e);
      return { ok: false, retryable: idempotent, error: new KibanaError(this.scrub(`${label}: cannot reach Kibana (${detail})`), 'network', method, path) };
    } finally {
      clearTimeout(timer);
    }

    const status = response.status;
    if (status >= 200 && status < 300) {
      if (text.trim() === '') return { ok: true, value: undefined };
      const parsed = parseJson(text);
      if (parsed.ok) return { ok: true, value: parsed.value };
      const declared = Number(response.header('content-length'));
      const truncated = (Number.isFinite(declared) && declared > Buffer.byteLength(text)) || /end of (json )?input|unterminated/i.test(parsed.error);
      const contentType = response.header('content-type') ?? 'no content type';
      return truncated
        ? { ok: false, retryable: idempotent, error: new KibanaError(`${label}: the answer ends before its JSON is complete (truncated body, ${text.length} characters)`, 'truncated', method, path, status) }
        : { ok: false, retryable: false, error: new KibanaError(`${label}: the answer is not JSON (${contentType}; ${parsed.error})`, 'non_json', method, path, status) };
    }

    const kibanaMessage = errorMessageOf(text);
    const said = kibanaMessage ? `: ${this.scrub(kibanaMessage)}` : '';
    const make = (code: KibanaErrorCode, what: string): KibanaError =>
      new KibanaError(`${label}: ${status} ${what}${said}`, code, method, path, status, kibanaMessage && this.scrub(kibanaMessage));
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

  /** Removes any credential text from a message (belt and braces: messages are built without them). */
  private scrub(message: string): string {
    let out = message;
    for (const s of this.secretTexts) out = out.split(s).join('***');
    return out;
  }
}

function secretsOf(auth: KibanaAuth, header: string | undefined): string[] {
  const texts: string[] = [];
  if (header) texts.push(header, header.replace(/^\S+ /, ''));
  if (auth.kind === 'basic') texts.push(auth.password);
  if (auth.kind === 'apiKey') texts.push(auth.apiKey);
  if (auth.kind === 'bearer') texts.push(auth.token);
  // Longest first, so a secret containing another is removed whole; very short texts would
  // mangle ordinary words, and are not worth hiding from a message that never held them.
  return texts.filter((t) => t.length >= 4).sort((a, b) => b.length - a.length);
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
    if (typeof m === 'string' && m.trim()) return m.length > 500 ? m.slice(0, 500) + '…' : m;
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
  if (!Array.isArray(value)) throw new KibanaError(`${label}: expected a JSON array, got ${value === null ? 'null' : typeof value}`, 'non_json', label.split(' ')[0], label.split(' ')[1]);
  value.forEach((item, i) => {
    if (!item || typeof item !== 'object' || !check(item as Record<string, unknown>)) {
      throw new KibanaError(`${label}: element ${i} does not have Kibana's shape`, 'non_json', label.split(' ')[0], label.split(' ')[1]);
    }
  });
  return value as T[];
}
