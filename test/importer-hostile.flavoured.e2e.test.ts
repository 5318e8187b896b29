// Hostile Kibana data through `kibana-connectors import`: names, ids and config written by anyone
// who can create a connector must come out of both outputs exactly as data. The TypeScript is
// synthesized by the real cdktf, and the real Terraform evaluates what both outputs say.
import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { CliResult, runCli } from './support/cli';
import {
  CONTROL, HOSTILE_TS_REFUSED, hostileSpaces, NUMBER_TOKEN, TOKEN_MARKER, VICTIM_SECRET, VICTIM_VARIABLE,
} from './support/import-scenario';
import { DoubleConnector, KibanaDouble, SAMPLE_CONNECTOR_TYPES } from './support/kibana-double';
import { hasFor, TERRAFORM } from './support/requirements';
import { CONNECTOR } from './support/synth';
import { evaluateExpressions, evaluateHclExpressions, terraformFmt, TerraformVariableValue, testWithImportBlocks } from './support/terraform';
import { CONNECTOR_TYPES } from '../src/connectors/registry';
import { findCdktfMarker, holdsCdktfMarker } from '../src/importer/cdktf-markers';
import { emitHcl } from '../src/importer/emit-hcl';
import { emitTypeScript } from '../src/importer/emit-ts';
import { NameOverrideError, planImport, SecretProbe, SpaceConnectors } from '../src/importer/plan';
import { buildReport, formatReport, ImportReport } from '../src/importer/report';

const REPO = path.resolve(__dirname, '..');
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const records: DoubleConnector[] = hostileSpaces()[0].connectors;
const byId = new Map(records.map((r) => [r.id, r]));
const spaces = (): SpaceConnectors[] => hostileSpaces().map((s) => ({ spaceId: s.id, connectors: s.connectors }));

/** JSON text with object keys sorted, own `__proto__` keys included: equal texts, equal data. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** A value for every variable, so that a reference to one would show up in the evaluated text. */
function secretValues(names: string[]): Record<string, TerraformVariableValue> {
  return Object.fromEntries(names.map((n) => [n, { type: 'string', value: n === VICTIM_VARIABLE ? VICTIM_SECRET : `secret of ${n}` }]));
}

let double: KibanaDouble;
let dir: string;

beforeAll(async () => {
  double = await KibanaDouble.start({ spaces: hostileSpaces(), connectorTypes: SAMPLE_CONNECTOR_TYPES });
  // Under the repository, so that module resolution finds cdktf and the package's src.
  dir = fs.mkdtempSync(path.join(REPO, 'test', '.tmp-hostile-'));
});

afterAll(async () => {
  await double.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<CliResult> {
  return runCli(args, { env: { KIBANA_ENDPOINT: double.url }, cwd: dir });
}

interface TsRun {
  readonly stderr: string;
  readonly report: ImportReport;
  readonly source: string;
}

let tsRun: Promise<TsRun> | undefined;
/** Imports the hostile Kibana as TypeScript (once). */
function importTs(): Promise<TsRun> {
  tsRun ??= (async () => {
    const result = await cli(['import', '--package', '../../src', '--out', 'hostile.ts', '--report', 'report.json']);
    expect(result.code).toBe(0);
    const report: ImportReport = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    return { stderr: result.stderr, report, source: fs.readFileSync(path.join(dir, 'hostile.ts'), 'utf8') };
  })();
  return tsRun;
}

let synthesized: any;
/** The imported TypeScript synthesized by the real cdktf (once): cdk.tf.json, parsed. */
async function synthTs(): Promise<any> {
  await importTs();
  if (!synthesized) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, 'hostile.ts'));
    synthesized = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'hostile'), true));
  }
  return synthesized;
}

/**
 * Has Terraform evaluate the synthesized `attribute` of every imported connector (`id`: its
 * import block's id) and returns, by Kibana id, what it evaluated to and what Kibana holds.
 */
