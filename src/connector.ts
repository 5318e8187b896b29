// KibanaConnector, the construct over the `elasticstack_kibana_action_connector` resource that the
// typed constructs extend, and the references to connectors this app does not manage
// (fromConnectorId; KibanaConnectorLookup, which fromLookup makes). Writes config and secrets
// through json-expression.ts and every other string through its templateText, checks props with
// ./validation, checks the config and secrets of a type id that has a typed construct with the
// rule engine as that construct would (./engine/construct), and warns about type ids the generated
// ./connectors/registry does not know (it also lists the system action types; it imports no
// construct, so importing it makes no cycle with the typed constructs beside it:
// test/import-cycles.test.ts). Imports cdktf, constructs, the provider binding, ./space-id,
// ./validation, ./json-expression, ./object, ./engine/construct, ./connectors/registry and
// ./creation-stacks.
import {
  AnnotationMetadataEntryType,
  ITerraformDependable,
  TerraformProvider,
  TerraformResourceLifecycle,
  Token,
} from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CONNECTOR_SPECS, CONNECTOR_TYPES, SYSTEM_ACTION_TYPES } from './connectors/registry';
import { withoutCreationStacks } from './creation-stacks';
import { validateKnownTypeConnector } from './engine/construct';
import { jsonEncodeText, literalText, templateStrings, templateText } from './json-expression';
import { fieldPath, hasOwn, isBlankText, isPlainObject } from './object';
import { dataElasticstackKibanaActionConnector, kibanaActionConnector } from './provider';
import { DEFAULT_SPACE_ID, spaceIdProblem } from './space-id';
import { checkJsonValue, importedId, UUID_PATTERN } from './validation';

export { DEFAULT_SPACE_ID };

/**
 * A Kibana action connector: one managed by this app, or an existing one referenced by id.
 */
export interface IKibanaConnector extends IConstruct {
  /** The connector id (a token for connectors Kibana names itself). */
  readonly connectorId: string;
  /** The Kibana space the connector lives in. */
  readonly spaceId: string;
}

/**
 * Options every connector construct takes, typed or generic.
 */
export interface KibanaConnectorOptions {
  /** Display name of the connector in Kibana. */
  readonly name: string;

  /**
   * Kibana space to create the connector in. Changing it replaces the connector.
   * @default "default"
   */
  readonly spaceId?: string;

  /**
   * Fixed connector id, a UUID (the provider rejects anything else). Needs Elastic Stack 8.8 or
   * later. Changing it replaces the connector.
   * @default - Kibana generates a UUID
   */
  readonly connectorId?: string;

  /**
   * Send secrets through the write-only `secrets_wo` attribute, so they are never stored in
   * Terraform state. Needs Terraform 1.11 or later. Bump `secretsVersion` to send them again.
   * @default false
   */
  readonly writeOnlySecrets?: boolean;

  /**
   * Version of the write-only secrets (`secrets_wo_version`); change it to make Terraform send
   * the secrets again. Only used with `writeOnlySecrets`.
   * @default "1"
   */
  readonly secretsVersion?: string;

  /**
   * Kibana connection for this connector only, replacing the provider's connection.
   * @default - the provider's Kibana connection
   */
  readonly kibanaConnection?: kibanaActionConnector.KibanaActionConnectorKibanaConnection;

  /**
   * Timeouts of the create, read, update and delete operations.
   * @default - the provider's defaults (create, update, delete 20m; read 5m)
   */
  readonly timeouts?: kibanaActionConnector.KibanaActionConnectorTimeouts;

  /**
   * Refuse to destroy the connector (Terraform `lifecycle.prevent_destroy`). Rules that use a
   * deleted connector fail silently, so this is worth setting on connectors that rules reference.
   * @default false
   */
  readonly preventDestroy?: boolean;

  /**
   * Other lifecycle settings (`create_before_destroy`, `ignore_changes`, ...).
   * `preventDestroy` above wins over `lifecycle.preventDestroy` when both are set.
   * @default - none
   */
  readonly lifecycle?: TerraformResourceLifecycle;

  /**
   * The elasticstack provider instance to use.
   * @default - the stack's default elasticstack provider
   */
  readonly provider?: TerraformProvider;

