// The CLI's files: outputs written all or nothing, through symlinks, directly to devices and
// pipes, never onto an input or onto each other; input files read as the user means them.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CliResult, runCli, SLACK_REGISTRY } from './support/cli';
import { scenarioOptions } from './support/import-scenario';
import { KibanaDouble, SAMPLE_CONNECTOR_TYPES } from './support/kibana-double';
import { scratchDir } from './support/synth';
import { CliContext } from '../src/cli/main';

const API_KEY = 'Y2xpLW91dHB1dC1maWxlcy10ZXN0LWtleQ==';
const CONNECTORS = [{ id: 'abc', name: 'Ops Slack', connector_type_id: '.slack', config: {} }];

let dir: string;
let double: KibanaDouble | undefined;
beforeEach(() => {
  dir = scratchDir('kc-cli-files-');
  fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify(CONNECTORS));
});
afterEach(async () => {
  await double?.stop();
  double = undefined;
});

async function cli(args: string[], io: Partial<CliContext> = {}): Promise<CliResult> {
  return runCli(args, {
    env: { KIBANA_API_KEY: API_KEY, ...(double ? { KIBANA_ENDPOINT: double.url } : {}) },
    cwd: dir,
    registry: SLACK_REGISTRY,
    secretProbe: null,
    ...io,
  }, [API_KEY]);
}

const at = (name: string): string => path.join(dir, name);
const read = (name: string): string => fs.readFileSync(at(name), 'utf8');

describe('outputs are written all or nothing', () => {
  test('an unwritable --report leaves --out as it was, and no temporary file behind', async () => {
    fs.writeFileSync(at('keep.tf'), 'KEEP');
    const r = await cli(['import', '--from-file', 'c.json', '--format', 'hcl', '--out', 'keep.tf', '--report', 'missing-dir/report.json']);
    expect(read('keep.tf')).toBe('KEEP');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write missing-dir\/report\.json: ENOENT/);
    expect(fs.readdirSync(dir).sort()).toEqual(['c.json', 'keep.tf']);
  });

  test('a --report that is a directory leaves --out as it was', async () => {
    fs.writeFileSync(at('keep.tf'), 'KEEP');
    fs.mkdirSync(at('reports'));
    const r = await cli(['import', '--from-file', 'c.json', '--out', 'keep.tf', '--report', 'reports']);
    expect(read('keep.tf')).toBe('KEEP');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write reports: it is a directory/);
    expect(fs.readdirSync(at('reports'))).toEqual([]);
  });

  test('both written on success; an existing file keeps its permissions', async () => {
    fs.writeFileSync(at('out.tf'), 'OLD', { mode: 0o640 });
    fs.chmodSync(at('out.tf'), 0o640);
    const r = await cli(['import', '--from-file', 'c.json', '--format', 'hcl', '--out', 'out.tf', '--report', 'report.json']);
    expect(r.code).toBe(0);
    expect(read('out.tf')).toContain('resource "elasticstack_kibana_action_connector" "ops_slack"');
    expect(JSON.parse(read('report.json')).connectors[0]).toMatchObject({ id: 'abc', status: 'imported' });
    expect(fs.statSync(at('out.tf')).mode % 0o1000).toBe(0o640);
    expect(fs.readdirSync(dir).sort()).toEqual(['c.json', 'out.tf', 'report.json']);
  });
});

