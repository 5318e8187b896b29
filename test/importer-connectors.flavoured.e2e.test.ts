// End to end: Kibana double → `kibana-connectors import` → the emitted TypeScript type-checks and
// synthesizes with import blocks whose `to` are the synthesized resources; the HCL passes
// `terraform fmt -check`. Uses the package's real connector registry.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import * as ts from 'typescript';
import { CliResult, runCli } from './support/cli';
import { SCENARIO_IMPORTABLE, scenarioOptions } from './support/import-scenario';
import { KibanaDouble } from './support/kibana-double';
import { hasFor, TERRAFORM } from './support/requirements';
import { CONNECTOR } from './support/synth';
import { terraformFmt, testWithImportBlocks } from './support/terraform';
import { CliContext, run } from '../src/cli/main';
import { CONNECTOR_TYPES } from '../src/connectors/registry';
import { ImportReport } from '../src/importer/report';
import { ElasticstackProvider } from '../src/provider/provider';
import { CONNECTOR_RESOURCE_TYPE, PROVIDER_SOURCE, PROVIDER_VERSION } from '../src/resource-type';

const REPO = path.resolve(__dirname, '..');
const API_KEY = 'ZTJlLWFwaS1rZXktbmV2ZXItcHJpbnRlZA==';

let double: KibanaDouble;
let dir: string;

beforeAll(async () => {
  double = await KibanaDouble.start(scenarioOptions({ credentials: { apiKey: API_KEY } }));
  // Under the repository, so that module resolution finds cdktf and the package's src.
  dir = fs.mkdtempSync(path.join(REPO, 'test', '.tmp-import-'));
});

afterAll(async () => {
  await double.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], context: Partial<CliContext> = {}): Promise<CliResult> {
  return runCli(args, { ...context, env: { KIBANA_ENDPOINT: double.url, KIBANA_API_KEY: API_KEY }, cwd: dir }, [API_KEY]);
}

function typeCheck(files: string[]): string[] {
  const config = ts.readConfigFile(path.join(REPO, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, rootDir: REPO, types: ['node'] });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') + (d.file ? ` (${path.relative(REPO, d.file.fileName)})` : ''));
}

testWithImportBlocks('import --format ts: the output compiles, synthesizes, and its import blocks bind every connector by <space>/<id>', async () => {
  const out = path.join(dir, 'imported.ts');
  const result = await cli(['import', '--all-spaces', '--package', '../../src', '--out', 'imported.ts', '--report', 'report.json']);
  expect(result.stderr).toMatch(/imported 13 connector\(s\)/);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('');
  const report: ImportReport = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
  expect(report.summary.imported).toBe(SCENARIO_IMPORTABLE);

  fs.writeFileSync(path.join(dir, 'main.ts'), [
    "import { App } from 'cdktf';",
    "import { ImportedConnectorsStack } from './imported';",
    'const app = new App();',
    "new ImportedConnectorsStack(app, 'imported');",
    'app.synth();',
    '',
  ].join('\n'));
  expect(typeCheck([path.join(dir, 'main.ts')])).toEqual([]);
  // The check does catch errors: a wrong config type in the emitted code fails it.
  fs.writeFileSync(path.join(dir, 'broken.ts'), fs.readFileSync(out, 'utf8').replace('refresh: false', 'refresh: "no"').replace("from './imported'", ''));
  expect(typeCheck([path.join(dir, 'broken.ts')]).join('\n')).toMatch(/refresh|Conversion of type/);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(out);
  const json = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'imported'), true));
  const resources = json.resource[CONNECTOR];
  const imports: { to: string; id: string }[] = json.import;
  expect(imports).toHaveLength(SCENARIO_IMPORTABLE);
  const expected = report.connectors.filter((e) => e.status === 'imported');
  for (const block of imports) {
    const name = block.to.replace(`${CONNECTOR}.`, '');
    expect(resources[name]).toBeDefined();
    const entry = expected.find((e) => e.resource === block.to)!;
    expect(block.id).toBe(`${entry.space}/${entry.id}`);
    expect(resources[name].space_id).toBe(entry.space);
    expect(resources[name].connector_type_id).toBe(entry.type);
    expect(resources[name].connector_id).toBeUndefined();
  }
  expect(Object.keys(resources).sort()).toEqual(imports.map((b) => b.to.replace(`${CONNECTOR}.`, '')).sort());
  expect(imports.map((b) => b.id)).toEqual(expect.arrayContaining(['default/ops-slack', 'marketing/ops-slack', 'marketing/1b4e28ba-2fa1-4d2a-8c3e-000000000001']));

  // Every variable the report lists is a sensitive variable of the stack, and vice versa.
  expect(Object.keys(json.variable ?? {}).sort()).toEqual(report.variables.map((v) => v.name).sort());
  for (const v of Object.values(json.variable) as any[]) expect(v).toMatchObject({ type: 'string', sensitive: true });
  // The webhook with basic auth gets user and password (found by asking WebhookConnector).
  expect(report.variables.map((v) => v.name)).toEqual(expect.arrayContaining(['webhook_prod_env_x_unicode__user', 'webhook_prod_env_x_unicode__password', 'email__user', 'email__password']));
});

