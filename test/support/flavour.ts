// Flavour selection for tests: the App context a cdktn app needs, and a jest setup file's way to give
// it to every app a test makes (test/support/cdktn-env.ts, the cdktn jest project). Imports nothing.

/**
 * cdktn checks write-only attributes (`secrets_wo`) against the Terraform versions the app targets and,
 * without this, assumes terraform >=1.5.7 and rejects them; cdktf ignores the key.
 */
export const CDKTN_CONTEXT = { targetVersions: { terraform: '>=1.11.0' } };

/**
 * Puts CDKTN_CONTEXT into CDKTF_CONTEXT_JSON, the environment variable both Apps merge into their context
 * (as `cdktn synth` does with cdktf.json's `targetVersions`); keys already there are kept.
 */
export function useCdktnContext(env: NodeJS.ProcessEnv = process.env): void {
  const current = env.CDKTF_CONTEXT_JSON ? JSON.parse(env.CDKTF_CONTEXT_JSON) : {};
  env.CDKTF_CONTEXT_JSON = JSON.stringify({ ...CDKTN_CONTEXT, ...current });
}