describe('output paths', () => {
  test('--out through a symlink writes the link\'s target and keeps the link', async () => {
    fs.mkdirSync(at('real'));
    fs.writeFileSync(at('real/target.tf'), 'OLD');
    fs.symlinkSync(path.join('real', 'target.tf'), at('link.tf'));
    const r = await cli(['import', '--from-file', 'c.json', '--format', 'hcl', '--out', 'link.tf']);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(at('link.tf')).isSymbolicLink()).toBe(true);
    expect(read('real/target.tf')).toContain('resource "elasticstack_kibana_action_connector"');
    expect(fs.readdirSync(at('real'))).toEqual(['target.tf']);
  });

  test('a symlink to a file not yet there: the target is created, the link kept', async () => {
    fs.mkdirSync(at('real'));
    fs.symlinkSync(path.join(dir, 'real', 'new.json'), at('report-link.json'));
    const r = await cli(['import', '--from-file', 'c.json', '--report', 'report-link.json']);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(at('report-link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(read('real/new.json')).connectors).toHaveLength(1);
  });

  test.each([
    [['--from-file', 'c.json', '--out', 'c.json'], '--out c.json', '--from-file c.json'],
    [['--from-file', 'default=c.json', '--out', './c.json'], '--out ./c.json', '--from-file c.json'],
    [['--from-file', 'c.json', '--out', 'c-link.json'], '--out c-link.json', '--from-file c.json'],
    [['--from-file', 'c.json', '--out', 'c-hard.json'], '--out c-hard.json', '--from-file c.json'],
    [['--from-file', 'c.json', '--map', 'map.json', '--report', 'map.json'], '--report map.json', '--map map.json'],
    [['--from-file', 'c.json', '--out', 'same.tf', '--report', 'same.tf'], '--out same.tf', '--report same.tf'],
    [['--from-file', 'c.json', '--out', 'same.tf', '--report', 'sub/../same.tf'], '--out same.tf', '--report sub/../same.tf'],
  ])('clashing paths %j: exit 2 naming both flags, nothing written', async (args, first, second) => {
    fs.symlinkSync('c.json', at('c-link.json'));
    fs.linkSync(at('c.json'), at('c-hard.json'));
    fs.mkdirSync(at('sub'));
    fs.writeFileSync(at('map.json'), '{}');
    const before = fs.readdirSync(dir).sort();
    const r = await cli(['import', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${first} and ${second} are the same file`);
    expect(r.stdout).toBe('');
    expect(JSON.parse(read('c.json'))).toEqual(CONNECTORS);
    expect(read('map.json')).toBe('{}');
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  test('a symlink to a device is written through, not replaced (as --report /dev/stdout is)', async () => {
    fs.symlinkSync('/dev/null', at('null-link'));
    fs.symlinkSync('/dev/null', at('null-link2'));
    const r = await cli(['import', '--from-file', 'c.json', '--out', 'null-link', '--report', 'null-link2']);
    expect(r.code).toBe(0);
    for (const name of ['null-link', 'null-link2']) {
      expect(fs.lstatSync(at(name)).isSymbolicLink()).toBe(true);
      expect(fs.readlinkSync(at(name))).toBe('/dev/null');
    }
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('/dev/stdout redirected to a file (here /proc/self/fd/<n>) is written directly: the open file is not replaced', async () => {
    fs.writeFileSync(at('sink1.txt'), '');
    fs.writeFileSync(at('sink2.txt'), '');
    const fd1 = fs.openSync(at('sink1.txt'), 'r');
    const fd2 = fs.openSync(at('sink2.txt'), 'r');
    try {
      const inodes = [fs.statSync(at('sink1.txt')).ino, fs.statSync(at('sink2.txt')).ino];
      fs.symlinkSync(`/proc/self/fd/${fd1}`, at('stdout-link'));
      const r = await cli(['import', '--from-file', 'c.json', '--out', 'stdout-link', '--report', `/proc/self/fd/${fd2}`]);
      expect(r.code).toBe(0);
      expect([fs.statSync(at('sink1.txt')).ino, fs.statSync(at('sink2.txt')).ino]).toEqual(inodes);
      expect(fs.lstatSync(at('stdout-link')).isSymbolicLink()).toBe(true);
      expect(fs.readFileSync(fd1, 'utf8')).toMatch(/SlackConnector/);
      expect(JSON.parse(fs.readFileSync(fd2, 'utf8')).connectors).toHaveLength(1);
    } finally {
      fs.closeSync(fd1);
      fs.closeSync(fd2);
    }
  });

  test('a named pipe gets the output directly and stays a pipe', async () => {
    const fifo = at('pipe');
    await new Promise<void>((resolve, reject) => execFile('mkfifo', [fifo], (e) => (e ? reject(e) : resolve())));
    let reader: ReturnType<typeof execFile> | undefined;
    const received = new Promise<string>((resolve) => { reader = execFile('cat', [fifo], (_e, stdout) => resolve(stdout)); });
    try {
      const r = await cli(['import', '--from-file', 'c.json', '--format', 'hcl', '--out', 'pipe']);
      expect(r.code).toBe(0);
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
      expect(await received).toContain('resource "elasticstack_kibana_action_connector" "ops_slack"');
    } finally {
      reader?.kill();
    }
  });

  test('types --out through a symlink writes the target and keeps the link', async () => {
    double = await KibanaDouble.start(scenarioOptions({ credentials: { apiKey: API_KEY } }));
    fs.writeFileSync(at('types-real.json'), '[]\n');
    fs.symlinkSync('types-real.json', at('types.json'));
    const r = await cli(['types', '--out', 'types.json']);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(at('types.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(read('types-real.json'))).toEqual(JSON.parse(JSON.stringify(SAMPLE_CONNECTOR_TYPES)));
    fs.symlinkSync('/dev/null', at('null-types'));
    expect((await cli(['types', '--out', 'null-types'])).code).toBe(0);
    expect(fs.lstatSync(at('null-types')).isSymbolicLink()).toBe(true);
  });
});

// Issue 22: outputs a shell would refuse are refused, before anything is written.
describe('outputs a shell would refuse', () => {
  test('--out over a read-only file is refused naming it (EACCES, also when run as root), nothing written', async () => {
    fs.writeFileSync(at('ro.tf'), 'KEEP');
    fs.chmodSync(at('ro.tf'), 0o444);
    const r = await cli(['import', '--from-file', 'c.json', '--format', 'hcl', '--out', 'ro.tf', '--report', 'report.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write ro\.tf: EACCES \(permission denied: the file is read-only\)/);
    expect(r.stdout).toBe('');
    expect(read('ro.tf')).toBe('KEEP');
    expect(fs.readdirSync(dir).sort()).toEqual(['c.json', 'ro.tf']);
  });

  test('a read-only file behind a symlink is refused too; a file writable by its owner is written', async () => {
    fs.writeFileSync(at('ro-real.tf'), 'KEEP');
    fs.chmodSync(at('ro-real.tf'), 0o444);
    fs.symlinkSync('ro-real.tf', at('link.tf'));
    const r = await cli(['import', '--from-file', 'c.json', '--format', 'hcl', '--out', 'link.tf']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write link\.tf: EACCES/);
    expect(read('ro-real.tf')).toBe('KEEP');
    fs.writeFileSync(at('rw.tf'), 'OLD');
    fs.chmodSync(at('rw.tf'), 0o644);
    expect((await cli(['import', '--from-file', 'c.json', '--format', 'hcl', '--out', 'rw.tf'])).code).toBe(0);
    expect(read('rw.tf')).toContain('resource "elasticstack_kibana_action_connector"');
  });

  test.each(['--out', '--report'])('%s \'\' is a usage error, not stdout', async (flag) => {
    const r = await cli(['import', '--from-file', 'c.json', flag, '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${flag} must name a file \\(it is empty\\)`));
    expect(r.stdout).toBe('');
    expect(fs.readdirSync(dir)).toEqual(['c.json']);
  });

  test('types --out \'\' is a usage error too', async () => {
    const r = await cli(['types', '--out', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out must name a file \(it is empty\)/);
    expect(r.stdout).toBe('');
  });

  test.each([
    ['x.ts/', false],
    ['x.ts/', true],
    ['sub/x.ts//', false],
  ])('--out %s (a trailing slash; x.ts there before: %s) is refused naming it, x.ts not written', async (out, exists) => {
    fs.mkdirSync(at('sub'));
    if (exists) fs.writeFileSync(at('x.ts'), 'KEEP');
    const r = await cli(['import', '--from-file', 'c.json', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${out}: a path ending in "/" names a directory`);
    expect(r.stdout).toBe('');
    expect(fs.existsSync(at('x.ts')) ? read('x.ts') : undefined).toBe(exists ? 'KEEP' : undefined);
    expect(fs.readdirSync(at('sub'))).toEqual([]);
  });
});

describe('input files', () => {
  test('one connector object instead of a list: says what it is and what was expected', async () => {
    fs.writeFileSync(at('one.json'), JSON.stringify(CONNECTORS[0]));
    const r = await cli(['import', '--from-file', 'one.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('one.json holds one connector ("abc"), not a list of connectors: expected a JSON array of connectors (the answer of GET /api/actions/connectors)');
  });

  test.each([
    ['{"data": []}', 'data.json'],
    ['{}', 'empty.json'],
    ['{"default": [], "marketing": []}', 'none.json'],
  ])('an object holding no connectors (%s) is refused, not imported as 0', async (text, name) => {
    fs.writeFileSync(at(name), text);
    fs.writeFileSync(at('keep.ts'), 'KEEP');
    const r = await cli(['import', '--from-file', name, '--out', 'keep.ts']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${name} holds no connectors: expected the answer of GET /api/actions/connectors (a JSON array of connectors) or an object of such arrays by space id`);
    expect(read('keep.ts')).toBe('KEEP');
  });

  test('an object whose values are not lists of connectors is refused naming the key', async () => {
    fs.writeFileSync(at('paged.json'), JSON.stringify({ page: 1, per_page: 20, data: CONNECTORS }));
    const r = await cli(['import', '--from-file', 'paged.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('paged.json ["page"]: expected an array of connectors');
  });

  test('an empty array is the answer of a space without connectors: imported as 0', async () => {
    fs.writeFileSync(at('empty-space.json'), '[]');
    const r = await cli(['import', '--from-file', 'empty-space.json', '--format', 'hcl']);
    expect(r.code).toBe(0);
  });

  test('JSON files starting with a UTF-8 byte-order mark are read', async () => {
    fs.writeFileSync(at('bom.json'), '\uFEFF' + JSON.stringify(CONNECTORS));
    fs.writeFileSync(at('bom-map.json'), '\uFEFF' + JSON.stringify({ 'default/abc': 'pager' }));
    const r = await cli(['import', '--from-file', 'bom.json', '--map', 'bom-map.json', '--format', 'hcl']);
    expect(r.stderr).not.toMatch(/not valid JSON/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('resource "elasticstack_kibana_action_connector" "pager" {');
  });
});
