import { App, TerraformStack } from 'cdktf';
import * as lib from '../src';
import {
  compareKibanaVersions, describeKibanaRange, KIBANA_VERSION_CONTEXT_KEY, KibanaTarget, parseKibanaVersion,
} from '../src/kibana-version';
import { connectors, scratchDir, synthError, synthJson } from './support/synth';

// The target Kibana version: parsing and comparing (src/kibana-version.ts), and the three ways a
// user sets the context key on real synth: the App's context, setContext on a stack, and cdktf.json
// (which cdktf hands to the App through its context environment variable).

const HOOK = { name: 'Hook', config: { url: 'https://hooks.example.com/a', hasAuth: false, method: lib.WebhookMethod.PATCH } };

function stackWith(context?: Record<string, unknown>): TerraformStack {
  const app = new App({ outdir: scratchDir('kc-version-'), stackTraces: false, context });
  return new TerraformStack(app, 'test');
}

function withProvider(stack: TerraformStack): TerraformStack {
  new lib.provider.ElasticstackProvider(stack, 'elasticstack', {});
  return stack;
}

describe('Kibana versions', () => {
  test('major.minor and major.minor.patch parse; anything else does not', () => {
    expect(parseKibanaVersion('8.15')).toEqual([8, 15, 0]);
    expect(parseKibanaVersion('8.15.2')).toEqual([8, 15, 2]);
    // A build's pre-release suffix, as Kibana reports it in GET /api/status, targets that release.
    expect(parseKibanaVersion('9.2.0-SNAPSHOT')).toEqual([9, 2, 0]);
    expect(parseKibanaVersion('8.0.0-rc1')).toEqual([8, 0, 0]);
    for (const bad of ['8', '8.x', 'v8.15.0', '8.15-SNAPSHOT', '8.15.0-', '8.15.0 SNAPSHOT', '', 8.15, null]) expect(parseKibanaVersion(bad)).toBeUndefined();
    expect(compareKibanaVersions([9, 2, 0], [9, 10, 0])).toBeLessThan(0);
    expect(compareKibanaVersions([9, 2, 5], [9, 2, 5])).toBe(0);
  });

  test('a target accepts what its range holds; no target is the newest Kibana', () => {
    const at = (v: string) => new KibanaTarget(v);
    expect(at('9.2').accepts('9.2.0', undefined)).toBe(true);
    expect(at('9.1.9').accepts('9.2.0', undefined)).toBe(false);
    expect(at('9.2.4').accepts(undefined, '9.2.5')).toBe(true);
    expect(at('9.2.5').accepts(undefined, '9.2.5')).toBe(false);
    expect(at('8.0.0').accepts('7.x', undefined)).toBe(true);
    expect(at('99.0.0').accepts('unreleased', undefined)).toBe(false);
    const newest = new KibanaTarget(undefined);
    expect(newest.accepts('unreleased', undefined)).toBe(true);
    expect(newest.accepts(undefined, '9.2.5')).toBe(false);
    expect(describeKibanaRange({ since: '9.2.0' })).toBe('Kibana 9.2.0 and later');
    expect(describeKibanaRange({ until: '9.2.5' })).toBe('Kibana before 9.2.5');
  });

  test('the context key is exported for the importer', () => {
    expect(KIBANA_VERSION_CONTEXT_KEY).toBe('kibanaVersion');
  });

  test('a malformed kibanaVersion is a synth error naming the construct path and the context key', () => {
    for (const bad of ['9.x', 'latest', 9.2]) {
      const stack = withProvider(stackWith({ kibanaVersion: bad }));
      new lib.SlackApiConnector(stack, 'chat', { name: 'Chat', secrets: { token: 'xoxb-1' } });
      const error = synthError(stack);
      expect(error).toContain('[test/chat] the context key "kibanaVersion" is');
      expect(error).toContain('which is not a Kibana version; expected major.minor or major.minor.patch, such as 8.15 or 8.15.0');
    }
  });

  test('set on the App, with setContext on a stack, or in cdktf.json (the context environment variable)', () => {
    const refused = 'config.method is "patch", which the target Kibana 9.2.0 (context key "kibanaVersion") does not accept: the value needs Kibana 9.3.0 and later';

    const fromApp = withProvider(stackWith({ kibanaVersion: '9.2' }));
    new lib.WebhookConnector(fromApp, 'hook', HOOK);
    expect(synthError(fromApp)).toContain(`[test/hook] ${refused}`);

    const fromStack = stackWith();
    fromStack.node.setContext(KIBANA_VERSION_CONTEXT_KEY, '9.2.0');
    withProvider(fromStack);
    new lib.WebhookConnector(fromStack, 'hook', HOOK);
    expect(synthError(fromStack)).toContain(`[test/hook] ${refused}`);

    const before = process.env.CDKTF_CONTEXT_JSON;
    process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ kibanaVersion: '9.2.0' });
    let fromCdktfJson: TerraformStack;
    try {
      fromCdktfJson = withProvider(stackWith());
    } finally {
      if (before === undefined) delete process.env.CDKTF_CONTEXT_JSON;
      else process.env.CDKTF_CONTEXT_JSON = before;
    }
    new lib.WebhookConnector(fromCdktfJson, 'hook', HOOK);
    expect(synthError(fromCdktfJson)).toContain(`[test/hook] ${refused}`);
  });

  test('unset, the newest Kibana: the same connector synthesizes', () => {
    const stack = withProvider(stackWith());
    new lib.WebhookConnector(stack, 'hook', HOOK);
    expect(Object.keys(connectors(synthJson(stack)))).toEqual(['hook']);
  });
});
