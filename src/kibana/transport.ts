// HTTP transports for the Kibana client: Node's fetch by default; node:https when extra CA
// certificates or insecure mode are asked for (fetch cannot take them without undici, which is
// not a dependency of this package). Both behave alike: they never follow redirects (the client
// decides, in one place), and they read at most `maxResponseBytes` of body, counted after
// decompression (gzip, deflate, br), stopping the connection when the limit is passed.
// Imports only Node built-ins.
import * as http from 'http';
import * as https from 'https';
import { Readable } from 'stream';
import * as tls from 'tls';
import * as zlib from 'zlib';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal: AbortSignal;
  /** Most body bytes to read (after decompression); more is a TransportError('too_large'). */
  readonly maxResponseBytes: number;
}

export interface HttpResponse {
  readonly status: number;
  /** A response header (lowercase name), or undefined. */
  header(name: string): string | undefined;
  /**
   * The whole body as text (UTF-8); rejects with TransportError('truncated') when the connection
   * ends early, TransportError('too_large') when the body passes `maxResponseBytes`.
   */
  text(): Promise<string>;
  /** Drops the body unread and closes the connection (for redirects). */
  discard(): void;
}

export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

export type TransportErrorKind = 'truncated' | 'network' | 'too_large';

export class TransportError extends Error {
  constructor(
    message: string,
    public readonly kind: TransportErrorKind,
    /** For 'too_large': the body's content-encoding when the limit was passed while decompressing. */
    public readonly encoding?: string,
    /** For 'too_large': the length the server announced, when that alone passes the limit. */
    public readonly announced?: number,
  ) {
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

/** A content-encoding other than identity, or undefined. */
function encodingOf(value: string | undefined): string | undefined {
  const v = value?.trim().toLowerCase();
  return v && v !== 'identity' ? v : undefined;
}

/** The announced length when it alone passes the limit: fail before reading. */
function checkAnnounced(contentLength: string | undefined, max: number): void {
  const declared = Number(contentLength);
  if (contentLength !== undefined && Number.isFinite(declared) && declared > max) {
    throw new TransportError(`the answer announces ${declared} bytes`, 'too_large', undefined, declared);
  }
}

function tooLarge(encoding: string | undefined): TransportError {
  return new TransportError('the answer passes the response size limit', 'too_large', encoding);
}

function decodeUtf8(chunks: Uint8Array[]): string {
  // Like fetch's text(): UTF-8, a byte order mark dropped.
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** Node's global fetch (it decompresses by itself; the limit counts the decompressed bytes). */
export const fetchTransport: Transport = async (request) => {
  const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: request.signal, redirect: 'manual' });
  const header = (name: string): string | undefined => res.headers.get(name) ?? undefined;
  const cancel = (): void => { void res.body?.cancel().catch(() => undefined); };
  return {
    status: res.status,
    header,
    discard: cancel,
    text: async () => {
      try {
        checkAnnounced(header('content-length'), request.maxResponseBytes);
      } catch (e) {
        cancel();
        throw e;
      }
      if (!res.body) return '';
      const reader = res.body.getReader();
      const chunks: Uint8Array[] = [];
      let total = 0;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > request.maxResponseBytes) {
            void reader.cancel().catch(() => undefined);
            throw tooLarge(encodingOf(header('content-encoding')));
          }
          chunks.push(value);
        }
      } catch (e) {
        if (e instanceof TransportError || request.signal.aborted) throw e;
        // undici reports a body cut short as "terminated" (cause: other side closed).
        throw new TransportError(e instanceof Error ? e.message : String(e), 'truncated');
      }
      return decodeUtf8(chunks);
    },
  };
};

/** A decompressing stream for a content-encoding, or undefined for one that is not known (read as is, like fetch). */
function decoderFor(encoding: string): NodeJS.ReadWriteStream | undefined {
  switch (encoding) {
    case 'gzip': case 'x-gzip': return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate': return zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'br': return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default: return undefined;
  }
}

/** node:http(s) with extra CA certificates and/or without certificate verification. */
export function nodeTransport(options: TransportOptions): Transport {
  return (request) => new Promise<HttpResponse>((resolve, reject) => {
    const url = new URL(request.url);
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: request.method,
      // The same encodings fetch asks for, so both transports get the same answers.
      headers: { 'accept-encoding': 'gzip, deflate, br', ...request.headers, ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}) },
      signal: request.signal,
      ...(url.protocol === 'https:' ? { ca: options.caCerts && options.caCerts.length ? [...tls.rootCertificates, ...options.caCerts] : undefined, rejectUnauthorized: !options.insecure } : {}),
    }, (res) => {
      const header = (name: string): string | undefined => {
        const v = res.headers[name.toLowerCase()];
        return Array.isArray(v) ? v.join(', ') : v;
      };
      let body: Promise<string> | undefined;
      const read = (): Promise<string> => new Promise<string>((ok, fail) => {
        const truncated = (): TransportError => new TransportError('connection closed before the end of the body', 'truncated');
        let settled = false;
        const done = (e: Error | undefined, text?: string): void => {
          if (settled) return;
          settled = true;
          if (e) {
            res.destroy();
            fail(e);
          } else {
            ok(text!);
          }
        };
        try {
          checkAnnounced(header('content-length'), request.maxResponseBytes);
        } catch (e) {
          done(e as Error);
          return;
        }
        if (res.destroyed && !res.complete) {
          done(truncated());
          return;
        }
        res.on('close', () => { if (!res.complete) done(truncated()); });
        const encoding = encodingOf(header('content-encoding'));
        // A list ("gzip, br") names the encodings in the order they were applied.
        const decoders = (encoding ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '').reverse().map(decoderFor);
        const known = decoders.every((d) => d !== undefined);
        let rawBytes = 0;
        res.on('data', (c: Buffer) => { rawBytes += c.length; });
        let stream: Readable = res;
        if (known) for (const d of decoders as NodeJS.ReadWriteStream[]) stream = stream.pipe(d) as unknown as Readable;
        const chunks: Buffer[] = [];
        let total = 0;
        stream.on('data', (c: Buffer) => {
          total += c.length;
          if (total > request.maxResponseBytes) {
            done(tooLarge(known ? encoding : undefined));
            stream.destroy();
            return;
          }
          chunks.push(c);
        });
        const complete = (): boolean => {
          const declared = Number(res.headers['content-length']);
          return res.complete && !(Number.isFinite(declared) && rawBytes < declared);
        };
        stream.on('end', () => done(complete() ? undefined : truncated(), decodeUtf8(chunks)));
        stream.on('error', (e) => done(request.signal.aborted ? e : complete() ? new TransportError(`the compressed answer cannot be read (${e.message})`, 'network') : truncated()));
        res.on('aborted', () => done(truncated()));
        res.on('error', (e) => done(request.signal.aborted ? e : new TransportError(e.message, 'truncated')));
      });
      resolve({
        status: res.statusCode ?? 0,
        header,
        discard: () => { res.destroy(); },
        text: () => {
          body ??= read();
          return body;
        },
      });
    });
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}
