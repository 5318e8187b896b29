// The Kibana version an import targets: from `--kibana-version`, else from Kibana (`GET
// /api/status`), else none (the typed constructs then assume the newest Kibana they know). The
// version is set as the construct context key `kibanaVersion` on the scratch app of the secret
// probe, so a typed construct that refuses a stored config for that version makes the importer
// fall back to KibanaConnector with the construct's reason. May import cdktf (its context
// variable only), src/importer (types).
import { CONTEXT_ENV } from 'cdktf';
import { SecretProbe } from '../importer/plan';
import { KibanaTarget } from '../importer/text';

export type { KibanaTarget };

/**
 * The construct context key of the target Kibana version (the one place the CLI names it; the
 * constructs read the same key).
 */
export const KIBANA_VERSION_CONTEXT_KEY = 'kibanaVersion';

/** A Kibana version as `--kibana-version` takes it. */
export const KIBANA_VERSION_PATTERN = /^\d+\.\d+\.\d+$/;

/**
 * `probe` with the construct context `context` on every app it creates: the probe's App reads
 * cdktf's context variable when built, which is set for the (synchronous) call only and then
 * restored, merged over any context the environment already holds.
 */
export function withConstructContext(probe: SecretProbe, context: Readonly<Record<string, unknown>>): SecretProbe {
  return (input) => {
    const before = process.env[CONTEXT_ENV];
    let outer: Record<string, unknown> = {};
    try {
      outer = before ? JSON.parse(before) : {};
    } catch {
      // cdktf itself would fail on it; ours wins either way
    }
    process.env[CONTEXT_ENV] = JSON.stringify({ ...outer, ...context });
    try {
      return probe(input);
    } finally {
      if (before === undefined) delete process.env[CONTEXT_ENV];
      else process.env[CONTEXT_ENV] = before;
    }
  };
}

/** The probe for a target: the version as context when known, else the probe as it is. */
export function probeForTarget(probe: SecretProbe, target: KibanaTarget): SecretProbe {
  return target.version === undefined ? probe : withConstructContext(probe, { [KIBANA_VERSION_CONTEXT_KEY]: target.version });
}
