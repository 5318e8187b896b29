// Pieces every kibana-connectors command shares: the command context (I/O and the library data a
// command uses), exit codes, errors, option tables (each option with its description, from which
// parseArgs options and the help text are made), defineCommand (a command from its options, help
// and run: parsing, --help, positionals and --quiet in one place), the Kibana connection options and client, output
// files (all or nothing, through symlinks, refusing outputs that clash with inputs or each other),
// JSON file reading. May import src/kibana, src/importer (types), Node built-ins.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { ConnectorTypeRegistry, EnumCatalog, PropertyRenames, SecretProbe } from '../importer/plan';
import { DEFAULT_MAX_RESPONSE_BYTES, KibanaClient } from '../kibana/client';
import { ConnectionFlags, resolveConnection } from '../kibana/connection';

/** Makes the secret probe for a target Kibana version (undefined: the newest known). */
export type SecretProbeFactory = (options: { readonly kibanaVersion?: string }) => SecretProbe;

/** What a command works with: where it reads and writes, and the library data it uses; tests pass their own. */
export interface CliContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Connector types with typed constructs (default: the package's registry). */
  readonly registry: ConnectorTypeRegistry;
  /** Struct property names of Kibana keys where they differ (default: the package's). */
  readonly propertyRenames: PropertyRenames;
  /**
   * Makes the probe that finds conditionally required secrets and configs the typed construct
   * refuses, for the target Kibana version (default: the package's createSecretProbe; null: none).
   */
  readonly secretProbe: SecretProbeFactory | null;
  /** The enums the registry's `configEnums` name (default: the package's). */
  readonly enums: EnumCatalog;
}

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A wrong command line: exit 2, with a pointer to the command's help. */
export class UsageError extends Error {}
/** A command that could not do its job (a file, the input, Kibana's data): exit 1. */
export class CommandError extends Error {}

/** One command-line option: how parseArgs reads it and what its help says, side by side. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** Placeholder of the value in the help, e.g. `<file>` (string options). */
  readonly arg?: string;
  /** Description; more lines after `\n`. */
  readonly help: string;
  /** Environment variable read when the option is not given, shown as `[NAME]`. */
  readonly env?: string;
  /** A paragraph printed after the option in the help. */
  readonly note?: string;
}

/** A command's options by name (without `--`). */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends { type: 'boolean' } ? boolean : S extends { multiple: true } ? string[] : string;
/** Parsed values of an option table. */
export type OptionValues<T extends OptionTable> = { [K in keyof T]?: ValueOf<T[K]> };

/** Parses `argv` against `table` (strict; positionals allowed, checked by the command). */
export function parseCommandLine<T extends OptionTable>(argv: readonly string[], table: T): { values: OptionValues<T>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, {
    type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}),
  }]));
  const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  return { values: values as OptionValues<T>, positionals };
}

const HELP_COLUMN = 27;
const ENV_COLUMN = 63;

