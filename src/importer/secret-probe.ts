// Finds the secret fields a typed construct requires for a given config (for example a webhook
// with basic authentication needs `user` and `password`). The rule engine (src/engine/) evaluates
// the type's rule data (registry.ts CONNECTOR_SPECS, the same data the constructs check) against
// the config Kibana returned, with Kibana's defaults for the target version (context key
// kibanaVersion of the probe's app, else the newest).
// Then the construct is built in a throw-away stack with those secrets as tokens, and whatever its
// validation still reports is a problem (the importer falls back to KibanaConnector). No
// validation message is ever parsed. This is the only importer module that touches cdktf; the
// planner takes it as an optional callback.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CONNECTOR_SPECS, CONNECTOR_TYPES } from '../connectors/registry';
import { requiredByRules } from '../engine/check';
import { isUnresolved } from '../engine/construct';
import * as library from '../index';
import { KIBANA_VERSION_CONTEXT_KEY, KibanaTarget } from '../kibana-version';
import { SecretProbe, SecretProbeResult } from './plan';

const PER_STACK = 500;

/** Kibana type id of each typed construct, by construct name (made once, not per connector). */
const TYPE_OF_CONSTRUCT: ReadonlyMap<string, string> = new Map(Object.values(CONNECTOR_TYPES).map((t) => [t.constructName, t.typeId]));

type Config = Readonly<Record<string, unknown>>;

/**
 * The secrets (struct properties) a type's rules require for a config and target Kibana, each with
 * the condition that requires it: the rule engine's answer (src/engine/check.ts). A requirement of
 * one of several fields names none: the construct reports it when none is given.
 */
export function requiredSecrets(typeId: string, config: Config, target: KibanaTarget): { field: string; condition: string }[] {
  const spec = CONNECTOR_SPECS[typeId];
  if (!spec) return [];
  return requiredByRules(spec, 'secrets', config, { target, naming: 'property', isUnresolved })
    .map((r) => ({ field: r.field, condition: r.condition }));
}

export interface SecretProbeOptions {
  /**
   * The Kibana version the probe's constructs target (set as the context key `kibanaVersion` of its
   * app), so that the probe refuses what that Kibana refuses and applies its defaults.
   * @default - the newest Kibana the catalog knows
   */
  readonly kibanaVersion?: string;
}

/** A probe backed by the package's typed constructs and the rule data of registry.ts. */
export function createSecretProbe(options: SecretProbeOptions = {}): SecretProbe {
  const context = options.kibanaVersion === undefined ? undefined : { [KIBANA_VERSION_CONTEXT_KEY]: options.kibanaVersion };
  let stack: TerraformStack | undefined;
  let count = 0;
  let outdir: string | undefined;
  return (input): SecretProbeResult => {
    const ctor = (library as unknown as Record<string, unknown>)[input.constructName];
    if (typeof ctor !== 'function') return { required: [], problems: [] };
    if (!stack || count >= PER_STACK) {
      if (!outdir) {
        // cdktf's App makes its output folder when built; nothing is synthesized into it.
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibana-connectors-probe-'));
        process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
        outdir = dir;
      }
      stack = new TerraformStack(new App({ skipValidation: true, outdir, context }), 'probe');
      count = 0;
    }
    const typeId = TYPE_OF_CONSTRUCT.get(input.constructName);
    const required = typeId === undefined ? [] : requiredSecrets(typeId, input.config, KibanaTarget.of(stack))
      .filter((r) => input.optionalFields.includes(r.field));
    const secrets: Record<string, string> = {};
    for (const field of [...input.secretFields, ...required.map((r) => r.field)]) {
      secrets[field] = Lazy.stringValue({ produce: () => 'secret' });
    }
    let construct: Construct;
    try {
      construct = new (ctor as new (scope: Construct, id: string, props: unknown) => Construct)(stack, `p${count++}`, {
        name: input.name, spaceId: input.spaceId, config: input.config, secrets,
      });
    } catch (e) {
      // The planner names the construct ("<construct> rejects this config: ..."): the problem is the message alone.
      return { required: [], problems: [e instanceof Error ? e.message : String(e)] };
    }
    return { required, problems: construct.node.validate() };
  };
}
