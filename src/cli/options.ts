// Command-line options: each option's parseArgs settings and help side by side (OptionTable),
// parsing argv against a table, the help text made from it, and the checks of option values
// (whole numbers, byte sizes, no stray positionals). May import ./exit and Node built-ins.
import { parseArgs } from 'util';
import { UsageError } from './exit';

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

export function intOption(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return Number(value);
}

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

/** Throws a UsageError for the first positional argument, if any. */
export function noPositionals(positionals: readonly string[]): void {
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
}