/** Help lines of the options `names` of `table` (default all), in that order. */
export function renderOptions(table: OptionTable, names: readonly string[] = Object.keys(table)): string {
  const out: string[] = [];
  for (const name of names) {
    const spec = table[name];
    if (!spec) throw new Error(`no option --${name}`);
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.arg ? ` ${spec.arg}` : ''}`;
    const [first, ...rest] = spec.help.split('\n');
    const firstLine = spec.env ? `${first.padEnd(ENV_COLUMN - HELP_COLUMN - 1)} [${spec.env}]` : first;
    const head = `  ${flag}`;
    if (head.length <= HELP_COLUMN - 1) {
      out.push(`${head.padEnd(HELP_COLUMN)}${firstLine}`);
    } else {
      out.push(head, `${' '.repeat(HELP_COLUMN)}${firstLine}`);
    }
    for (const line of rest) out.push(`${' '.repeat(HELP_COLUMN)}${line}`);
    if (spec.note) for (const line of spec.note.split('\n')) out.push(`  ${line}`);
  }
  return out.join('\n');
}

export const CONNECTION_OPTIONS = {
  'kibana-url': { type: 'string', arg: '<url>', help: 'Kibana base URL', env: 'KIBANA_ENDPOINT' },
  'api-key': { type: 'string', arg: '<key>', help: 'API key (base64 "id:key")', env: 'KIBANA_API_KEY' },
  'username': { type: 'string', arg: '<name>', help: 'basic auth user name', env: 'KIBANA_USERNAME' },
  'password': { type: 'string', arg: '<password>', help: 'basic auth password', env: 'KIBANA_PASSWORD' },
  'bearer-token': { type: 'string', arg: '<token>', help: 'bearer token', env: 'KIBANA_BEARER_TOKEN' },
  'ca-certs': { type: 'string', multiple: true, arg: '<file>', help: 'extra CA certificate (PEM), repeatable [KIBANA_CA_CERTS, comma list]' },
  'insecure': {
    type: 'boolean',
    help: 'skip TLS certificate verification',
    env: 'KIBANA_INSECURE',
    note: 'Auth priority: bearer token, then API key, then user name and password. Prefer the\n'
      + 'environment for credentials: command lines are visible to other users of the machine.',
  },
  'timeout': { type: 'string', arg: '<ms>', help: 'timeout of one HTTP attempt (default 30000)' },
  'retries': { type: 'string', arg: '<n>', help: 'retries on 429, 5xx, timeouts and network errors (default 3)' },
  'max-response-bytes': {
    type: 'string',
    arg: '<n>',
    help: 'most bytes of one Kibana answer, counted after decompression;\nbytes, or with KiB or MiB (default 64MiB, at most 256MiB)',
    note: 'Redirects: only to the same origin as the Kibana URL, at most 5; a redirect to another\n'
      + 'host is refused, so the credentials never leave the Kibana URL.',
  },
  'quiet': { type: 'boolean', short: 'q', help: 'no progress on stderr' },
  'help': { type: 'boolean', short: 'h', help: 'this help' },
} as const satisfies OptionTable;

/** The connection part of every Kibana command's help. */
export const CONNECTION_HELP = `Kibana connection (flags win over the environment):
${renderOptions(CONNECTION_OPTIONS, Object.keys(CONNECTION_OPTIONS).filter((k) => k !== 'help'))}`;

export function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

export function intOption(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return Number(value);
}

/** Values of the connection options. */
export type ConnValues = OptionValues<typeof CONNECTION_OPTIONS>;

const KiB = 1024;
const MiB = 1024 * 1024;

/** `--max-response-bytes`: a number of bytes, or of KiB or MiB, from 1 KiB to 256 MiB. */
export function byteSizeOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const m = /^(\d+)(kib|mib)?$/i.exec(value.trim());
  const bytes = m ? Number(m[1]) * (m[2] === undefined ? 1 : m[2].toLowerCase() === 'kib' ? KiB : MiB) : NaN;
  if (!(bytes >= KiB && bytes <= 256 * MiB)) throw new UsageError(`--${name} must be a size from 1KiB to 256MiB: a number of bytes, or a number with KiB or MiB (for example 128MiB)`);
  return bytes;
}

export function makeClient(values: ConnValues, context: CliContext, progress: (t: string) => void): KibanaClient {
  const timeoutMs = intOption(values.timeout, 'timeout', 1, 3_600_000, 30_000);
  const maxRetries = intOption(values.retries, 'retries', 0, 10, 3);
  const maxResponseBytes = byteSizeOption(values['max-response-bytes'], 'max-response-bytes', DEFAULT_MAX_RESPONSE_BYTES);
  const flags: ConnectionFlags = {
    kibanaUrl: values['kibana-url'],
    apiKey: values['api-key'],
    username: values.username,
    password: values.password,
    bearerToken: values['bearer-token'],
    caCerts: values['ca-certs']?.map((p) => path.resolve(context.cwd, p)),
    insecure: values.insecure,
  };
  const connection = resolveConnection(flags, context.env);
  try {
    return new KibanaClient({
      endpoint: connection.endpoint,
      auth: connection.auth,
      caCerts: connection.caCerts,
      insecure: connection.insecure,
      timeoutMs,
      maxRetries,
      maxResponseBytes,
      onRetry: (r) => progress(`retrying ${r.method} ${r.path} in ${r.delayMs} ms (retry ${r.attempt}): ${r.reason}\n`),
    });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${connection.sources.endpoint}: ${(e as Error).message}`);
  }
}

/** One file a command writes: the flag that named it, the path as the user gave it, the text. */
export interface OutputFile {
  readonly flag: string;
  readonly file: string;
  readonly text: string;
}

/** A path the user named with a flag (`--out`, `--from-file`, ...), relative to the working directory. */
export interface NamedPath {
  readonly flag: string;
  readonly file: string;
}

