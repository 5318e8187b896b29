/**
 * The generators' files: reading JSON, checking it against a JSON schema, the one error type that
 * names the file and the JSON path, the command line's options, and writing the generated files.
 * Shared by the connector generator and the rule generator (generator/rules/). Imports ajv and Node only.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ErrorObject, ValidateFunction } from 'ajv';

/** A malformed input file. The message names the file and the field. */
export class InputError extends Error {
  constructor(public readonly file: string, public readonly field: string, problem: string) {
    super(`${file}: ${field ? `${field} ` : ''}${problem}`);
    this.name = 'InputError';
  }
}

/** Shows a path relative to the working folder, as users type it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : file;
}

/** Reads a JSON file; a file that cannot be read or parsed is an InputError naming it. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(displayPath(file), '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(displayPath(file), '', `is not valid JSON (${(e as Error).message})`);
  }
}

/** `a.b`, `a[0]`, or `a["x.y"]` for a key that is not an identifier. */
export function pathJoin(parent: string, key: string | number): string {
  if (typeof key === 'number' || /^\d+$/.test(key)) return `${parent}[${key}]`;
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

/** A JSON pointer (`/config/apiUrl/type`) as the catalog's field path (`config.apiUrl.type`). */
function pointerPath(pointer: string): string {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).reduce<string>(pathJoin, '');
}

/** The one error to show: the deepest, and of those not the `oneOf` summary. */
function bestError(errors: ErrorObject[]): ErrorObject {
  const depth = (e: ErrorObject) => e.instancePath.split('/').length + (e.keyword === 'additionalProperties' ? 1 : 0);
  return [...errors].sort((a, b) => depth(b) - depth(a) || Number(a.keyword === 'oneOf') - Number(b.keyword === 'oneOf'))[0];
}

/**
 * Checks `data` with a compiled JSON schema (ajv with `verbose: true`); a mistake is an InputError
 * naming the file, the JSON path and the schema (`schemaLabel`, as the file is shown to users).
 */
export function checkAgainstSchema(file: string, data: unknown, validate: ValidateFunction, schemaLabel: string): void {
  if (validate(data)) return;
  const e = bestError(validate.errors ?? []);
  let at = pointerPath(e.instancePath);
  let problem = e.message ?? 'is not valid';
  if (e.keyword === 'additionalProperties') {
    at = pathJoin(at, String((e.params as { additionalProperty: string }).additionalProperty));
    problem = 'is not a known key here';
  } else if (e.keyword === 'enum') {
    problem = `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).join(', ')} (got ${JSON.stringify(e.data)})`;
  } else if (e.keyword === 'pattern') {
    problem = `${problem} (got ${JSON.stringify(e.data)})`;
  } else if (e.keyword === 'required') {
    at = pathJoin(at, String((e.params as { missingProperty: string }).missingProperty));
    problem = 'is required';
  }
  throw new InputError(displayPath(file), at, `${problem} (${schemaLabel})`);
}

/** Catalog texts state no Kibana version: versions are data, written into the docs by the generators. */
export const VERSION_IN_TEXT = /\b(?:[5-9]|1\d)\.(?:\d+|x)(?:\.\d+)?\b/;

/** The value of a command-line option (a path, resolved), or `fallback`; a missing value is an InputError. */
export function commandLineOption(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new InputError('command line', name, 'needs a value');
  return path.resolve(value);
}

/** Refuses options other than `known` (each takes a value). */
export function checkCommandLine(args: string[], known: readonly string[]): void {
  for (let i = 0; i < args.length; i += 2) {
    if (!known.includes(args[i])) throw new InputError('command line', args[i], `is not an option (options: ${known.join(', ')})`);
  }
}

/**
 * Writes generated files (names use '/', for folders) into `outDir`, and removes the files an
 * earlier run generated there that this one does not: a file starting with `marker`. Hand-written
 * files are left alone. Unchanged files are not rewritten. Returns the names removed.
 */
export function writeGeneratedFiles(files: Map<string, string>, outDir: string, marker: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const removed: string[] = [];
  const existing = (dir: string, prefix: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? existing(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]);
  for (const name of existing(outDir, '').sort()) {
    if (!name.endsWith('.ts') || files.has(name)) continue;
    const file = path.join(outDir, ...name.split('/'));
    if (fs.readFileSync(file, 'utf8').startsWith(marker)) {
      fs.rmSync(file);
      removed.push(name);
    }
  }
  for (const [name, text] of files) {
    const file = path.join(outDir, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  }
  return removed;
}

/** Why `text` is not a valid jsonObjectText value (JSON text of a non-empty object, with `key` when given), or undefined. */
export function jsonObjectTextProblem(text: string, key?: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'is not JSON text';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length === 0) return 'is not the JSON text of a non-empty object';
  if (key !== undefined && !Object.prototype.hasOwnProperty.call(parsed, key)) return `has no ${JSON.stringify(key)} key`;
  return undefined;
}
