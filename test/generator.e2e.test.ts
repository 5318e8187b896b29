import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { scratchDir } from './support/synth';
import { GENERATED_MARKER } from '../generator/connectors/emit';
import { DEFAULT_OUT_DIR, DEFAULT_README, generate, ROOT, writeFiles } from '../generator/connectors/generate';
import { InputError } from '../generator/connectors/parse';
import { readConnectorTable, writeConnectorTable } from '../generator/connectors/readme';
import { docText } from '../generator/connectors/sanitize';

// The committed fixture, plus the example every typed catalog entry needs (added here, in a copy).
const FIXTURE = (() => {
  const dir = scratchDir('kc-gen-fixture-');
  fs.cpSync(path.join(__dirname, 'fixtures', 'generator', 'basic'), dir, { recursive: true });
  const demo = path.join(dir, 'catalog', 'demo.json');
  const data = JSON.parse(fs.readFileSync(demo, 'utf8'));
  data.example = { name: 'Demo', config: { url: 'https://demo.example.com' }, secrets: { token: { $sensitive: 'demo_token' } } };
  fs.writeFileSync(demo, JSON.stringify(data, null, 2));
  return dir;
})();
const fixture = () => generate({ typesFile: path.join(FIXTURE, 'connector-types.json'), catalogDir: path.join(FIXTURE, 'catalog') });