test('import --format hcl: terraform fmt -check accepts it; the same connectors and names as the TypeScript', async () => {
  const hcl = await cli(['import', '--all-spaces', '--format', 'hcl']);
  expect(hcl.code).toBe(0);
  const tsOut = await cli(['import', '--all-spaces', '--quiet']);
  const hclNames = [...hcl.stdout.matchAll(/^resource "elasticstack_kibana_action_connector" "(\w+)"/gm)].map((m) => m[1]).sort();
  const tsNames = [...tsOut.stdout.matchAll(/^ {4}(\w+): new \w+\(scope,/gm)].map((m) => m[1]).sort();
  expect(hclNames).toEqual(tsNames);
  expect(hclNames).toHaveLength(SCENARIO_IMPORTABLE);
  if (!hasFor(TERRAFORM, 'the HCL with terraform fmt')) return;
  fs.writeFileSync(path.join(dir, 'main.tf'), hcl.stdout);
  const fmt = terraformFmt(dir, ['-check', '-diff', 'main.tf']);
  expect(fmt.output).toBe('');
  expect(fmt.status).toBe(0);
});

testWithImportBlocks('import --write-only-secrets: connectors with secret variables send them through secrets_wo', async () => {
  const result = await cli(['import', '--all-spaces', '--package', '../../src', '--out', 'imported_wo.ts', '--write-only-secrets', '--quiet']);
  expect(result.code).toBe(0);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(dir, 'imported_wo.ts'));
  const json = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'imported'), true));
  const resources = json.resource[CONNECTOR];
  expect(resources.ops_slack.secrets_wo).toBe('${jsonencode({"webhookUrl" = var.ops_slack__webhook_url})}');
  expect(resources.ops_slack.secrets_wo_version).toBe('1');
  expect(resources.ops_slack.secrets).toBeUndefined();
  expect(resources.custom_thing.secrets).toBe('${jsonencode({})}');
});

