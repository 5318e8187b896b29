// Finds the secret fields a typed construct requires for a given config (for example a webhook
// with basic authentication needs `user` and `password`) by asking the construct itself: it is
// built in a throw-away stack with the config Kibana returned and its validation is run. This is
// the only importer module that touches cdktf; the planner takes it as an optional callback.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as library from '../index';
import { SecretProbe, SecretProbeResult } from './plan';

const PER_STACK = 500;
const REQUIRED_WHEN = /^secrets(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\["((?:[^"\\]|\\.)*)"\]) is required(?: when (.*))?$/;

/** A probe backed by the package's typed constructs. */
export function createSecretProbe(): SecretProbe {
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
      stack = new TerraformStack(new App({ skipValidation: true, outdir }), 'probe');
      count = 0;
    }
    const secrets: Record<string, string> = {};
    for (const field of input.secretFields) secrets[field] = Lazy.stringValue({ produce: () => 'secret' });
    let construct: Construct;
    try {
      construct = new (ctor as new (scope: Construct, id: string, props: unknown) => Construct)(stack, `p${count++}`, {
        name: input.name, spaceId: input.spaceId, config: input.config, secrets,
      });
    } catch (e) {
      return { required: [], problems: [`${input.constructName} rejects this config: ${e instanceof Error ? e.message : String(e)}`] };
    }
    const required: { field: string; condition?: string }[] = [];
    const problems: string[] = [];
    for (const problem of construct.node.validate()) {
      const m = REQUIRED_WHEN.exec(problem);
      const field = m ? m[1] ?? JSON.parse(`"${m[2]}"`) : undefined;
      if (field !== undefined && input.optionalFields.includes(field)) required.push({ field, condition: m![3] });
      else problems.push(problem);
    }
    return { required, problems };
  };
}
