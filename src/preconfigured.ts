// KibanaYaml: connector constructs as `xpack.actions.preconfigured` entries of kibana.yml, written
// so that Kibana's config loader reads back exactly the ids, keys and values of the constructs.
// Kibana's loader (packages/kbn-config/src/raw: read_config.ts, utils.ts) splits every key on
// dots unless it is written in the bracket form "[a.b]", and replaces "${NAME}" and
// "${NAME:default}" in every string value from the environment, with no escape. It sets each
// entry with lodash `set` on the key path, and keystore entries with lodash string paths: a level
// whose key is an index ("0", "12") becomes a list, whatever the quoting, so such keys are
// refused. Imports: cdktf, constructs, ./connector, ./flavour, ./validation, ./object, ./comment,
// ./yaml.
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { shellQuote } from './comment';
import { KibanaConnector } from './connector';
import { PACKAGE_NAME } from './flavour';
import { fieldPath, isPlainObject } from './object';
import { toYaml } from './yaml';

/** How secret values are written into kibana.yml. */
export enum PreconfiguredSecrets {
  /**
   * Each secret becomes a `${ENV_VAR}` reference that Kibana resolves from its environment at
   * start; the file's header lists the variables to set.
   */
  ENV_REFERENCES = 'env-references',
  /**
   * Secrets are left out of the file; its header lists the `kibana-keystore add` command for
   * each one (Kibana merges keystore entries into its settings).
   */
  KEYSTORE = 'keystore',
  /** Secret values are written as they are. Only literal values can be written this way. */
  CLEAR_TEXT = 'clear-text',
}

/** Options for rendering connectors as kibana.yml preconfigured connectors. */
export interface KibanaYamlOptions {
  /**
   * How secret values are written.
   * @default PreconfiguredSecrets.ENV_REFERENCES
   */
  readonly secrets?: PreconfiguredSecrets;
  /**
   * Prefix of the environment variable names used with `ENV_REFERENCES`.
   * @default "KIBANA_CONNECTOR"
   */
  readonly envVarPrefix?: string;
}

/**
 * Renders connector constructs as `xpack.actions.preconfigured` entries of kibana.yml, for
 * self-managed Kibana. A preconfigured connector is keyed by its id: the connector's
 * `connectorId` when set, otherwise its construct id. Preconfigured connectors are visible in
 * every space, so `spaceId` does not apply.
 *
 * @example
 * const yaml = KibanaYaml.preconfigured([slack, pagerduty]);
 */
export class KibanaYaml {
  /** Renders every `KibanaConnector` (typed ones included) found under `scope`. */
  public static preconfiguredUnder(scope: IConstruct, options: KibanaYamlOptions = {}): string {
    const found = scope.node.findAll().filter((c): c is KibanaConnector => c instanceof KibanaConnector);
    return KibanaYaml.preconfigured(found, options);
  }

