// The secret probe of the TypeScript output: the rule engine's answer (./engine-probe.ts: the
// optional secrets a typed connector's config requires, for the target Kibana), confirmed by
// building the typed construct in a throw-away stack with those secrets as tokens. Whatever its
// validation still reports is a problem (the importer falls back to KibanaConnector), so the
// TypeScript written synthesizes. No validation message is ever parsed. The importer module that
// loads cdktf and the constructs; the planner takes it as an optional callback, and the CLI loads it
// only when it writes TypeScript.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { isUnresolved } from '../engine/construct';
import * as library from '../index';
import { KIBANA_VERSION_CONTEXT_KEY, KibanaTarget } from '../kibana-version';
import { findCdktfMarker } from './cdktf-markers';
import { createEngineProbe, requiredSecrets, typeOfConstruct } from './engine-probe';
import { SecretProbe, SecretProbeResult } from './plan';

const PER_STACK = 500;

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
  const engine = createEngineProbe(options);
  return (input): SecretProbeResult => {
    const ctor = (library as unknown as Record<string, unknown>)[input.constructName];
    if (typeof ctor !== 'function') return { required: [], problems: [] };
    // Data cdktf would read as its own token markers never reaches a construct (the marker would
    // resolve to whatever token the process holds under that number): the engine's answer stands.
    if (findCdktfMarker(input.name, 'name') ?? findCdktfMarker(input.spaceId, 'space id') ?? findCdktfMarker(input.config, 'config')) {
      return engine(input);
    }
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
    const typeId = typeOfConstruct(input.constructName);
    const required = typeId === undefined ? [] : requiredSecrets(typeId, input.config, KibanaTarget.of(stack), isUnresolved)
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
