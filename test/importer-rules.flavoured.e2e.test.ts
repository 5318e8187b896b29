// End to end, rules: a Kibana double with rules in two spaces (more than one page each way) →
// `kibana-connectors import` → the TypeScript type-checks and synthesizes with every action bound
// to its connector construct and one import block per rule; the HCL passes `terraform fmt -check`
// with one import block per rule; hostile rule names, tags and params come back exactly through
// the real Terraform from both outputs; runs are byte-identical.
import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import * as ts from 'typescript';
import { CliResult, runCli } from './support/cli';
import { DoubleRule, KibanaDouble } from './support/kibana-double';
import { hasFor, TERRAFORM } from './support/requirements';
import {
  DELETED_CONNECTOR, HOSTILE_MESSAGE, HOSTILE_RULE_NAME, HOSTILE_TAG, IMPORTED_RULES,
  RULES, RULES_LEFT_OUT_OF_TS, ruleScenarioOptions, ruleSpaces, TOKEN_RULE_NAME,
} from './support/rule-scenario';
import { CONNECTOR } from './support/synth';
import { evaluateExpressions, evaluateHclExpressions, terraformFmt, testWithImportBlocks } from './support/terraform';
import { ImportReport } from '../src/importer/report';

const REPO = path.resolve(__dirname, '..');
const RULE = 'elasticstack_kibana_alerting_rule';
const API_KEY = 'cnVsZXMtYXBpLWtleQ==';

let double: KibanaDouble;
let dir: string;

beforeAll(async () => {
  double = await KibanaDouble.start(ruleScenarioOptions({ credentials: { apiKey: API_KEY } }));
  dir = fs.mkdtempSync(path.join(REPO, 'test', '.tmp-import-rules-'));
});

afterAll(async () => {
  await double.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<CliResult> {
  return runCli(args, { env: { KIBANA_ENDPOINT: double.url, KIBANA_API_KEY: API_KEY }, cwd: dir }, [API_KEY]);
}

function typeCheck(files: string[]): string[] {
  const config = ts.readConfigFile(path.join(REPO, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, rootDir: REPO, types: ['node'] });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') + (d.file ? ` (${path.relative(REPO, d.file.fileName)})` : ''));
}

const records = new Map<string, DoubleRule>(ruleSpaces().flatMap((s) => (s.rules ?? []).map((r) => [`${s.id}/${r.id}`, r] as const)));

/** JSON text with object keys sorted: equal texts, equal data. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** What Terraform should read back for a rule: its name, tags, params and each action's params, as Kibana holds them. */
function expectedOf(record: DoubleRule): Record<string, unknown> {
  return {
    name: record.name,
    ...Object.fromEntries((record.tags ?? []).map((t, j) => [`tag_${j}`, t])),
    params: canonical(JSON.parse(JSON.stringify(record.params))),
    ...Object.fromEntries((record.actions ?? []).map((a, i) => [`action_${i}`, canonical(a.params)])),
  };
}

/** Terraform's values, JSON texts (params) compared as data. */
function readBack(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, /_(params|action_\d+)$/.test(k) ? canonical(JSON.parse(v as string)) : v]));
}

let tsRun: CliResult | undefined;
async function importTs(): Promise<{ result: CliResult; report: ImportReport; text: string }> {
  tsRun ??= await cli(['import', '--all-spaces', '--page-size', '2', '--package', '../../src', '--out', 'rules.ts', '--report', 'rules-report.json']);
  return {
    result: tsRun,
    report: JSON.parse(fs.readFileSync(path.join(dir, 'rules-report.json'), 'utf8')),
    text: fs.readFileSync(path.join(dir, 'rules.ts'), 'utf8'),
  };
}

