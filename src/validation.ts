import { Token } from 'cdktf';
import { describeKibanaRange, KibanaTarget, KibanaVersionRange } from './kibana-version';
import { scalarProblem as writerScalarProblem } from './scalar';

// Small checks shared by KibanaConnector and the generated typed constructs. Every check
// returns problems as text (so a construct can report them all at once) and treats
// unresolved tokens as valid: their value is only known when Terraform runs. The JSON renderer
// (json-expression.ts) words the problems it meets while writing with the same phrases.
// The version checks take the construct's KibanaTarget (src/kibana-version.ts).

export { SPACE_ID_PATTERN } from './space-id';

/** The canonical 8-4-4-4-12 hex form the provider's UUID check accepts. */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A readable name for a field path such as `config.headers["X-Api-Key"]` or `config.items[2]`. */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Why a value that is not a plain object, an array or a token cannot be written as JSON (for
 * example `is NaN, which JSON cannot hold`), or undefined when it can.
 */
export function scalarProblem(value: unknown): string | undefined {
  // The writers' scalar policy (src/scalar.ts), with two differences at synth: a number token is
  // a value Terraform decides, and an object here is a class instance (plain objects and arrays
  // are walked by the caller).
  if (typeof value === 'number' && Token.isUnresolved(value)) return undefined;
  if (typeof value === 'object' && value !== null) return `is a ${(value as object).constructor?.name ?? 'object'}, which is not a JSON value`;
  return writerScalarProblem(value);
}

/** The problem of a missing item in a sparse array such as `[1, , 3]`. */
export const SPARSE_SLOT_PROBLEM = 'is an empty slot of a sparse array, which JSON cannot hold; use null or remove it';

/** The problem of an object or array that contains itself, `ancestor` naming the outer one. */
export function circularProblem(ancestor: string): string {
  return `refers back to ${ancestor} (a circular structure), which JSON cannot hold`;
}

/**
 * Kibana's rule for names and for strings in config and secrets (validateEmptyStrings, since 8.x,
 * on create and update): none may be empty or only whitespace.
 */
export function isBlankText(text: string): boolean {
  return text.trim() === '';
}

/**
 * Checks that `value` can be written as JSON: plain objects, arrays (without empty slots or cycles),
 * finite numbers, strings, booleans, null, and tokens. Also applies Kibana's rule that no string in
 * config or secrets may be empty or only whitespace (it answers 400 `value '' is not valid`).
 * `open` holds the arrays and objects being checked, with their paths (cycle detection).
 */
export function checkJsonValue(value: unknown, path: string, problems: string[], open: Map<object, string> = new Map()): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    if (!Token.isUnresolved(value) && isBlankText(value)) {
      problems.push(`${path} is an empty string; Kibana rejects empty strings, leave the field out instead`);
    }
    return;
  }
  if (Token.isUnresolved(value)) return;
  if (Array.isArray(value) || isPlainObject(value)) {
    const ancestor = open.get(value);
    if (ancestor !== undefined) {
      problems.push(`${path} ${circularProblem(ancestor)}`);
      return;
    }
    open.set(value, path);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (i in value) checkJsonValue(value[i], fieldPath(path, i), problems, open);
        else problems.push(`${fieldPath(path, i)} ${SPARSE_SLOT_PROBLEM}`);
      }
    } else {
      for (const [k, v] of Object.entries(value)) {
        if (v !== undefined) checkJsonValue(v, fieldPath(path, k), problems, open);
      }
    }
    open.delete(value);
    return;
  }
  const problem = scalarProblem(value);
  if (problem) problems.push(`${path} ${problem}`);
}

// The paths reported as required so far, per problems list: data beside the text, so that a later
// check can leave out a second message for the same missing field without reading the first one.
const requiredPaths = new WeakMap<string[], Set<string>>();

function reportRequired(path: string, message: string, problems: string[]): void {
  problems.push(message);
  let paths = requiredPaths.get(problems);
  if (!paths) requiredPaths.set(problems, (paths = new Set()));
  paths.add(path);
}