/** Where an output goes: replaced through a temporary file and a rename, or written directly. */
interface OutputTarget extends NamedPath {
  /** The path as given, resolved against the working directory. */
  readonly abs: string;
  /** `replace`: a regular file (or none yet); `direct`: a device, pipe, socket or a path under /dev or /proc. */
  readonly kind: 'replace' | 'direct';
  /** For `replace`: the real path renamed onto (a symlink's final target, so the link stays). */
  readonly dest: string;
  /** Mode bits of the file being replaced, kept on the new one. */
  readonly mode?: number;
}

function errnoText(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** Follows `abs` through symlinks (also dangling ones) to the real path a rename must replace. */
function realDestination(abs: string, file: string): string {
  try {
    return fs.realpathSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CommandError(`cannot write ${file}: ${errnoText(e)}`);
  }
  // Not there (yet), or a symlink to a file not there yet: follow the links by hand.
  let p = abs;
  for (let hops = 0; ; hops++) {
    let link: string | undefined;
    try {
      if (fs.lstatSync(p).isSymbolicLink()) link = fs.readlinkSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CommandError(`cannot write ${file}: ${errnoText(e)}`);
    }
    if (link === undefined) break;
    if (hops >= 40) throw new CommandError(`cannot write ${file}: ELOOP`);
    p = path.resolve(path.dirname(p), link);
  }
  try {
    return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
  } catch (e) {
    throw new CommandError(`cannot write ${file}: ${errnoText(e)}`);
  }
}

/**
 * Whether `abs` is, or links to, a path under /dev or /proc (/dev/stdout, /proc/self/fd/1): such
 * a path names a file some process has open, so it is written in place, as a shell's
 * `> /dev/stdout` does, even when that file is a regular one.
 */
function throughDeviceLinks(abs: string): boolean {
  let p = abs;
  for (let hops = 0; hops <= 40; hops++) {
    if (/^\/(dev|proc)\//.test(p)) return true;
    try {
      if (!fs.lstatSync(p).isSymbolicLink()) return false;
      p = path.resolve(path.dirname(p), fs.readlinkSync(p));
    } catch {
      return false;
    }
  }
  return false;
}

function outputTarget(out: NamedPath, cwd: string): OutputTarget {
  const abs = path.resolve(cwd, out.file);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CommandError(`cannot write ${out.file}: ${errnoText(e)}`);
  }
  if (st?.isDirectory()) throw new CommandError(`cannot write ${out.file}: it is a directory`);
  if (st && (!st.isFile() || throughDeviceLinks(abs))) return { ...out, abs, kind: 'direct', dest: abs };
  return { ...out, abs, kind: 'replace', dest: realDestination(abs, out.file), mode: st ? st.mode % 0o10000 : undefined };
}

/** Identities of a regular file (or one to be created): its real path and, when it exists, device and inode. */
function fileIdentities(file: NamedPath, cwd: string, dest?: string): string[] {
  const abs = path.resolve(cwd, file.file);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    return dest ? [dest] : [];
  }
  if (!st.isFile()) return []; // devices, pipes: reading a terminal and writing it is no clash
  let real = dest;
  try {
    real ??= fs.realpathSync(abs);
  } catch {
    // the identity by inode still holds
  }
  return [`inode ${st.dev}:${st.ino}`, ...(real ? [real] : [])];
}

/**
 * Refuses (exit 2) outputs that are the same file as an input or as another output, comparing
 * real paths (symlinks and `..` resolved) and inodes (hard links). Devices and pipes never clash.
 */
export function checkOutputPaths(outputs: readonly NamedPath[], inputs: readonly NamedPath[], cwd: string): void {
  const seen: { named: NamedPath; ids: string[] }[] = []; // outputs before `out`
  const ids = (named: NamedPath): string[] => {
    let target: OutputTarget | undefined;
    try {
      target = outputTarget(named, cwd);
    } catch {
      // an output that cannot be written is reported when writing
    }
    return target?.kind === 'direct' ? [] : fileIdentities(named, cwd, target?.dest);
  };
  const same = (a: NamedPath, b: NamedPath): UsageError => new UsageError(`${a.flag} ${a.file} and ${b.flag} ${b.file} are the same file`);
  for (const out of outputs) {
    const mine = ids(out);
    const earlier = seen.find((other) => mine.some((id) => other.ids.includes(id)));
    if (earlier) throw same(earlier.named, out);
    const input = inputs.find((named) => fileIdentities(named, cwd).some((id) => mine.includes(id)));
    if (input) throw same(out, input);
    seen.push({ named: out, ids: mine });
  }
}