describe('TypeScript output', () => {
  testWithImportBlocks('reads every page, compiles, synthesizes with each action bound to its connector construct and an import block per rule', async () => {
    const { result, report, text } = await importTs();
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^imported 9 rule\(s\) \(6 typed, 3 AlertingRule\), skipped 6$/m);
    // Two spaces, two rules a page: the default space's eleven rules take six pages.
    const pages = double.requests.filter((r) => r.path.endsWith('/api/alerting/rules/_find')).map((r) => `${r.space}:${r.query.page}:${r.query.per_page}`);
    expect(pages).toEqual(expect.arrayContaining(['default:1:2', 'default:6:2', 'ops:1:2']));
    expect(pages.filter((p) => p.startsWith('default:'))).toHaveLength(6);

    fs.writeFileSync(path.join(dir, 'main.ts'), [
      "import { App } from 'cdktf';",
      "import { ImportedConnectorsStack } from './rules';",
      'const app = new App();',
      "const stack = new ImportedConnectorsStack(app, 'imported');",
      'export const cpu = stack.rules;',
      'app.synth();',
      '',
    ].join('\n'));
    expect(typeCheck([path.join(dir, 'main.ts')])).toEqual([]);
    // The check catches a wrong params type in the typed rule class.
    fs.writeFileSync(path.join(dir, 'broken.ts'), text.replace('timeWindowSize: 5,', 'timeWindowSize: "5",'));
    expect(typeCheck([path.join(dir, 'broken.ts')]).join('\n')).toMatch(/Conversion of type|timeWindowSize/);

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, 'rules.ts'));
    const json = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'imported'), true));
    const rules: Record<string, any> = json.resource[RULE];
    const imports: { to: string; id: string }[] = json.import;
    const ruleImports = imports.filter((b) => b.to.startsWith(`${RULE}.`));
    expect(ruleImports).toHaveLength(IMPORTED_RULES - RULES_LEFT_OUT_OF_TS.length);
    expect(Object.keys(rules).sort()).toEqual(ruleImports.map((b) => b.to.slice(RULE.length + 1)).sort());

    // Each action's id is its connector's connector_id by reference, or the literal id of connectors not managed here.
    for (const entry of report.rules!.filter((r) => r.status === 'imported')) {
      const resource = rules[entry.resource!.slice(RULE.length + 1)];
      expect(ruleImports.find((b) => b.to === entry.resource)!.id).toBe(`${entry.space}/${entry.id}`);
      expect(resource.space_id).toBe(entry.space);
      const record = records.get(`${entry.space}/${entry.id}`)!;
      expect(resource.actions ?? []).toHaveLength(record.actions!.length);
      (resource.actions ?? []).forEach((a: any, i: number) => {
        const binding = entry.actions![i];
        const bound = /^elasticstack_kibana_action_connector\.(\w+) /.exec(binding);
        expect(a.id).toBe(bound ? `\${${CONNECTOR}.${bound[1]}.connector_id}` : record.actions![i].id);
        expect(a.group).toBe(record.actions![i].group);
      });
    }
    // The same connector id in two spaces: each rule's action binds to its own space's connector.
    const ops = report.rules!.find((r) => r.id === RULES.opsLatency)!;
    expect(ops.actions).toEqual([
      'elasticstack_kibana_action_connector.ops_team_slack (threshold met): typed action()',
      `by id ${DELETED_CONNECTOR} (threshold met): untyped, the connector is not imported`,
    ]);
    expect(json.resource[CONNECTOR].ops_team_slack.space_id).toBe('ops');
    // Typed classes and fallbacks as the report says, and the rules the TypeScript cannot hold are listed, not written.
    expect(report.rules!.filter((r) => r.status === 'imported').map((r) => r.construct).sort())
      .toEqual([
        'AlertingRule', 'AlertingRule', 'AlertingRule', 'CustomThresholdRule', 'EsQueryRule', 'IndexThresholdRule', 'IndexThresholdRule', 'IndexThresholdRule',
        'SloBurnRateRule',
      ]);
    for (const id of RULES_LEFT_OUT_OF_TS) {
      expect(report.rules!.find((r) => r.id === id)).toMatchObject({ status: 'skipped', skip_reason: expect.stringMatching(/^left out of the TypeScript output/) });
    }
  }, 120_000);

  testWithImportBlocks('hostile rule names, tags and params reach Terraform exactly', async () => {
    await importTs();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, 'rules.ts'));
    const json = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'imported'), true));
    const report: ImportReport = JSON.parse(fs.readFileSync(path.join(dir, 'rules-report.json'), 'utf8'));
    const expressions: Record<string, string> = {};
    const expected: Record<string, unknown> = {};
    for (const [n, entry] of report.rules!.filter((r) => r.status === 'imported').entries()) {
      const resource = json.resource[RULE][entry.resource!.slice(RULE.length + 1)];
      expressions[`r${n}_name`] = resource.name;
      (resource.tags ?? []).forEach((t: string, j: number) => { expressions[`r${n}_tag_${j}`] = t; });
      expressions[`r${n}_params`] = resource.params;
      (resource.actions ?? []).forEach((a: any, i: number) => { expressions[`r${n}_action_${i}`] = a.params; });
      for (const [k, v] of Object.entries(expectedOf(records.get(`${entry.space}/${entry.id}`)!))) expected[`r${n}_${k}`] = v;
    }
    if (!hasFor(TERRAFORM, 'Terraform evaluating the hostile strings')) return;
    const got = readBack(evaluateExpressions(expressions));
    expect(got).toEqual(expected);
    expect(Object.values(got)).toEqual(expect.arrayContaining([HOSTILE_RULE_NAME, HOSTILE_TAG]));
    expect(Object.values(expected)).toContain(canonical({ message: HOSTILE_MESSAGE }));
  }, 120_000);

  test('two runs write byte-identical files', async () => {
    const a = await cli(['import', '--all-spaces', '--page-size', '3', '--package', '../../src', '--quiet']);
    const b = await cli(['import', '--all-spaces', '--page-size', '5', '--package', '../../src', '--quiet']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('new IndexThresholdRule(scope,');
  });
});