  /**
   * Resources this connector depends on.
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Properties of a generic connector of any type.
 */
export interface KibanaConnectorProps extends KibanaConnectorOptions {
  /** Kibana connector type id, for example `.slack` or `.webhook`. Changing it replaces the connector. */
  readonly connectorTypeId: string;

  /**
   * Connector configuration: a JSON object whose keys are Kibana's field names. Any value may be
   * a token (a variable, another resource's attribute).
   * @default {}
   */
  readonly config?: { [key: string]: any };

  /**
   * Connector secrets: a JSON object whose keys are Kibana's field names. Pass tokens (sensitive
   * variables) rather than literal values: literal values are written to the synthesized
   * configuration in clear text. Sent as `{}` when empty, as Kibana rejects null.
   * @default {}
   */
  readonly secrets?: { [key: string]: any };

  /**
   * Skip the checks of `config` and `secrets` for a type id that has a typed construct (`.jira` is
   * checked as `JiraConnector` checks its props: required fields, known keys, accepted values, the
   * rules between fields). Set it for a field or value that a Kibana newer than this library
   * accepts; the other checks (name, space, ids, JSON values) still apply.
   * @default false
   */
  readonly skipTypeValidation?: boolean;
}

/**
 * A Kibana action connector of any type, managed as `elasticstack_kibana_action_connector`.
 *
 * Config and secrets are written as `jsonencode(...)` expressions that reproduce every literal
 * string exactly and keep tokens as live references. The typed constructs (`SlackConnector`,
 * `JiraConnector`, ...) extend this class. With a type id that has a typed construct, config and
 * secrets (Kibana's keys) are checked at synth as that construct checks them, unless
 * `skipTypeValidation` is set.
 *
 * @example
 * new KibanaConnector(stack, 'alert_index', {
 *   name: 'Alert history',
 *   connectorTypeId: '.index',
 *   config: { index: 'alert-history', refresh: false },
 * });
 */
export class KibanaConnector extends Construct implements IKibanaConnector {
  /**
   * References an existing connector by space and id, without managing it (for example a
   * preconfigured connector from kibana.yml).
   */
  public static fromConnectorId(scope: Construct, id: string, spaceId: string, connectorId: string): IKibanaConnector {
    return new ExistingConnector(scope, id, spaceId, connectorId);
  }

  /**
   * Looks an existing connector up by name (and optionally type) when Terraform plans, through
   * the `elasticstack_kibana_action_connector` data source. Planning fails when no connector or
   * more than one matches. The same as `new KibanaConnectorLookup(scope, id, options)`.
   */
  public static fromLookup(scope: Construct, id: string, options: KibanaConnectorLookupOptions): IKibanaConnector {
    return new KibanaConnectorLookup(scope, id, options);
  }

  /** The generated L1 resource. Use it as an escape hatch for anything this class does not cover. */
  public readonly resource: kibanaActionConnector.KibanaActionConnector;
  /** Connector type id. */
  public readonly connectorTypeId: string;
  /** Kibana space of the connector. */
  public readonly spaceId: string;
  /** Display name. */
  public readonly name: string;

  /** The connector id given in the props, if any (not the one Kibana assigns). */
  public readonly fixedConnectorId?: string;

  private readonly configValue: { [key: string]: any };
  private readonly secretsValue: { [key: string]: any };