async function evaluateTs(attribute: 'id' | 'name' | 'connector_type_id' | 'config'): Promise<{ got: Record<string, unknown>; expected: Record<string, unknown> } | undefined> {
  const json = await synthTs();
  const { report } = await importTs();
  const imports: { to: string; id: string }[] = json.import;
  expect(imports).toHaveLength(records.length - HOSTILE_TS_REFUSED.length);
  const expressions: Record<string, string> = {};
  const ids: string[] = [];
  imports.forEach((block, i) => {
    ids.push(report.connectors.find((e) => e.resource === block.to)!.id);
    expressions[`v${i}`] = attribute === 'id' ? block.id : json.resource[CONNECTOR][block.to.replace(`${CONNECTOR}.`, '')][attribute];
  });
  if (!hasFor(TERRAFORM, 'Terraform evaluating the synthesized values')) return undefined;
  const values = evaluateExpressions(expressions, secretValues(Object.keys(json.variable ?? {})));
  expect(JSON.stringify(values)).not.toContain(VICTIM_SECRET);
  const got: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  ids.forEach((id, i) => {
    const record = byId.get(id)!;
    const value = values[`v${i}`];
    got[id] = attribute === 'config' ? canonical(JSON.parse(value as string)) : value;
    expected[id] = attribute === 'config' ? canonical(record.config) : attribute === 'id' ? `default/${record.id}` : attribute === 'name' ? record.name : record.connector_type_id;
  });
  return { got, expected };
}

describe('TypeScript output', () => {
  testWithImportBlocks('config strings and keys holding ${...} and %{...} evaluate in Terraform to exactly what Kibana holds', async () => {
    const result = await evaluateTs('config');
    if (result) expect(result.got).toEqual(result.expected);
  });

  testWithImportBlocks('names holding ${...} and %{...} evaluate in Terraform to exactly what Kibana holds', async () => {
    const result = await evaluateTs('name');
    if (result) expect(result.got).toEqual(result.expected);
  });

  testWithImportBlocks('import ids holding ${...} and %{...} evaluate in Terraform to exactly what Kibana holds', async () => {
    const result = await evaluateTs('id');
    if (result) expect(result.got).toEqual(result.expected);
  });

  testWithImportBlocks('connectors holding cdktf token markers are refused with the reason, naming --format hcl', async () => {
    const { report, stderr, source } = await importTs();
    for (const id of HOSTILE_TS_REFUSED) {
      const entry = report.connectors.find((e) => e.id === id)!;
      expect([...entry.notes ?? [], entry.skip_reason ?? ''].join('; ')).toMatch(/TypeScript output: .*cdktf token marker.*--format hcl/);
    }
    expect(stderr).toMatch(/default\/token-config .*TypeScript output.*cdktf token marker.*--format hcl/);
    expect(source).toMatch(/^\/\/ Left out: .*`--format hcl` writes them exactly:$/m);
    expect(source).toContain('//   default/token-config "Token in config": config.s holds a cdktf token marker');
    // Nothing of a refused connector is in the code (its comment line aside).
    const code = source.split('\n').filter((l) => !l.startsWith('//')).join('\n');
    expect(code).not.toContain('TfToken');
    expect(code).not.toContain(String(NUMBER_TOKEN));
    const json = await synthTs();
    for (const id of HOSTILE_TS_REFUSED) {
      const resource = report.connectors.find((e) => e.id === id)!.resource;
      if (resource) expect(json.resource[CONNECTOR][resource.replace(`${CONNECTOR}.`, '')]).toBeUndefined();
    }
  });

  testWithImportBlocks('connectors named like JavaScript object members (constructor, toString, __proto__, ...) synthesize and are members of the result', async () => {
    const { report, source } = await importTs();
    const json = await synthTs();
    const names = ['js-constructor', 'js-tostring', 'js-proto', 'js-hasownproperty', 'js-valueof'].map((id) => report.connectors.find((e) => e.id === id)!.resource!);
    for (const name of names) expect(json.resource[CONNECTOR][name.replace(`${CONNECTOR}.`, '')]).toBeDefined();
    expect(names).not.toContain(`${CONNECTOR}.constructor`);
    expect(source).not.toMatch(/^ {4}constructor:/m);
  });

  testWithImportBlocks('__proto__ config keys are kept, top-level and nested (webhook headers)', async () => {
    const { report, source } = await importTs();
    expect(source).toContain('["__proto__"]: "proto header",');
    const json = await synthTs();
    const resource = (id: string): any => json.resource[CONNECTOR][report.connectors.find((e) => e.id === id)!.resource!.replace(`${CONNECTOR}.`, '')];
    expect(resource('cfg-typed').config).toContain('"__proto__" = "proto header"');
    expect(resource('cfg-generic').config).toContain('"__proto__" = {"polluted" = "yes"}');
    expect(resource('cfg-generic').config).toContain('"__proto__" = "nested proto"');
  });

  testWithImportBlocks('the stderr summary shows ids, names and type ids with control characters escaped', async () => {
    const { stderr } = await importTs();
    for (const line of stderr.split('\n')) expect(line).not.toMatch(UNSAFE);
    expect(stderr).toContain('ctl-\\u001b]0;title\\u0007');
    expect(stderr).toContain('.my-\\u001b[2J-type');
  });
});