testWithImportBlocks('Kibana keys whose struct property differs (cases-webhook getIncident* → readIncident*) round-trip through the typed construct', async () => {
  const cases = await KibanaDouble.start({
    spaces: [{
      id: 'default',
      connectors: [{
        id: 'cw-1',
        name: 'Case hook',
        connector_type_id: '.cases-webhook',
        config: {
          createIncidentUrl: 'https://cases.example.com/api/issue',
          createIncidentMethod: 'post',
          createIncidentJson: '{"title": {{{case.title}}}}',
          createIncidentResponseKey: 'id',
          getIncidentMethod: 'get',
          getIncidentUrl: 'https://cases.example.com/api/issue/{{{external.system.id}}}',
          getIncidentResponseExternalTitleKey: 'key',
          viewIncidentUrl: 'https://cases.example.com/browse/{{{external.system.title}}}',
          updateIncidentUrl: 'https://cases.example.com/api/issue/{{{external.system.id}}}',
          updateIncidentMethod: 'put',
          updateIncidentJson: '{"title": {{{case.title}}}}',
          hasAuth: true,
          authType: 'webhook-authentication-basic',
          headers: null,
        },
      }, {
        id: 'hook-1',
        name: 'Trace hook',
        connector_type_id: '.webhook',
        config: { url: 'https://hooks.example.com/trace', method: 'trace', hasAuth: false },
      }],
    }],
  });
  try {
    let stdout = '';
    const code = await run(['import', '--package', '../../src', '--quiet'], {
      env: { KIBANA_ENDPOINT: cases.url }, cwd: dir, stdout: (t) => { stdout += t; }, stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('new CasesWebhookConnector(scope, "case_hook", {');
    expect(stdout).toContain('readIncidentUrl: "https://cases.example.com/api/issue/{{{external.system.id}}}",');
    expect(stdout).not.toContain('getIncidentUrl');
    // A value outside the construct's enum: KibanaConnector, so the output still synthesizes.
    expect(stdout).toContain('trace_hook: new KibanaConnector(scope, "trace_hook", {');
    expect(stdout).toMatch(/trace_hook: KibanaConnector used: WebhookConnector rejects this config: config\.method/);
    // KibanaConnector checks a known type as WebhookConnector does: the output opts out, saying why.
    expect(stdout).toContain([
      '      connectorTypeId: ".webhook",',
      '      // Kept as Kibana holds it, which the typed construct refuses (the header\'s Notes say why).',
      '      skipTypeValidation: true,',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'cases.ts'), stdout);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, 'cases.ts'));
    const json = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'cases'), true));
    const config: string = json.resource[CONNECTOR].case_hook.config;
    expect(config).toContain('"getIncidentUrl" = "https://cases.example.com/api/issue/{{{external.system.id}}}"');
    expect(config).toContain('"getIncidentMethod" = "get"');
    expect(config).not.toContain('readIncident');
    expect(json.resource[CONNECTOR].trace_hook.config).toContain('"method" = "trace"');
    expect(Object.keys(json.variable).sort()).toEqual(['case_hook__password', 'case_hook__user']);
  } finally {
    await cases.stop();
  }
});

