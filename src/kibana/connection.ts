// Where to reach Kibana and how to authenticate: command-line values first, then the
// elasticstack provider's environment variables (KIBANA_ENDPOINT, KIBANA_API_KEY, ...). CA files
// must hold PEM certificates: node:https ignores anything else without a word.
import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import { KibanaAuth } from './client';

/** Connection settings given on the command line (all optional). */
export interface ConnectionFlags {
  readonly kibanaUrl?: string;
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
  readonly bearerToken?: string;
  /** Paths of PEM files. */
  readonly caCerts?: string[];
  readonly insecure?: boolean;
}

/** A resolved connection. */
export interface KibanaConnection {
  readonly endpoint: string;
  readonly auth: KibanaAuth;
  /** PEM texts read from the CA files. */
  readonly caCerts: string[];
  readonly insecure: boolean;
  /** Where each setting came from, for messages (never the values). */
  readonly sources: { readonly endpoint: string; readonly auth: string };
}

/** A missing or contradictory setting (a usage error). */
export class ConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionError';
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]*-----END CERTIFICATE-----/g;

/**
 * Refuses CA file text that is not PEM certificates: node:https (tls.createSecureContext) ignores
 * a DER file, a key or a broken block silently, and the connection then fails as untrusted.
 */
function checkPemCertificates(text: string, file: string): void {
  const blocks = text.match(PEM_CERTIFICATE) ?? [];
  if (!blocks.length) {
    throw new ConnectionError(`the CA certificate file ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----): give CA certificates in PEM form`);
  }
  blocks.forEach((block, i) => {
    try {
      new X509Certificate(block);
    } catch {
      throw new ConnectionError(`the CA certificate file ${file}: its PEM certificate ${i + 1} is not a valid certificate`);
    }
  });
}

/** Parses KIBANA_INSECURE-style booleans. */
export function parseBool(value: string | undefined, name: string): boolean | undefined {
  if (nonEmpty(value) === undefined) return undefined;
  const v = value!.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConnectionError(`${name} must be true or false`);
}

/**
 * Resolves the connection. Auth priority follows the provider: bearer token, then API key, then
 * user name and password. Values from flags win over the environment.
 */
export function resolveConnection(flags: ConnectionFlags, env: NodeJS.ProcessEnv, readFile: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): KibanaConnection {
  const endpoint = nonEmpty(flags.kibanaUrl) ?? nonEmpty(env.KIBANA_ENDPOINT);
  if (!endpoint) throw new ConnectionError('no Kibana URL: pass --kibana-url or set KIBANA_ENDPOINT (or use --from-file)');
  const endpointSource = nonEmpty(flags.kibanaUrl) ? '--kibana-url' : 'KIBANA_ENDPOINT';

  const pick = (flag: string | undefined, envName: string, flagName: string): [string, string] | undefined => {
    if (nonEmpty(flag)) return [flag!, flagName];
    if (nonEmpty(env[envName])) return [env[envName]!, envName];
    return undefined;
  };
  const bearer = pick(flags.bearerToken, 'KIBANA_BEARER_TOKEN', '--bearer-token');
  const apiKey = pick(flags.apiKey, 'KIBANA_API_KEY', '--api-key');
  const username = pick(flags.username, 'KIBANA_USERNAME', '--username');
  const password = pick(flags.password, 'KIBANA_PASSWORD', '--password');
  let auth: KibanaAuth;
  let authSource: string;
  if (bearer) {
    auth = { kind: 'bearer', token: bearer[0] };
    authSource = `bearer token (${bearer[1]})`;
  } else if (apiKey) {
    auth = { kind: 'apiKey', apiKey: apiKey[0] };
    authSource = `API key (${apiKey[1]})`;
  } else if (username || password) {
    if (!username || !password) throw new ConnectionError('basic authentication needs both a user name and a password (--username/KIBANA_USERNAME and --password/KIBANA_PASSWORD)');
    auth = { kind: 'basic', username: username[0], password: password[0] };
    authSource = `user name and password (${username[1]}, ${password[1]})`;
  } else {
    auth = { kind: 'none' };
    authSource = 'none';
  }

  const caPaths = flags.caCerts && flags.caCerts.length
    ? flags.caCerts
    : (nonEmpty(env.KIBANA_CA_CERTS) ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const caCerts = caPaths.map((p) => {
    let text: string;
    try {
      text = readFile(p);
    } catch (e) {
      throw new ConnectionError(`cannot read the CA certificate file ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    checkPemCertificates(text, p);
    return text;
  });
  const insecure = flags.insecure ?? parseBool(env.KIBANA_INSECURE, 'KIBANA_INSECURE') ?? false;
  return { endpoint, auth, caCerts, insecure, sources: { endpoint: endpointSource, auth: authSource } };
}