  /**
   * Renders the given connectors. Ids and keys holding dots are written in Kibana's bracket form
   * (`[ops.hook]`) so Kibana does not split them into nested settings. Throws an error naming the
   * construct path and field when a value is only known to Terraform (a token), when a string
   * value holds `${NAME}` or `${NAME:default}` (Kibana would replace it from its environment and
   * has no escape for it), when a path holds `__proto__` or `constructor.prototype` (Kibana
   * refuses those), when an id or a key on the path of a setting is all digits (Kibana's loader
   * would make a list of the level above it), or when two connectors share an id.
   */
  public static preconfigured(connectors: KibanaConnector[], options: KibanaYamlOptions = {}): string {
    const mode = options.secrets ?? PreconfiguredSecrets.ENV_REFERENCES;
    const prefix = options.envVarPrefix ?? 'KIBANA_CONNECTOR';
    const problems: string[] = [];
    const entries = new Map<string, { path: string; body: Record<string, unknown> }>();
    const secretNotes: string[] = [];
    const envVarOwners = new Map<string, string>();

    for (const connector of connectors) {
      const path = connector.node.path;
      const id = connector.fixedConnectorId ?? connector.node.id;
      const fail = (what: string) => problems.push(`[${path}] ${what}`);
      if (Token.isUnresolved(id)) { fail('connectorId is a Terraform value; kibana.yml needs a literal id'); continue; }
      const clash = entries.get(id);
      if (clash) { fail(`connector id ${JSON.stringify(id)} is also used by ${clash.path}`); continue; }
      const copy = (value: unknown, field: string, keys: string[]): any => literalCopy(value, field, fail, [...SETTING, id, ...keys]);
      checkSettingPath([...SETTING, id], 'connectorId', fail);
      if (isIndexKey(id)) {
        const what = connector.fixedConnectorId === undefined ? `construct id ${JSON.stringify(id)}` : `connectorId ${JSON.stringify(id)}`;
        fail(`${what} is all digits: Kibana's config loader (lodash set) would make ${SETTING.join('.')} a list; give the connector a connectorId that is not a number`);
      }

      const config = copy(connector.config, 'config', ['config']);
      const body: Record<string, unknown> = {
        name: copy(connector.name, 'name', ['name']),
        actionTypeId: copy(connector.connectorTypeId, 'connectorTypeId', ['actionTypeId']),
        config,
      };
      const secrets = mapLeaves(connector.secrets, 'secrets', (value, field, keys) => {
        checkSettingPath([...SETTING, id, 'secrets', ...keys], field, fail);
        keys.reduce((parent, k) => {
          checkObjectKey(k, fieldPath(parent, k), fail);
          return fieldPath(parent, k);
        }, 'secrets');
        if (mode === PreconfiguredSecrets.CLEAR_TEXT) return copy(value, field, ['secrets', ...keys]);
        if (mode === PreconfiguredSecrets.KEYSTORE) {
          secretNotes.push(`bin/kibana-keystore add ${shellQuote(keystoreKey([...SETTING, id, 'secrets', ...keys]))}`);
          return undefined;
        }
        const name = envVarName([prefix, id, ...keys]);
        const owner = envVarOwners.get(name);
        if (owner) fail(`${field} would share the environment variable ${name} with ${owner}; give the connectors distinct ids`);
        envVarOwners.set(name, `${path} ${field}`);
        secretNotes.push(name);
        return '${' + name + '}';
      });
      if (secrets !== undefined && !(isPlainObject(secrets) && Object.keys(secrets).length === 0 && mode === PreconfiguredSecrets.KEYSTORE)) {
        body.secrets = secrets;
      }
      entries.set(id, { path, body });
    }
    if (problems.length) throw new Error(`cannot render kibana.yml:\n  ${[...new Set(problems)].join('\n  ')}`);

    const sortedIds = [...entries.keys()].sort();
    const comments = [`Generated by ${PACKAGE_NAME} (KibanaYaml.preconfigured); edit the constructs, not this file.`];
    if (secretNotes.length && mode === PreconfiguredSecrets.ENV_REFERENCES) {
      comments.push('Set these environment variables before Kibana starts:', ...secretNotes.sort().map((n) => `  ${n}`));
    } else if (secretNotes.length && mode === PreconfiguredSecrets.KEYSTORE) {
      comments.push('Add these secrets to the Kibana keystore:', ...secretNotes.sort().map((n) => `  ${n}`));
    }
    const preconfigured = Object.fromEntries(sortedIds.map((id) => [kibanaKey(id), kibanaKeys(entries.get(id)!.body)]));
    return toYaml({ [SETTING.join('.')]: preconfigured }, comments);
  }
}

/** The setting the connectors go under, as path segments. */
const SETTING = ['xpack', 'actions', 'preconfigured'];

/** What Kibana's loader replaces from the environment in a string value (utils.ts replaceEnvVarRefs). */
const KIBANA_ENV_REFERENCE = /\$\{(\w+)(:(\w+))?\}/;

/** Path parts Kibana refuses to start with (@kbn/std ensureValidObjectPath). */
const FORBIDDEN_PATH_PATTERNS = ['__proto__', 'constructor.prototype'];

/**
 * Whether lodash `set` takes `key` for an array index (its isIndex: a canonical unsigned integer
 * below 2^53 - 1), and so makes the level holding it a list.
 */
function isIndexKey(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < Number.MAX_SAFE_INTEGER;
}