/** Reports a required field that is missing (undefined or null). */
export function checkRequired(value: unknown, path: string, problems: string[]): void {
  if (value === undefined || value === null) reportRequired(path, `${path} is required`, problems);
}

/** Reports a literal value outside a fixed set of allowed values. */
export function checkOneOf(value: unknown, allowed: readonly unknown[], path: string, problems: string[]): void {
  if (value === undefined || value === null || Token.isUnresolved(value)) return;
  if (!allowed.includes(value)) {
    problems.push(`${path} is ${JSON.stringify(value)}; expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  }
}

/** Reports a literal string that does not parse as an absolute http(s) URL (never echoes it: it may be a secret). */
export function checkUrl(value: unknown, path: string, problems: string[]): void {
  if (typeof value !== 'string' || Token.isUnresolved(value)) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    problems.push(`${path} is not an absolute http(s) URL`);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for the generated typed constructs (src/connectors/). Each is cheap: no regex built per
// call, no walk of the construct tree.

/** Whether a value is given: neither undefined nor null. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Whether a value is given and known at synth (not a token). */
export function isKnown(value: unknown): boolean {
  return value !== undefined && value !== null && !Token.isUnresolved(value);
}

/**
 * The config or secrets struct of a typed construct, ready for field checks: the struct itself, an
 * empty object when it is optional and missing, or undefined when it cannot be checked (a token,
 * not an object, or required and missing: that last case is reported).
 */
export function checkSection<T extends object>(value: T | undefined, path: string, required: boolean, problems: string[]): Partial<T> | undefined {
  if (value === undefined || value === null) {
    if (required) problems.push(`${path} is required`);
    return required ? undefined : {};
  }
  if (Token.isUnresolved(value) || !isPlainObject(value)) return undefined;
  return value;
}

/** Reports keys that are not fields of the struct (Kibana rejects unknown fields). */
export function checkKnownKeys(value: object, known: ReadonlySet<string>, path: string, problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key) && (value as Record<string, unknown>)[key] !== undefined) {
      problems.push(`${fieldPath(path, key)} is not a field of this connector type (Kibana rejects unknown fields); known: ${[...known].join(', ')}`);
    }
  }
}

/** Reports a missing field that a condition makes required. */
export function checkRequiredWhen(value: unknown, path: string, condition: string, problems: string[]): void {
  if (!isSet(value)) reportRequired(path, `${path} is required when ${condition}`, problems);
}

/** Reports a field that a condition forbids. */
export function checkForbiddenWhen(value: unknown, path: string, condition: string, problems: string[]): void {
  if (isSet(value)) problems.push(`${path} must not be set when ${condition}`);
}

/** Reports that none of several fields is given although a condition needs one. */
export function checkAnyOfWhen(values: unknown[], paths: string[], condition: string, problems: string[]): void {
  if (!values.some(isSet)) problems.push(`one of ${paths.join(', ')} is required when ${condition}`);
}

/** Reports fields that must be given together when only some are (unless one of `unless` is given). */
export function checkTogether(values: unknown[], paths: string[], unless: unknown[], problems: string[]): void {
  const given = values.filter(isSet).length;
  if (given > 0 && given < values.length && !unless.some(isSet)) {
    const missing = paths.filter((_, i) => !isSet(values[i]));
    // One problem, one message: a field a rule already reported as required is not reported again.
    if (missing.every((p) => requiredPaths.get(problems)?.has(p))) return;
    problems.push(`${paths.join(' and ')} must be given together (missing: ${missing.join(', ')})`);
  }
}

/** Reports more than one of mutually exclusive fields. */
export function checkAtMostOne(values: unknown[], paths: string[], problems: string[]): void {
  const given = paths.filter((_, i) => isSet(values[i]));
  if (given.length > 1) problems.push(`only one of ${paths.join(', ')} may be given; got ${given.join(', ')}`);
}

/**
 * Reports a literal URL whose host is not one of `hosts` (a Kibana rule of some types, on top of
 * its allowed-hosts setting). Only the host is shown; a URL that does not parse is checkUrl's.
 */
export function checkUrlHostIn(value: unknown, hosts: readonly string[], path: string, problems: string[]): void {
  if (typeof value !== 'string' || Token.isUnresolved(value)) return;
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return;
  }
  if (!hosts.includes(host)) problems.push(`${path} has the host ${JSON.stringify(host)}; Kibana accepts only ${hosts.join(', ')}`);
}

/** Reports a literal string that is not JSON text of a non-empty object (Kibana's rule for OAuth `additionalFields`). */
export function checkJsonObjectText(value: unknown, path: string, problems: string[]): void {
  if (typeof value !== 'string' || Token.isUnresolved(value)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    problems.push(`${path} is not JSON text; Kibana expects the JSON text of a non-empty object, such as '{"audience":"api"}'`);
    return;
  }
  if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) {
    problems.push(`${path} is JSON text of ${Array.isArray(parsed) ? 'an array' : isPlainObject(parsed) ? 'an empty object' : 'a scalar'}; Kibana expects a non-empty object`);
  }
}

// ---------------------------------------------------------------------------------------------
// Kibana versions: what the target Kibana (context key kibanaVersion) accepts.

/** Reports a malformed target version and a connector type the target does not have. */
export function checkTargetKibana(kibana: KibanaTarget, typeId: string, range: KibanaVersionRange, problems: string[]): void {
  if (kibana.problem) {
    problems.push(kibana.problem);
  } else if (!kibana.accepts(range.since, range.until)) {
    problems.push(`connector type ${typeId} is not accepted by ${kibana.describe()}: it needs ${describeKibanaRange(range)}`);
  }
}

/** Reports a field that is given although the target Kibana does not accept it. */
export function checkFieldVersion(value: unknown, path: string, range: KibanaVersionRange, kibana: KibanaTarget, problems: string[]): void {
  if (isSet(value) && !kibana.accepts(range.since, range.until)) {
    problems.push(`${path} is not accepted by ${kibana.describe()}: the field needs ${describeKibanaRange(range)}`);
  }
}

/** Reports a literal value the target Kibana does not accept (`ranges` holds the values that have a range). */
export function checkValueVersion(
  value: unknown, path: string, ranges: Readonly<Record<string, KibanaVersionRange>>, kibana: KibanaTarget, problems: string[],
): void {
  if (typeof value !== 'string' || Token.isUnresolved(value) || !Object.prototype.hasOwnProperty.call(ranges, value)) return;
  const range = ranges[value];
  if (!kibana.accepts(range.since, range.until)) {
    problems.push(`${path} is ${JSON.stringify(value)}, which ${kibana.describe()} does not accept: the value needs ${describeKibanaRange(range)}`);
  }
}

/** Reports a literal number outside a range or not an integer. */
export function checkNumber(
  value: unknown, path: string, min: number | undefined, max: number | undefined, integer: boolean, problems: string[],
): void {
  if (typeof value !== 'number' || Token.isUnresolved(value)) return;
  if (integer && !Number.isInteger(value)) {
    problems.push(`${path} is ${value}; expected a whole number`);
  } else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range = min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    problems.push(`${path} is ${value}; expected ${range}`);
  }
}

/** Runs a struct check on a nested object (skipped for tokens and missing values). */
export function checkStruct<T>(
  value: T | undefined, path: string, check: (item: T, path: string, problems: string[]) => void, problems: string[],
): void {
  if (value === undefined || value === null || Token.isUnresolved(value)) return;
  if (!isPlainObject(value)) problems.push(`${path} must be an object`);
  else check(value, path, problems);
}

/** Runs a struct check on every item of a list (skipped for tokens and missing values). */
export function checkStructList<T>(
  value: T[] | undefined, path: string, check: (item: T, path: string, problems: string[]) => void, problems: string[],
): void {
  if (value === undefined || value === null || Token.isUnresolved(value)) return;
  if (!Array.isArray(value)) {
    problems.push(`${path} must be a list`);
    return;
  }
  for (let i = 0; i < value.length; i++) checkStruct(value[i], fieldPath(path, i), check, problems);
}

/** A copy of an object without its undefined entries. */
export function compact(value: { [key: string]: unknown }): { [key: string]: any } {
  const out: { [key: string]: any } = {};
  for (const key in value) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}
