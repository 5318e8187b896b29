// The secret probe as the rule engine answers it, without cdktf: which optional secrets a typed
// connector's config requires (a webhook with basic authentication needs `user` and `password`),
// and what the typed construct would refuse in that config. The rule engine (src/engine/check.ts)
// evaluates the type's rule data (registry.ts CONNECTOR_SPECS, the data the constructs check at
// synth) against the config Kibana returned, with Kibana's defaults for the target version. No
// validation message is parsed. `import --format hcl` uses it as it is; the TypeScript output
// confirms its answer by building the construct (./secret-probe.ts). May import
// src/connectors/registry.ts, src/engine/check.ts, src/kibana-version.ts and ./plan (types).
import { CONNECTOR_SPECS, CONNECTOR_TYPES } from '../connectors/registry';
import { checkConnector, CheckOptions, requiredByRules } from '../engine/check';
import { KibanaTarget } from '../kibana-version';
import type { SecretProbe, SecretProbeResult } from './plan';

/** Kibana type id of each typed construct, by construct name (made once, not per connector). */
const TYPE_OF_CONSTRUCT: ReadonlyMap<string, string> = new Map(Object.values(CONNECTOR_TYPES).map((t) => [t.constructName, t.typeId]));

/** The value a wired secret stands for: a variable, known only when Terraform runs. */
const SECRET_VARIABLE: object = Object.freeze({ secret: 'variable' });

type Config = Readonly<Record<string, unknown>>;

/** The Kibana type id of a typed construct, by its class name; undefined for any other name. */
export function typeOfConstruct(constructName: string): string | undefined {
  return TYPE_OF_CONSTRUCT.get(constructName);
}

/**
 * The secrets (struct properties) a type's rules require for a config and target Kibana, each with
 * the condition that requires it: the rule engine's answer. A requirement of one of several fields
 * names none: the construct reports it when none is given.
 */
export function requiredSecrets(
  typeId: string, config: Config, target: KibanaTarget, isUnresolved: CheckOptions['isUnresolved'] = isSecretVariable,
): { field: string; condition: string }[] {
  const spec = CONNECTOR_SPECS[typeId];
  if (!spec) return [];
  return requiredByRules(spec, 'secrets', config, { target, naming: 'property', isUnresolved })
    .map((r) => ({ field: r.field, condition: r.condition }));
}

function isSecretVariable(value: unknown): boolean {
  return value === SECRET_VARIABLE;
}

export interface EngineProbeOptions {
  /**
   * The Kibana version whose rules and defaults apply.
   * @default - the newest Kibana the catalog knows
   */
  readonly kibanaVersion?: string;
}

/**
 * A probe that asks the rule engine alone: the secrets the config requires, and the problems the
 * typed construct would report with every wired secret set (each a value known only when Terraform
 * runs, as the construct's variables are).
 */
export function createEngineProbe(options: EngineProbeOptions = {}): SecretProbe {
  const target = new KibanaTarget(options.kibanaVersion);
  return (input): SecretProbeResult => {
    const typeId = TYPE_OF_CONSTRUCT.get(input.constructName);
    const spec = typeId === undefined ? undefined : CONNECTOR_SPECS[typeId];
    if (typeId === undefined || !spec) return { required: [], problems: [] };
    const required = requiredSecrets(typeId, input.config, target).filter((r) => input.optionalFields.includes(r.field));
    const secrets: Record<string, unknown> = {};
    for (const field of [...input.secretFields, ...required.map((r) => r.field)]) secrets[field] = SECRET_VARIABLE;
    const problems = checkConnector(spec, { config: input.config, secrets }, { target, naming: 'property', isUnresolved: isSecretVariable });
    return { required, problems: problems.map((p) => p.message) };
  };
}
