import { Token } from 'cdktf';

// Small checks shared by KibanaConnector and the generated typed constructs. Every check
// returns problems as text (so a construct can report them all at once) and treats
// unresolved tokens as valid: their value is only known when Terraform runs.

/** Kibana space ids: lowercase letters, digits, `_` and `-`. */
export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;

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
 * Checks that `value` can be written as JSON: plain objects, arrays, finite numbers, strings,
 * booleans, null, and tokens. Also applies Kibana's rule that no string in config or secrets
 * may be empty or only whitespace (it answers 400 `value '' is not valid`).
 */
export function checkJsonValue(value: unknown, path: string, problems: string[]): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    if (!Token.isUnresolved(value) && value.trim() === '') {
      problems.push(`${path} is an empty string; Kibana rejects empty strings, leave the field out instead`);
    }
    return;
  }
  if (typeof value === 'number') {
    if (!Token.isUnresolved(value) && !Number.isFinite(value)) problems.push(`${path} is ${value}, which JSON cannot hold`);
    return;
  }
  if (Token.isUnresolved(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === undefined) problems.push(`${fieldPath(path, i)} is undefined; use null or remove the item`);
      else checkJsonValue(item, fieldPath(path, i), problems);
    });
    return;
  }
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) checkJsonValue(v, fieldPath(path, k), problems);
    }
    return;
  }
  const kind = typeof value === 'object' ? (value as object).constructor?.name ?? 'object' : typeof value;
  problems.push(`${path} is a ${kind}, which is not a JSON value`);
}

/** Reports a required field that is missing (undefined or null). */
export function checkRequired(value: unknown, path: string, problems: string[]): void {
  if (value === undefined || value === null) problems.push(`${path} is required`);
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
