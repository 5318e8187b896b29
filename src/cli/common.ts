// Pieces every kibana-connectors command shares: I/O, exit codes, errors, the Kibana
// connection options and client, atomic file writes, JSON file reading.
import * as fs from 'fs';
import * as path from 'path';
import { ConnectorTypeRegistry, PropertyRenames, SecretProbe } from '../importer/plan';
import { KibanaClient } from '../kibana/client';
import { ConnectionFlags, resolveConnection } from '../kibana/connection';

/** Where the command reads and writes; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Connector types with typed constructs (default: the package's registry). */
  readonly registry: ConnectorTypeRegistry;
  /** Struct property names of Kibana keys where they differ (default: the package's). */
  readonly propertyRenames: PropertyRenames;
  /** Finds conditionally required secrets (default: asks the package's typed constructs; null: none). */
  readonly secretProbe: SecretProbe | null;
}

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
export class InputError extends Error {}

export const CONNECTION_OPTIONS = {
  'kibana-url': { type: 'string' },
  'api-key': { type: 'string' },
  'username': { type: 'string' },
  'password': { type: 'string' },
  'bearer-token': { type: 'string' },
  'ca-certs': { type: 'string', multiple: true },
  'insecure': { type: 'boolean' },
  'timeout': { type: 'string' },
  'retries': { type: 'string' },
  'quiet': { type: 'boolean', short: 'q' },
  'help': { type: 'boolean', short: 'h' },
} as const;

export const CONNECTION_HELP = `Kibana connection (flags win over the environment):
  --kibana-url <url>       Kibana base URL                     [KIBANA_ENDPOINT]
  --api-key <key>          API key (base64 "id:key")           [KIBANA_API_KEY]
  --username <name>        basic auth user name                [KIBANA_USERNAME]
  --password <password>    basic auth password                 [KIBANA_PASSWORD]
  --bearer-token <token>   bearer token                        [KIBANA_BEARER_TOKEN]
  --ca-certs <file>        extra CA certificate (PEM), repeatable [KIBANA_CA_CERTS, comma list]
  --insecure               skip TLS certificate verification   [KIBANA_INSECURE]
  Auth priority: bearer token, then API key, then user name and password. Prefer the
  environment for credentials: command lines are visible to other users of the machine.
  --timeout <ms>           timeout of one HTTP attempt (default 30000)
  --retries <n>            retries on 429, 5xx, timeouts and network errors (default 3)
  -q, --quiet              no progress on stderr`;

export function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

export function intOption(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return Number(value);
}

export type ConnValues = { [K in keyof typeof CONNECTION_OPTIONS]?: (typeof CONNECTION_OPTIONS)[K] extends { multiple: true } ? string[] : (typeof CONNECTION_OPTIONS)[K] extends { type: 'boolean' } ? boolean : string };

export function makeClient(values: ConnValues, io: CliIo, progress: (t: string) => void): KibanaClient {
  const timeoutMs = intOption(values.timeout, 'timeout', 1, 3_600_000, 30_000);
  const maxRetries = intOption(values.retries, 'retries', 0, 10, 3);
  const flags: ConnectionFlags = {
    kibanaUrl: values['kibana-url'],
    apiKey: values['api-key'],
    username: values.username,
    password: values.password,
    bearerToken: values['bearer-token'],
    caCerts: values['ca-certs']?.map((p) => path.resolve(io.cwd, p)),
    insecure: values.insecure,
  };
  const connection = resolveConnection(flags, io.env);
  try {
    return new KibanaClient({
      endpoint: connection.endpoint,
      auth: connection.auth,
      caCerts: connection.caCerts,
      insecure: connection.insecure,
      timeoutMs,
      maxRetries,
      onRetry: (r) => progress(`retrying ${r.method} ${r.path} in ${r.delayMs} ms (retry ${r.attempt}): ${r.reason}\n`),
    });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${connection.sources.endpoint}: ${(e as Error).message}`);
  }
}

/** Writes `text` to `file` through a temporary file and a rename, so a failure never leaves a partial file. */
export function writeAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readJsonFile(file: string, label: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${label}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${label} is not valid JSON: ${(e as Error).message}`);
  }
}

