// kibana.yml as Kibana reads it: the rendered file is parsed with the `yaml` package and then
// Kibana's config loader rules are applied (packages/kbn-config/src/raw: read_config.ts and
// utils.ts; @kbn/std ensureValidObjectPath): every key is split on dots unless written in the
// bracket form "[a.b]", and "${VAR}" / "${VAR:default}" in every string value is replaced from
// the environment. Entries are set with lodash `set` (@kbn/safer-lodash-set: lodash's, refusing
// prototype keys), on the key path as an array; keystore entries with a lodash string path
// (src/cli/keystore read_keystore: set(data, key, value)). lodash itself does the setting here:
// the copy cdktf bundles (4.17.21).
import { dirname } from 'path';
import { Construct } from 'constructs';
import { parse } from 'yaml';
import { KibanaConnector, KibanaYaml, PreconfiguredSecrets } from '../src';
import { newStack } from './support/synth';

// --- Kibana's rules, as in its source -----------------------------------------------------

const splitKey = (rawKey: string): string[] =>
  rawKey.startsWith('[') && rawKey.endsWith(']') ? [rawKey.substring(1, rawKey.length - 1)] : rawKey.split('.');

const getUnsplittableKey = (rawKey: string): string | undefined =>
  rawKey.startsWith('[') && rawKey.endsWith(']') ? rawKey.substring(1, rawKey.length - 1) : undefined;

function replaceEnvVarRefs(val: string, env: Record<string, string | undefined>): string {
  return val.replace(/\$\{(\w+)(:(\w+))?\}/g, (_match, ...groups) => {
    const envVarValue = env[groups[0]];
    if (envVarValue !== undefined) return envVarValue;
    if (groups[2] !== undefined) return groups[2];
    throw new Error(`Unknown environment variable referenced in config : ${groups[0]}`);
  });
}

function ensureValidObjectPath(path: string[]): void {
  const flat = path.join('.');
  for (const pattern of ['__proto__', 'constructor.prototype']) {
    if (flat.includes(pattern)) throw new Error(`Forbidden path detected: ${flat}`);
  }
}

const isPlainObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Lodash {
  /** Sets `value` at `path`; a missing level becomes an array when the next key is an index (`"0"`, `"12"`), else an object. */
  set(object: object, path: string | string[], value: unknown): any;
  /** The key path of a string path (`a["b.c"][0]` → `["a", "b.c", "0"]`). */
  toPath(path: string): string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lodash: Lodash = require(require.resolve('lodash', { paths: [dirname(require.resolve('cdktf/package.json'))] }));
const set = (root: any, keys: string[], value: unknown): void => { lodash.set(root, keys, value); };

/** Kibana's getConfigFromFiles for one file's text, with `env` as the environment. */
function kibanaLoad(text: string, env: Record<string, string | undefined> = {}): any {
  const processEntryValue = (value: any): any => {
    if (isPlainObject(value) || Array.isArray(value)) {
      for (const [subKey, subVal] of Object.entries(value)) {
        const unsplitKey = getUnsplittableKey(subKey);
        if (unsplitKey) {
          delete (value as any)[subKey];
          set(value, [unsplitKey], processEntryValue(subVal));
        } else {
          const subKeySplits = splitKey(subKey);
          if (subKeySplits.length > 1) delete (value as any)[subKey];
          set(value, subKeySplits, processEntryValue(subVal));
        }
      }
    } else if (typeof value === 'string') {
      return replaceEnvVarRefs(value, env);
    }
    return value;
  };
  const entries: { path: string[]; value: unknown }[] = [];
  const list = (level: any, path: string[]): void => {
    if (isPlainObject(level) && Object.keys(level).length > 0) {
      for (const [subKey, subVal] of Object.entries(level)) list(subVal, [...path, ...splitKey(subKey)]);
    } else if (path.length) {
      entries.push({ path, value: processEntryValue(level) });
    }
  };
  list(parse(text), []);
  entries.forEach((e) => ensureValidObjectPath(e.path));
  const root = {};
  entries.forEach((e) => set(root, e.path, e.value));
  return root;
}

/** The key path `set(data, key, value)` gives a keystore key: lodash's own. */
const lodashPath = (key: string): string[] => lodash.toPath(key);

/** The words of a POSIX shell command line made of plain, single-quoted and backslash-escaped parts. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /\s*((?:[^\s'\\]+|'[^']*'|\\.)+)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[1]) words.push(m[1].replace(/'([^']*)'|\\(.)|([^'\\]+)/g, (_x, quoted, escaped, plain) => quoted ?? escaped ?? plain));
  return words;
}

const preconfigured = (text: string, env?: Record<string, string>): Record<string, any> => kibanaLoad(text, env).xpack.actions.preconfigured;

// --- tests ---------------------------------------------------------------------------------

describe('kibana.yml keys as Kibana reads them', () => {
  function dotted() {
    const stack = newStack('yml');
    const hook = new KibanaConnector(stack, 'hook', {
      name: 'Ops hook',
      connectorTypeId: '.webhook',
      connectorId: 'ops.hook',
      config: {
        url: 'https://example.com/hook',
        headers: { 'X.Api.Version': '2', '[bracketed]': 'b', '[odd.one]': 'c', 'plain': 'd' },
        list: [{ 'a.b': 1 }],
      },
      secrets: { secretHeaders: { 'X.Token': 'tok' } },
    });
    const plain = new KibanaConnector(new Construct(stack, 'team'), 'plain', { name: 'Plain', connectorTypeId: '.server-log' });
    return { stack, hook, plain };
  }

  test('dotted connector ids and keys come back exactly (bracket form)', () => {
    const { stack } = dotted();
    const text = KibanaYaml.preconfiguredUnder(stack, { secrets: PreconfiguredSecrets.CLEAR_TEXT });
    expect(preconfigured(text)).toEqual({
      'ops.hook': {
        name: 'Ops hook',
        actionTypeId: '.webhook',
        config: {
          url: 'https://example.com/hook',
          headers: { 'X.Api.Version': '2', '[bracketed]': 'b', '[odd.one]': 'c', 'plain': 'd' },
          list: [{ 'a.b': 1 }],
        },
        secrets: { secretHeaders: { 'X.Token': 'tok' } },
      },
      'plain': { name: 'Plain', actionTypeId: '.server-log', config: {}, secrets: {} },
    });
  });

  test('control, line-separator and bidi characters are written as escapes and come back exactly', () => {
    const stack = newStack('yml');
    const text = '\u202egnp.exe \u009b2J \u0085 \u2028 \u2066 \u007f';
    new KibanaConnector(stack, 'odd', { name: text, connectorTypeId: '.webhook', config: { [`k${text}`]: text } });
    const yml = KibanaYaml.preconfiguredUnder(stack);
    // eslint-disable-next-line no-control-regex
    expect(yml).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const entry = Object.values(preconfigured(yml))[0];
    expect(entry).toMatchObject({ name: text, config: { [`k${text}`]: text } });
  });

  test('environment references of dotted ids resolve, and the header lists them', () => {
    const { stack } = dotted();
    const text = KibanaYaml.preconfiguredUnder(stack);
    expect(text).toContain('#   KIBANA_CONNECTOR_OPS_HOOK_SECRET_HEADERS_X_TOKEN');
    expect(preconfigured(text, { KIBANA_CONNECTOR_OPS_HOOK_SECRET_HEADERS_X_TOKEN: 'tok' })['ops.hook'].secrets).toEqual({ secretHeaders: { 'X.Token': 'tok' } });
  });

  test('keystore commands are shell-quoted and name the setting as the keystore reads it', () => {
    const stack = newStack('yml');
    new KibanaConnector(stack, 'hook', {
      name: 'n',
      connectorTypeId: '.webhook',
      connectorId: "it's.a [hook]",
      secrets: { user: 'u', secretHeaders: { 'X.Token': 't', 'say "hi"\\': 'x' } },
    });
    const text = KibanaYaml.preconfiguredUnder(stack, { secrets: PreconfiguredSecrets.KEYSTORE });
    const commands = text.split('\n').filter((l) => l.startsWith('#   bin/kibana-keystore add ')).map((l) => shellWords(l.slice(4)));
    expect(commands.map((words) => words.slice(0, 2))).toEqual([['bin/kibana-keystore', 'add'], ['bin/kibana-keystore', 'add'], ['bin/kibana-keystore', 'add']]);
    expect(commands.map((words) => words.length)).toEqual([3, 3, 3]);
    expect(commands.map((words) => lodashPath(words[2])).sort()).toEqual([
      ['xpack', 'actions', 'preconfigured', "it's.a [hook]", 'secrets', 'secretHeaders', 'X.Token'],
      ['xpack', 'actions', 'preconfigured', "it's.a [hook]", 'secrets', 'secretHeaders', 'say "hi"\\'],
      ['xpack', 'actions', 'preconfigured', "it's.a [hook]", 'secrets', 'user'],
    ].sort());
    expect(preconfigured(text)).toEqual({ "it's.a [hook]": { name: 'n', actionTypeId: '.webhook', config: {} } });
  });

  test('keys Kibana refuses (__proto__, constructor.prototype) are refused naming the connector and field', () => {
    const stack = newStack('yml');
    const a = new KibanaConnector(stack, 'a', { name: 'n', connectorTypeId: '.webhook', config: { headers: JSON.parse('{"__proto__": "x"}') } });
    expect(() => KibanaYaml.preconfigured([a])).toThrow(/\[yml\/a\] config\.headers\.__proto__: Kibana refuses settings whose path contains "__proto__" or "constructor\.prototype"/);
    const b = new KibanaConnector(stack, 'b', { name: 'n', connectorTypeId: '.webhook', config: { constructor: { prototype: 1 } } });
    expect(() => KibanaYaml.preconfigured([b])).toThrow(/\[yml\/b\] config\.constructor\.prototype: Kibana refuses/);
    const c = new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.slack', connectorId: 'x.__proto__', secrets: { webhookUrl: 'u' } });
    expect(() => KibanaYaml.preconfigured([c], { secrets: PreconfiguredSecrets.KEYSTORE })).toThrow(/\[yml\/c\] connectorId: Kibana refuses/);
  });
});

describe('all-digit keys (lodash `set` makes an array of a level whose key is an index)', () => {
  test('the loader model is lodash: an index key makes an array, a quoted bracket segment too; "01" stays a key', () => {
    expect(Array.isArray(kibanaLoad('a:\n  "1":\n    b: x\n').a)).toBe(true);
    expect(Array.isArray(lodash.set({}, 'a["1"].b', 'x').a)).toBe(true);
    expect(kibanaLoad('a:\n  "01": x\n')).toEqual({ a: { '01': 'x' } });
  });

  test('a construct id that is all digits is refused naming the construct; no form of it stays an object key', () => {
    const stack = newStack('yml');
    const one = new KibanaConnector(stack, '1', { name: 'n', connectorTypeId: '.server-log' });
    const fixed = new KibanaConnector(stack, 'fixed', { name: 'n', connectorTypeId: '.server-log', connectorId: '123' });
    expect(() => KibanaYaml.preconfigured([one])).toThrow(
      '[yml/1] construct id "1" is all digits: Kibana\'s config loader (lodash set) would make xpack.actions.preconfigured a list; give the connector a connectorId that is not a number');
    expect(() => KibanaYaml.preconfigured([fixed])).toThrow('[yml/fixed] connectorId "123" is all digits');
  });

  test.each([
    ['a config key', { config: { 0: 'x' } }, 'config["0"]'],
    ['a header key', { config: { headers: { 12: 'x' } } }, 'config.headers["12"]'],
    ['a clear-text secret key', { secrets: { secretHeaders: { 0: 's' } } }, 'secrets.secretHeaders["0"]'],
  ])('%s that is all digits is refused naming the construct and field', (_what, props, field) => {
    for (const secrets of [PreconfiguredSecrets.CLEAR_TEXT, PreconfiguredSecrets.ENV_REFERENCES, PreconfiguredSecrets.KEYSTORE]) {
      const stack = newStack('yml');
      const c = new KibanaConnector(stack, 'hook', { name: 'n', connectorTypeId: '.webhook', ...props });
      expect(() => KibanaYaml.preconfigured([c], { secrets })).toThrow(`[yml/hook] ${field}: the key is all digits`);
    }
  });

  test('digit keys inside lists, keys such as "01" or "1.5", and ids such as "1.5" come back exactly', () => {
    const stack = newStack('yml');
    new KibanaConnector(stack, '1.5', {
      name: 'n',
      connectorTypeId: '.webhook',
      config: { list: [{ 0: 'a' }], headers: { '01': 'b', '1.5': 'c', '9007199254740993': 'd' } },
    });
    expect(preconfigured(KibanaYaml.preconfiguredUnder(stack))).toEqual({
      1.5: { name: 'n', actionTypeId: '.webhook', config: { list: [{ 0: 'a' }], headers: { '01': 'b', '1.5': 'c', '9007199254740993': 'd' } }, secrets: {} },
    });
  });
});

describe('"${" in values', () => {
  test('a clear-text secret or config value holding ${NAME} is refused naming the connector and field, without its value', () => {
    const stack = newStack('yml');
    const c = new KibanaConnector(stack, 'hook', {
      name: 'n',
      connectorTypeId: '.webhook',
      config: { url: 'https://example.com/${path}' },
      secrets: { password: 'pa${B1}ss', user: 'x${A:b}y' },
    });
    let message = '';
    try {
      KibanaYaml.preconfigured([c], { secrets: PreconfiguredSecrets.CLEAR_TEXT });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('[yml/hook] config.url contains "${...}", which Kibana replaces with an environment variable when it reads kibana.yml (there is no escape for it)');
    expect(message).toContain('[yml/hook] secrets.password contains "${...}"');
    expect(message).toContain('[yml/hook] secrets.user contains "${...}"');
    expect(message).not.toContain('pa${B1}ss');
    expect(message).not.toContain('B1');
  });

  test('names and header values are checked too; "$", "${" and "${a-b}" alone are left as they are', () => {
    const stack = newStack('yml');
    const bad = new KibanaConnector(stack, 'bad', { name: 'cost ${X}', connectorTypeId: '.server-log' });
    expect(() => KibanaYaml.preconfigured([bad])).toThrow('[yml/bad] name contains "${...}"');
    const fine = new KibanaConnector(stack, 'fine', {
      name: 'n',
      connectorTypeId: '.webhook',
      config: { headers: { 'X-Price': '$5 ${ {x} ${a-b} ${:z}' } },
      secrets: { password: '$${}' },
    });
    const text = KibanaYaml.preconfigured([fine], { secrets: PreconfiguredSecrets.CLEAR_TEXT });
    expect(preconfigured(text).fine).toEqual({
      name: 'n', actionTypeId: '.webhook', config: { headers: { 'X-Price': '$5 ${ {x} ${a-b} ${:z}' } }, secrets: { password: '$${}' },
    });
  });
});

describe('scalars (the one policy of src/scalar.ts)', () => {
  test.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('a config number kibana.yml cannot hold (%s) is refused, never written as null', (n) => {
    const stack = newStack();
    new KibanaConnector(stack, 'odd', { name: 'Odd', connectorTypeId: '.server-log', config: { level: n } });
    expect(() => KibanaYaml.preconfiguredUnder(stack)).toThrow(`cannot write a value that is ${n}, which JSON cannot hold`);
  });
});
