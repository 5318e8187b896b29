// The facts of issue 18, each as Kibana behaves at the versions named (catalog evidence in
// generator/catalog/), on real synth: what a target Kibana accepts, what it refuses, and the
// warning for a target newer than the release the catalog was checked through.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import * as lib from '../src';
import { scratchDir, synthError } from './support/synth';
import { CATALOG } from '../src/connectors/specs/catalog';

function targeting(version?: string): TerraformStack {
  const app = new App({ outdir: scratchDir('kc-facts-'), stackTraces: false, context: version ? { kibanaVersion: version } : undefined });
  const stack = new TerraformStack(app, 'test');
  new lib.provider.ElasticstackProvider(stack, 'elasticstack', {});
  return stack;
}

const secret = (stack: TerraformStack, name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
/** The synth error of one connector built at `version`, or undefined when synth passes. */
function errorAt(version: string | undefined, build: (stack: TerraformStack) => void): string | undefined {
  const stack = targeting(version);
  build(stack);
  return synthError(stack);
}

describe('bedrock config.region: backported to a 9.2 patch, and in 9.4.0', () => {
  const bedrock = (stack: TerraformStack) => new lib.BedrockConnector(stack, 'b', {
    name: 'B',
    config: { apiUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com', region: 'us-east-1' },
    secrets: { accessKey: secret(stack, 'a'), secret: secret(stack, 's') },
  });
  test.each(['9.4.0', '9.5.0', '9.2.8'])('accepted at %s', (v) => expect(errorAt(v, bedrock)).toBeUndefined());
  test.each(['9.3.0', '9.1.0', '9.2.0'])('refused at %s', (v) => expect(errorAt(v, bedrock)).toContain('config.region is not accepted'));
});

describe('gen-ai PKI fields: 8.19.0 within 8.19, and 9.1.0 on', () => {
  const pki = (stack: TerraformStack) => new lib.OpenAiConnector(stack, 'ai', {
    name: 'AI',
    config: { apiProvider: lib.OpenAiProvider.OTHER, apiUrl: 'https://llm.example.com/v1', defaultModel: 'm', verificationMode: lib.TlsVerificationMode.FULL },
    secrets: { apiKey: secret(stack, 'k') },
  });
  test.each(['8.19.0', '9.1.0', '9.4.0'])('accepted at %s', (v) => expect(errorAt(v, pki)).toBeUndefined());
  test.each(['8.18.0', '9.0.0'])('refused at %s', (v) => expect(errorAt(v, pki)).toContain('config.verificationMode is not accepted'));
});

describe('gen-ai Azure defaultModel: accepted again from 8.19.12 (a backport)', () => {
  const azure = (stack: TerraformStack) => new lib.OpenAiConnector(stack, 'ai', {
    name: 'AI',
    config: { apiProvider: lib.OpenAiProvider.AZURE_OPENAI, apiUrl: 'https://x.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-02-01', defaultModel: 'gpt-4o' },
    secrets: { apiKey: secret(stack, 'k') },
  });
  test.each(['8.19.12', '9.4.0'])('accepted at %s', (v) => expect(errorAt(v, azure)).toBeUndefined());
  test.each(['8.19.11', '9.1.0'])('refused at %s', (v) => expect(errorAt(v, azure)).toContain('config.defaultModel'));
});

test('contextWindowLength takes any number, fractions included (gen-ai, bedrock, gemini, inference)', () => {
  expect(errorAt(undefined, (stack) => {
    new lib.BedrockConnector(stack, 'b', { name: 'B', config: { apiUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com', contextWindowLength: 1000.5 }, secrets: { accessKey: secret(stack, 'a'), secret: secret(stack, 's') } });
    new lib.GeminiConnector(stack, 'g', { name: 'G', config: { apiUrl: 'https://us-central1-aiplatform.googleapis.com', gcpRegion: 'us-central1', gcpProjectID: 'p', contextWindowLength: 0.5 }, secrets: { credentialsJson: secret(stack, 'c') } });
  })).toBeUndefined();
});

test('inference provider: Kibana accepts only its own list', () => {
  const inference = (provider: lib.InferenceProvider | string) => (stack: TerraformStack) => new lib.InferenceConnector(stack, 'i', {
    name: 'I', config: { provider: provider as lib.InferenceProvider, taskType: lib.InferenceTaskType.CHAT_COMPLETION, inferenceId: 'x' },
  });
  expect(errorAt(undefined, inference(lib.InferenceProvider.OPENAI))).toBeUndefined();
  expect(errorAt(undefined, inference('open-ai'))).toContain('[test/i] config.provider is "open-ai"; expected one of');
});

test('email allowHtml with the Elastic Cloud service is refused', () => {
  const email = (stack: TerraformStack) => new lib.EmailConnector(stack, 'e', {
    name: 'E', config: { from: 'alerts@example.com', service: lib.EmailService.ELASTIC_CLOUD, allowHtml: true },
  });
  expect(errorAt(undefined, email)).toContain('[test/e] config.allowHtml must not be set when config.service is "elastic_cloud"');
});

describe('slack_api allowedChannels: from 8.11, at most 25 channels before 9.3, 500 after', () => {
  const slack = (count: number) => (stack: TerraformStack) => new lib.SlackApiConnector(stack, 's', {
    name: 'S',
    config: { allowedChannels: Array.from({ length: count }, (_, i) => ({ id: `C${i}`, name: `c${i}` })) },
    secrets: { token: secret(stack, 't') },
  });
  test('a field 8.10 does not have', () => expect(errorAt('8.10.0', slack(1))).toContain('config.allowedChannels is not accepted'));
  test('25 channels, then 26, before 9.3', () => {
    expect(errorAt('9.2.0', slack(25))).toBeUndefined();
    expect(errorAt('9.2.0', slack(26))).toContain('config.allowedChannels has 26 items');
  });
  test('500 from 9.3', () => {
    expect(errorAt('9.3.0', slack(500))).toBeUndefined();
    expect(errorAt(undefined, slack(501))).toContain('config.allowedChannels has 501 items');
  });
});

describe('targets and the release the catalog was checked through', () => {
  const warningsUnder = (stack: TerraformStack) => stack.node.findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)))
    .filter((m) => m.includes('newest release this library\'s catalog was checked against'));
  const two = (stack: TerraformStack) => {
    for (const id of ['a', 'b']) new lib.SlackConnector(stack, id, { name: id, secrets: { webhookUrl: secret(stack, `w${id}`) } });
  };

  test(`the release checked through (${CATALOG.checkedThrough}) and 9.4.0 are targets without warning`, () => {
    for (const v of [CATALOG.checkedThrough, '9.4.0']) {
      const stack = targeting(v);
      two(stack);
      expect(synthError(stack)).toBeUndefined();
      expect(warningsUnder(stack)).toEqual([]);
    }
  });

  test('a newer target is checked as Kibana\'s main branch was, and synth says so once per app', () => {
    const newer = `${Number(CATALOG.checkedThrough.split('.')[0])}.${Number(CATALOG.checkedThrough.split('.')[1]) + 1}.0`;
    const stack = targeting(newer);
    two(stack);
    expect(synthError(stack)).toBeUndefined();
    expect(warningsUnder(stack)).toEqual([
      `the target Kibana ${newer} (context key "kibanaVersion") is newer than Kibana ${CATALOG.checkedThrough}, the newest release this library's catalog was checked against: fields and values are checked as Kibana's main branch accepted them then.`,
    ]);
  });
});