describe('HCL output', () => {
  test('every connector, token markers included, evaluates in Terraform to exactly what Kibana holds', async () => {
    const result = await cli(['import', '--format', 'hcl', '--quiet']);
    expect(result.code).toBe(0);
    const blocks = hclBlocks(result.stdout);
    const resources = blocks.filter((b) => b.header.startsWith(`resource "${CONNECTOR}"`));
    const imports = blocks.filter((b) => b.header === 'import');
    expect(imports).toHaveLength(records.length);
    expect(resources).toHaveLength(records.length);
    expect(result.stdout).toMatch(/^ {6}"__proto__" += "proto header"$/m);
    const expressions: Record<string, string> = {};
    const expected: Record<string, string> = {};
    imports.forEach((block, i) => {
      // Import and resource blocks come in pairs, in the same order.
      const resource = resources[i].attributes;
      expect(block.attributes.to).toBe(resources[i].header.replace(/^resource "(\w+)" "(\w+)"$/, '$1.$2'));
      expressions[`id_${i}`] = block.attributes.id;
      expressions[`name_${i}`] = resource.name;
      expressions[`type_${i}`] = resource.connector_type_id;
      expressions[`config_${i}`] = resource.config;
    });
    if (!hasFor(TERRAFORM, 'Terraform evaluating the HCL')) return;
    fs.writeFileSync(path.join(dir, 'hostile.tf'), result.stdout);
    expect(terraformFmt(dir, ['-check', '-diff', 'hostile.tf'])).toEqual({ status: 0, output: '' });
    const variables = blocks.filter((b) => b.header.startsWith('variable ')).map((b) => JSON.parse(b.header.slice('variable '.length)) as string);
    const values = evaluateHclExpressions(expressions, secretValues(variables));
    const got: Record<string, unknown> = {};
    imports.forEach((_, i) => {
      const record = byId.get((values[`id_${i}`] as string).replace(/^default\//, ''))!;
      expect(record).toBeDefined();
      expected[`id_${i}`] = `default/${record.id}`;
      expected[`name_${i}`] = record.name;
      expected[`type_${i}`] = record.connector_type_id;
      expected[`config_${i}`] = canonical(record.config);
      for (const k of ['id', 'name', 'type']) got[`${k}_${i}`] = values[`${k}_${i}`];
      got[`config_${i}`] = canonical(JSON.parse(values[`config_${i}`] as string));
    });
    expect(got).toEqual(expected);
    expect(JSON.stringify(values)).not.toContain(VICTIM_SECRET);
    expect(new Set(Object.values(values).filter((v) => typeof v === 'string' && v.startsWith('default/'))).size).toBe(records.length);
  });
});

describe('old Kibana data: blank names, empty config strings, text that is not NFC', () => {
  // Kibana refuses blank names and empty or blank config strings since 8.x (validateEmptyStrings), on
  // create and on update, but older connectors may hold them; the constructs refuse them at synth.
  const OLD: DoubleConnector[] = [
    { id: 'fine', name: 'Fine', connector_type_id: '.server-log', config: {} },
    { id: 'blank-name', name: ' \t ', connector_type_id: '.server-log', config: {} },
    { id: 'empty-typed', name: 'Empty index field', connector_type_id: '.index', config: { index: 'alerts', refresh: false, executionTimeField: '' } },
    { id: 'empty-nested', name: 'Empty nested', connector_type_id: '.my-custom-type', config: { nested: { list: ['a', ' '] } } },
    { id: 'nfd', name: 'Cafe\u0301 alerts', connector_type_id: '.my-custom-type', config: { v: 'e\u0301', ['cle\u0301']: 'x', ok: 'caf\u00e9' } },
  ];
  let old: KibanaDouble;
  beforeAll(async () => { old = await KibanaDouble.start({ spaces: [{ id: 'default', connectors: OLD }] }); });
  afterAll(async () => old.stop());

  const run = async (format: 'ts' | 'hcl'): Promise<{ result: CliResult; report: ImportReport; source: string }> => {
    const out = `old.${format}`;
    const result = await runCli(['import', '--format', format, '--package', '../../src', '--out', out, '--report', `old-${format}.json`], { env: { KIBANA_ENDPOINT: old.url }, cwd: dir });
    expect(result.code).toBe(0);
    return { result, report: JSON.parse(fs.readFileSync(path.join(dir, `old-${format}.json`), 'utf8')), source: fs.readFileSync(path.join(dir, out), 'utf8') };
  };
  const entry = (report: ImportReport, id: string) => report.connectors.find((e) => e.id === id)!;

  testWithImportBlocks('blank names and empty config strings are left out of both outputs with the reason; the TypeScript synthesizes', async () => {
    for (const format of ['ts', 'hcl'] as const) {
      const { result, report, source } = await run(format);
      expect(entry(report, 'blank-name')).toMatchObject({
        status: 'skipped',
        skip_reason: 'the name is blank (only whitespace), which Kibana refuses when the connector is updated and the constructs refuse at synth: rename it in Kibana, then import again',
      });
      expect(entry(report, 'empty-typed')).toMatchObject({
        status: 'skipped',
        skip_reason: 'config.executionTimeField is an empty or blank string, which Kibana refuses when the connector is updated and the constructs refuse at synth: set or remove it in Kibana, then import again',
      });
      expect(entry(report, 'empty-nested').skip_reason).toMatch(/^config\.nested\.list\[1\] is an empty or blank string/);
      expect(report.summary).toMatchObject({ imported: 2, skipped: 3 });
      expect(result.stderr).toMatch(/skipped {2}default\/empty-typed .*config\.executionTimeField is an empty or blank string/);
      expect(source).toMatch(/^(\/\/|#) {3}default\/empty-typed "Empty index field": config\.executionTimeField is an empty or blank string/m);
      for (const id of ['blank-name', 'empty-typed', 'empty-nested']) expect(source.split('\n').filter((l) => !/^(\/\/|#)/.test(l)).join('\n')).not.toContain(id);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, 'old.ts'));
    const json = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'old'), true));
    expect(json.import.map((i: { id: string }) => i.id).sort()).toEqual(['default/fine', 'default/nfd']);
  });

  testWithImportBlocks('text that is not NFC is reported per connector and field: Terraform changes it to NFC on the first apply', async () => {
    for (const format of ['ts', 'hcl'] as const) {
      const { result, report } = await run(format);
      expect(entry(report, 'nfd')).toMatchObject({ status: 'imported', not_nfc: ['name', 'config.v', 'config["cle\u0301"] (key)'] });
      expect(entry(report, 'nfd').notes).toContain(
        'not in Unicode NFC: name, config.v, config["cle\u0301"] (key); Terraform normalizes strings to NFC, so the first apply changes them in Kibana to the composed form (same look, other characters)');
      expect(entry(report, 'fine').not_nfc).toEqual([]);
      expect(result.stderr).toMatch(/note {5}default\/nfd .*not in Unicode NFC: name, config\.v/);
    }
    if (!hasFor(TERRAFORM, 'Terraform reading back the composed text')) return;
    // What the report warns of: Terraform reads back the composed text.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, 'old.ts'));
    const json = JSON.parse(Testing.synth(new mod.ImportedConnectorsStack(Testing.app(), 'old2'), true));
    const resource = json.resource[CONNECTOR][entry((await run('ts')).report, 'nfd').resource!.replace(`${CONNECTOR}.`, '')];
    const values = evaluateExpressions({ name: resource.name, config: resource.config });
    expect(values.name).toBe('Caf\u00e9 alerts');
    expect(JSON.parse(values.config as string)).toEqual({ v: '\u00e9', ['cl\u00e9']: 'x', ok: 'caf\u00e9' });
  });

  test('a saved answer holding a number out of range (1e400) is an error naming the connector and field', async () => {
    fs.writeFileSync(path.join(dir, 'huge.json'), '[{"id":"big","name":"Big","connector_type_id":".index","config":{"index":"x","deep":{"list":[1,-1e400]}}}]');
    for (const format of ['ts', 'hcl']) {
      const r = await runCli(['import', '--from-file', 'huge.json', '--format', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/unexpected error/);
      expect(r.stderr).toBe('kibana-connectors: saved answers (huge.json): connector default/big ("Big"): config.deep.list[1] is -Infinity, which JSON cannot hold (a number too large for JavaScript, such as 1e400)\n');
    }
  });
});

describe('planning and emitting', () => {
  const plan = (): ReturnType<typeof planImport> => planImport(spaces(), { registry: CONNECTOR_TYPES, tokenMarkers: findCdktfMarker });

  test('a name override may not be a JavaScript object member either', () => {
    expect(() => planImport(spaces(), { registry: CONNECTOR_TYPES, nameOverrides: { 'default/victim': 'constructor' } }))
      .toThrow(new NameOverrideError('default/victim', 'the name "constructor" is reserved'));
  });

  test('__proto__ config keys are own properties of the planned config, in both outputs', () => {
    const generic = plan().connectors.find((c) => c.connectorId === 'cfg-generic')!;
    expect(Object.prototype.hasOwnProperty.call(generic.config, '__proto__')).toBe(true);
    expect(canonical(generic.config)).toBe(canonical(byId.get('cfg-generic')!.config));
    expect(emitTypeScript(plan())).toContain('["__proto__"]: {\n');
    expect(emitHcl(plan())).toMatch(/^ {4}"__proto__" = \{$/m);
  });

  test('formatReport escapes control and bidi characters of every Kibana string', () => {
    const text = formatReport(buildReport(plan()));
    for (const line of text.split('\n')) expect(line).not.toMatch(UNSAFE);
    expect(text).toContain(JSON.stringify(CONTROL.name).replace(/\u202e/, '\\u202e').replace(/\u009b/, '\\u009b'));
  });

  test('the TypeScript output writes control, line-separator and bidi characters as escapes, never raw', () => {
    const ts = emitTypeScript(plan());
    for (const line of ts.split('\n')) expect(line).not.toMatch(UNSAFE);
    expect(ts).toContain('\\u202egnp.exe\\u009b2J');
  });

  test('output is byte-identical on re-run', () => {
    expect(emitTypeScript(plan())).toBe(emitTypeScript(plan()));
    expect(emitHcl(plan())).toBe(emitHcl(plan()));
    expect(JSON.stringify(buildReport(plan()))).toBe(JSON.stringify(buildReport(plan())));
  });

  test('token markers: the TypeScript output leaves the connector out, the HCL writes it', () => {
    const ts = emitTypeScript(plan());
    const hcl = emitHcl(plan());
    expect(ts).not.toMatch(/^[^/].*TfToken/m);
    expect(ts).toMatch(/^\/\/ 13 connector\(s\) imported, 0 skipped \(see the report\), 7 left out \(below\)\.$/m);
    expect(hcl).toContain('"s" = "leak $' + TOKEN_MARKER + '"');
    expect(hcl).toContain('  name              = "Token $' + TOKEN_MARKER + ' in name"\n');
  });

  test('data holding cdktf token markers never reaches a construct, not even the secret probe\'s', () => {
    const probed: string[] = [];
    const probe: SecretProbe = (input) => {
      probed.push(JSON.stringify(input));
      return { required: [], problems: [] };
    };
    planImport(spaces(), { registry: CONNECTOR_TYPES, secretProbe: probe, tokenMarkers: findCdktfMarker });
    expect(probed.length).toBeGreaterThan(0);
    expect(probed.filter((p) => /TfToken/.test(p))).toEqual([]);
  });

  test('the report says what the output it describes holds: --format ts skips, hcl imports, unset notes', () => {
    const entry = (report: ImportReport): ImportReport['connectors'][number] => report.connectors.find((e) => e.id === 'token-config')!;
    const ts = buildReport(plan(), { format: 'ts' });
    expect(entry(ts)).toMatchObject({ status: 'skipped', skip_reason: 'left out of the TypeScript output: config.s holds a cdktf token marker, which cdktf would replace at synth; --format hcl writes it exactly' });
    expect(ts.summary).toMatchObject({ imported: 13, skipped: 7 });
    const hcl = buildReport(plan(), { format: 'hcl' });
    expect(entry(hcl)).toMatchObject({ status: 'imported' });
    expect(entry(hcl).notes!.join('; ')).not.toMatch(/TypeScript/);
    expect(hcl.summary).toMatchObject({ imported: 20, skipped: 0 });
    expect(entry(buildReport(plan())).notes![0]).toBe(entry(ts).skip_reason);
  });

  test('cdktf\'s marker rule: its token markers are found, Terraform templates are not', () => {
    for (const text of [TOKEN_MARKER, 'a #{TfToken[TOKEN.7]} b', '&{TfToken[X.1]}', `x ${NUMBER_TOKEN} y`]) expect(holdsCdktfMarker(text)).toBe(true);
    for (const text of ['${var.x}', '%{ if true }x%{ endif }', '$${TfToken[TOKEN.1]', '${TfToken[]}', '1e5 and 1.5e-7', 'TfToken']) expect(holdsCdktfMarker(text)).toBe(false);
    expect(findCdktfMarker({ a: [1, { b: NUMBER_TOKEN }] }, 'config')).toBe('config.a[1].b');
    expect(findCdktfMarker({ 'x-y': { [TOKEN_MARKER]: 1 } }, 'config')).toBe(`the key config["x-y"][${JSON.stringify(TOKEN_MARKER)}]`);
    expect(findCdktfMarker({ a: '${var.x}', n: 1e300 }, 'config')).toBeUndefined();
  });
});

interface HclBlock {
  readonly header: string;
  readonly attributes: Record<string, string>;
}

/** The top-level blocks of emitted HCL, each with its attributes' expression texts. */
function hclBlocks(text: string): HclBlock[] {
  const blocks: HclBlock[] = [];
  let current: { header: string; attributes: Record<string, string> } | undefined;
  let key: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    if (!current) {
      const m = /^(.*) \{$/.exec(line);
      if (m) current = { header: m[1], attributes: {} };
      continue;
    }
    if (line === '}') {
      blocks.push(current);
      current = undefined;
      key = undefined;
      continue;
    }
    const attribute = /^ {2}([a-z_]+) *= (.*)$/.exec(line);
    if (attribute) {
      key = attribute[1];
      current.attributes[key] = attribute[2];
    } else if (key) {
      current.attributes[key] += '\n' + line;
    }
  }
  return blocks;
}
