// The rule engine as the constructs use it: the Kibana objects the typed constructs write (defaults
// of the target Kibana filled in), their synth-time validation, the same validation of a generic
// KibanaConnector whose type id has a typed construct (Kibana's keys, the message naming the class),
// the warning for a target newer than the catalog, and the params objects of actions. The one place
// the engine meets cdktf (tokens, the target Kibana of a construct); the rules themselves are
// evaluated by ./check.ts.
import { AnnotationMetadataEntryType, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { KibanaTarget } from '../kibana-version';
import { buildSection, checkConnector, CheckOptions, checkParams, Problem, sectionFields, SectionValues } from './check';
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

// The constructs whose props validateTypedConnector checks: KibanaConnector's constructor, which
// runs first, cannot tell a typed construct from a generic one, so the generic check asks at synth.
const typedConstructs = new WeakSet<IConstruct>();

/** Warns once per app when the target Kibana is newer than the release the catalog was checked through. */
function warnAboutNewerTarget(construct: Construct, spec: ConnectorSpec, options: CheckOptions): void {
  const release = spec.catalog.checkedThrough;
  if (options.target.isNewerThan(release) && !warnedRoots.has(construct.node.root)) {
    warnedRoots.add(construct.node.root);
    construct.node.addMetadata(AnnotationMetadataEntryType.WARN,
      `${options.target.describe()} is newer than Kibana ${release}, the newest release this library's catalog was checked against: `
      + 'fields and values are checked as Kibana\'s main branch accepted them then.');
  }
}

/**
 * Adds the rule engine's checks of a typed construct to its validations (reported by `app.synth()`
 * with the construct path), and warns once per app when the target Kibana is newer than the
 * release the catalog was checked through.
 */
export function validateTypedConnector(construct: Construct, spec: ConnectorSpec, props: TypedProps): void {
  typedConstructs.add(construct);
  const options = constructOptions(construct);
  warnAboutNewerTarget(construct, spec, options);
  construct.node.addValidation({ validate: () => messages(checkConnector(spec, props, options)) });
}

/**
 * Adds the checks of a KibanaConnector whose type id has a typed construct (`className`): its config
 * and secrets, with Kibana's keys, are checked by the same rules as the typed construct's props, and
 * the last message names the class to use and the opt-out. Skipped at synth for a typed construct
 * (which validateTypedConnector checks by its own property names).
 */
export function validateKnownTypeConnector(construct: Construct, spec: ConnectorSpec, className: string, input: SectionValues): void {
  const options: CheckOptions = { ...constructOptions(construct), naming: 'key' };
  warnAboutNewerTarget(construct, spec, options);
  construct.node.addValidation({
    validate: () => {
      if (typedConstructs.has(construct)) return [];
      const problems = messages(checkConnector(spec, input, options));
      if (!problems.length) return [];
      return [
        ...problems,
        `connectorTypeId ${JSON.stringify(spec.typeId)} is checked as ${className} checks it: use ${className} (typed config and secrets), `
        + 'or set skipTypeValidation: true if Kibana accepts fields newer than this library',
      ];
    },
  });
}

function messages(problems: readonly Problem[]): string[] {
  return problems.map((p) => p.message);
}

export { paramsObject } from './check';

/** The problems of an action's params for the target Kibana of `scope` (rule actions use it). */
export function paramsProblems(spec: ConnectorSpec, params: unknown, scope: IConstruct): Problem[] {
  return checkParams(spec, params, { ...constructOptions(scope), naming: 'key' });
}