  constructor(scope: Construct, id: string, props: KibanaConnectorProps) {
    super(scope, id);
    this.connectorTypeId = props.connectorTypeId;
    this.spaceId = props.spaceId ?? DEFAULT_SPACE_ID;
    this.name = props.name;
    this.configValue = props.config ?? {};
    this.secretsValue = props.secrets ?? {};
    this.fixedConnectorId = props.connectorId;

    const lifecycle: TerraformResourceLifecycle | undefined =
      props.preventDestroy !== undefined ? { ...props.lifecycle, preventDestroy: props.preventDestroy } : props.lifecycle;
    const secretsExpression = jsonEncodeText(this.secretsValue, this, 'secrets');

    // Named "Default" so the resource takes this construct's logical id: a top-level connector
    // `new SlackConnector(stack, 'ops')` is `elasticstack_kibana_action_connector.ops`.
    // Every string is written as a Terraform template would read it back (templateText): a name
    // such as `Alert ${var.x}` stays that text.
    this.resource = withoutCreationStacks(() => new kibanaActionConnector.KibanaActionConnector(this, 'Default', {
      name: templateText(props.name, this, 'name'),
      connectorTypeId: templateText(props.connectorTypeId, this, 'connectorTypeId'),
      spaceId: templateText(this.spaceId, this, 'spaceId'),
      connectorId: templateText(props.connectorId, this, 'connectorId'),
      config: jsonEncodeText(this.configValue, this, 'config'),
      ...(props.writeOnlySecrets
        ? { secretsWo: secretsExpression, secretsWoVersion: templateText(props.secretsVersion ?? '1', this, 'secretsVersion') }
        : { secrets: secretsExpression }),
      kibanaConnection: templateStrings(props.kibanaConnection, this, 'kibanaConnection'),
      timeouts: templateStrings(props.timeouts, this, 'timeouts'),
      lifecycle,
      provider: props.provider,
      dependsOn: props.dependsOn,
    }));

    registerConnectorId(this, props.connectorId);
    warnAboutUnknownType(this, props.connectorTypeId);
    const spec = props.skipTypeValidation || typeof props.connectorTypeId !== 'string' ? undefined : ownValue(CONNECTOR_SPECS, props.connectorTypeId);
    if (spec) {
      validateKnownTypeConnector(this, spec, CONNECTOR_TYPES[spec.typeId].constructName, { config: this.configValue, secrets: this.secretsValue });
    }
    warnAboutLiteralSecrets(this, this.secretsValue);
    this.node.addValidation({ validate: () => this.validateConnector(props) });
  }

  /** The connector id: the one given, or the UUID Kibana assigned (known after apply). */
  public get connectorId(): string {
    return this.resource.connectorId;
  }

  /** The Terraform id of the connector, `<space_id>/<connector_id>`. */
  public get id(): string {
    return this.resource.id;
  }

  /** The configuration object as given (before encoding). */
  public get config(): { [key: string]: any } {
    return this.configValue;
  }

  /** The secrets object as given (before encoding); usually tokens of sensitive variables. */
  public get secrets(): { [key: string]: any } {
    return this.secretsValue;
  }

  /**
   * Adopts an existing connector: adds a Terraform `import` block with id
   * `<spaceId>/<connectorId>` (Terraform 1.5 or later). The id need not be a UUID.
   */
  public importFrom(connectorId: string, provider?: TerraformProvider): void {
    const { id, problem } = importedId(this.spaceId, connectorId, 'connector');
    if (problem) this.node.addValidation({ validate: () => [problem] });
    this.resource.importFrom(templateText(`${this.spaceId}/${id}`, this, 'importFrom'), provider);
  }

  private validateConnector(props: KibanaConnectorProps): string[] {
    const problems: string[] = [];
    if (!Token.isUnresolved(props.name) && (typeof props.name !== 'string' || isBlankText(props.name))) {
      problems.push('name must not be empty');
    }
    if (!Token.isUnresolved(props.connectorTypeId) && (typeof props.connectorTypeId !== 'string' || props.connectorTypeId.trim() === '')) {
      problems.push('connectorTypeId must not be empty');
    }
    const spaceProblem = Token.isUnresolved(this.spaceId) ? undefined : spaceIdProblem(this.spaceId);
    if (spaceProblem) problems.push(spaceProblem);
    if (props.connectorId !== undefined && !Token.isUnresolved(props.connectorId) && !UUID_PATTERN.test(props.connectorId)) {
      problems.push(`connectorId ${JSON.stringify(props.connectorId)} is not a UUID (8-4-4-4-12 hex digits), which the provider requires`);
    }
    const clash = duplicateOf(this, props.connectorId);
    if (clash) {
      problems.push(`connectorId ${JSON.stringify(props.connectorId)} is also used by ${clash} in space ${JSON.stringify(this.spaceId)}`);
    }
    for (const [field, value] of [['config', props.config], ['secrets', props.secrets]] as const) {
      if (value === undefined || Token.isUnresolved(value)) continue;
      if (!isPlainObject(value)) problems.push(`${field} must be a JSON object`);
      else checkJsonValue(value, field, problems);
    }
    if (props.secretsVersion !== undefined && !props.writeOnlySecrets) {
      problems.push('secretsVersion is only used with writeOnlySecrets: true');
    }
    return problems;
  }
}

/** Problems of a space id and a connector id given to fromConnectorId or a lookup (tokens skipped). */
function referenceProblems(spaceId: unknown, connectorId?: unknown): string[] {
  const problems: string[] = [];
  const spaceProblem = typeof spaceId === 'string' && !Token.isUnresolved(spaceId) ? spaceIdProblem(spaceId) : undefined;
  if (spaceProblem) problems.push(spaceProblem);
  if (connectorId !== undefined && typeof connectorId === 'string' && !Token.isUnresolved(connectorId) && isBlankText(connectorId)) {
    problems.push('connectorId must not be empty');
  }
  return problems;
}

/** Problems of a lookup's name and type id, as KibanaConnector states them for its own (tokens skipped). */
function lookupProblems(options: KibanaConnectorLookupOptions): string[] {
  const blank = (v: unknown) => v !== undefined && !Token.isUnresolved(v) && (typeof v !== 'string' || isBlankText(v));
  return [
    ...(blank(options.name) || options.name === undefined ? ['name must not be empty'] : []),
    ...(blank(options.connectorTypeId) ? ['connectorTypeId must not be empty'] : []),
  ];
}

/** A connector this app does not manage. Its space and id stand for exactly the text given (literalText). */
class ExistingConnector extends Construct implements IKibanaConnector {
  public readonly spaceId: string;
  public readonly connectorId: string;