/**
 * Writes every output or none: each regular file is written to a temporary file next to its real
 * target first, and only when all are written are they renamed into place (a symlink keeps
 * pointing at its target, which is replaced). Devices, pipes, sockets and paths under /dev or
 * /proc (/dev/stdout) are written directly, after the temporary files and before the renames.
 */
export function writeOutputs(outputs: readonly OutputFile[], cwd: string): void {
  const targets = outputs.map((o) => ({ target: outputTarget(o, cwd), text: o.text }));
  const temps: { tmp: string; target: OutputTarget }[] = [];
  const cleanUp = (): void => temps.forEach(({ tmp }) => fs.rmSync(tmp, { force: true }));
  try {
    for (const { target, text } of targets) {
      if (target.kind !== 'replace') continue;
      const tmp = path.join(path.dirname(target.dest), `.${path.basename(target.dest)}.${process.pid}.${temps.length}.${Date.now()}.tmp`);
      try {
        fs.writeFileSync(tmp, text, { flag: 'wx', mode: target.mode ?? 0o666 });
        temps.push({ tmp, target });
        if (target.mode !== undefined) fs.chmodSync(tmp, target.mode);
      } catch (e) {
        if (!temps.some((t) => t.tmp === tmp) && (e as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(tmp, { force: true });
        throw new CommandError(`cannot write ${target.file}: ${errnoText(e)}`);
      }
    }
    for (const { target, text } of targets) {
      if (target.kind !== 'direct') continue;
      try {
        fs.writeFileSync(target.abs, text);
      } catch (e) {
        throw new CommandError(`cannot write ${target.file}: ${errnoText(e)}`);
      }
    }
  } catch (e) {
    cleanUp();
    throw e;
  }
  for (let i = 0; i < temps.length; i++) {
    const { tmp, target } = temps[i];
    try {
      fs.renameSync(tmp, target.dest);
    } catch (e) {
      temps.slice(i).forEach((t) => fs.rmSync(t.tmp, { force: true }));
      const done = temps.slice(0, i).map((t) => t.target.file);
      throw new CommandError(`cannot write ${target.file}: ${errnoText(e)}${done.length ? ` (already written: ${done.join(', ')})` : ''}`);
    }
  }
}

/** Reads a JSON file (a leading UTF-8 byte-order mark is allowed); errors name `label`. */
export function readJsonFile(file: string, label: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CommandError(`cannot read ${label}: ${errnoText(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CommandError(`${label} is not valid JSON: ${(e as Error).message}`);
  }
}

/** One `kibana-connectors` command: its one-line summary (for the main help) and how it runs. */
export interface Command {
  readonly summary: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  readonly run: (argv: readonly string[], context: CliContext) => Promise<number>;
}

/** What a command defined with {@link defineCommand} runs with: its parsed command line. */
export interface ParsedCommandLine<T extends OptionTable> {
  /** Values of the connection options (with --quiet and --help) and the command's own. */
  readonly values: OptionValues<typeof CONNECTION_OPTIONS & T>;
  /** The positional arguments (none unless the definition takes them). */
  readonly positionals: readonly string[];
  /** Progress lines: stderr, or nothing with --quiet. */
  readonly progress: (text: string) => void;
}

/** A command as its options, its help and what it does with them. */
export interface CommandDefinition<T extends OptionTable> {
  readonly summary: string;
  /** The command's own options; the connection options (with --quiet and --help) are added. */
  readonly options: T;
  /** The text --help prints. */
  readonly help: string;
  /** Whether positional arguments are the command's to check (default: none allowed). */
  readonly positionals?: boolean;
  readonly run: (line: ParsedCommandLine<T>, context: CliContext) => Promise<number>;
}

/**
 * A command from its definition: the command line parsed against the connection options and the
 * command's own, --help printed, positionals refused unless taken, --quiet turned into `progress`.
 */
export function defineCommand<T extends OptionTable>(def: CommandDefinition<T>): Command {
  const table = { ...CONNECTION_OPTIONS, ...def.options };
  return {
    summary: def.summary,
    run: async (argv, context) => {
      const { values, positionals } = parseCommandLine(argv, table);
      if (values.help) {
        context.stdout(def.help);
        return EXIT_OK;
      }
      if (!def.positionals) noPositionals(positionals);
      const progress = values.quiet ? () => undefined : context.stderr;
      return def.run({ values: values as OptionValues<typeof CONNECTION_OPTIONS & T>, positionals, progress }, context);
    },
  };
}

/** Throws a UsageError for the first positional argument, if any. */
export function noPositionals(positionals: readonly string[]): void {
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
}
