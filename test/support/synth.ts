import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing, TerraformStack } from 'cdktf';
import { provider } from '../../src';

const scratchDirs: string[] = [];
const removeScratchDirs = (): void => scratchDirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
// Under jest, `process` is the test file's copy and its 'exit' never fires: the folders go after the file's tests.
if (typeof afterAll === 'function') afterAll(removeScratchDirs);
else process.once('exit', removeScratchDirs);

/** A temporary folder removed after the test file's tests (or when the process exits). */
export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** A fresh app and stack (with a default elasticstack provider) writing into a scratch folder. */
export function newStack(name = 'test', withProvider = true): TerraformStack {
  const app = new App({ outdir: scratchDir('kc-synth-'), stackTraces: false });
  const stack = new TerraformStack(app, name);
  if (withProvider) new provider.ElasticstackProvider(stack, 'elasticstack', {});
  return stack;
}

/** Synthesizes a stack with validations, as `cdktf synth` does, and returns the parsed cdk.tf.json. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

/** Synthesizes a stack without running validations, and returns the parsed cdk.tf.json. */
export function synthJsonUnvalidated(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, false));
}

/** The validation error text `cdktf synth` would print, or undefined when synth succeeds. */
export function synthError(stack: TerraformStack): string | undefined {
  return errorOf(() => Testing.synth(stack, true));
}

/**
 * The error of `app.synth()`, the call a user's program makes: unlike `Testing.synth`, it resolves
 * every attribute once before it runs validations. Undefined when synth succeeds.
 */
export function appSynthError(stack: TerraformStack): string | undefined {
  return errorOf(() => App.of(stack).synth());
}

function errorOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export const CONNECTOR = 'elasticstack_kibana_action_connector';

/** The synthesized connector resources, by address name. */
export function connectors(json: any): Record<string, any> {
  return json.resource?.[CONNECTOR] ?? {};
}