  constructor(scope: Construct, id: string, spaceId: string, connectorId: string) {
    super(scope, id);
    this.spaceId = literalText(spaceId);
    this.connectorId = literalText(connectorId);
    this.node.addValidation({ validate: () => referenceProblems(spaceId, connectorId) });
  }
}

/** What to match when looking a connector up, and how. */
export interface KibanaConnectorLookupOptions {
  /** Exact connector name. */
  readonly name: string;
  /**
   * Space to search.
   * @default "default"
   */
  readonly spaceId?: string;
  /**
   * Only match connectors of this type.
   * @default - any type
   */
  readonly connectorTypeId?: string;
  /**
   * Kibana connection for this lookup only, replacing the provider's connection.
   * @default - the provider's Kibana connection
   */
  readonly kibanaConnection?: dataElasticstackKibanaActionConnector.DataElasticstackKibanaActionConnectorKibanaConnection;
  /**
   * The elasticstack provider instance to use.
   * @default - the stack's default elasticstack provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Resources to read after, such as the `resource` of a connector this app creates and then looks
   * up (Terraform reads a data source while planning unless it depends on something not yet applied).
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * An existing connector found by name (and optionally type) when Terraform plans, through the
 * `elasticstack_kibana_action_connector` data source. Planning fails when no connector or more
 * than one matches.
 *
 * @example
 * const shared = new KibanaConnectorLookup(stack, 'shared', { name: 'Shared Slack', spaceId: 'ops' });
 * // shared.connectorId is known when Terraform plans
 */
export class KibanaConnectorLookup extends Construct implements IKibanaConnector {
  /** The id of the connector found (a token, known when Terraform plans). */
  public readonly connectorId: string;
  /** The Kibana space searched. */
  public readonly spaceId: string;
  /** The connector name matched. */
  public readonly name: string;
  /** The connector type matched, if one was given. */
  public readonly connectorTypeId?: string;
  /** The generated data source. Use it as an escape hatch for anything this class does not cover. */
  public readonly dataSource: dataElasticstackKibanaActionConnector.DataElasticstackKibanaActionConnector;

