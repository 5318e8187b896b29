// The Kibana connection options every command takes (URL, credentials, TLS, timeouts, retries,
// size cap), their help, and the KibanaClient made from them and the environment. May import
// src/kibana, ./context, ./exit, ./options and Node built-ins.
import * as path from 'path';
import { CliContext } from './context';
import { UsageError } from './exit';
import { byteSizeOption, intOption, OptionTable, OptionValues, renderOptions } from './options';
import { DEFAULT_MAX_RESPONSE_BYTES, KibanaClient } from '../kibana/client';
import { ConnectionFlags, resolveConnection } from '../kibana/connection';

export const CONNECTION_OPTIONS = {
  'kibana-url': { type: 'string', arg: '<url>', help: 'Kibana base URL', env: 'KIBANA_ENDPOINT' },
  'api-key': { type: 'string', arg: '<key>', help: 'API key (base64 "id:key")', env: 'KIBANA_API_KEY' },
  'username': { type: 'string', arg: '<name>', help: 'basic auth user name', env: 'KIBANA_USERNAME' },
  'password': { type: 'string', arg: '<password>', help: 'basic auth password', env: 'KIBANA_PASSWORD' },
  'bearer-token': { type: 'string', arg: '<token>', help: 'bearer token', env: 'KIBANA_BEARER_TOKEN' },
  'ca-certs': { type: 'string', multiple: true, arg: '<file>', help: 'extra CA certificate (PEM), repeatable [KIBANA_CA_CERTS, comma list]' },
  'insecure': {
    type: 'boolean',
    help: 'skip TLS certificate verification',
    env: 'KIBANA_INSECURE',
    note: 'Auth priority: bearer token, then API key, then user name and password. Prefer the\n'
      + 'environment for credentials: command lines are visible to other users of the machine.',
  },
  'timeout': { type: 'string', arg: '<ms>', help: 'timeout of one HTTP attempt (default 30000)' },
  'retries': { type: 'string', arg: '<n>', help: 'retries on 429, 5xx, timeouts and network errors (default 3)' },
  'max-response-bytes': {
    type: 'string',
    arg: '<n>',
    help: 'most bytes of one Kibana answer, counted after decompression;\nbytes, or with KiB or MiB (default 64MiB, at most 256MiB)',
    note: 'Redirects: only to the same origin as the Kibana URL, at most 5; a redirect to another\n'
      + 'host is refused, so the credentials never leave the Kibana URL.',
  },
  'quiet': { type: 'boolean', short: 'q', help: 'no progress on stderr' },
  'help': { type: 'boolean', short: 'h', help: 'this help' },
} as const satisfies OptionTable;

/** The connection part of every Kibana command's help. */
export const CONNECTION_HELP = `Kibana connection (flags win over the environment):
${renderOptions(CONNECTION_OPTIONS, Object.keys(CONNECTION_OPTIONS).filter((k) => k !== 'help'))}`;

/** Values of the connection options. */
export type ConnValues = OptionValues<typeof CONNECTION_OPTIONS>;

export function makeClient(values: ConnValues, context: CliContext, progress: (t: string) => void): KibanaClient {
  const timeoutMs = intOption(values.timeout, 'timeout', 1, 3_600_000, 30_000);
  const maxRetries = intOption(values.retries, 'retries', 0, 10, 3);
  const maxResponseBytes = byteSizeOption(values['max-response-bytes'], 'max-response-bytes', DEFAULT_MAX_RESPONSE_BYTES);
  const flags: ConnectionFlags = {
    kibanaUrl: values['kibana-url'],
    apiKey: values['api-key'],
    username: values.username,
    password: values.password,
    bearerToken: values['bearer-token'],
    caCerts: values['ca-certs']?.map((p) => path.resolve(context.cwd, p)),
    insecure: values.insecure,
  };
  const connection = resolveConnection(flags, context.env);
  try {
    return new KibanaClient({
      endpoint: connection.endpoint,
      auth: connection.auth,
      caCerts: connection.caCerts,
      insecure: connection.insecure,
      timeoutMs,
      maxRetries,
      maxResponseBytes,
      onRetry: (r) => progress(`retrying ${r.method} ${r.path} in ${r.delayMs} ms (retry ${r.attempt}): ${r.reason}\n`),
    });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${connection.sources.endpoint}: ${(e as Error).message}`);
  }
}