describe('connector generator on fixture inputs', () => {
  const { model, files } = fixture();

  test('typed, untyped (no catalog entry), system and catalog-only types are told apart', () => {
    expect(model.connectors.map((c) => [c.typeId, c.constructName, c.typed])).toEqual([
      ['.demo', 'DemoConnector', true],
      ['.mystery-box', 'MysteryBoxConnector', false],
    ]);
    expect(model.skipped).toEqual([{ typeId: '.cases', reason: expect.stringContaining('system action type (is_system_action_type: true)') }]);
    expect(model.notInAnswer).toEqual([{ typeId: '.orphan', file: expect.stringMatching(/orphan\.json$/) }]);
    // Unknown fields in the answer (source, is_testable, brand_new_field) are accepted and ignored.
    expect(model.connectors[0].license).toBe('gold');
    expect(model.connectors[1].deprecated).toBe(true);
  });

  test('writes one file per construct plus enums, index and registry, each marked generated', () => {
    expect([...files.keys()]).toEqual(['demo.ts', 'enums.ts', 'index.ts', 'mystery-box.ts', 'registry.ts', 'specs/catalog.ts', 'specs/demo.ts']);
    for (const [name, text] of files) {
      expect(text.startsWith(`${GENERATED_MARKER}\n`)).toBe(true);
      expect(text).toContain('// Regenerate with: npx projen generate');
      expect(`${name}: ${text.endsWith('\n')}`).toBe(`${name}: true`);
    }
  });

  test('emitted files (snapshot)', () => {
    for (const [name, text] of files) expect(text).toMatchSnapshot(name);
  });

  test('a key that is not a valid jsii name is mapped, and documented', () => {
    const demo = files.get('demo.ts')!;
    expect(demo).toContain('readonly fetchThing?: string;');
    expect(demo).toContain("Written to Kibana's `getThing` field (renamed: `getThing` is not a valid jsii property name).");
    expect(files.get('specs/demo.ts')).toContain("{ key: 'getThing', property: 'fetchThing', type: 'string' }");
    expect(files.get('registry.ts')).toContain("configFields: ['url', 'mode', 'getThing', 'targets', 'labels']");
  });

  test('text from the inputs cannot break out of doc comments', () => {
    const demo = files.get('demo.ts')!;
    const classDoc = demo.slice(demo.indexOf('/**\n * A demo connector.'), demo.indexOf('export class DemoConnector'));
    expect(classDoc).toContain('comment *\\/ and');
    expect(classDoc).toContain(' * \\@deprecated starts a tag');
    expect(classDoc).not.toContain('\u0007');
    expect(classDoc.match(/\*\//g)).toHaveLength(1);
  });

  test('an untyped construct takes free-form config and secrets', () => {
    const mystery = files.get('mystery-box.ts')!;
    expect(mystery).toContain('export class MysteryBoxConnector extends KibanaConnector');
    expect(mystery).toContain('readonly config?: { [key: string]: any };');
    expect(mystery).toContain('readonly secrets?: { [key: string]: any };');
    expect(mystery).toContain("FIRST_KIBANA_VERSION: string = 'unknown'");
    expect(files.get('registry.ts')).toMatch(/'\.mystery-box': \{[^}]*typed: false/);
  });

  test('re-runs are byte-identical', () => {
    expect(fixture().files).toEqual(files);
  });
});

/** A version fact with the evidence the tests need (a fixture cites no Kibana source). */
function versions(...ranges: Array<{ since?: string; until?: string }>) {
  return { ranges, evidence: [{ unsettled: 'test fixture' }] };
}

describe('malformed inputs are rejected with the file and the field named', () => {
  function copyFixture(): string {
    const dir = scratchDir('kc-gen-');
    fs.cpSync(FIXTURE, dir, { recursive: true });
    return dir;
  }
  function editJson(file: string, edit: (data: any) => void): void {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    edit(data);
    fs.writeFileSync(file, JSON.stringify(data));
  }
  function errorOf(dir: string): string {
    try {
      generate({ typesFile: path.join(dir, 'connector-types.json'), catalogDir: path.join(dir, 'catalog') });
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as Error).message;
    }
    throw new Error('generate() accepted malformed input');
  }

  const CASES: Array<[string, string, (data: any) => void, string]> = [
    ['a field type outside the list', 'catalog/demo.json', (d) => { d.config.url.type = 'url'; },
      'catalog/demo.json: config.url.type must be one of string, number, boolean, enum, stringList, numberList, stringMap, json, jsonList, struct, structList (got "url")'],
    ['an unknown key in a catalog field', 'catalog/demo.json', (d) => { d.secrets.token.requried = true; },
      'catalog/demo.json: secrets.token.requried is not a known key here'],
    ['an enum no file declares', 'catalog/demo.json', (d) => { d.config.mode.enum = 'NoSuchEnum'; },
      'catalog/demo.json: config.mode.enum names NoSuchEnum, which no catalog file declares under "enums"'],
    ['a default outside the enum', 'catalog/demo.json', (d) => { d.config.mode.default = 'warp'; },
      'catalog/demo.json: config.mode.default "warp" is not a valid default for a field of type enum'],
    ['a rule on a field the type does not have', 'catalog/demo.json', (d) => { d.rules[0].require = ['secrets.nope']; },
      'catalog/demo.json: rules[0].require[0] "secrets.nope" is not a config, secrets or params field of this type'],
    ['a key jsii cannot take, without a property', 'catalog/demo.json', (d) => { delete d.config.getThing.property; },
      'catalog/demo.json: config.getThing starts with get/set, which jsii forbids'],
    ['a typed entry without example', 'catalog/demo.json', (d) => { delete d.example; },
      'catalog/demo.json: example is missing: give the props of a valid construct'],
    ['an example with an unknown key', 'catalog/demo.json', (d) => { d.example.props = {}; },
      'catalog/demo.json: example.props is not a known key here'],
    ['a missing description', 'catalog/demo.json', (d) => { delete d.config.url.description; },
      'catalog/demo.json: config.url.description is required (schema/entry.schema.json)'],
    ['an entry without sources', 'catalog/demo.json', (d) => { delete d.sources; },
      'catalog/demo.json: sources is required (schema/entry.schema.json)'],
    ['a since that is not a Kibana version', 'catalog/demo.json', (d) => { d.config.url.versions = versions({ since: '9.2-beta' }); },
      'catalog/demo.json: config.url.versions.ranges[0].since must match pattern'],
    ['an until of "unreleased"', 'catalog/demo.json', (d) => { d.rules[0].versions = versions({ until: 'unreleased' }); },
      'catalog/demo.json: rules[0].versions.ranges[0].until must NOT be valid'],
    ['ranges out of order', 'catalog/demo.json', (d) => { d.config.url.versions = versions({ since: '9.0.0' }, { since: '8.0.0', until: '8.5.0' }); },
      'catalog/demo.json: config.url.versions.ranges[1] starts before the previous range ends: list ranges oldest first, without overlaps'],
    ['a since no evidence names', 'catalog/demo.json', (d) => { d.config.url.versions = { ranges: [{ since: '9.2.5' }], evidence: [{ pr: 1, labels: ['v9.4.0'] }] }; },
      'catalog/demo.json: config.url.versions.ranges[0].since is 9.2.5, which no evidence names: give the pull request labelled v9.2.5, or the file read at v9.2.5, or say why it is unsettled'],
    ['versions without evidence', 'catalog/demo.json', (d) => { d.config.url.versions = { ranges: [{ since: '9.2.5' }], evidence: [] }; },
      'catalog/demo.json: config.url.versions.evidence must NOT have fewer than 1 items'],
    ['a description that states a version', 'catalog/demo.json', (d) => { d.config.url.description = 'Where to send (Kibana 9.3 and later).'; },
      'catalog/demo.json: config.url.description states a version by hand ("9.3"); give versions as data'],
    ['a catalog file not named after its construct file', 'catalog/demo.json', (d) => { d.constructName = 'DemoThingConnector'; },
      'catalog/demo.json: constructName is DemoThingConnector, whose construct file is src/connectors/demo-thing.ts: name the catalog file demo-thing.json'],
    ['a rule that mixes params with config', 'catalog/demo.json', (d) => { d.rules.push({ when: { 'config.mode': 'slow' }, require: ['params.message'] }); },
      'catalog/demo.json: rules[2].require[0] "params.message" mixes params with config or secrets in one rule'],
    ['a value range for a value the enum does not have', 'catalog/demo.json', (d) => { d.config.mode.valueVersions = { warp: versions({ since: '9.0' }) }; },
      'catalog/demo.json: config.mode.valueVersions names "warp", which is not a value of DemoMode'],
    ['both default and defaults', 'catalog/demo.json', (d) => { d.config.mode.defaults = [{ value: 'slow', versions: versions({ since: '9.0' }) }]; },
      'catalog/demo.json: config.mode.defaults cannot be combined with default'],
    ['a version-dependent default on a condition the type cannot read', 'catalog/demo.json', (d) => {
      delete d.config.mode.default;
      d.config.mode.defaults = [{ value: 'slow', when: { 'config.nope': true } }];
    }, 'catalog/demo.json: config.mode.defaults[0].when["config.nope"] "config.nope" is not another config or secrets field of this type'],
    ['a value rule on a field that is not a string', 'catalog/demo.json', (d) => { d.rules.push({ value: 'config.mode', is: 'jsonObjectText' }); },
      'catalog/demo.json: rules[2].value names config.mode, which is not a string field (jsonObjectText checks JSON text)'],
    ['a urlHostIn value rule without hosts', 'catalog/demo.json', (d) => { d.rules.push({ value: 'config.url', is: 'urlHostIn' }); },
      'catalog/demo.json: rules[2].hosts is required (a non-empty list) with is "urlHostIn", and only then'],
    ['an override of a field no include brings in', 'catalog/demo.json', (d) => { d.overrides = { 'config.url': { versions: versions({ since: '9.0' }) } }; },
      'catalog/demo.json: overrides["config.url"] must name a config or secrets field that an include brings in'],
    ['an answer element without id', 'connector-types.json', (d) => { delete d[1].id; },
      'connector-types.json: [1].id must be a non-empty string, not undefined'],
    ['an unknown license', 'connector-types.json', (d) => { d[0].minimum_license_required = 'diamond'; },
      'connector-types.json: [0].minimum_license_required must be one of basic, standard, gold, platinum, enterprise, trial (got "diamond")'],
    ['features that are not strings', 'connector-types.json', (d) => { d[0].supported_feature_ids = ['alerting', 3]; },
      'connector-types.json: [0].supported_feature_ids[1] must be a non-empty string, not number'],
  ];

  test.each(CASES)('%s', (_title, file, edit, message) => {
    const dir = copyFixture();
    editJson(path.join(dir, file), edit);
    const error = errorOf(dir);
    const [shownFile, rest] = message.split(': ', 2) as [string, string];
    expect(error).toContain(`${path.join(dir, shownFile)}: ${rest}`);
  });

  test('a file that is not JSON, and an answer that is not an array', () => {
    let dir = copyFixture();
    fs.writeFileSync(path.join(dir, 'catalog', 'demo.json'), '{ "typeId": ".demo", ');
    expect(errorOf(dir)).toContain(`${path.join(dir, 'catalog', 'demo.json')}: is not valid JSON`);
    dir = copyFixture();
    fs.writeFileSync(path.join(dir, 'connector-types.json'), '{"id": ".slack"}');
    expect(errorOf(dir)).toContain(`${path.join(dir, 'connector-types.json')}: must be a JSON array`);
  });

  test('the command line prints the problem on one line and exits 1, without a stack trace', () => {
    const dir = copyFixture();
    editJson(path.join(dir, 'catalog', 'demo.json'), (d) => { d.config.url.type = 'url'; });
    const r = runCli(['--types', path.join(dir, 'connector-types.json'), '--catalog', path.join(dir, 'catalog'), '--out', path.join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`connector generator: ${path.join(dir, 'catalog', 'demo.json')}: config.url.type must be one of string, number, boolean, enum, stringList, numberList, stringMap, json, jsonList, struct, structList (got "url") (schema/entry.schema.json)`);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('shared field groups (catalog/groups/)', () => {
  function withGroups(groups: Record<string, any>, editDemo: (d: any) => void): string {
    const dir = scratchDir('kc-gen-groups-');
    fs.cpSync(FIXTURE, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, 'catalog', 'groups'));
    for (const [name, group] of Object.entries(groups)) fs.writeFileSync(path.join(dir, 'catalog', 'groups', `${name}.json`), JSON.stringify(group));
    const file = path.join(dir, 'catalog', 'demo.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    editDemo(data);
    fs.writeFileSync(file, JSON.stringify(data));
    return dir;
  }
  const run = (dir: string) => generate({ typesFile: path.join(dir, 'connector-types.json'), catalogDir: path.join(dir, 'catalog') });
  function errorOf(dir: string): string {
    try {
      run(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as Error).message;
    }
    throw new Error('generate() accepted malformed input');
  }
  // demo.json's labels (config), user and password (secrets) and its together rule, moved to groups.
  const basic = {
    description: 'User and password.',
    secrets: { user: { type: 'string', description: 'User.' }, password: { type: 'string', description: 'Password.' } },
    rules: [{ when: { 'config.mode': 'slow' }, require: ['secrets.user'] }, { together: ['secrets.user', 'secrets.password'] }],
  };
  const labels = { description: 'Labels.', requires: ['basic'], config: { labels: { type: 'stringMap', description: 'Labels.' } } };
  const moveToGroups = (d: any) => {
    delete d.config.labels;
    delete d.secrets.user;
    delete d.secrets.password;
    delete d.rules;
    d.include = ['basic', 'labels'];
  };

  test('an included group is written once and shared: the construct extends its interfaces, the rule data names it', () => {
    const dir = withGroups({ basic, labels }, moveToGroups);
    const { files, model } = run(dir);
    const demo = files.get('demo.ts')!;
    expect(demo).toContain('export interface DemoConnectorConfig extends LabelsConfig {');
    expect(demo).toContain('export interface DemoConnectorSecrets extends BasicSecrets {');
    expect(demo.slice(0, demo.indexOf('\nimport '))).toContain('\n// Shared field groups: basic, labels (catalog/groups/).\n');
    expect(files.get('specs/groups/basic.ts')).toContain('export const BASIC_GROUP: GroupSpec = {');
    expect(files.get('groups/basic.ts')).not.toContain('BASIC_GROUP');
    expect(files.get('index.ts')).not.toContain('specs/');
    expect(files.get('specs/demo.ts')).toContain('groups: [{ group: BASIC_GROUP }, { group: LABELS_GROUP }]');
    // The same fields and rules as the entry that writes them itself, in the same order.
    const own = fixture().model.connectors[0];
    const grouped = model.connectors[0];
    expect(grouped.secrets.map((f) => f.key)).toEqual(own.secrets.map((f) => f.key));
    expect(grouped.config.map((f) => f.key)).toEqual(own.config.map((f) => f.key));
    expect(grouped.rules.map(({ kind }) => kind)).toEqual(own.rules.map(({ kind }) => kind));
  });

  test.each([
    ['an unknown group', {}, (d: any) => { d.include = ['basic']; },
      'catalog/demo.json: include[0] names "basic", which is not a group in catalog/groups/ (there are none)'],
    ['a group included twice', { basic }, (d: any) => { moveToGroups(d); d.include = ['basic', 'basic']; },
      'catalog/demo.json: include[1] includes "basic" a second time'],
    ['a field the entry defines as well', { basic }, (d: any) => { d.include = ['basic']; },
      'catalog/demo.json: include[0] includes "basic", whose field secrets.user ({dir}/catalog/groups/basic.json) is also defined by {dir}/catalog/demo.json'],
    ['a field two groups define', { basic, other: { description: 'x', secrets: { user: { type: 'string', description: 'U.' } } } },
      (d: any) => { moveToGroups(d); d.include = ['basic', 'other']; },
      'catalog/demo.json: include[1] includes "other", whose field secrets.user ({dir}/catalog/groups/other.json) is also defined by {dir}/catalog/groups/basic.json'],
    ['a group included before one it requires', { basic, labels }, (d: any) => { moveToGroups(d); d.include = ['labels', 'basic']; },
      'catalog/demo.json: include[0] includes "labels", whose rules use the fields of "basic": include it before ({dir}/catalog/groups/labels.json requires it)'],
    ['a group requiring no group', { labels: { ...labels, requires: ['nope'] } }, () => undefined,
      'catalog/groups/labels.json: requires[0] names "nope", which is not a group (groups: labels)'],
    ['a bad field in a group, named in the group file', { basic: { ...basic, secrets: { ...basic.secrets, mode: { type: 'enum', enum: 'NoSuchEnum', description: 'x' } } } },
      (d: any) => { moveToGroups(d); d.include = ['basic']; d.config.labels = { type: 'stringMap', description: 'Labels.' }; },
      'catalog/groups/basic.json: secrets.mode.enum names NoSuchEnum, which no catalog file declares under "enums"'],
    ['a group rule on a field the entry does not have', { basic: { ...basic, rules: [{ together: ['secrets.user', 'secrets.pin'] }] } },
      (d: any) => { moveToGroups(d); d.include = ['basic']; d.config.labels = { type: 'stringMap', description: 'Labels.' }; },
      'catalog/groups/basic.json: rules[0].together[1] "secrets.pin" is not a config, secrets or params field of this type'],
    ['an unknown key in a group', { basic: { ...basic, fields: {} } }, (d: any) => { moveToGroups(d); d.include = ['basic']; },
      'catalog/groups/basic.json: fields is not a known key here'],
  ] as Array<[string, Record<string, any>, (d: any) => void, string]>)('%s is rejected, naming the file', (_title, groups, edit, message) => {
    const dir = withGroups(groups, edit);
    const [shownFile, rest] = message.split(': ', 2) as [string, string];
    expect(errorOf(dir)).toContain(`${path.join(dir, shownFile)}: ${rest.split('{dir}').join(dir)}`);
  });
});

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'generator', 'connectors', 'main.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'generator', 'tsconfig.json') },
  });
}

describe('the command line', () => {
  test('prints a summary naming untyped and system types, and removes stale generated files only', () => {
    const out = scratchDir('kc-gen-out-');
    fs.writeFileSync(path.join(out, 'stale.ts'), `${GENERATED_MARKER}\nexport {};\n`);
    fs.writeFileSync(path.join(out, 'hand-written.ts'), 'export {};\n');
    const r = runCli(['--types', path.join(FIXTURE, 'connector-types.json'), '--catalog', path.join(FIXTURE, 'catalog'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^connector generator: 2 constructs \(1 typed, 1 untyped\), 1 enums, 7 files in /);
    expect(r.stdout).toContain('untyped (no catalog entry; free-form config and secrets):\n  .mystery-box -> MysteryBoxConnector');
    expect(r.stdout).toContain('no construct:\n  .cases: system action type (is_system_action_type: true)');
    expect(r.stdout).toContain('.orphan (');
    expect(r.stdout).toContain('removed stale generated files: stale.ts');
    expect(fs.readdirSync(out).sort()).toEqual(['demo.ts', 'enums.ts', 'hand-written.ts', 'index.ts', 'mystery-box.ts', 'registry.ts', 'specs']);
    expect(fs.readdirSync(path.join(out, 'specs')).sort()).toEqual(['catalog.ts', 'demo.ts']);
    expect(r.stdout).not.toContain('connector table');
  });

  test('--readme writes the connector table between the markers and leaves the rest of the file alone', () => {
    const dir = scratchDir('kc-gen-readme-');
    const readme = path.join(dir, 'README.md');
    const before = '# Title\n\n<!-- connector-table:begin (generated) -->\n| stale |\n<!-- connector-table:end -->\n\nAfter.\n';
    fs.writeFileSync(readme, before);
    const args = ['--types', path.join(FIXTURE, 'connector-types.json'), '--catalog', path.join(FIXTURE, 'catalog'), '--out', path.join(dir, 'out'), '--readme', readme];
    const r = runCli(args);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`connector table in ${readme}: updated`);
    expect(fs.readFileSync(readme, 'utf8')).toBe([
      '# Title',
      '',
      '<!-- connector-table:begin (generated) -->',
      '| type id | construct | Kibana name | license | since |',
      '|---|---|---|---|---|',
      '| `.demo` | `DemoConnector` | Demo | gold | 8.12 |',
      '| `.mystery-box` | `MysteryBoxConnector` | Mystery Box | basic | unknown |',
      '<!-- connector-table:end -->',
      '',
      'After.',
      '',
    ].join('\n'));
    expect(runCli(args).stdout).toContain(`connector table in ${readme}: unchanged`);
  });

  test('a README without the markers is an error naming the file, and is left alone', () => {
    const readme = path.join(scratchDir('kc-gen-readme-'), 'README.md');
    fs.writeFileSync(readme, '# No table here\n');
    expect(() => writeConnectorTable(readme, '| x |')).toThrow(`${readme}: has no connector table markers`);
    expect(fs.readFileSync(readme, 'utf8')).toBe('# No table here\n');
  });
});

describe('committed output', () => {
  test('src/connectors/ is what the generator writes from the committed inputs', () => {
    const out = scratchDir('kc-gen-fresh-');
    writeFiles(generate().files, out);
    const list = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((n) => n.endsWith('.ts')).sort();
    const fresh = list(out);
    const committed = list(DEFAULT_OUT_DIR);
    const differing = [...new Set([...fresh, ...committed])].filter((name) => {
      const a = path.join(out, name);
      const b = path.join(DEFAULT_OUT_DIR, name);
      return !fs.existsSync(a) || !fs.existsSync(b) || fs.readFileSync(a, 'utf8') !== fs.readFileSync(b, 'utf8');
    });
    if (differing.length) {
      throw new Error(`src/connectors/ differs from a fresh generator run (${differing.join(', ')}): run \`npx projen generate\` and commit the result`);
    }
  });
});

describe('committed README', () => {
  test("the connector table between README.md's markers is what the generator writes", () => {
    const committed = readConnectorTable(DEFAULT_README);
    const fresh = generate().readmeTable;
    if (committed !== fresh) {
      throw new Error(`README.md's connector table differs from a fresh generator run: run \`npx projen generate:connectors\` and commit README.md\n--- committed\n${committed}\n--- fresh\n${fresh}`);
    }
  });
});

describe('generated code layout', () => {
  test('no committed generated line is over 120 characters, unless it is one string literal', () => {
    const long: string[] = [];
    for (const name of fs.readdirSync(DEFAULT_OUT_DIR).filter((n) => n.endsWith('.ts')).sort()) {
      fs.readFileSync(path.join(DEFAULT_OUT_DIR, name), 'utf8').split('\n').forEach((line, i) => {
        if (line.length > 120 && !/^\s*'[^']*',?$/.test(line)) long.push(`${name}:${i + 1} (${line.length})`);
      });
    }
    expect(long).toEqual([]);
  });
});

describe('doc comment sanitizer', () => {
  test.each([
    ['ends the comment */ early', 'ends the comment *\\/ early'],
    ['line\n@param starts a tag', 'line\n\\@param starts a tag'],
    ['  @default at start', '\\@default at start'],
    ['bell\u0007 and nul\u0000 and \u2028 separators', 'bell  and nul  and   separators'],
    ['crlf\r\nline\rend', 'crlf\nline\nend'],
    ['many\n\n\n\nblank lines   \n', 'many\n\nblank lines'],
    ['an email a@b.c stays', 'an email a@b.c stays'],
  ])('%j', (input, expected) => {
    expect(docText(input)).toBe(expected);
  });
});