  constructor(scope: Construct, id: string, options: KibanaConnectorLookupOptions) {
    super(scope, id);
    const spaceId = options.spaceId ?? DEFAULT_SPACE_ID;
    this.spaceId = literalText(spaceId);
    this.node.addValidation({ validate: () => [...referenceProblems(spaceId), ...lookupProblems(options)] });
    this.name = options.name;
    this.connectorTypeId = options.connectorTypeId;
    // Named "Default" so the data source takes this construct's logical id.
    this.dataSource = new dataElasticstackKibanaActionConnector.DataElasticstackKibanaActionConnector(this, 'Default', {
      name: templateText(options.name, this, 'name'),
      spaceId: templateText(spaceId, this, 'spaceId'),
      connectorTypeId: templateText(options.connectorTypeId, this, 'connectorTypeId'),
      kibanaConnection: templateStrings(options.kibanaConnection, this, 'kibanaConnection'),
      provider: options.provider,
      dependsOn: options.dependsOn,
    });
    this.connectorId = this.dataSource.connectorId;
  }
}

// Connector ids fixed in code, per app root, so that two connectors claiming the same id in one
// space are caught at synth (Kibana would answer 409 for the second one at apply).
const fixedIds = new WeakMap<IConstruct, Map<string, KibanaConnector[]>>();

function idKey(connector: KibanaConnector, connectorId: string | undefined): string | undefined {
  if (connectorId === undefined || Token.isUnresolved(connectorId) || Token.isUnresolved(connector.spaceId)) return undefined;
  return `${connector.spaceId}/${connectorId.toLowerCase()}`;
}

function registerConnectorId(connector: KibanaConnector, connectorId: string | undefined): void {
  const key = idKey(connector, connectorId);
  if (!key) return;
  const root = connector.node.root;
  let byKey = fixedIds.get(root);
  if (!byKey) fixedIds.set(root, (byKey = new Map()));
  const users = byKey.get(key);
  if (users) users.push(connector);
  else byKey.set(key, [connector]);
}

function duplicateOf(connector: KibanaConnector, connectorId: string | undefined): string | undefined {
  const key = idKey(connector, connectorId);
  if (!key) return undefined;
  const others = (fixedIds.get(connector.node.root)?.get(key) ?? []).filter((c) => c !== connector);
  return others.length ? others.map((c) => c.node.path).join(', ') : undefined;
}

function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(record, key) ? record[key] : undefined;
}

/** The connector type ids and the system action type ids the generated registry knows. */
const KNOWN_TYPES = { connectors: new Set(Object.keys(CONNECTOR_TYPES)), system: new Set(SYSTEM_ACTION_TYPES) };

/**
 * Warns (rather than fails: a newer Kibana may add types) when a literal type id is not one the
 * library knows, naming the closest known id when there is one.
 */
function warnAboutUnknownType(connector: KibanaConnector, typeId: unknown): void {
  if (typeof typeId !== 'string' || typeId.trim() === '' || Token.isUnresolved(typeId)) return; // validation reports these
  if (KNOWN_TYPES.connectors.has(typeId)) return;
  const quoted = JSON.stringify(typeId);
  let message: string;
  if (KNOWN_TYPES.system.has(typeId)) {
    message = `connectorTypeId ${quoted} is a Kibana system action type: Kibana runs it without a connector and refuses to create one (use it in a rule action directly).`;
  } else {
    const near = closest(typeId, [...KNOWN_TYPES.connectors]);
    message = `connectorTypeId ${quoted} is not a connector type this library knows${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}: `
      + 'Kibana refuses unknown types when Terraform applies. Ignore this warning if the type is newer than this library.';
  }
  connector.node.addMetadata(AnnotationMetadataEntryType.WARN, message);
}

/** The known id nearest to `id` by edit distance (ignoring case), if it is close enough to be a typo. */
function closest(id: string, known: readonly string[]): string | undefined {
  const target = id.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(target, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function warnAboutLiteralSecrets(connector: KibanaConnector, secrets: unknown): void {
  const literal: string[] = [];
  const open = new Set<unknown>(); // a circular structure is reported by validation
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (!Token.isUnresolved(value)) literal.push(path);
      return;
    }
    if (open.has(value)) return;
    if (Array.isArray(value) && !Token.isUnresolved(value)) {
      open.add(value);
      value.forEach((v, i) => walk(v, fieldPath(path, i)));
      open.delete(value);
    } else if (isPlainObject(value)) {
      open.add(value);
      for (const [k, v] of Object.entries(value)) walk(v, fieldPath(path, k));
      open.delete(value);
    }
  };
  walk(secrets, 'secrets');
  if (literal.length) {
    // What Annotations.addWarning records, without the call stack it would capture per connector
    // (the warning names the construct path, which is where the stack would point).
    connector.node.addMetadata(
      AnnotationMetadataEntryType.WARN,
      `${literal.join(', ')} ${literal.length === 1 ? 'is a literal value' : 'are literal values'}: it is written to the synthesized configuration in clear text. Pass a sensitive TerraformVariable (or another token) instead.`,
    );
  }
}
