// The rule engine as the typed constructs use it: the Kibana objects they write (defaults of the
// target Kibana filled in), their synth-time validation, the warning for a target newer than the
// catalog, and the params objects of their actions. The one place the engine meets cdktf (tokens,
// the target Kibana of a construct); the rules themselves are evaluated by ./check.ts.
import { AnnotationMetadataEntryType, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { KibanaTarget } from '../kibana-version';
import { buildSection, checkConnector, CheckOptions, checkParams, Problem, sectionFields } from './check';
import { ConnectorSpec } from './spec';

/** Whether a value is only known when Terraform runs. */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** The engine's options for a typed construct created in `scope`. */
export function constructOptions(scope: IConstruct): CheckOptions {
  return { target: KibanaTarget.of(scope as Construct), naming: 'property', isUnresolved };
}

/** The type id and the Kibana objects a typed construct hands to KibanaConnector. */
interface KibanaObjects {
  readonly connectorTypeId: string;
  readonly config: { [key: string]: any };
  readonly secrets: { [key: string]: any };
}

/** What the typed constructs' props have in common. */
interface TypedProps {
  readonly name: string;
  readonly config?: unknown;
  readonly secrets?: unknown;
}

/**
 * The KibanaConnector props of a typed construct: the type id, and config and secrets as Kibana's
 * objects (Kibana's keys, the defaults Kibana would otherwise store for the target Kibana written
 * out, so that Terraform sees no drift).
 */
export function typedConnectorProps<P extends TypedProps>(spec: ConnectorSpec, props: P, scope: Construct): P & KibanaObjects {
  const options = constructOptions(scope);
  return {
    ...props,
    connectorTypeId: spec.typeId,
    config: spec.config.length || spec.groups?.length ? buildSection(spec, 'config', props.config, options) : {},
    secrets: sectionFields(spec, 'secrets').length ? buildSection(spec, 'secrets', props.secrets, options) : {},
  };
}

// The roots (apps) already told that their target Kibana is newer than the catalog.
const warnedRoots = new WeakSet<IConstruct>();

/**
 * Adds the rule engine's checks of a typed construct to its validations (reported by `app.synth()`
 * with the construct path), and warns once per app when the target Kibana is newer than the
 * release the catalog was checked through.
 */
export function validateTypedConnector(construct: Construct, spec: ConnectorSpec, props: TypedProps): void {
  const options = constructOptions(construct);
  const release = spec.catalog.checkedThrough;
  if (options.target.isNewerThan(release) && !warnedRoots.has(construct.node.root)) {
    warnedRoots.add(construct.node.root);
    construct.node.addMetadata(AnnotationMetadataEntryType.WARN,
      `${options.target.describe()} is newer than Kibana ${release}, the newest release this library's catalog was checked against: `
      + 'fields and values are checked as Kibana\'s main branch accepted them then.');
  }
  construct.node.addValidation({ validate: () => messages(checkConnector(spec, props, options)) });
}

function messages(problems: readonly Problem[]): string[] {
  return problems.map((p) => p.message);
}

export { paramsObject } from './check';

/** The problems of an action's params for the target Kibana of `scope` (rule actions use it). */
export function paramsProblems(spec: ConnectorSpec, params: unknown, scope: IConstruct): Problem[] {
  return checkParams(spec, params, { ...constructOptions(scope), naming: 'key' });
}
