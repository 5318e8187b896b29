// HTTP transports for the Kibana client: Node's fetch by default; node:https when extra CA
// certificates or insecure mode are asked for (fetch cannot take them without undici, which is
// not a dependency of this package).
import * as http from 'http';
import * as https from 'https';
import * as tls from 'tls';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal: AbortSignal;
}

export interface HttpResponse {
  readonly status: number;
  /** A response header (lowercase name), or undefined. */
  header(name: string): string | undefined;
  /** The whole body as text; rejects with TransportError('truncated') when the connection ends early. */
  text(): Promise<string>;
}

export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

export class TransportError extends Error {
  constructor(message: string, public readonly kind: 'truncated' | 'network') {
    super(message);
    this.name = 'TransportError';
  }
}

export interface TransportOptions {
  readonly caCerts?: string[];
  readonly insecure?: boolean;
}

export function createTransport(options: TransportOptions = {}): Transport {
  if ((options.caCerts && options.caCerts.length) || options.insecure) return nodeTransport(options);
  return fetchTransport;
}

/** Node's global fetch. */
export const fetchTransport: Transport = async (request) => {
  const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: request.signal });
  return {
    status: res.status,
    header: (name) => res.headers.get(name) ?? undefined,
    text: async () => {
      try {
        return await res.text();
      } catch (e) {
        if (request.signal.aborted) throw e;
        // undici reports a body cut short as "terminated" (cause: other side closed).
        throw new TransportError(e instanceof Error ? e.message : String(e), 'truncated');
      }
    },
  };
};

/** node:http(s) with extra CA certificates and/or without certificate verification. */
export function nodeTransport(options: TransportOptions): Transport {
  return (request) => new Promise<HttpResponse>((resolve, reject) => {
    const url = new URL(request.url);
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: request.method,
      headers: { ...request.headers, ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}) },
      signal: request.signal,
      ...(url.protocol === 'https:' ? { ca: options.caCerts && options.caCerts.length ? [...tls.rootCertificates, ...options.caCerts] : undefined, rejectUnauthorized: !options.insecure } : {}),
    }, (res) => {
      const chunks: Buffer[] = [];
      const body = new Promise<string>((ok, fail) => {
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks);
          const declared = Number(res.headers['content-length']);
          if (!res.complete || (Number.isFinite(declared) && text.length < declared)) fail(new TransportError('connection closed before the end of the body', 'truncated'));
          else ok(text.toString('utf8'));
        });
        res.on('aborted', () => fail(new TransportError('connection closed before the end of the body', 'truncated')));
        res.on('error', (e) => fail(request.signal.aborted ? e : new TransportError(e.message, 'truncated')));
      });
      body.catch(() => undefined);
      resolve({
        status: res.statusCode ?? 0,
        header: (name) => {
          const v = res.headers[name.toLowerCase()];
          return Array.isArray(v) ? v.join(', ') : v;
        },
        text: () => body,
      });
    });
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}