/** Refuses a key on a setting's path that Kibana's loader would read as a list index. */
function checkObjectKey(key: string, field: string, fail: (what: string) => void): void {
  if (isIndexKey(key)) {
    fail(`${field}: the key is all digits, and Kibana's config loader (lodash set) would make the object holding it a list; there is no way to write it as a key`);
  }
}

function checkSettingPath(segments: string[], field: string, fail: (what: string) => void): void {
  const flat = segments.join('.');
  if (FORBIDDEN_PATH_PATTERNS.some((p) => flat.includes(p))) {
    fail(`${field}: Kibana refuses settings whose path contains "__proto__" or "constructor.prototype"`);
  }
}

/**
 * A key as Kibana's loader reads it literally: keys it would split on dots, and keys already in
 * its bracket form, are wrapped in brackets ("ops.hook" → "[ops.hook]", "[x]" → "[[x]]").
 */
function kibanaKey(key: string): string {
  return key.includes('.') || (key.startsWith('[') && key.endsWith(']')) ? `[${key}]` : key;
}

/** `value` with every object key (in arrays too) written by {@link kibanaKey}. */
function kibanaKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(kibanaKeys);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [kibanaKey(k), kibanaKeys(v)]));
  return value;
}

/**
 * A keystore setting name as Kibana's keystore reader splits it (lodash string path): plain
 * segments joined by dots, others as ["..."] with backslash escapes.
 */
function keystoreKey(segments: string[]): string {
  return segments.map((s, i) => (/^[^.[\]]+$/.test(s) ? `${i ? '.' : ''}${s}` : `["${s.replace(/[\\"]/g, '\\$&')}"]`)).join('');
}

/**
 * A deep copy of a JSON value that reports every token in it (kibana.yml cannot hold them),
 * every string Kibana would take for an environment reference (without printing it: it may be
 * a secret), and every key Kibana refuses. `segments` is the setting path of `value`; `onPath`
 * says whether it is still a path of settings (only objects so far): the loader keeps a list
 * whole, so keys of objects in lists are data, digits or not.
 */
function literalCopy(value: unknown, field: string, fail: (what: string) => void, segments: string[], onPath = true): any {
  if (Token.isUnresolved(value)) {
    fail(`${field} is a Terraform value (a token); kibana.yml needs a literal value`);
    return null;
  }
  if (typeof value === 'string' && KIBANA_ENV_REFERENCE.test(value)) {
    fail(`${field} contains "\${...}", which Kibana replaces with an environment variable when it reads kibana.yml (there is no escape for it)`);
  }
  if (Array.isArray(value)) return value.map((v, i) => literalCopy(v, fieldPath(field, i), fail, [...segments, String(i)], false));
  if (isPlainObject(value)) {
    const defined = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(defined.map(([k, v]) => {
      checkSettingPath([...segments, k], fieldPath(field, k), fail);
      if (onPath) checkObjectKey(k, fieldPath(field, k), fail);
      return [k, literalCopy(v, fieldPath(field, k), fail, [...segments, k], onPath)];
    }));
  }
  return value;
}

/**
 * Applies `fn` to every leaf of a plain object tree; leaves mapped to undefined are left out, and
 * so are objects left empty by that.
 */
function mapLeaves(value: unknown, field: string, fn: (leaf: unknown, field: string, keys: string[]) => unknown, keys: string[] = []): unknown {
  if (isPlainObject(value) && !Token.isUnresolved(value)) {
    const out: Record<string, unknown> = {};
    let removed = false;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const mapped = mapLeaves(v, fieldPath(field, k), fn, [...keys, k]);
      if (mapped !== undefined) out[k] = mapped;
      else removed = true;
    }
    return removed && Object.keys(out).length === 0 ? undefined : out;
  }
  return fn(value, field, keys);
}

/** `["KIBANA_CONNECTOR", "ops-slack", "webhookUrl"]` → `KIBANA_CONNECTOR_OPS_SLACK_WEBHOOK_URL`. */
function envVarName(parts: string[]): string {
  return parts
    .map((p) => p.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, ''))
    .filter((p) => p !== '')
    .join('_')
    .toUpperCase();
}
