import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { requiresTest, TERRAFORM } from './requirements';
import { scratchDir } from './synth';

/**
 * `test` for a test that synthesizes import blocks (`importFrom`): cdktf runs `terraform version` for
 * them, so synth fails without the binary. Skipped with the reason (or failing under CI) without it.
 */
export const testWithImportBlocks = requiresTest(TERRAFORM);

function terraformEnv(dir: string): NodeJS.ProcessEnv {
  const rc = path.join(dir, 'empty.tfrc');
  fs.writeFileSync(rc, '');
  return { ...process.env, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
}

export interface TerraformVariableValue {
  readonly type: string;
  readonly value: unknown;
}

/**
 * Has the real Terraform CLI evaluate synthesized expressions (strings like
 * `${jsonencode(...)}`) in a provider-less module, and returns each output's value.
 */
export function evaluateExpressions(
  expressions: Record<string, string>,
  variables: Record<string, TerraformVariableValue> = {},
  locals: Record<string, unknown> = {},
): Record<string, unknown> {
  const module: any = {
    output: Object.fromEntries(Object.entries(expressions).map(([k, v]) => [k, { value: v, sensitive: true }])),
  };
  // Terraform refuses an empty `variable` object.
  if (Object.keys(variables).length) {
    module.variable = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { type: v.type, sensitive: true }]));
  }
  if (Object.keys(locals).length) module.locals = locals;
  return applyModule({ 'main.tf.json': JSON.stringify(module, null, 2) }, variables);
}

/**
 * Like evaluateExpressions, for HCL: `expressions` are HCL expression texts (the right-hand side
 * of an attribute in `cdktf synth --hcl` output), evaluated as outputs of a `.tf` file.
 */
export function evaluateHclExpressions(
  expressions: Record<string, string>,
  variables: Record<string, TerraformVariableValue> = {},
): Record<string, unknown> {
  const blocks = [
    ...Object.entries(variables).map(([k, v]) => `variable "${k}" {\n  type      = ${v.type}\n  sensitive = true\n}\n`),
    ...Object.entries(expressions).map(([k, v]) => `output "${k}" {\n  value     = ${v}\n  sensitive = true\n}\n`),
  ];
  return applyModule({ 'main.tf': blocks.join('\n') }, variables);
}

function applyModule(files: Record<string, string>, variables: Record<string, TerraformVariableValue>): Record<string, unknown> {
  const dir = scratchDir('kc-tf-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const module = Object.values(files).join('\n');
  fs.writeFileSync(path.join(dir, 'values.tfvars.json'), JSON.stringify(Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, v.value]))));
  const env = terraformEnv(dir);
  const apply = spawnSync('terraform', ['apply', '-auto-approve', '-input=false', '-no-color', '-var-file=values.tfvars.json'], { cwd: dir, env, encoding: 'utf8' });
  if (apply.status !== 0) {
    throw new Error(`terraform apply failed:\n${apply.stdout}\n${apply.stderr}\nmodule:\n${JSON.stringify(module, null, 2)}`);
  }
  const out = JSON.parse(execFileSync('terraform', ['output', '-json'], { cwd: dir, env, encoding: 'utf8' }));
  return Object.fromEntries(Object.entries(out).map(([k, v]: [string, any]) => [k, v.value]));
}

/** Runs `terraform fmt` with the given arguments in a folder; returns exit code and output. */
export function terraformFmt(dir: string, args: string[]): { status: number; output: string } {
  const r = spawnSync('terraform', ['fmt', '-no-color', ...args], { cwd: dir, env: terraformEnv(scratchDir('kc-tfrc-')), encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}