describe('HCL output', () => {
  test('terraform fmt -check accepts it; one import block per rule; hostile strings, the token marker included, evaluate exactly', async () => {
    const r = await cli(['import', '--all-spaces', '--format', 'hcl', '--quiet']);
    expect(r.code).toBe(0);
    const blocks = hclResources(r.stdout, RULE);
    expect(blocks).toHaveLength(IMPORTED_RULES);
    const imports = [...r.stdout.matchAll(/^import \{\n {2}to = elasticstack_kibana_alerting_rule\.(\w+)\n {2}id = "(.+)"\n\}$/gm)];
    expect(imports.map((m) => m[1]).sort()).toEqual(blocks.map((b) => b.name).sort());
    expect(r.stdout).toContain('    id    = elasticstack_kibana_action_connector.ops_team_slack.connector_id\n');
    expect(r.stdout).toContain(`    id    = "${DELETED_CONNECTOR}"\n`);
    if (!hasFor(TERRAFORM, 'the HCL with terraform fmt and evaluation')) return;
    fs.writeFileSync(path.join(dir, 'rules.tf'), r.stdout);
    expect(terraformFmt(dir, ['-check', '-diff', 'rules.tf'])).toEqual({ status: 0, output: '' });
    const expressions: Record<string, string> = {};
    const expected: Record<string, unknown> = {};
    blocks.forEach((b, n) => {
      const id = JSON.parse(`"${imports.find((m) => m[1] === b.name)![2]}"`) as string;
      expressions[`r${n}_name`] = b.attributes.name;
      if (b.attributes.tags) expressions[`r${n}_tags`] = `jsonencode(${b.attributes.tags})`;
      expressions[`r${n}_params`] = b.attributes.params;
      b.actions.forEach((a, i) => { expressions[`r${n}_action_${i}`] = a.params; });
      const want = expectedOf(records.get(id)!);
      const tags = Object.keys(want).filter((k) => k.startsWith('tag_'));
      for (const [k, v] of Object.entries(want)) if (!k.startsWith('tag_')) expected[`r${n}_${k}`] = v;
      if (tags.length) expected[`r${n}_tags`] = JSON.stringify(tags.map((k) => want[k]));
    });
    const got = readBack(evaluateHclExpressions(expressions));
    expect(got).toEqual(expected);
    expect(Object.values(got)).toEqual(expect.arrayContaining([HOSTILE_RULE_NAME, TOKEN_RULE_NAME]));
  }, 120_000);
});

interface HclResource {
  name: string;
  attributes: Record<string, string>;
  actions: Record<string, string>[];
}

/**
 * The resources of one type in emitted HCL: each top-level attribute's expression text, and each
 * `actions` block's. An expression runs until its brackets close (quoted strings skipped).
 */
function hclResources(text: string, type: string): HclResource[] {
  const lines = text.split('\n');
  const out: HclResource[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = new RegExp(`^resource "${type}" "(\\w+)" \\{$`).exec(lines[i]);
    if (!head) continue;
    const resource: HclResource = { name: head[1], attributes: {}, actions: [] };
    let target = resource.attributes;
    for (i++; lines[i] !== '}'; i++) {
      const line = lines[i];
      if (line === '  actions {') {
        target = {};
        resource.actions.push(target);
        continue;
      }
      if (line === '  }') {
        target = resource.attributes;
        continue;
      }
      const m = /^( +)([a-z_]+) *= (.*)$/.exec(line);
      if (!m || m[1].length !== (target === resource.attributes ? 2 : 4)) continue;
      let expr = m[3];
      let depth = bracketDepth(expr);
      while (depth > 0) {
        i++;
        expr += '\n' + lines[i];
        depth += bracketDepth(lines[i]);
      }
      target[m[2]] = expr;
    }
    out.push(resource);
  }
  return out;
}

/** Opening minus closing brackets of an HCL text, outside quoted strings. */
function bracketDepth(text: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return depth;
}