describe('import --format hcl in an empty folder: terraform asks for elastic/elasticstack', () => {
  const terraform = (folder: string, args: string[]): string => {
    // No network: providers come only from an empty local mirror, so init names the provider it looks
    // for and fails without asking the registry.
    const mirror = path.join(folder, 'no-providers');
    fs.mkdirSync(mirror, { recursive: true });
    fs.writeFileSync(path.join(folder, 'offline.tfrc'), `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n  }\n}\n`);
    const r = spawnSync('terraform', args, {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, TF_CLI_CONFIG_FILE: path.join(folder, 'offline.tfrc'), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', NO_COLOR: '1' },
    });
    return `${r.stdout}\n${r.stderr}`;
  };
  const emptyFolder = (name: string, hcl: string): string => {
    const folder = path.join(dir, name);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'main.tf'), hcl);
    return folder;
  };

  test('the output declares the provider the library targets, so init asks for it (not hashicorp/elasticstack)', async () => {
    const hcl = await cli(['import', '--all-spaces', '--format', 'hcl', '--quiet']);
    expect(hcl.code).toBe(0);
    expect(hcl.stdout).toContain([
      'terraform {',
      '  required_providers {',
      '    elasticstack = {',
      `      source  = "${PROVIDER_SOURCE}"`,
      `      version = "~> ${PROVIDER_VERSION}"`,
      '    }',
      '  }',
      '}',
    ].join('\n'));
    if (!hasFor(TERRAFORM, 'terraform init on the HCL')) return;
    const folder = emptyFolder('init', hcl.stdout);
    const init = terraform(folder, ['init', '-input=false', '-backend=false', '-no-color']);
    expect(init.replace(/\s+/g, ' ')).toContain('provider registry.terraform.io/elastic/elasticstack was not found in any of the search locations');
    expect(init).not.toMatch(/hashicorp\/elasticstack/);
    const providers = terraform(folder, ['providers']);
    expect(providers).toContain(`provider[registry.terraform.io/elastic/elasticstack] ~> ${PROVIDER_VERSION}`);
  });

  test('--no-required-providers leaves the block out (for a folder that has one)', async () => {
    const hcl = await cli(['import', '--all-spaces', '--format', 'hcl', '--quiet', '--no-required-providers']);
    expect(hcl.code).toBe(0);
    expect(hcl.stdout).not.toMatch(/required_providers/);
    expect(hcl.stdout).toMatch(/^resource "elasticstack_kibana_action_connector"/m);
    const typescript = await cli(['import', '--all-spaces', '--quiet', '--no-required-providers']);
    expect(typescript.code).toBe(2);
    expect(typescript.stderr).toMatch(/--no-required-providers is for --format hcl/);
  });

  test('the constraint names the version the provider binding was generated from', () => {
    const stack = new TerraformStack(Testing.app(), 'version');
    const provider = new ElasticstackProvider(stack, 'elasticstack', {});
    expect(provider.terraformGeneratorMetadata?.providerVersion).toBe(PROVIDER_VERSION);
    expect(provider.terraformProviderSource).toBe(`registry.terraform.io/${PROVIDER_SOURCE}`);
    expect(CONNECTOR_RESOURCE_TYPE).toBe('elasticstack_kibana_action_connector');
  });
});

testWithImportBlocks('import --format ts: enum fields are written as enum members (the package registry names their enums); the code compiles and synthesizes the same as strings', async () => {
  // The generated registry says which config fields are enums; without that, Kibana's strings are written.
  expect(CONNECTOR_TYPES['.webhook'].configEnums).toMatchObject({ method: 'WebhookMethod', authType: 'WebhookAuthType' });
  const withoutEnums = Object.fromEntries(Object.entries(CONNECTOR_TYPES).map(([id, info]) => [id, { ...info, configEnums: undefined }]));
  const withEnums = await cli(['import', '--all-spaces', '--package', '../../src', '--out', 'enums.ts', '--quiet']);
  expect(withEnums.code).toBe(0);
  const text = fs.readFileSync(path.join(dir, 'enums.ts'), 'utf8');
  expect(text).toMatch(/^import \{ [^}]*\bTlsVerificationMode\b[^}]*\bWebhookAuthType\b[^}]*\bWebhookMethod\b[^}]*\} from "\.\.\/\.\.\/src";$/m);
  expect(text).toContain('        method: WebhookMethod.POST,\n');
  expect(text).toContain('        authType: WebhookAuthType.BASIC,\n');
  expect(text).toContain('        verificationMode: TlsVerificationMode.FULL,\n');
  expect(text).not.toMatch(/method: "post"/);
  fs.writeFileSync(path.join(dir, 'main-enums.ts'), "import { App } from 'cdktf';\nimport { ImportedConnectorsStack } from './enums';\nnew ImportedConnectorsStack(new App(), 'imported');\n");
  expect(typeCheck([path.join(dir, 'main-enums.ts')])).toEqual([]);

  const plain = await cli(['import', '--all-spaces', '--package', '../../src', '--out', 'plain.ts', '--quiet'], { registry: withoutEnums });
  expect(fs.readFileSync(path.join(dir, 'plain.ts'), 'utf8')).toMatch(/method: "post"/);
  expect(plain.code).toBe(0);
  const synth = (file: string): unknown => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file));
    return JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'imported'), true)).resource;
  };
  expect(synth('enums.ts')).toEqual(synth('plain.ts'));
});
